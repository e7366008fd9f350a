"""Loading what the access flows need: the staff with their state, the pending invites,
and the client a /reassign or /detach (or its button) names."""

from __future__ import annotations

from dataclasses import replace

from bot.deps import Deps
from bot.parse import Incoming
from flows import Context
from flows.access.buttons import DetachConfirm, ReassignTo
from flows.access.view import AccessView, InviteLine, StaffMember
from flows.core.common import match_alias
from flows.core.events import Button, Command
from flows.model import STAFF_ROLES
from storage import Person, Tx

__all__ = ["load_access"]


async def load_access(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming,
                      state: dict[str, object] | None) -> Context:
    person = ctx.person
    assert person is not None
    people = await tx.people()
    by_id = {p.id: p for p in people}
    disabled = await tx.disabled_staff()
    staff = tuple(StaffMember(p, p.id in disabled) for p in people if p.role in STAFF_ROLES)
    invites = tuple(
        InviteLine(id=i.id, role=i.role, expires_at=i.expires_at,
                   for_name=i.name or (by_id[i.person_id].alias
                                       if i.person_id in by_id else None),
                   made_by=by_id[i.created_by].alias if i.created_by in by_id else None)
        for i in await tx.pending_invites(ctx.now)) if person.role == "admin" else ()
    mine = [p for p in people if p.role == "client"
            and (person.role == "admin" or p.casemanager_id == person.id)]
    client, matches = _client(incoming, mine)
    return replace(ctx, access=AccessView(staff=staff, invites=invites, client=client,
                                          matches=matches))


def _client(incoming: Incoming, mine: list[Person]) -> tuple[Person | None, int]:
    """The client in question, among those the caller may act on; and how many matched."""
    event = incoming.event
    if isinstance(event, Button) and isinstance(event.press, ReassignTo | DetachConfirm):
        found = [p for p in mine if p.id == event.press.id]
        return (found[0] if found else None), len(found)
    if not isinstance(event, Command) or not event.arg.strip():
        return None, 0
    found = match_alias(mine, event.arg)
    return (found[0] if len(found) == 1 else None), len(found)
