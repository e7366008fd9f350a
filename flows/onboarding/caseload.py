"""/clients: a casemanager's clients (every client for an admin) and where each stands:
invited but not joined, joined but not agreed yet, active, stopped, unreachable."""

from __future__ import annotations

from flows.core.context import Context
from flows.core.effects import Send, Transition
from flows.core.events import Command
from flows.model import Person

__all__ = ["on_clients", "standing"]


def standing(client: Person) -> str:
    """Where the client stands, as a word of `clients-line`'s selector."""
    if client.chat_id is None:
        return "invited"
    if client.unreachable:
        return "unreachable"
    if client.stopped:
        return "stopped"
    return {"given": "active", "declined": "declined"}.get(client.consent, "pending")


def on_clients(ctx: Context, _: Command) -> Transition:
    clients = sorted(ctx.caseload, key=lambda p: p.alias.casefold())
    if not clients:
        return Transition(ctx.state, (Send("clients-none", person_id=ctx.person_id),))
    lines = [["clients-line", {"alias": p.alias, "status": standing(p),
                               "language": p.language or "-"}] for p in clients]
    return Transition(ctx.state, (Send("clients-list", {"count": len(clients),
                                                        "lines": {"$msgs": lines}},
                                       person_id=ctx.person_id),))
