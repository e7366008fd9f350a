"""/reassign and /detach: a client goes to another casemanager; a lost or seized phone is
detached and a new one-time link binds a new one."""

from __future__ import annotations

from flows.access.buttons import DetachConfirm, ReassignTo
from flows.access.effects import DetachClient, ReassignClient
from flows.core.common import buttons_expired, reply
from flows.core.context import Context
from flows.core.effects import (
    Audit,
    Choice,
    CreateInvite,
    Effect,
    Log,
    Send,
    Transition,
    UpdatePerson,
)
from flows.core.events import Button, Command
from flows.model import Person

__all__ = ["INVITE_DAYS", "on_detach", "on_detach_button", "on_reassign",
           "on_reassign_button"]

INVITE_DAYS = 7  # as every invite (flows/onboarding/staff.py)
_MAX_CHOICES = 20


def _not_found(ctx: Context, command: Command) -> Transition:
    key = "access-client-ambiguous" if ctx.access.matches > 1 else "access-client-not-found"
    return Transition(ctx.state, (reply(ctx, key, typed=command.arg.strip() or "–"),))


def _casemanagers(ctx: Context) -> list[Person]:
    return [m.person for m in ctx.access.staff
            if not m.disabled and m.person.role in ("casemanager", "admin")]


def _name(ctx: Context, person_id: int | None) -> str:
    found = ctx.access.member(person_id) if person_id is not None else None
    return found.person.alias if found else "–"


def on_reassign(ctx: Context, command: Command) -> Transition:
    client = ctx.access.client
    if client is None:
        return _not_found(ctx, command)
    choices = [p for p in _casemanagers(ctx) if p.id != client.casemanager_id][:_MAX_CHOICES]
    if not choices:
        return Transition(ctx.state, (reply(ctx, "access-reassign-nobody"),))
    buttons = tuple((Choice("access-reassign-to-button", ReassignTo(client.id, p.id),
                            {"name": p.alias}),) for p in choices)
    return Transition(ctx.state, (Send("access-reassign-choose", {
        "alias": client.alias, "name": _name(ctx, client.casemanager_id)},
        person_id=ctx.person_id, buttons=buttons),))


def on_reassign_button(ctx: Context, button: Button) -> Transition:
    press, client = button.press, ctx.access.client
    if not isinstance(press, ReassignTo) or client is None or client.id != press.id:
        return buttons_expired(ctx)
    new = next((p for p in _casemanagers(ctx) if p.id == press.to), None)
    if new is None:
        return buttons_expired(ctx)
    old = client.casemanager_id
    if old == new.id:
        return Transition(ctx.state, (reply(ctx, "access-reassigned", alias=client.alias,
                                            name=new.alias),))
    effects: list[Effect] = [
        UpdatePerson(client.id, {"casemanager_id": new.id}),
        ReassignClient(client.id, new.id),
        Log("client-reassigned", client.id),
        Audit("reassign", client.id, f"casemanager {old or '-'}->{new.id}"),
        reply(ctx, "access-reassigned", alias=client.alias, name=new.alias)]
    if new.id != ctx.person_id:
        effects.append(Send("access-reassigned-new", {
            "alias": client.alias, "name": _name(ctx, old)}, person_id=new.id))
    if old is not None and old != ctx.person_id:
        effects.append(Send("access-reassigned-old", {"alias": client.alias,
                                                       "name": new.alias}, person_id=old))
    return Transition(ctx.state, tuple(effects))


def on_detach(ctx: Context, command: Command) -> Transition:
    client = ctx.access.client
    if client is None:
        return _not_found(ctx, command)
    buttons = ((Choice("access-detach-yes-button", DetachConfirm("yes", client.id)),
                Choice("access-detach-no-button", DetachConfirm("no", client.id))),)
    return Transition(ctx.state, (Send("access-detach-confirm", {"alias": client.alias},
                                       person_id=ctx.person_id, buttons=buttons),))


def on_detach_button(ctx: Context, button: Button) -> Transition:
    press, client = button.press, ctx.access.client
    if not isinstance(press, DetachConfirm) or client is None or client.id != press.id:
        return buttons_expired(ctx)
    if press.answer == "no":
        return Transition(ctx.state, (reply(ctx, "access-detach-kept", alias=client.alias),))
    link = ctx.invite_link(ctx.fresh_code)
    return Transition(ctx.state, (
        DetachClient(client.id),
        CreateInvite(code=ctx.fresh_code, role="client", person_id=client.id),
        Log("client-detached", client.id),
        Audit("detach", client.id),
        Send("access-detached", {"alias": client.alias, "link": link, "days": INVITE_DAYS},
             person_id=ctx.person_id, qr=link),
    ))
