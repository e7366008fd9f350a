"""Appointment reminders: when they go out, what they say, what an answer does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flows.alerts.cards import new_alert
from flows.appointments.buttons import ApptAnswer, Kind
from flows.core.context import Context
from flows.core.effects import (
    CancelOutbox,
    CancelTimers,
    Choice,
    Effect,
    Log,
    New,
    Ref,
    Send,
    SetTimer,
    Transition,
    UpdateAppointment,
)
from flows.core.events import Button, Tick
from flows.model import Appointment, Person
from flows.time.when import avoid_quiet_hours

__all__ = [
    "DEFAULT_REMINDERS",
    "KINDS",
    "NO_ANSWER_BEFORE",
    "appointment_args",
    "client_time",
    "on_answer",
    "on_no_answer",
    "reschedule_effects",
    "schedule_effects",
]

KINDS: tuple[Kind, ...] = ("doctor", "hospital", "mental", "embassy", "immigration",
                           "reception", "return", "lawyer", "other")
# minutes before the start; a week ahead too where papers must be gathered first
DEFAULT_REMINDERS: dict[str, tuple[int, ...]] = {
    **{kind: (1440, 120) for kind in KINDS},
    "embassy": (10080, 1440, 120),
    "immigration": (10080, 1440, 120),
}
NO_ANSWER_BEFORE = timedelta(hours=1)


def client_time(moment: datetime, timezone: str) -> dict[str, object]:
    """A client's time as the reader should see it: the client's local time with its place,
    and the reader's own beside it when they live in another zone ("10:30 Casablanca · 11:30
    here"); just the time for the client themselves."""
    return {"$dt": moment.isoformat(), "tz": timezone, "both": True}


def appointment_args(kind: str, starts_at: datetime, place: str | None,
                     note: str | None, timezone: str) -> dict[str, object]:
    """$kind names the appointment for staff; $topic is the client's gentle word for it
    (never an agency, never a diagnosis)."""
    return {"kind": {"$msg": f"appointment-kind-{kind}"},
            "topic": {"$msg": f"appointment-topic-{kind}"},
            "when": client_time(starts_at, timezone), "place": place or "–", "note": note or "–"}


def _answer_buttons(appointment_id: int | New) -> tuple[tuple[Choice, ...], ...]:
    return ((Choice("appointment-come-button", ApptAnswer("come", appointment_id)),),
            (Choice("appointment-cant-button", ApptAnswer("cant", appointment_id)),),
            (Choice("appointment-call-button", ApptAnswer("call", appointment_id)),))


def schedule_effects(now: datetime, appointment_id: int | New, client: Person,
                     casemanager_id: int | None, kind: str, starts_at: datetime,
                     reminders: tuple[int, ...], place: str | None, note: str | None,
                     pin: tuple[float, float] | None = None) -> list[Effect]:
    """The reminder messages (durable, due in advance) and the no-answer check; the id is
    New("appointment") for one created earlier in the same transition."""
    ref = Ref("appt", appointment_id)
    args = {**appointment_args(kind, starts_at, place, note, client.timezone),
            "alias": client.alias}
    effects: list[Effect] = []
    start = starts_at.astimezone(UTC)  # real hours before, whatever a clock switch does
    for minutes in sorted(set(reminders), reverse=True):
        due = avoid_quiet_hours(start - timedelta(minutes=minutes), client.timezone, start)
        if due <= now:
            continue
        effects.append(Send("appointment-reminder", args, person_id=client.id,
                            buttons=_answer_buttons(appointment_id), due_at=due, ref=ref,
                            expires_at=starts_at, expiry_notify=casemanager_id,
                            expiry_key="appointment-reminder-missed", priority="low"))
        if pin is not None:  # the map pin of a saved place, right after the reminder
            effects.append(Send("appointment-reminder", args, person_id=client.id,
                                location=pin, due_at=due, ref=ref, expires_at=starts_at,
                                priority="low"))
    check = start - NO_ANSWER_BEFORE
    if check > now and effects:
        effects.append(SetTimer("appt-noanswer", appointment_id, check))
    return effects


def reschedule_effects(ctx: Context, appointment: Appointment, client: Person,
                       starts_at: datetime | None = None) -> list[Effect]:
    """Withdraw pending reminders and schedule them anew (new time or new time zone)."""
    start = starts_at or appointment.starts_at
    return [CancelOutbox(Ref("appt", appointment.id)),
            CancelTimers("appt-noanswer", appointment.id),
            *schedule_effects(ctx.now, appointment.id, client, appointment.casemanager_id,
                              appointment.kind, start, appointment.reminders,
                              appointment.place, appointment.note, appointment.pin)]


def _alert(ctx: Context, appointment: Appointment, client: Person, category: str) -> list[Effect]:
    return new_alert(ctx, client, "appointment", (category,), "normal",
                     casemanager_id=appointment.casemanager_id)


def on_answer(ctx: Context, button: Button) -> Transition:
    """The client answers a reminder: logged, shown to the casemanager, alert if needed."""
    appointment, client, press = ctx.appointments.appointment, ctx.person, button.press
    if not isinstance(press, ApptAnswer) or appointment is None or client is None \
            or appointment.status != "scheduled" or appointment.starts_at <= ctx.now:
        return Transition(ctx.state, (Send("appointment-answer-too-late",
                                           person_id=ctx.person_id),))
    answer = press.answer
    args = {**appointment_args(appointment.kind, appointment.starts_at, None, None,
                               appointment.timezone), "alias": client.alias, "answer": answer}
    effects: list[Effect] = [
        UpdateAppointment(appointment.id, {"answer": answer, "answered_at": ctx.now}),
        CancelTimers("appt-noanswer", appointment.id),
        Log(f"appointment-answer-{answer}", client.id),
        Send(f"appointment-thanks-{answer}", person_id=client.id),
    ]
    if appointment.casemanager_id is not None:
        effects.append(Send("appointment-answer-staff", args,
                            person_id=appointment.casemanager_id))
    if answer in ("cant", "call"):
        category = "appointment_cant" if answer == "cant" else "asks_contact"
        effects += _alert(ctx, appointment, client, category)
    return Transition(ctx.state, tuple(effects))


def on_no_answer(ctx: Context, tick: Tick) -> Transition:
    appointment, client = ctx.appointments.appointment, ctx.appointments.client
    if appointment is None or client is None or appointment.status != "scheduled" \
            or appointment.answer is not None:
        return Transition(None, ())
    return Transition(None, (Log("appointment-no-answer", client.id),
                             *_alert(ctx, appointment, client, "no_answer")))
