"""Appointments, and the timers that remind and escalate (also used by alerts, check-ins)."""

from __future__ import annotations

from bot.appliers import Table, entry
from bot.appliers.applier import Applier
from flows.core.effects import CancelTimers, CreateAppointment, SetTimer, UpdateAppointment

__all__ = ["APPLIERS"]


async def create_appointment(applier: Applier, effect: CreateAppointment) -> None:
    applier.new["appointment"] = await applier.tx.create_appointment(
        client_id=effect.client_id, casemanager_id=effect.casemanager_id, kind=effect.kind,
        starts_at=effect.starts_at, timezone=effect.timezone, reminders=effect.reminders,
        place=effect.place, note=effect.note, now=applier.ctx.now, pin=effect.pin)


async def update_appointment(applier: Applier, effect: UpdateAppointment) -> None:
    await applier.tx.update_appointment(applier.resolve_new(effect.appointment_id),
                                        **effect.fields)


async def set_timer(applier: Applier, effect: SetTimer) -> None:
    """One timer per kind and subject: a new one replaces the old."""
    subject = applier.resolve_new(effect.subject)
    await applier.tx.cancel_timers(effect.kind, subject)
    await applier.tx.add_timer(effect.kind, subject, effect.due_at)


async def cancel_timers(applier: Applier, effect: CancelTimers) -> None:
    await applier.tx.cancel_timers(effect.kind, effect.subject)


APPLIERS: Table = dict([
    entry(CreateAppointment, create_appointment),
    entry(UpdateAppointment, update_appointment),
    entry(SetTimer, set_timer), entry(CancelTimers, cancel_timers),
])
