"""Loading what a timer's flow may need to know (the subject of an appointment, check-in,
alert or "do you need help now?" timer), inside the timer's transaction."""

from __future__ import annotations

from dataclasses import replace

from bot.deps import Deps
from bot.loader import from_settings, load_alert, load_care
from bot.street_loader import load_street_tick
from flows.core.context import Context
from flows.core.events import Tick
from storage import Tx

__all__ = ["load_tick_context"]


async def load_tick_context(tx: Tx, deps: Deps, tick: Tick) -> Context:
    now = deps.clock.now()
    ctx = Context(now=now, telegram_user_id=0, chat_id=0, person=None, state=None,
                  **from_settings(deps))
    if tick.kind.startswith("appt-"):
        appointment = await tx.appointment(tick.subject)
        if appointment is not None:
            ctx = ctx.with_appointments(appointment=appointment,
                                        client=await tx.person(appointment.client_id))
    if tick.kind == "unsure-timeout":
        client = await tx.person(tick.subject)
        if client is not None:
            ctx = replace(ctx, state=await tx.load_state(f"p:{client.id}"))
            ctx = await load_alert(tx, ctx, await tx.open_alert_for(client.id))
            ctx = ctx.with_alerts(client=client)
    if tick.kind == "person-unreachable":
        ctx = ctx.with_alerts(client=await tx.person(tick.subject))
    if tick.kind.startswith("checkin-"):
        checkin = await tx.checkin(tick.subject)
        client = await tx.person(checkin.client_id) if checkin else None
        if checkin is not None and client is not None:
            ctx = await load_care(tx, ctx.with_care(checkin=checkin), client)
            ctx = ctx.with_care(plan=await tx.plan(checkin.plan_id))
            ctx = await load_alert(tx, ctx, await tx.open_alert_for(client.id))
    if tick.kind.startswith("alert-"):
        ctx = await load_alert(tx, ctx, await tx.alert(tick.subject))
        on_duty = tuple(p for p in await tx.people("casemanager")
                        if p.on_duty and p.chat_id is not None)
        ctx = ctx.with_alerts(on_duty=on_duty, card_chats=frozenset(
            await tx.card_chats(f"alert:{tick.subject}")))
    return await load_street_tick(tx, deps, ctx, tick)
