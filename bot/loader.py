"""Loading what a flow may need to know, inside the update's transaction."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from bot.access_loader import load_access
from bot.deps import Deps, hash_code
from bot.i18n import Translator
from bot.outcomes_loader import load_profile
from bot.parse import Incoming
from bot.rows import ROW_LOADERS
from bot.street_loader import (
    load_street,
    street_alert_subject,
    with_street_alerts,
)
from flows import Context
from flows.aftercare.buttons import CareClient, CheckinAnswer, CheckinControl
from flows.alerts.buttons import AlertAction, MissedFlag, WriteTo
from flows.appointments.buttons import ApptAnswer, ApptManage
from flows.casefile.effects import RetentionDays
from flows.core.buttons import ButtonData
from flows.core.common import match_alias
from flows.core.context import LANGUAGES
from flows.core.events import Button, Command, Event, Location, Text
from flows.core.feature import Need
from flows.core.ownership import may_act_on_alert
from flows.features import (
    BUTTONS,
    COMMANDS,
    CONVERSATIONS,
    KEYBOARD_COMMANDS,
    LOCATION,
    always_needs,
)
from flows.street.buttons import StreetUndo
from storage import Alert, Person, Tx

__all__ = ["NEED_LOADERS", "from_settings", "load_alert", "load_care", "load_context",
           "needs_of"]


_NAME_LENGTH = 40


def from_settings(deps: Deps) -> dict[str, Any]:
    """The context's fields that come from the settings and the loaded models."""
    settings = deps.settings
    return {"bot_username": deps.bot_username, "default_timezone": settings.timezone,
            "lexicon": deps.lexicon, "flag_model": deps.flag_model,
            "team_chat_id": settings.team_chat_id,
            "escalate_urgent": timedelta(minutes=settings.escalate_urgent_minutes),
            "escalate_normal": timedelta(minutes=settings.escalate_normal_minutes),
            "retention": RetentionDays(
                texts=settings.retain_texts_days, street=settings.retain_street_days,
                strangers=settings.retain_strangers_days, log=settings.retain_log_days,
                inbox=settings.retain_inbox_days, hour=settings.purge_hour)}


def keyboard_command(translator: Translator, text: str) -> str | None:
    """The command a reply-keyboard label stands for, in any of our languages."""
    label = text.strip()
    for key, command in KEYBOARD_COMMANDS.items():
        if any(translator.format(lang, key).strip() == label for lang in LANGUAGES):
            return command
    return None


def _press(incoming: Incoming) -> ButtonData | None:
    return incoming.event.press if isinstance(incoming.event, Button) else None


def _state_alert(state: dict[str, object] | None) -> int | None:
    value = (state or {}).get("alert")
    return value if isinstance(value, int) else None


def needs_of(event: Event, state: dict[str, object] | None, role: str,
             keyboard: str | None) -> set[Need]:
    """What the declarations say this event needs loaded, for a person with this role."""
    needs: set[Need] = set(always_needs(role))
    if keyboard is not None and isinstance(event, Text):
        event = Command(keyboard)
    flow = (state or {}).get("flow")
    if isinstance(event, Command):
        command = COMMANDS.get(event.name)
        needs.update(command.needs if command else ())
    elif isinstance(event, Button):
        press = event.press
        spec = BUTTONS.get(type(press)) if press is not None else None
        needs.update(spec.needs if spec else ())
    elif isinstance(flow, str) and flow in CONVERSATIONS:
        needs.update(CONVERSATIONS[flow].needs)
    elif isinstance(event, Location) and LOCATION is not None:
        needs.update(LOCATION.needs)
    return needs


async def load_alert(tx: Tx, ctx: Context, alert: Alert | None) -> Context:
    if alert is None:
        return ctx
    claimer = await tx.person(alert.claimed_by) if alert.claimed_by else None
    client = await tx.person(alert.client_id) if alert.client_id is not None else None
    return ctx.with_alerts(alert=alert, client=client,
                           messages=tuple(await tx.alert_messages(alert.id)), claimer=claimer)


