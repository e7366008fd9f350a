"""The one entry point: who is this, what did they do, which flow answers."""

from __future__ import annotations

from collections.abc import Callable

from flows.aftercare import checkin as checkins
from flows.aftercare import plan as aftercare
from flows.aftercare import trends
from flows.alerts import claim as alerts
from flows.alerts import feedback, help_now, inbox, write
from flows.appointments import create as appointments
from flows.appointments import listing as appointment_list
from flows.appointments import reminders
from flows.core.access import allowed
from flows.core.common import buttons_expired, refuse, reply
from flows.core.context import Context
from flows.core.effects import Log, Transition
from flows.core.events import Button, Command, Event, Location, Text, Tick, Unsupported
from flows.core.ownership import may_press
from flows.onboarding import client, newclient, staff
from flows.onboarding import joining as onboarding
from flows.street import admin as street_admin
from flows.street import flow as street
from flows.street import places as street_places

__all__ = ["step"]

CommandHandler = Callable[[Context, Command], Transition]
ButtonHandler = Callable[[Context, Button], Transition]

_COMMANDS: dict[str, CommandHandler] = {
    "help": staff.on_help,
    "language": staff.on_language_command,
    "privacy": client.on_privacy,
    "stop": client.on_stop,
    "start": client.on_start,
    "invite": staff.on_invite,
    "newclient": newclient.on_newclient,
    "alerts": alerts.on_alerts,
    "appointment": appointments.on_appointment,
    "appointments": appointment_list.on_appointments,
    "move": appointment_list.on_move,
    "aftercare": aftercare.on_aftercare,
    "client": trends.on_client,
    "write": write.on_write,
    "voice": aftercare.on_voice,
    "duty": alerts.on_duty,
    "contact": street.on_contact,
    "today": street_admin.on_today,
    "shift": street_admin.on_shift,
    "places": street_places.on_places,
    "sos": help_now.on_sos,
    "cancel": lambda ctx, _: Transition(None, (reply(ctx, "cancelled"),)),
}

_BUTTONS: dict[str, ButtonHandler] = {
    "lang": lambda ctx, button: client.on_language(ctx, button.data.partition(":")[2]),
    "invite": staff.on_invite_button,
    "newclient": newclient.on_newclient_event,
    "consent": lambda ctx, _: buttons_expired(ctx),
    "apptnew": appointments.on_appointment_event,
    "apptm": appointment_list.on_appointment_action,
    "move": appointment_list.on_move_event,
    "appt": reminders.on_answer,
    "street": street.on_street_button,
    "places": street_places.on_places_event,
    "care": aftercare.on_aftercare_event,
    "voice": aftercare.on_voice_event,
    "ci": checkins.on_checkin_event,
    "unsure": help_now.on_unsure_button,
    "fb": feedback.on_missed,
    "write": write.on_write_button,
    "staffname": onboarding.on_staff_name,
    "alert": lambda ctx, button: (alerts.on_reply_event(ctx, button)
                                  if button.data.startswith("alert:cancel")
                                  else alerts.on_alert_button(ctx, button)),
}

# conversation flows that take free text and media while they are active
_ACTIVE: dict[str, Callable[[Context, Event], Transition]] = {
    "newclient": newclient.on_newclient_event,
    "reply": alerts.on_reply_event,
    "street": street.on_street_event,
    "places": street_places.on_places_event,
    "appointment": appointments.on_appointment_event,
    "move": appointment_list.on_move_event,
    "aftercare": aftercare.on_aftercare_event,
    "voice": aftercare.on_voice_event,
    "checkin": checkins.on_checkin_event,
    "unsure": help_now.on_unsure_event,
    "write": write.on_write_event,
    "staffname": onboarding.on_staff_name,
}

_TICKS: dict[str, Callable[[Context, Tick], Transition]] = {
    "alert-escalate": alerts.on_escalation,
    "appt-noanswer": reminders.on_no_answer,
    "street-digest": street_admin.on_digest,
    "person-unreachable": alerts.on_unreachable,
    "checkin-due": checkins.on_checkin_tick,
    "checkin-remind1": checkins.on_checkin_tick,
    "checkin-remind2": checkins.on_checkin_tick,
    "checkin-lost": checkins.on_checkin_tick,
    "unsure-timeout": help_now.on_unsure_timeout,
}


def step(ctx: Context, event: Event) -> Transition:
    """Decide what happens. Pure: no I/O, the time is ctx.now."""
    if isinstance(event, Tick):
        handler = _TICKS.get(event.kind)
        return handler(ctx, event) if handler else Transition(ctx.state, ())
    person = ctx.person
    if person is None:
        return onboarding.on_unknown(ctx, event)
    if person.role == "client" and person.consent != "given" and not _is_stop(event):
        return client.on_before_consent(ctx, event)
    if ctx.keyboard_command is not None and isinstance(event, Text):
        event = Command(ctx.keyboard_command)  # a reply-keyboard button was pressed
    if isinstance(event, Command):
        return _on_command(ctx, event)
    if isinstance(event, Button):
        return _on_button(ctx, event)
    flow = (ctx.state or {}).get("flow")
    if flow in _ACTIVE:
        return _ACTIVE[flow](ctx, event)
    if ctx.reply_to_alert and person.role in ("casemanager", "admin"):
        return alerts.on_reply_event(ctx, event)
    if ctx.reply_to_client and ctx.write_client is not None:
        return write.send_to_client(ctx, ctx.write_client, event)
    return _on_idle(ctx, event)


def _is_stop(event: Event) -> bool:
    return isinstance(event, Command) and event.name == "stop"


def _on_command(ctx: Context, command: Command) -> Transition:
    handler = _COMMANDS.get(command.name)
    if handler is None:
        return Transition(ctx.state, (reply(ctx, "unknown-command"),
                                      Log("unknown-command", ctx.person_id)))
    if not allowed("command", command.name, ctx.role):
        return refuse(ctx, f"command:{command.name}")
    return handler(ctx, command)


def _on_button(ctx: Context, button: Button) -> Transition:
    prefix = button.data.split(":", 1)[0]
    handler = _BUTTONS.get(prefix)
    if handler is None:
        return buttons_expired(ctx)
    if not allowed("button", prefix, ctx.role):
        return refuse(ctx, f"button:{prefix}")
    if not may_press(ctx, button):  # a row that is not theirs to act on
        expired = buttons_expired(ctx)
        return Transition(expired.state, (*expired.effects,
                                          Log(f"refused-row:{prefix}", ctx.person_id)))
    flow_of_prefix = {"newclient": "newclient", "apptnew": "appointment", "move": "move",
                      "care": "aftercare", "voice": "voice"}
    if prefix in flow_of_prefix and (ctx.state or {}).get("flow") != flow_of_prefix[prefix]:
        return buttons_expired(ctx)
    return handler(ctx, button)


def _on_idle(ctx: Context, event: Event) -> Transition:
    """A message outside any flow step."""
    person = ctx.person
    assert person is not None
    if isinstance(event, Unsupported):
        return Transition(ctx.state, (reply(ctx, "unsupported-message"),
                                      Log(f"unsupported:{event.kind}", person.id)))
    if isinstance(event, Location) and allowed("command", "contact", person.role):
        return street.on_location_idle(ctx, event)  # the 📍 keyboard button
    if person.role != "client":
        return Transition(ctx.state, (reply(ctx, "staff-idle-hint"),))
    return inbox.on_client_message(ctx, event)
