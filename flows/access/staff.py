"""/staff and /invites: an admin disables or enables staff, changes roles, revokes invites."""

from __future__ import annotations

from typing import Any

from flows.access.buttons import InviteRevoke, StaffAction, StaffRole
from flows.access.effects import DisableStaff, EnableStaff, RevokeInvite
from flows.core.common import buttons_expired, reply
from flows.core.context import Context
from flows.core.effects import (
    Audit,
    Choice,
    Effect,
    Log,
    Send,
    SetCommands,
    Transition,
    UpdatePerson,
)
from flows.core.events import Button, Command

__all__ = ["on_invite_revoke", "on_invites", "on_staff", "on_staff_button"]

_MAX_LISTED = 30
_ROLES = ("casemanager", "fieldworker", "admin")


def on_staff(ctx: Context, _: Command) -> Transition:
    """Every staff member with their role and state; buttons for everyone but the caller."""
    members = ctx.access.staff[:_MAX_LISTED]
    lines: list[list[Any]] = [
        ["access-staff-line", {"alias": m.person.alias, "role": m.person.role,
                               "status": "disabled" if m.disabled else "active"}]
        for m in members]
    buttons = tuple(
        (Choice("access-enable-button" if m.disabled else "access-disable-button",
                StaffAction("enable" if m.disabled else "disable", m.person.id),
                {"alias": m.person.alias}),
         Choice("access-role-button", StaffAction("role", m.person.id),
                {"alias": m.person.alias}))
        for m in members if m.person.id != ctx.person_id)
    return Transition(ctx.state, (Send("access-staff-list", {
        "count": len(ctx.access.staff), "lines": {"$msgs": lines}},
        person_id=ctx.person_id, buttons=buttons),))


def on_staff_button(ctx: Context, button: Button) -> Transition:
    press = button.press
    if not isinstance(press, StaffAction | StaffRole):
        return buttons_expired(ctx)
    member = ctx.access.member(press.id)
    if member is None:
        return buttons_expired(ctx)
    alias = member.person.alias
    if press.id == ctx.person_id:
        return Transition(ctx.state, (reply(ctx, "access-not-yourself"),))
    last_admin = member.person.role == "admin" and not member.disabled \
        and ctx.access.active_admins() <= 1
    if isinstance(press, StaffAction) and press.action == "role":
        choices = tuple((Choice(f"role-{role}-button", StaffRole(role, press.id)),)  # type: ignore[arg-type]
                        for role in _ROLES if role != member.person.role)
        return Transition(ctx.state, (Send("access-role-choose", {"alias": alias},
                                           person_id=ctx.person_id, buttons=choices),))
    if last_admin and (isinstance(press, StaffRole) or press.action == "disable"):
        return Transition(ctx.state, (reply(ctx, "access-last-admin", alias=alias),))
    if isinstance(press, StaffRole):
        return _change_role(ctx, press, alias, member.person.role, member.disabled)
    if press.action == "disable":
        return Transition(ctx.state, (
            DisableStaff(press.id), Log("staff-disabled", press.id),
            Audit("staff-disable", press.id),
            reply(ctx, "access-staff-disabled", alias=alias)))
    return Transition(ctx.state, (
        EnableStaff(press.id), Log("staff-enabled", press.id), Audit("staff-enable", press.id),
        SetCommands(press.id), reply(ctx, "access-staff-enabled", alias=alias)))


def _change_role(ctx: Context, press: StaffRole, alias: str, old: str,
                 disabled: bool) -> Transition:
    if press.role == old:
        return Transition(ctx.state, (reply(ctx, "access-role-changed", alias=alias,
                                            role=old),))
    effects: list[Effect] = [
        UpdatePerson(press.id, {"role": press.role}),
        Log(f"staff-role:{press.role}", press.id),
        Audit("staff-role", press.id, f"{old}->{press.role}"),
        reply(ctx, "access-role-changed", alias=alias, role=press.role)]
    if not disabled:
        effects += [SetCommands(press.id),
                    Send("access-role-changed-you", {"role": press.role}, person_id=press.id)]
    return Transition(ctx.state, tuple(effects))


def on_invites(ctx: Context, _: Command) -> Transition:
    invites = ctx.access.invites[:_MAX_LISTED]
    if not invites:
        return Transition(ctx.state, (reply(ctx, "access-invites-none"),))
    lines = [["access-invite-line", {
        "number": str(i.id), "role": i.role, "for": i.for_name or "–",
        "by": i.made_by if i.made_by else {"$msg": "access-invite-by-cli"},
        "until": {"$dt": i.expires_at.isoformat()}}] for i in invites]
    buttons = tuple((Choice("access-revoke-button", InviteRevoke(i.id),
                            {"number": str(i.id)}),) for i in invites)
    return Transition(ctx.state, (Send("access-invites-list", {
        "count": len(ctx.access.invites), "lines": {"$msgs": lines}},
        person_id=ctx.person_id, buttons=buttons),))


def on_invite_revoke(ctx: Context, button: Button) -> Transition:
    press = button.press
    if not isinstance(press, InviteRevoke):
        return buttons_expired(ctx)
    if not any(i.id == press.id for i in ctx.access.invites):
        return Transition(ctx.state, (reply(ctx, "access-invite-gone"),))
    return Transition(ctx.state, (
        RevokeInvite(press.id), Log("invite-revoked", ctx.person_id),
        Audit("invite-revoke", None, f"invite {press.id}"),
        reply(ctx, "access-invite-revoked", number=str(press.id))))
