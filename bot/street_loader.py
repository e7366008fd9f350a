"""Loading what the street-outreach flows need, only for the events that need it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.deps import Deps
from bot.parse import Incoming
from flows import Context
from flows.core.buttons import ButtonData
from flows.core.events import Button, Command, Text, Tick
from flows.core.ownership import may_act_on_alert
from flows.onboarding.buttons import NewClientFromStreet
from flows.street.admin import DIGEST
from flows.street.buttons import StreetStep, StreetUndo
from flows.street.context import StreetView
from flows.street.save import subject_of
from storage import Person, Tx

__all__ = ["draft_key", "load_street", "load_street_tick", "street_alert_subject",
           "with_street_alerts"]

_RECENT_DAYS = 14
_UNLINKED_DAYS = 30


def draft_key(person_id: int) -> str:
    """The conversation row of a person's street draft (apart from their flow state)."""
    return f"street-draft:p:{person_id}"


def _saving(press: ButtonData | None) -> bool:
    """A tap on Save: the duplicate check searches everyone, an alert may go to casework."""
    return isinstance(press, StreetStep) and press.step == "summary" \
        and press.value in ("save-yes", "save-no")


async def load_street(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming) -> Context:
    """For staff, when the event's declaration needs "street": the street view."""
    person = ctx.person
    if person is None or not person.is_staff:
        return ctx
    event = incoming.event
    press = event.press if isinstance(event, Button) else None
    now = ctx.now
    view = StreetView(
        draft=await tx.load_state(draft_key(person.id)),
        shift=await tx.current_shift(person.id),
        places=tuple(await tx.places()),
        recent=tuple(await tx.street_people(met_by=person.id, limit=4,
                                            since=now - timedelta(days=_RECENT_DAYS))),
    )
    name = event.name if isinstance(event, Command) else ctx.keyboard_command
    if isinstance(event, Text) or _saving(press):
        view = replace(view, candidates=tuple(await tx.street_people()))
    if _saving(press):
        view = replace(view, casework=tuple(await _casework(tx)))
    if isinstance(press, StreetUndo) and press.row_id is not None:
        view = replace(view, contact=await tx.street_contact(press.row_id))
        ctx = await _with_contact_alert(tx, ctx, press.row_id)
    if name == "today":
        view = replace(view, today=tuple(await tx.street_contacts(
            fieldworker_id=person.id, since=now - timedelta(hours=36))))
    if name == "newclient" or isinstance(press, NewClientFromStreet):
        view = replace(view, unlinked=tuple(await tx.street_people(
            unlinked=True, limit=20, since=now - timedelta(days=_UNLINKED_DAYS))))
    return replace(ctx, street=view)


async def _with_contact_alert(tx: Tx, ctx: Context, contact_id: int) -> Context:
    """Undo resolves the alert the registration raised, if any: load it and its messages."""
    alert_id = await tx.alert_of_street_contact(contact_id)
    alert = await tx.alert(alert_id) if alert_id is not None else None
    if alert is None:
        return ctx
    return await street_alert_subject(tx, ctx.with_alerts(
        alert=alert, messages=tuple(await tx.alert_messages(alert.id))))


async def _casework(tx: Tx) -> list[Person]:
    people = [*await tx.people("casemanager"), *await tx.people("admin")]
    return [p for p in people if p.chat_id is not None]


async def with_street_alerts(tx: Tx, ctx: Context) -> Context:
    """/alerts lists open alerts about street contacts too, by their stand-in subject."""
    pairs = list(ctx.alerts.open_alerts)
    person = ctx.person
    for alert in await tx.open_alerts():
        if person is None or not may_act_on_alert(person, alert, ctx.in_group):
            continue  # only the alerts the caller may act on
        contact = await tx.street_contact(alert.street_contact_id) \
            if alert.street_contact_id is not None else None
        if contact is not None:
            pairs.append((alert, subject_of(contact, ctx.default_timezone)))
    pairs.sort(key=lambda pair: pair[0].created_at)
    return ctx.with_alerts(open_alerts=tuple(pairs))


async def street_alert_subject(tx: Tx, ctx: Context) -> Context:
    """An alert about a street contact: its card subject, and no reply relay (no chat)."""
    alert = ctx.alerts.alert
    if alert is None or alert.street_contact_id is None or alert.client_id is not None:
        return ctx
    contact = await tx.street_contact(alert.street_contact_id)
    if contact is None:
        return ctx
    return ctx.with_alerts(client=subject_of(contact, ctx.default_timezone),
                           reply_to_alert=False)


async def load_street_tick(tx: Tx, deps: Deps, ctx: Context, tick: Tick) -> Context:
    """Alert timers about street contacts, and the daily digest."""
    ctx = await street_alert_subject(tx, ctx)
    if tick.kind != DIGEST:
        return ctx
    view = StreetView(digest_hour=deps.settings.street_digest_hour,
                      casework=tuple(await _casework(tx)),
                      digest=tuple(await tx.street_contacts(
                          since=ctx.now - timedelta(hours=24))))
    return replace(ctx, street=view)
