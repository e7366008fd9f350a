"""Loading what a flow may need to know, inside the update's transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.deps import Deps, hash_code
from bot.parse import Incoming
from bot.street_loader import keyboard_command, load_street, load_street_tick
from flows import Context
from flows.core.events import Button, Command, Text, Tick
from flows.core.ownership import may_act_on_alert
from storage import Alert, Person, Tx

__all__ = ["load_alert", "load_context", "load_tick_context"]


_NAME_LENGTH = 40


def _minutes(value: float) -> timedelta:
    return timedelta(minutes=value)


def _alert_id_of(incoming: Incoming, state: dict[str, object] | None) -> int | None:
    event = incoming.event
    if isinstance(event, Button) and event.data.startswith("alert:"):
        value = event.data.split(":")[-1]
        return int(value) if value.isdigit() and value != "0" else _state_alert(state)
    return _state_alert(state)


def _state_alert(state: dict[str, object] | None) -> int | None:
    value = (state or {}).get("alert")
    return value if isinstance(value, int) else None


async def load_alert(tx: Tx, ctx: Context, alert: Alert | None) -> Context:
    if alert is None:
        return ctx
    claimer = await tx.person(alert.claimed_by) if alert.claimed_by else None
    client = await tx.person(alert.client_id) if alert.client_id is not None else None
    return replace(ctx, alert=alert, alert_client=client,
                   alert_messages=tuple(await tx.alert_messages(alert.id)),
                   alert_claimer=claimer)


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
        bot_username=deps.bot_username, default_timezone=deps.settings.timezone,
        fresh_code=deps.code_factory(), invite=invite, message_id=incoming.message_id,
        lexicon=deps.lexicon, team_chat_id=deps.settings.team_chat_id,
        escalate_urgent=_minutes(deps.settings.escalate_urgent_minutes),
        escalate_normal=_minutes(deps.settings.escalate_normal_minutes),
        flag_model=deps.flag_model, update_id=incoming.update_id,
    )
    if person is None:
        return ctx
    if casemanager is None and person.casemanager_id is not None:
        casemanager = await tx.person(person.casemanager_id)
    ctx = replace(ctx, casemanager=casemanager)
    if person.role == "client":
        if isinstance(event, Text) and len(event.text) <= 64:  # the 🆘 keyboard button
            ctx = replace(ctx, keyboard_command=keyboard_command(deps.translator, event.text))
        recent = await tx.count_inbound(person.id, now - timedelta(minutes=1))
        ctx = replace(ctx, recent_messages=max(0, recent - 1))
        ctx = await _load_appointment(tx, ctx, incoming, state)
        ctx = await _load_checkin(tx, ctx, incoming, state, person)
        return await load_alert(tx, ctx, await tx.open_alert_for(person.id))
    ctx = await _load_logged_message(tx, ctx, incoming)
    ctx = await _load_write_client(tx, ctx, incoming, state)
    ctx = await _load_casework(tx, ctx, incoming, state)
    ctx = await _load_staff(tx, ctx, incoming, state)
    return await load_street(tx, deps, ctx, incoming)


async def _load_logged_message(tx: Tx, ctx: Context, incoming: Incoming) -> Context:
    """For "should have been flagged": the client's message the button is about."""
    event = incoming.event
    if not isinstance(event, Button) or not event.data.startswith("fb:miss:"):
        return ctx
    value = event.data.rsplit(":", 1)[-1]
    found = await tx.logged_text(int(value)) if value.isdigit() else None
    client = await tx.person(found[0]) if found is not None else None
    if found is None or client is None or client.role != "client":
        return ctx
    return replace(ctx, logged_message=(client, found[1]))


