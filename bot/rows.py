"""The rows a pressed button may name, and whose they are: one loader per row kind (the
kinds' `ROW`). flows/core/ownership.py decides from what these find."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from flows.model import NamedRow
from storage import Tx

__all__ = ["ROW_LOADERS"]


async def _named_alert(tx: Tx, row_id: int) -> NamedRow | None:
    alert = await tx.alert(row_id)
    if alert is None:
        return None
    client = await tx.person(alert.client_id) if alert.client_id is not None else None
    return NamedRow("alert", row_id, client)


async def _named_appointment(tx: Tx, row_id: int) -> NamedRow | None:
    appointment = await tx.appointment(row_id)
    return None if appointment is None else \
        NamedRow("appointment", row_id, await tx.person(appointment.client_id))


async def _named_checkin(tx: Tx, row_id: int) -> NamedRow | None:
    checkin = await tx.checkin(row_id)
    return None if checkin is None else \
        NamedRow("checkin", row_id, await tx.person(checkin.client_id))


async def _named_plan(tx: Tx, row_id: int) -> NamedRow | None:
    plan = await tx.plan(row_id)
    return None if plan is None else NamedRow("plan", row_id, await tx.person(plan.client_id))


async def _named_client(tx: Tx, row_id: int) -> NamedRow | None:
    client = await tx.person(row_id)
    return None if client is None or client.role != "client" else \
        NamedRow("client", row_id, client)


async def _named_update(tx: Tx, row_id: int) -> NamedRow | None:
    """A client's logged message, by its update (the "should have been flagged" tap)."""
    found = await tx.logged_text(row_id)
    client = await tx.person(found[0]) if found is not None else None
    return None if client is None or client.role != "client" else \
        NamedRow("update", row_id, client)


async def _named_place(tx: Tx, row_id: int) -> NamedRow | None:
    found = any(place.id == row_id for place in await tx.places())
    return NamedRow("place", row_id) if found else None


async def _named_street_contact(tx: Tx, row_id: int) -> NamedRow | None:
    contact = await tx.street_contact(row_id)
    return None if contact is None else \
        NamedRow("street_contact", row_id, made_by=contact.fieldworker_id)


ROW_LOADERS: dict[str, Callable[[Tx, int], Awaitable[NamedRow | None]]] = {
    "alert": _named_alert,
    "appointment": _named_appointment,
    "checkin": _named_checkin,
    "plan": _named_plan,
    "client": _named_client,
    "update": _named_update,
    "place": _named_place,
    "street_contact": _named_street_contact,
}
