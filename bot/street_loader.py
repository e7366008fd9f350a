"""Loading what the street-outreach flows need, only for the events that need it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.deps import Deps
from bot.i18n import Translator
from bot.parse import Incoming
from flows import Context
from flows.core.access import KEYBOARD_COMMANDS
from flows.core.context import LANGUAGES
from flows.core.events import Button, Command, Location, Text, Tick
from flows.street.admin import DIGEST
from flows.street.context import StreetView
from flows.street.save import subject_of
from storage import Person, Tx

__all__ = ["draft_key", "keyboard_command", "load_street", "load_street_tick"]

_COMMANDS = ("contact", "today", "shift", "places", "newclient")
_FLOWS = ("street", "places")
_RECENT_DAYS = 14
_UNLINKED_DAYS = 30


def draft_key(person_id: int) -> str:
    """The conversation row of a person's street draft (apart from their flow state)."""
    return f"street-draft:p:{person_id}"


def keyboard_command(translator: Translator, text: str) -> str | None:
    """The command a reply-keyboard label stands for, in any of our languages."""
    label = text.strip()
    for key, command in KEYBOARD_COMMANDS.items():
        if any(translator.format(lang, key).strip() == label for lang in LANGUAGES):
            return command
    return None


def _wants_street(ctx: Context, incoming: Incoming) -> bool:
    event = incoming.event
    if (ctx.state or {}).get("flow") in _FLOWS or ctx.keyboard_command is not None:
        return True
    if isinstance(event, Command):
        return event.name in _COMMANDS
    if isinstance(event, Button):
        return event.data.startswith(("street:", "places:", "newclient:alias:s"))
    return isinstance(event, Location)


async def load_street(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming) -> Context:
    """For staff: the keyboard command, and the street view when the event may need it."""
    person = ctx.person
    if person is None or not person.is_staff:
        return ctx
    event = incoming.event
    if isinstance(event, Text) and len(event.text) <= 64:
        ctx = replace(ctx, keyboard_command=keyboard_command(deps.translator, event.text))
    ctx = await _street_alert_subject(tx, ctx)
    if isinstance(event, Command) and event.name == "alerts":
        ctx = await _with_street_alerts(tx, ctx)
    if not _wants_street(ctx, incoming):
        return ctx
    now = ctx.now
    view = StreetView(
        draft=await tx.load_state(draft_key(person.id)),
        shift=await tx.current_shift(person.id),
        places=tuple(await tx.places()),
        recent=tuple(await tx.street_people(met_by=person.id, limit=4,
                                            since=now - timedelta(days=_RECENT_DAYS))),
    )
    name = event.name if isinstance(event, Command) else ctx.keyboard_command
    data = event.data if isinstance(event, Button) else ""
    if isinstance(event, Text) or data.startswith("street:summary:save"):
        view = replace(view, candidates=tuple(await tx.street_people()))
    if data.startswith("street:summary:save"):
        view = replace(view, casework=tuple(await _casework(tx)))
    if data.startswith("street:undo:") and data[12:].isdigit():
        contact = await tx.street_contact(int(data[12:]))
        view = replace(view, contact=contact)
        alert_id = await tx.alert_of_street_contact(int(data[12:]))
        alert = await tx.alert(alert_id) if alert_id is not None else None
        if alert is not None:
            ctx = await _street_alert_subject(tx, replace(
                ctx, alert=alert, alert_messages=tuple(await tx.alert_messages(alert.id))))
    if name == "today":
        view = replace(view, today=tuple(await tx.street_contacts(
            fieldworker_id=person.id, since=now - timedelta(hours=36))))
    if name == "newclient" or data.startswith("newclient:alias:s"):
        view = replace(view, unlinked=tuple(await tx.street_people(
            unlinked=True, limit=20, since=now - timedelta(days=_UNLINKED_DAYS))))
    return replace(ctx, street=view)


async def _casework(tx: Tx) -> list[Person]:
    people = [*await tx.people("casemanager"), *await tx.people("admin")]
    return [p for p in people if p.chat_id is not None]


async def _with_street_alerts(tx: Tx, ctx: Context) -> Context:
    """/alerts lists open alerts about street contacts too, by their stand-in subject."""
    pairs = list(ctx.open_alerts)
    for alert in await tx.open_alerts():
        contact = await tx.street_contact(alert.street_contact_id) \
            if alert.street_contact_id is not None else None
        if contact is not None:
            pairs.append((alert, subject_of(contact, ctx.default_timezone)))
    pairs.sort(key=lambda pair: pair[0].created_at)
    return replace(ctx, open_alerts=tuple(pairs))


async def _street_alert_subject(tx: Tx, ctx: Context) -> Context:
    """An alert about a street contact: its card subject, and no reply relay (no chat)."""
    alert = ctx.alert
    if alert is None or alert.street_contact_id is None or alert.client_id is not None:
        return ctx
    contact = await tx.street_contact(alert.street_contact_id)
    if contact is None:
        return ctx
    return replace(ctx, alert_client=subject_of(contact, ctx.default_timezone),
                   reply_to_alert=False)


async def load_street_tick(tx: Tx, deps: Deps, ctx: Context, tick: Tick) -> Context:
    """Alert timers about street contacts, and the daily digest."""
    ctx = await _street_alert_subject(tx, ctx)
    if tick.kind != DIGEST:
        return ctx
    view = StreetView(digest_hour=deps.settings.street_digest_hour,
                      casework=tuple(await _casework(tx)),
                      digest=tuple(await tx.street_contacts(
                          since=ctx.now - timedelta(hours=24))))
    return replace(ctx, street=view)
