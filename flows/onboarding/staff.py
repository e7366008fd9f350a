"""Help for everyone, and the admin's invitations."""

from __future__ import annotations

from typing import Literal

from flows.core.access import commands_for
from flows.core.common import language_buttons, reply, use_buttons
from flows.core.context import Context
from flows.core.effects import Choice, CreateInvite, Log, Send, Transition
from flows.core.events import Button, Command
from flows.onboarding.buttons import InviteRole

__all__ = ["INVITE_DAYS", "on_help", "on_invite", "on_invite_button", "on_language_command"]

INVITE_DAYS = 7
_STAFF_ROLES: tuple[Literal["casemanager", "fieldworker", "admin"], ...] = (
    "casemanager", "fieldworker", "admin")


def on_help(ctx: Context, _: Command) -> Transition:
    lines = [[f"cmd-{name}", {}] for name in commands_for(ctx.role)]
    return Transition(ctx.state, (reply(ctx, "help-list", commands={"$msgs": lines}),))


def on_language_command(ctx: Context, _: Command) -> Transition:
    return Transition(ctx.state, (Send("language-choose", person_id=ctx.person_id,
                                       buttons=language_buttons()),))


def on_invite(ctx: Context, command: Command) -> Transition:
    """/invite [role] [name]: with a role, the link at once; without, role buttons."""
    words = command.arg.split(maxsplit=1)
    if words and words[0].lower() in _STAFF_ROLES:
        name = words[1].strip()[:64] if len(words) > 1 else None
        return _invite(ctx, words[0].lower(), name)
    buttons = tuple((Choice(f"role-{role}-button", InviteRole(role)),) for role in _STAFF_ROLES)
    return Transition(ctx.state, (Send("invite-choose-role", person_id=ctx.person_id,
                                       buttons=buttons),))


def on_invite_button(ctx: Context, button: Button) -> Transition:
    press = button.press
    if not isinstance(press, InviteRole):
        return use_buttons(ctx)
    return _invite(ctx, press.role, None)


def _invite(ctx: Context, role: str, name: str | None) -> Transition:
    return Transition(ctx.state, (
        CreateInvite(code=ctx.fresh_code, role=role, name=name),
        Log(f"invite-created:{role}", ctx.person_id),
        reply(ctx, "invite-link", role=role, link=ctx.invite_link(ctx.fresh_code),
              days=INVITE_DAYS),
    ))
