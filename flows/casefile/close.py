"""/close alias (with the reason), /reopen alias, /erase alias (confirmed), the daily purge."""

from __future__ import annotations

from typing import Any

from flows.casefile.buttons import REASONS, CloseReason, EraseConfirm
from flows.casefile.effects import CloseCase, ErasePerson, Purge, ReopenCase
from flows.core.common import match_alias, reply
from flows.core.context import Context
from flows.core.effects import Choice, Edit, Effect, Log, Send, SetTimer, Transition
from flows.core.events import Button, Command, Tick
from flows.model import Person
from flows.time.when import next_local_hour

__all__ = ["PURGE", "on_close", "on_close_button",
           "on_erase", "on_erase_button", "on_purge", "on_reopen"]

PURGE = "purge"

def _find(ctx: Context, command: Command) -> Person | Transition:
    """The one client of the caller's caseload the argument names (exactly, or the only
    one containing it); else a reply saying what is missing."""
    if not command.arg.strip():
        return Transition(ctx.state, (reply(ctx, f"casefile-{command.name}-usage"),))
    found = match_alias(ctx.caseload, command.arg)
    if len(found) != 1:
        key = "casefile-not-found" if not found else "casefile-ambiguous"
        return Transition(ctx.state, (reply(ctx, key, typed=command.arg.strip()[:40]),))
    return found[0]


def _answer(ctx: Context, button: Button, key: str, **args: Any) -> Effect:
    """Replace the question (and its buttons) with the outcome, or say it anew."""
    if button.message_id is not None:
        return Edit(button.message_id, key, args)
    return reply(ctx, key, **args)


def on_close(ctx: Context, command: Command) -> Transition:
    client = _find(ctx, command)
    if isinstance(client, Transition):
        return client
    rows = [(Choice(f"casefile-reason-{reason}", CloseReason(reason, client.id)),)
            for reason in REASONS]
    rows.append((Choice("casefile-keep-open", CloseReason("cancel", client.id)),))
    return Transition(ctx.state, (Send("casefile-close-ask", {"alias": client.alias},
                                       person_id=ctx.person_id, buttons=tuple(rows)),))


def on_close_button(ctx: Context, button: Button) -> Transition:
    press = button.press
    named = ctx.named
    assert isinstance(press, CloseReason) and named is not None and named.client is not None
    client = named.client
    if press.reason == "cancel":
        return Transition(ctx.state, (_answer(ctx, button, "casefile-close-kept",
                                              alias=client.alias),))
    args = {"alias": client.alias, "reason": {"$msg": f"casefile-reason-{press.reason}"}}
    effects: list[Effect] = [
        CloseCase(client.id, press.reason),
        Log(f"case-closed:{press.reason}", person_id=client.id),
        _answer(ctx, button, "casefile-closed", **args),
    ]
    manager = client.casemanager_id
    if manager is not None and manager != ctx.person_id:  # an admin closed it: tell them
        effects.append(Send("casefile-closed", args, person_id=manager, priority="low"))
    return Transition(ctx.state, tuple(effects))


def on_reopen(ctx: Context, command: Command) -> Transition:
    client = _find(ctx, command)
    if isinstance(client, Transition):
        return client
    return Transition(ctx.state, (ReopenCase(client.id), Log("case-reopened", client.id),
                                  reply(ctx, "casefile-reopened", alias=client.alias)))


def on_erase(ctx: Context, command: Command) -> Transition:
    client = _find(ctx, command)
    if isinstance(client, Transition):
        return client
    return Transition(ctx.state, (Send("casefile-erase-ask", {"alias": client.alias},
                                       person_id=ctx.person_id, buttons=(
        (Choice("casefile-erase-yes", EraseConfirm("yes", client.id)),),
        (Choice("casefile-erase-no", EraseConfirm("no", client.id)),))),))


def on_erase_button(ctx: Context, button: Button) -> Transition:
    press = button.press
    assert isinstance(press, EraseConfirm)
    if press.answer == "no":
        return Transition(ctx.state, (_answer(ctx, button, "casefile-erase-kept"),))
    # the outcome names no one: the alias is about to be gone, from here too
    return Transition(ctx.state, (ErasePerson(press.id), Log("person-erased"),
                                  _answer(ctx, button, "casefile-erased")))


def on_purge(ctx: Context, tick: Tick) -> Transition:
    """Daily: remove what is kept no longer. Sets the next one; the first only schedules."""
    again = SetTimer(PURGE, 1, next_local_hour(ctx.now, ctx.retention.hour,
                                                 ctx.default_timezone))
    if tick.subject == 0:
        return Transition(None, (again,))
    return Transition(None, (again, Purge(ctx.retention), Log("purge-done")))
