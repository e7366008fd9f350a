"""Unknown people: a neutral greeting, or joining through a one-time invite."""

from __future__ import annotations

from flows.access.effects import NotifyInviter, RestoreDetached
from flows.core.common import buttons_expired, language_buttons, neutral_greeting, reply
from flows.core.context import STAFF_DEFAULT_LANGUAGE, Context
from flows.core.effects import (
    SELF,
    BindInvite,
    BindPerson,
    Choice,
    Effect,
    Log,
    Send,
    SetCommands,
    Transition,
    UpdatePerson,
)
from flows.core.events import Button, Command, Event, Text
from flows.onboarding.buttons import StaffNameKeep
from flows.street.ui import KEYBOARD

__all__ = ["on_staff_name", "on_unknown"]

_NAME_LENGTH = 40


def on_unknown(ctx: Context, event: Event) -> Transition:
    if not (isinstance(event, Command) and event.name == "start" and ctx.invite is not None):
        return neutral_greeting(ctx, "unknown-contact")
    invite = ctx.invite
    if invite.status != "valid" or invite.role is None:
        return neutral_greeting(ctx, f"invite-{invite.status}")
    if invite.role == "client" and invite.person_id is not None:
        joined = _client_joins(invite.person_id)
    else:
        joined = _staff_joins(ctx, invite.role, invite.name)
    if invite.created_by is None:  # made on the command line: nobody to tell
        return joined
    return Transition(joined.state, (*joined.effects,  # a leaked link used is noticed
                                     NotifyInviter(invite.created_by, invite.role)))


def _client_joins(person_id: int) -> Transition:
    """A client's first contact: choose a language, then the consent question."""
    return Transition(
        {"flow": "consent"},
        (
            BindPerson(person_id),
            RestoreDetached(person_id),  # after a /detach: what was to come, to this phone
            Log("joined", SELF),
            Send("language-choose", person_id=SELF, buttons=language_buttons(),
                 system=True),
        ),
    )


def _staff_joins(ctx: Context, role: str, name: str | None) -> Transition:
    """Invited without a name: shown by their Telegram first name, and asked which name
    colleagues should see (the first name one tap away)."""
    language = ctx.language_guess() or STAFF_DEFAULT_LANGUAGE
    first = ctx.telegram_first_name
    alias = name or first or f"{role}-{ctx.telegram_user_id % 10000:04d}"
    effects: list[Effect] = [
        BindInvite(role=role, name=alias, language=language, timezone=ctx.default_timezone),
        Log("joined", SELF),
        Send("welcome-staff", {"name": alias, "role": role}, person_id=SELF,
             keyboard=KEYBOARD),
        SetCommands(SELF),
    ]
    if name is not None:
        return Transition(None, tuple(effects))
    keep = ((Choice("staff-name-keep", StaffNameKeep("keep"), literal=f"✅ {first}"),),) \
        if first else ()
    effects.append(Send("staff-ask-name", person_id=SELF, buttons=keep))
    return Transition({"flow": "staffname"}, tuple(effects))


def on_staff_name(ctx: Context, event: Event) -> Transition:
    """The name colleagues see: the tapped first name, or what was typed."""
    person = ctx.person
    assert person is not None
    if isinstance(event, Button):
        if not isinstance(event.press, StaffNameKeep):
            return buttons_expired(ctx)
        return Transition(None, (reply(ctx, "staff-name-set", name=person.alias),))
    if isinstance(event, Text) and 0 < len(event.text.strip()) <= _NAME_LENGTH:
        name = " ".join(event.text.split())
        return Transition(None, (UpdatePerson(person.id, {"alias": name}),
                                 Log("staff-named", person.id),
                                 reply(ctx, "staff-name-set", name=name)))
    return Transition(ctx.state, (reply(ctx, "staff-ask-name"),))
