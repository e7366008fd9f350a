"""/appointments: upcoming appointments, with cancel and reschedule; /move: a client moves."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from flows.appointments.buttons import ApptManage, MoveClient, MoveCountry
from flows.appointments.create import start_reschedule
from flows.appointments.reminders import appointment_args, reschedule_effects
from flows.core.common import buttons_expired, reply
from flows.core.context import Context
from flows.core.effects import (
    Audit,
    CancelOutbox,
    CancelTimers,
    Choice,
    Effect,
    Log,
    Ref,
    Send,
    Transition,
    UpdateAppointment,
    UpdatePerson,
)
from flows.core.events import Button, Command, Event
from flows.onboarding.newclient import COUNTRY_ZONES

__all__ = ["on_appointment_action", "on_appointments", "on_move", "on_move_event"]

_MAX_LISTED = 8
_MOVE_COUNTRIES: tuple[Literal["MA", "DZ", "TN", "NL"], ...] = ("MA", "DZ", "TN", "NL")


def on_appointments(ctx: Context, command: Command) -> Transition:
    wanted = command.arg.strip().casefold()
    shown = [(a, c) for a, c in ctx.appointments.upcoming
             if not wanted or wanted in c.alias.casefold()]
    if not shown:
        return Transition(ctx.state, (reply(ctx, "appointments-none"),))
    lines = [["appointments-line", {**appointment_args(a.kind, a.starts_at, a.place, None,
                                                       a.timezone),
                                    "alias": c.alias, "number": str(a.id),
                                    "answer": a.answer or "none"}]
             for a, c in shown[:_MAX_LISTED]]
    buttons = tuple((Choice("appointments-move-button", ApptManage("move", a.id),
                            {"number": str(a.id)}),
                     Choice("appointments-cancel-button", ApptManage("cancel", a.id),
                            {"number": str(a.id)})) for a, _ in shown[:_MAX_LISTED])
    read = tuple(Audit("read:appointments", client_id)  # whose appointments were shown
                 for client_id in dict.fromkeys(c.id for _, c in shown[:_MAX_LISTED]))
    return Transition(ctx.state, (Send("appointments-list", {"count": len(shown),
                                                             "lines": {"$msgs": lines}},
                                       person_id=ctx.person_id, buttons=buttons), *read))


def on_appointment_action(ctx: Context, button: Button) -> Transition:
    press, view = button.press, ctx.appointments
    appointment, client = view.appointment, view.client
    if not isinstance(press, ApptManage) or appointment is None or client is None \
            or appointment.status != "scheduled" or appointment.starts_at <= ctx.now:
        return buttons_expired(ctx)
    if press.action == "move":
        return start_reschedule(ctx, client, appointment.id, appointment.kind)
    args = {**appointment_args(appointment.kind, appointment.starts_at, appointment.place,
                               None, appointment.timezone), "alias": client.alias}
    return Transition(ctx.state, (
        UpdateAppointment(appointment.id, {"status": "cancelled"}),
        CancelOutbox(Ref("appt", appointment.id)),
        CancelTimers("appt-noanswer", appointment.id),
        Log("appointment-cancelled", client.id),
        Send("appointment-cancelled-client", args, person_id=client.id),
        reply(ctx, "appointment-cancelled-staff", **args),
    ))


def on_move(ctx: Context, command: Command) -> Transition:
    """A client moved country: new time zone, and pending reminders recomputed."""
    if not ctx.caseload:
        return Transition(None, (reply(ctx, "appointment-no-clients"),))
    rows = tuple((Choice("appointment-client-button", MoveClient("client", p.id),
                         {"alias": p.alias}),) for p in ctx.caseload[:8])
    return Transition({"flow": "move", "step": "client"},
                      (Send("move-ask-client", person_id=ctx.person_id, buttons=rows),))


def on_move_event(ctx: Context, event: Event) -> Transition:
    state = dict(ctx.state or {})
    if not isinstance(event, Button):
        return Transition(state, (reply(ctx, "reask-use-buttons"),))
    press = event.press
    if isinstance(press, MoveClient):
        rows = tuple((Choice(f"country-{code}", MoveCountry("country", code)),)
                     for code in _MOVE_COUNTRIES)
        return Transition({**state, "step": "country", "client": press.id},
                          (Send("move-ask-country", person_id=ctx.person_id, buttons=rows),))
    client = next((p for p in ctx.caseload if p.id == state.get("client")), None)
    if not isinstance(press, MoveCountry) or client is None:
        return buttons_expired(ctx)
    moved = replace(client, country=press.code, timezone=COUNTRY_ZONES[press.code])
    effects: list[Effect] = [UpdatePerson(client.id, {"country": moved.country,
                                                      "timezone": moved.timezone}),
                             Log("client-moved", client.id)]
    for appointment, person in ctx.appointments.upcoming:
        if person.id == client.id:
            effects += reschedule_effects(ctx, appointment, moved)
    effects.append(reply(ctx, "move-done", alias=client.alias, zone=moved.timezone))
    return Transition(None, tuple(effects))