async def _load_write_client(tx: Tx, ctx: Context, incoming: Incoming,
                             state: dict[str, object] | None) -> Context:
    """The client staff write to (/write, ✉️, a reply to a forwarded message), only if it is
    theirs to write to: their own client, or any client for an admin."""
    event, person, state = incoming.event, ctx.person, state or {}
    assert person is not None
    if person.role not in ("casemanager", "admin"):
        return ctx
    client: Person | None = None
    replied = False
    if isinstance(event, Command) and event.name == "write":
        wanted = event.arg.strip().casefold()
        found = [p for p in await tx.people("client") if _may_write(person, p)
                 and wanted and wanted in p.alias.casefold()]
        exact = [p for p in found if p.alias.casefold() == wanted]
        client = (exact or found)[0] if len(exact or found) == 1 else None
    elif isinstance(event, Button) and event.data.startswith("write:"):
        value = event.data.rsplit(":", 1)[-1]
        client = await tx.person(int(value)) if value.isdigit() else None
    elif state.get("flow") == "write" and isinstance(state.get("client"), int):
        client = await tx.person(int(str(state["client"])))
    elif incoming.reply_to is not None and not isinstance(event, Command | Button):
        ref = await tx.ref_of_message(incoming.chat_id, incoming.reply_to)
        if ref and ref.startswith("client:") and ref[7:].isdigit():
            client, replied = await tx.person(int(ref[7:])), True
    if client is None or not _may_write(person, client):
        return ctx
    return replace(ctx, write_client=client, reply_to_client=replied)


def _may_write(person: Person, client: Person) -> bool:
    return client.role == "client" and (person.role == "admin" or
                                        client.casemanager_id == person.id)


_CASEWORK_COMMANDS = ("appointment", "appointments", "move", "aftercare", "client")
_CASEWORK_FLOWS = ("appointment", "move", "aftercare")


async def _load_casework(tx: Tx, ctx: Context, incoming: Incoming,
                         state: dict[str, object] | None) -> Context:
    """A casemanager's caseload and upcoming appointments, when the step needs them."""
    event, person = incoming.event, ctx.person
    assert person is not None
    wanted = (isinstance(event, Command) and event.name in _CASEWORK_COMMANDS) or \
        (state or {}).get("flow") in _CASEWORK_FLOWS
    if wanted:
        mine = None if person.role == "admin" else person.id
        clients = [p for p in await tx.people("client")
                   if mine is None or p.casemanager_id == mine]
        upcoming = []
        by_id = {p.id: p for p in clients}
        for appointment in await tx.upcoming_appointments(ctx.now, casemanager_id=mine):
            if appointment.client_id in by_id:
                upcoming.append((appointment, by_id[appointment.client_id]))
        ctx = replace(ctx, caseload=tuple(clients), upcoming=tuple(upcoming),
                      street=replace(ctx.street, places=tuple(await tx.places())))
        ctx = await _load_care_subject(tx, ctx, incoming, state)
    return await _load_appointment(tx, ctx, incoming, state)


async def _load_care_subject(tx: Tx, ctx: Context, incoming: Incoming,
                             state: dict[str, object] | None) -> Context:
    """For /aftercare and /client: the client in question, their plan and history."""
    event = incoming.event
    client_id = (state or {}).get("client")
    if isinstance(event, Command) and event.arg:
        wanted = event.arg.strip().casefold()
        found = [p for p in ctx.caseload if wanted in p.alias.casefold()]
        client_id = found[0].id if len(found) == 1 else None
    if isinstance(event, Button) and event.data.startswith("care:client:"):
        value = event.data.rsplit(":", 1)[-1]
        client_id = int(value) if value.isdigit() else None
    client = next((p for p in ctx.caseload if p.id == client_id), None)
    if client is None:
        return ctx
    return await load_care(tx, replace(ctx, appointment_client=client), client)


async def load_care(tx: Tx, ctx: Context, client: Person) -> Context:
    plan = await tx.plan_of(client.id)
    alerts = tuple(a for a in await tx.open_alerts() if a.client_id == client.id)
    return replace(ctx, plan=plan, checkins=tuple(await tx.checkins_of(client.id)),
                   answers=tuple(await tx.answers_of(client.id)), open_client_alerts=alerts,
                   question_voices=await tx.question_voices(client.language or "en"))


async def _load_checkin(tx: Tx, ctx: Context, incoming: Incoming,
                         state: dict[str, object] | None, person: Person) -> Context:
    event = incoming.event
    checkin_id = (state or {}).get("checkin")
    if isinstance(event, Button) and event.data.startswith("ci:"):
        value = event.data.split(":")[1]
        checkin_id = int(value) if value.isdigit() else None
    if not isinstance(checkin_id, int):
        return ctx
    checkin = await tx.checkin(checkin_id)
    if checkin is None or checkin.client_id != person.id:
        return ctx
    ctx = await load_care(tx, ctx, person)
    return replace(ctx, checkin=checkin)


