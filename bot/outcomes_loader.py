"""Loading what /profile, /outcome and /client need: the client named (among the caller's
own clients, every client for an admin), their profile and their outcomes."""

from __future__ import annotations

from dataclasses import replace

from bot.deps import Deps
from bot.parse import Incoming
from flows import Context
from flows.core.common import match_alias
from flows.core.events import Button, Command
from flows.outcomes import outcome, profile
from flows.outcomes.view import OutcomesView
from storage import Person, Tx

__all__ = ["load_profile"]

_FLOWS = (profile.FLOW, outcome.FLOW)


async def load_profile(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming,
                       state: dict[str, object] | None) -> Context:
    person = ctx.person
    assert person is not None
    client, matches = await _client(tx, ctx, incoming, state)
    if client is None or not _mine(person, client):
        return replace(ctx, outcomes=OutcomesView(matches=matches))
    return replace(ctx, outcomes=OutcomesView(
        client=client, matches=1, profile=await tx.profile(client.id),
        outcomes=tuple(await tx.outcomes(client.id))))


def _mine(person: Person, client: Person) -> bool:
    return client.role == "client" and (person.role == "admin"
                                        or client.casemanager_id == person.id)


async def _client(tx: Tx, ctx: Context, incoming: Incoming,
                  state: dict[str, object] | None) -> tuple[Person | None, int]:
    """The client in question, and how many of the caller's clients a typed name matched."""
    event, person = incoming.event, ctx.person
    assert person is not None
    if isinstance(event, Command):
        if not event.arg.strip():
            return None, 0
        found = match_alias((p for p in await tx.people("client") if _mine(person, p)),
                            event.arg)
        return (found[0] if len(found) == 1 else None), len(found)
    if isinstance(event, Button):
        press = event.press
        named = ctx.named
        if press is not None and press.ROW == "client" and named is not None:
            return named.client, 1
    flow, client_id = (state or {}).get("flow"), (state or {}).get("client")
    if flow in _FLOWS and isinstance(client_id, int):
        return await tx.person(client_id), 1
    return None, 0
