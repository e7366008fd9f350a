"""/appointments: upcoming appointments, with cancel and reschedule; /move: a client moves."""

from __future__ import annotations

from dataclasses import replace

from flows.appointments.create import start_reschedule
from flows.appointments.reminders import appointment_args, reschedule_effects
from flows.core.common import buttons_expired, reply
from flows.core.context import Context
from flows.core.effects import (
    CancelOutbox,
    CancelTimers,
    Choice,
    Effect,
    Log,
    Send,
    Transition,
    UpdateAppointment,
    UpdatePerson,
)
from flows.core.events import Button, Command, Event
from flows.onboarding.newclient import COUNTRY_ZONES

__all__ = ["on_appointment_action", "on_appointments", "on_move", "on_move_event"]

_MAX_LISTED = 8


def on_appointments(ctx: Context, command: Command) -> Transition:
    wanted = command.arg.strip().casefold()
    shown = [(a, c) for a, c in ctx.upcoming if not wanted or wanted in c.alias.casefold()]
    if not shown:
        return Transition(ctx.state, (reply(ctx, "appointments-none"),))
    lines = [["appointments-line", {**appointment_args(a.kind, a.starts_at, a.place, None,
                                                       a.timezone),
                                    "alias": c.alias, "number": str(a.id),
                                    "answer": a.answer or "none"}]
             for a, c in shown[:_MAX_LISTED]]
    buttons = tuple((Choice("appointments-move-button", f"apptm:move:{a.id}",
                            {"number": str(a.id)}),
                     Choice("appointments-cancel-button", f"apptm:cancel:{a.id}",
                            {"number": str(a.id)})) for a, _ in shown[:_MAX_LISTED])
    return Transition(ctx.state, (Send("appointments-list", {"count": len(shown),
                                                             "lines": {"$msgs": lines}},
                                       person_id=ctx.person_id, buttons=buttons),))


def on_appointment_action(ctx: Context, button: Button) -> Transition:
    parts = button.data.split(":")
    appointment, client = ctx.appointment, ctx.appointment_client
    if len(parts) != 3 or appointment is None or client is None \
            or appointment.status != "scheduled" or appointment.starts_at <= ctx.now:
        return buttons_expired(ctx)
    if parts[1] == "move":
        return start_reschedule(ctx, client, appointment.id, appointment.kind)
    if parts[1] != "cancel":
        return buttons_expired(ctx)
    args = {**appointment_args(appointment.kind, appointment.starts_at, appointment.place,
                               None, appointment.timezone), "alias": client.alias}
    return Transition(ctx.state, (
        UpdateAppointment(appointment.id, {"status": "cancelled"}),
        CancelOutbox(f"appt:{appointment.id}"),
        CancelTimers("appt-noanswer", appointment.id),
        Log("appointment-cancelled", client.id),
        Send("appointment-cancelled-client", args, person_id=client.id),
        reply(ctx, "appointment-cancelled-staff", **args),
    ))


def on_move(ctx: Context, command: Command) -> Transition:
    """A client moved country: new time zone, and pending reminders recomputed."""
    if not ctx.caseload:
        return Transition(None, (reply(ctx, "appointment-no-clients"),))
    rows = tuple((Choice("appointment-client-button", f"move:client:{p.id}",
                         {"alias": p.alias}),) for p in ctx.caseload[:8])
    return Transition({"flow": "move", "step": "client"},
                      (Send("move-ask-client", person_id=ctx.person_id, buttons=rows),))


def on_move_event(ctx: Context, event: Event) -> Transition:
    state = dict(ctx.state or {})
    if not isinstance(event, Button):
        return Transition(state, (reply(ctx, "reask-use-buttons"),))
    parts = event.data.split(":")
    if len(parts) != 3 or parts[0] != "move":
        return buttons_expired(ctx)
    if parts[1] == "client" and parts[2].isdigit():
        codes = ("MA", "DZ", "TN", "NL")
        rows = tuple((Choice(f"country-{code}", f"move:country:{code}"),) for code in codes)
        return Transition({**state, "step": "country", "client": int(parts[2])},
                          (Send("move-ask-country", person_id=ctx.person_id, buttons=rows),))
    client = next((p for p in ctx.caseload if p.id == state.get("client")), None)
    if parts[1] != "country" or parts[2] not in COUNTRY_ZONES or client is None:
        return buttons_expired(ctx)
    moved = replace(client, country=parts[2], timezone=COUNTRY_ZONES[parts[2]])
    effects: list[Effect] = [UpdatePerson(client.id, {"country": moved.country,
                                                      "timezone": moved.timezone}),
                             Log("client-moved", client.id)]
    for appointment, person in ctx.upcoming:
        if person.id == client.id:
            effects += reschedule_effects(ctx, appointment, moved)
    effects.append(reply(ctx, "move-done", alias=client.alias, zone=moved.timezone))
    return Transition(None, tuple(effects))