async def _load_appointment(tx: Tx, ctx: Context, incoming: Incoming,
                            state: dict[str, object] | None) -> Context:
    event = incoming.event
    appointment_id = (state or {}).get("reschedule")
    if isinstance(event, Button) and event.data.startswith(("appt:", "apptm:")):
        value = event.data.split(":")[-1]
        appointment_id = int(value) if value.isdigit() else None
    if not isinstance(appointment_id, int):
        return ctx
    appointment = await tx.appointment(appointment_id)
    if appointment is None:
        return ctx
    if ctx.person is not None and ctx.person.role == "client" and \
            appointment.client_id != ctx.person.id:
        return ctx  # a client only ever sees their own appointments
    return replace(ctx, appointment=appointment,
                   appointment_client=await tx.person(appointment.client_id))


async def _load_staff(tx: Tx, ctx: Context, incoming: Incoming,
                      state: dict[str, object] | None) -> Context:
    event = incoming.event
    if isinstance(event, Command) and event.name == "alerts":
        pairs = []
        person = ctx.person
        assert person is not None
        for alert in await tx.open_alerts():
            client = await tx.person(alert.client_id) if alert.client_id else None
            if client is not None and may_act_on_alert(person, alert):
                pairs.append((alert, client))
        return replace(ctx, open_alerts=tuple(pairs))
    alert_id = _alert_id_of(incoming, state)
    replied_to_card = False
    if alert_id is None and incoming.reply_to is not None:
        ref = await tx.ref_of_message(incoming.chat_id, incoming.reply_to)
        if ref and ref.startswith("alert:") and ref[6:].isdigit():
            alert_id, replied_to_card = int(ref[6:]), True
    if alert_id is None:
        return ctx
    ctx = replace(ctx, reply_to_alert=replied_to_card)
    return await load_alert(tx, ctx, await tx.alert(alert_id))


async def load_tick_context(tx: Tx, deps: Deps, tick: Tick) -> Context:
    now = deps.clock.now()
    ctx = Context(now=now, telegram_user_id=0, chat_id=0, person=None, state=None,
                  bot_username=deps.bot_username, default_timezone=deps.settings.timezone,
                  lexicon=deps.lexicon, team_chat_id=deps.settings.team_chat_id,
                  escalate_urgent=_minutes(deps.settings.escalate_urgent_minutes),
                  escalate_normal=_minutes(deps.settings.escalate_normal_minutes),
                  flag_model=deps.flag_model)
    if tick.kind.startswith("appt-"):
        appointment = await tx.appointment(tick.subject)
        if appointment is not None:
            ctx = replace(ctx, appointment=appointment,
                          appointment_client=await tx.person(appointment.client_id))
    if tick.kind == "unsure-timeout":
        client = await tx.person(tick.subject)
        if client is not None:
            ctx = replace(ctx, state=await tx.load_state(f"p:{client.id}"))
            ctx = await load_alert(tx, ctx, await tx.open_alert_for(client.id))
            ctx = replace(ctx, alert_client=client)
    if tick.kind == "person-unreachable":
        ctx = replace(ctx, alert_client=await tx.person(tick.subject))
    if tick.kind.startswith("checkin-"):
        checkin = await tx.checkin(tick.subject)
        client = await tx.person(checkin.client_id) if checkin else None
        if checkin is not None and client is not None:
            ctx = await load_care(tx, replace(ctx, appointment_client=client, checkin=checkin),
                                  client)
            ctx = replace(ctx, plan=await tx.plan(checkin.plan_id))
            ctx = await load_alert(tx, ctx, await tx.open_alert_for(client.id))
    if tick.kind.startswith("alert-"):
        ctx = await load_alert(tx, ctx, await tx.alert(tick.subject))
        on_duty = tuple(p for p in await tx.people("casemanager")
                        if p.on_duty and p.chat_id is not None)
        ctx = replace(ctx, on_duty=on_duty,
                      card_chats=frozenset(await tx.card_chats(f"alert:{tick.subject}")))
    return await load_street_tick(tx, deps, ctx, tick)