async def load_context(tx: Tx, deps: Deps, incoming: Incoming, person: Person | None,
                       key: str, casemanager: Person | None = None) -> Context:
    now = deps.clock.now()
    event = incoming.event
    invite = None
    if person is None and isinstance(event, Command) and event.name == "start" and event.arg:
        invite = await tx.redeem_invite(hash_code(event.arg), now, incoming.user_id)
    state = await tx.load_state(key)
    ctx = Context(
        now=now, telegram_user_id=incoming.user_id, chat_id=incoming.chat_id, person=person,
        state=state, telegram_language=incoming.language_code,
        telegram_first_name=(incoming.first_name or "").strip()[:_NAME_LENGTH] or None,
        fresh_code=deps.code_factory(), invite=invite, message_id=incoming.message_id,
        update_id=incoming.update_id, **from_settings(deps),
    )
    if person is None:  # a stranger: greeted at most once a day
        return replace(ctx, greeted_at=await tx.last_greeting(incoming.chat_id))
    if casemanager is None and person.casemanager_id is not None:
        casemanager = await tx.person(person.casemanager_id)
    ctx = replace(ctx, casemanager=casemanager)
    if isinstance(event, Text) and len(event.text) <= 64:  # a reply-keyboard button
        ctx = replace(ctx, keyboard_command=keyboard_command(deps.translator, event.text))
    if person.role == "client":
        recent = await tx.count_inbound(person.id, now - timedelta(minutes=1))
        ctx = ctx.with_alerts(recent_messages=max(0, recent - 1))
        ctx = replace(ctx, safety_hours=await tx.safety_hours(person.id))
    press = _press(incoming)
    if press is not None and press.ROW is not None and press.row_id is not None:
        ctx = replace(ctx, named=await ROW_LOADERS[press.ROW](tx, press.row_id))
    needs = needs_of(event, state, person.role, ctx.keyboard_command)
    for need in NEED_ORDER:
        if need in needs:
            ctx = await NEED_LOADERS[need](tx, deps, ctx, incoming, state)
    return ctx


State = dict[str, object] | None


async def _load_logged_message(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming,
                               state: State) -> Context:
    """For "should have been flagged": the client's message the button is about."""
    press = _press(incoming)
    if not isinstance(press, MissedFlag):
        return ctx
    found = await tx.logged_text(press.id)
    client = await tx.person(found[0]) if found is not None else None
    if found is None or client is None or client.role != "client":
        return ctx
    return ctx.with_alerts(logged_message=(client, found[1]))


async def _load_write_client(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming,
                             state: State) -> Context:
    """The client staff write to (/write, ✉️, a reply to a forwarded message), only if it is
    theirs to write to: their own client, or any client for an admin."""
    event, person, press = incoming.event, ctx.person, _press(incoming)
    assert person is not None
    client: Person | None = None
    replied = False
    if isinstance(event, Command) and event.name == "write":
        found = match_alias((p for p in await tx.people("client") if _may_write(person, p)),
                            event.arg)
        client = found[0] if len(found) == 1 else None
    elif isinstance(press, WriteTo):
        client = await tx.person(press.id)
    elif (state or {}).get("flow") == "write" and isinstance((state or {}).get("client"), int):
        client = await tx.person(int(str((state or {})["client"])))
    elif incoming.reply_to is not None and not isinstance(event, Command | Button):
        ref = await tx.ref_of_message(incoming.chat_id, incoming.reply_to)
        kind, _, value = (ref or "").partition(":")  # a stored Ref ("client:12")
        if kind == "client" and value.isdigit():
            client, replied = await tx.person(int(value)), True
    if client is None or not _may_write(person, client):
        return ctx
    return ctx.with_alerts(write_client=client, reply_to_client=replied)


def _may_write(person: Person, client: Person) -> bool:
    return client.role == "client" and (person.role == "admin" or
                                        client.casemanager_id == person.id)


async def _load_caseload(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming,
                         state: State) -> Context:
    """A casemanager's caseload (every client for an admin), upcoming appointments and
    places, and the client in question with their plan and history."""
    person = ctx.person
    assert person is not None
    mine = None if person.role == "admin" else person.id
    clients = [p for p in await tx.people("client") if mine is None or p.casemanager_id == mine]
    by_id = {p.id: p for p in clients}
    upcoming = [(appointment, by_id[appointment.client_id])
                for appointment in await tx.upcoming_appointments(ctx.now, casemanager_id=mine)
                if appointment.client_id in by_id]
    ctx = replace(ctx, caseload=tuple(clients),
                  street=replace(ctx.street, places=tuple(await tx.places())))
    ctx = ctx.with_appointments(upcoming=tuple(upcoming))
    return await _load_care_subject(tx, ctx, incoming, state)


async def _load_care_subject(tx: Tx, ctx: Context, incoming: Incoming,
                             state: State) -> Context:
    """For /aftercare and /client: the client in question, their plan and history."""
    event, press = incoming.event, _press(incoming)
    client_id = (state or {}).get("client")
    if isinstance(event, Command) and event.arg:
        found = match_alias(ctx.caseload, event.arg)
        client_id = found[0].id if len(found) == 1 else None
    if isinstance(press, CareClient):
        client_id = press.id
    client = next((p for p in ctx.caseload if p.id == client_id), None)
    if client is None:
        return ctx
    return await load_care(tx, ctx, client)


