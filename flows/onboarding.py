"""Unknown people: a neutral greeting, or joining through a one-time invite."""

from __future__ import annotations

from flows.common import language_buttons, neutral_greeting
from flows.context import STAFF_DEFAULT_LANGUAGE, Context
from flows.effects import SELF, BindInvite, BindPerson, Log, Send, SetCommands, Transition
from flows.events import Command, Event
from flows.street_ui import KEYBOARD

__all__ = ["on_unknown"]


def on_unknown(ctx: Context, event: Event) -> Transition:
    if not (isinstance(event, Command) and event.name == "start" and ctx.invite is not None):
        return neutral_greeting(ctx, "unknown-contact")
    invite = ctx.invite
    if invite.status != "valid" or invite.role is None:
        return neutral_greeting(ctx, f"invite-{invite.status}")
    if invite.role == "client" and invite.person_id is not None:
        return _client_joins(invite.person_id)
    return _staff_joins(ctx, invite.role, invite.name)


def _client_joins(person_id: int) -> Transition:
    """A client's first contact: choose a language, then the consent question."""
    return Transition(
        {"flow": "consent"},
        (
            BindPerson(person_id),
            Log("joined", SELF),
            Send("language-choose", person_id=SELF, buttons=language_buttons("lang"),
                 system=True),
        ),
    )


def _staff_joins(ctx: Context, role: str, name: str | None) -> Transition:
    language = ctx.language_guess() or STAFF_DEFAULT_LANGUAGE
    alias = name or f"{role}-{ctx.telegram_user_id % 10000:04d}"
    return Transition(
        None,
        (
            BindInvite(role=role, name=alias, language=language,
                       timezone=ctx.default_timezone),
            Log("joined", SELF),
            Send("welcome-staff", {"name": alias, "role": role}, person_id=SELF,
                 keyboard=KEYBOARD),
            SetCommands(SELF),
        ),
    )
