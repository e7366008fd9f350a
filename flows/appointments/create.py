"""/appointment: a casemanager plans a client's appointment in a few taps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any, Literal

from flows.appointments.buttons import (
    ApptClient,
    ApptDay,
    ApptKind,
    ApptPlace,
    ApptReminder,
    ApptStep,
    ApptTime,
)
from flows.appointments.reminders import (
    DEFAULT_REMINDERS,
    KINDS,
    appointment_args,
    reschedule_effects,
    schedule_effects,
)
from flows.core.buttons import ButtonData
from flows.core.common import buttons_expired, reply, use_buttons
from flows.core.context import Context
from flows.core.effects import (
    Choice,
    CreateAppointment,
    Effect,
    Log,
    New,
    Send,
    Transition,
    UpdateAppointment,
)
from flows.core.events import Button, Command, Event, Text
from flows.model import Person
from flows.time.when import parse_when
from flows.time.zones import zone

__all__ = ["on_appointment", "on_appointment_event", "start_reschedule"]

_TIMES = ("09:00", "10:00", "11:00", "13:00", "14:00", "15:00", "16:00")
_REMINDER_CHOICES: tuple[Literal[10080, 1440, 120], ...] = (10080, 1440, 120)
_CANCEL = (Choice("appointment-cancel-button", ApptStep("cancel")),)
_SKIP = (Choice("appointment-skip-button", ApptStep("skip")),)


def _send(ctx: Context, key: str, buttons: tuple[tuple[Choice, ...], ...] = (),
          **args: Any) -> Send:
    return Send(key, args, person_id=ctx.person_id, buttons=(*buttons, _CANCEL))


def _client(ctx: Context, state: dict[str, Any]) -> Person | None:
    return next((p for p in ctx.caseload if p.id == state.get("client")), None)


def on_appointment(ctx: Context, command: Command) -> Transition:
    state: dict[str, Any] = {"flow": "appointment", "step": "client"}
    if command.arg:
        return _on_client_text(ctx, state, command.arg)
    return _ask_client(ctx, state, ctx.caseload[:8])


def start_reschedule(ctx: Context, client: Person, appointment_id: int, kind: str
                     ) -> Transition:
    state = {"flow": "appointment", "step": "day", "client": client.id, "kind": kind,
             "reschedule": appointment_id}
    return _ask_day(ctx, state)


def _ask_client(ctx: Context, state: dict[str, Any], people: tuple[Person, ...]) -> Transition:
    if not ctx.caseload:
        return Transition(None, (reply(ctx, "appointment-no-clients"),))
    rows = tuple((Choice("appointment-client-button", ApptClient("client", p.id),
                         {"alias": p.alias}),) for p in people)
    return Transition(state, (_send(ctx, "appointment-ask-client", rows),))


def _on_client_text(ctx: Context, state: dict[str, Any], typed: str) -> Transition:
    wanted = typed.strip().casefold()
    found = tuple(p for p in ctx.caseload if wanted and wanted in p.alias.casefold())
    if len(found) == 1:
        return _ask_kind(ctx, {**state, "client": found[0].id})
    if not found:
        return Transition(state, (reply(ctx, "appointment-client-not-found", typed=typed),))
    return _ask_client(ctx, state, found[:8])


def _ask_kind(ctx: Context, state: dict[str, Any]) -> Transition:
    rows = tuple(tuple(Choice(f"appointment-kind-{k}-button", ApptKind("kind", k))
                       for k in KINDS[i:i + 2]) for i in range(0, len(KINDS), 2))
    return Transition({**state, "step": "kind"}, (_send(ctx, "appointment-ask-kind", rows),))


def _ask_day(ctx: Context, state: dict[str, Any]) -> Transition:
    client = _client(ctx, state)
    tz = client.timezone if client else ctx.default_timezone
    today = ctx.now.astimezone(zone(tz)).date()
    days = [today + timedelta(days=n) for n in range(7)]
    rows = tuple(tuple(Choice("appointment-day-button", ApptDay("day", d),
                              {"day": {"$date": d.isoformat()}}) for d in days[i:i + 2])
                 for i in range(0, 7, 2))
    return Transition({**state, "step": "day"},
                      (_send(ctx, "appointment-ask-day", rows, zone=tz),))


def _ask_time(ctx: Context, state: dict[str, Any]) -> Transition:
    rows = tuple(tuple(Choice("appointment-time-button", ApptTime("time", t.replace(":", "")),
                              literal=f"🕘 {t}") for t in _TIMES[i:i + 4])
                 for i in range(0, len(_TIMES), 4))
    return Transition({**state, "step": "time"}, (_send(ctx, "appointment-ask-time", rows),))


def on_appointment_event(ctx: Context, event: Event) -> Transition:
    state = dict(ctx.state or {})
    step = state.get("step")
    if isinstance(event, Button):
        press = event.press
        if isinstance(press, ApptStep) and press.action == "cancel":
            return Transition(None, (reply(ctx, "appointment-cancelled-flow"),))
        return _on_button(ctx, state, step, press)
    if isinstance(event, Text):
        return _on_text(ctx, state, step, event.text)
    return use_buttons(ctx)


def _on_button(ctx: Context, state: dict[str, Any], step: object, press: ButtonData | None
               ) -> Transition:
    """A press of this flow's step; any other (an older message's, a malformed one) has
    expired."""
    if isinstance(press, ApptClient) and step == "client":
        return _ask_kind(ctx, {**state, "client": press.id}) if _client(
            ctx, {"client": press.id}) else buttons_expired(ctx)
    if isinstance(press, ApptKind) and step == "kind":
        return _ask_day(ctx, {**state, "kind": press.kind})
    if isinstance(press, ApptDay) and step == "day":
        return _ask_time(ctx, {**state, "day": press.day.isoformat()})
    if isinstance(press, ApptTime) and step == "time":
        hour, minute = divmod(int(press.hhmm), 100)
        return _with_time(ctx, state, date.fromisoformat(state["day"]), hour, minute)
    if isinstance(press, ApptPlace) and step == "place":
        place = next((p for p in ctx.street.places if p.id == press.id), None)
        if place is None:
            return buttons_expired(ctx)
        pin = None if place.latitude is None or place.longitude is None else \
            [place.latitude, place.longitude]
        return _next_after(ctx, {**state, "pin": pin}, "place", place.name)
    if isinstance(press, ApptStep) and press.action == "skip" and step in ("place", "note"):
        return _next_after(ctx, state, str(step), None)
    if isinstance(press, ApptReminder) and step == "confirm":
        chosen = set(state.get("reminders") or [])
        chosen ^= {press.minutes}
        return _confirm(ctx, {**state, "reminders": sorted(chosen, reverse=True)})
    if isinstance(press, ApptStep) and press.action == "save" and step == "confirm":
        return _save(ctx, state)
    return buttons_expired(ctx)


def _on_text(ctx: Context, state: dict[str, Any], step: object, text: str) -> Transition:
    if step == "client":
        return _on_client_text(ctx, state, text)
    if step in ("day", "time"):
        client = _client(ctx, state)
        tz = client.timezone if client else ctx.default_timezone
        moment = parse_when(text if step == "day" else f"{state['day']} {text}", ctx.now, tz)
        if isinstance(moment, datetime):
            return _with_moment(ctx, state, moment)
        if isinstance(moment, date) and step == "day":
            return _ask_time(ctx, {**state, "day": moment.isoformat()})
        return Transition(state, (reply(ctx, "appointment-date-unreadable", typed=text),))
    if step in ("place", "note"):
        return _next_after(ctx, state, str(step), " ".join(text.split())[:300] or None)
    return use_buttons(ctx)


def _with_time(ctx: Context, state: dict[str, Any], day: date, hour: int, minute: int
               ) -> Transition:
    client = _client(ctx, state)
    tz = zone(client.timezone if client else ctx.default_timezone)
    return _with_moment(ctx, state, datetime(day.year, day.month, day.day, hour, minute,
                                             tzinfo=tz))


def _with_moment(ctx: Context, state: dict[str, Any], moment: datetime) -> Transition:
    if moment <= ctx.now:
        return Transition(state, (reply(ctx, "appointment-date-past"),))
    state = {**state, "starts": moment.isoformat()}
    if state.get("reschedule"):
        return _confirm(ctx, {**state, "reminders": state.get("reminders")
                              or list(DEFAULT_REMINDERS[state["kind"]])})
    places = tuple((Choice("appointment-place-button", ApptPlace("place", p.id),
                           literal=f"📍 {p.name}"),) for p in ctx.street.places[:6])
    return Transition({**state, "step": "place"},
                      (_send(ctx, "appointment-ask-place", (*places, _SKIP)),))


def _next_after(ctx: Context, state: dict[str, Any], step: str, value: str | None
                ) -> Transition:
    state = {**state, step: value}
    if step == "place":
        return Transition({**state, "step": "note"},
                          (_send(ctx, "appointment-ask-note", (_SKIP,)),))
    return _confirm(ctx, {**state, "reminders": list(DEFAULT_REMINDERS[state["kind"]])})


def _confirm(ctx: Context, state: dict[str, Any]) -> Transition:
    client = _client(ctx, state)
    if client is None:
        return Transition(None, (reply(ctx, "button-expired"),))
    chosen = set(state.get("reminders") or [])
    toggles = tuple(Choice(f"appointment-reminder-{m}-{'on' if m in chosen else 'off'}",
                           ApptReminder("rem", m)) for m in _REMINDER_CHOICES)
    starts = datetime.fromisoformat(state["starts"])
    args = {**appointment_args(state["kind"], starts, state.get("place"), state.get("note"),
                               client.timezone), "alias": client.alias, "zone": client.timezone}
    save = (Choice("appointment-save-button", ApptStep("save")),)
    return Transition({**state, "step": "confirm"},
                      (_send(ctx, "appointment-confirm", (toggles, save), **args),))


def _save(ctx: Context, state: dict[str, Any]) -> Transition:
    client = _client(ctx, state)
    if client is None:
        return Transition(None, (reply(ctx, "button-expired"),))
    starts = datetime.fromisoformat(state["starts"])
    if starts <= ctx.now:
        return Transition(state, (reply(ctx, "appointment-date-past"),))
    reminders = tuple(int(m) for m in state.get("reminders") or [])
    args = {**appointment_args(state["kind"], starts, state.get("place"), state.get("note"),
                               client.timezone), "alias": client.alias}
    effects: list[Effect] = []
    if state.get("reschedule"):
        effects += _reschedule(ctx, client, int(state["reschedule"]), starts, reminders)
    else:
        effects += [
            CreateAppointment(client.id, ctx.person_id, state["kind"], starts,
                              client.timezone, reminders, state.get("place"), state.get("note"),
                              _pin(state)),
            Log("appointment-created", client.id),
            Send("appointment-new-client", args, person_id=client.id),
            *schedule_effects(ctx.now, New("appointment"), client, ctx.person_id, state["kind"],
                              starts, reminders, state.get("place"), state.get("note"),
                              _pin(state)),
        ]
    effects.append(reply(ctx, "appointment-saved", **args))
    if client.stopped or client.unreachable:
        effects.append(reply(ctx, "appointment-client-unreachable", alias=client.alias))
    return Transition(None, tuple(effects))


def _pin(state: dict[str, Any]) -> tuple[float, float] | None:
    pin = state.get("pin")
    return (float(pin[0]), float(pin[1])) if pin else None


def _reschedule(ctx: Context, client: Person, appointment_id: int, starts: datetime,
                reminders: tuple[int, ...]) -> list[Effect]:
    appointment = ctx.appointments.appointment
    if appointment is None or appointment.id != appointment_id:
        return []
    moved = replace(appointment, starts_at=starts, reminders=reminders)
    args = appointment_args(moved.kind, starts, moved.place, moved.note, client.timezone)
    return [UpdateAppointment(appointment_id, {"starts_at": starts, "reminders": reminders,
                                               "answer": None}),
            Log("appointment-rescheduled", client.id),
            Send("appointment-moved-client", args, person_id=client.id),
            *reschedule_effects(ctx, moved, client)]