async def load_care(tx: Tx, ctx: Context, client: Person) -> Context:
    plan = await tx.plan_of(client.id)
    alerts = tuple(a for a in await tx.open_alerts() if a.client_id == client.id)
    return ctx.with_care(client=client, plan=plan,
                         checkins=tuple(await tx.checkins_of(client.id)),
                         answers=tuple(await tx.answers_of(client.id)), open_alerts=alerts,
                         question_voices=await tx.question_voices(client.language or "en"))


async def _load_checkin(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming,
                        state: State) -> Context:
    """The client's own check-in in question: a pressed button's, or the conversation's."""
    person, press = ctx.person, _press(incoming)
    assert person is not None
    checkin_id = press.id if isinstance(press, CheckinAnswer | CheckinControl) \
        else (state or {}).get("checkin")
    if not isinstance(checkin_id, int):
        return ctx
    checkin = await tx.checkin(checkin_id)
    if checkin is None or checkin.client_id != person.id:
        return ctx
    ctx = await load_care(tx, ctx, person)
    return ctx.with_care(checkin=checkin)


async def _load_appointment(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming,
                            state: State) -> Context:
    """The appointment a button names, or the one being moved ("reschedule")."""
    press = _press(incoming)
    appointment_id = press.id if isinstance(press, ApptAnswer | ApptManage) \
        else (state or {}).get("reschedule")
    if not isinstance(appointment_id, int):
        return ctx
    appointment = await tx.appointment(appointment_id)
    if appointment is None:
        return ctx
    if ctx.person is not None and ctx.person.role == "client" and \
            appointment.client_id != ctx.person.id:
        return ctx  # a client only ever sees their own appointments
    return ctx.with_appointments(appointment=appointment,
                                 client=await tx.person(appointment.client_id))


async def _load_alert_list(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming,
                           state: State) -> Context:
    """/alerts: the open alerts the caller may act on."""
    person = ctx.person
    assert person is not None
    pairs = []
    for alert in await tx.open_alerts():
        client = await tx.person(alert.client_id) if alert.client_id else None
        if client is not None and may_act_on_alert(person, alert, ctx.in_group):
            pairs.append((alert, client))
    return await with_street_alerts(tx, ctx.with_alerts(open_alerts=tuple(pairs)))


async def _load_alert(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming,
                      state: State) -> Context:
    """A client's open alert; for staff, the alert a pressed card, the conversation or a
    reply (in Telegram) to a card is about."""
    person, press = ctx.person, _press(incoming)
    assert person is not None
    if person.role == "client":
        return await load_alert(tx, ctx, await tx.open_alert_for(person.id))
    if isinstance(press, StreetUndo) and press.row_id is not None:
        return ctx  # undo loads the alert its registration raised (bot/street_loader.py)
    alert_id = press.id if isinstance(press, AlertAction) and isinstance(press.id, int) \
        else _state_alert(state)
    replied_to_card = False
    if alert_id is None and incoming.reply_to is not None \
            and not isinstance(incoming.event, Command | Button):
        ref = await tx.ref_of_message(incoming.chat_id, incoming.reply_to)
        kind, _, value = (ref or "").partition(":")  # a stored Ref ("alert:12")
        if kind == "alert" and value.isdigit():
            alert_id, replied_to_card = int(value), True
    if alert_id is None:
        return ctx
    ctx = ctx.with_alerts(reply_to_alert=replied_to_card)
    return await street_alert_subject(tx, await load_alert(tx, ctx, await tx.alert(alert_id)))


async def _load_street(tx: Tx, deps: Deps, ctx: Context, incoming: Incoming,
                       state: State) -> Context:
    return await load_street(tx, deps, ctx, incoming)


NeedLoader = Callable[[Tx, Deps, Context, Incoming, State], Awaitable[Context]]
NEED_LOADERS: dict[str, NeedLoader] = {
    "caseload": _load_caseload,
    "appointment": _load_appointment,
    "checkin": _load_checkin,
    "alert": _load_alert,
    "alert_list": _load_alert_list,
    "write_client": _load_write_client,
    "logged_message": _load_logged_message,
    "street": _load_street,
    "access": load_access,
    "profile": load_profile,
}
# caseload before appointment (a reschedule's client comes with it); street last (it
# completes an alert about a street contact)
NEED_ORDER: tuple[str, ...] = tuple(NEED_LOADERS)
