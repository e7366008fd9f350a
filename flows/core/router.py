"""The one entry point: who is this, what did they do, which flow answers.

The tables come from the features' declarations (flows/features.py); the few routes here
are the ones no single feature owns: strangers, the consent gate, replies in Telegram to a
card or a forwarded message, and a message outside any conversation.
"""

from __future__ import annotations

from flows.alerts import claim, inbox, write
from flows.core.common import buttons_expired, refuse, reply
from flows.core.context import Context
from flows.core.effects import Log, Transition
from flows.core.events import Button, Command, Event, Location, Text, Tick, Unsupported
from flows.core.ownership import may_press
from flows.features import BUTTONS, COMMANDS, CONVERSATIONS, LOCATION, TIMERS
from flows.onboarding import client, joining

__all__ = ["step"]


def step(ctx: Context, event: Event) -> Transition:
    """Decide what happens. Pure: no I/O, the time is ctx.now."""
    if isinstance(event, Tick):
        timer = TIMERS.get(event.kind)
        return timer.handler(ctx, event) if timer else Transition(ctx.state, ())
    person = ctx.person
    if person is None:
        return joining.on_unknown(ctx, event)
    if person.role == "client" and person.consent != "given" and not _is_stop(event):
        return client.on_before_consent(ctx, event)
    if ctx.keyboard_command is not None and isinstance(event, Text):
        event = Command(ctx.keyboard_command)  # a reply-keyboard button was pressed
    if isinstance(event, Command):
        return _on_command(ctx, event)
    if isinstance(event, Button):
        return _on_button(ctx, event)
    conversation = CONVERSATIONS.get(str((ctx.state or {}).get("flow")))
    if conversation is not None:
        return conversation.handler(ctx, event)
    if ctx.alerts.reply_to_alert and person.role in ("casemanager", "admin"):
        return claim.on_reply_event(ctx, event)
    if ctx.alerts.reply_to_client and ctx.alerts.write_client is not None:
        return write.send_to_client(ctx, ctx.alerts.write_client, event)
    return _on_idle(ctx, event)


def _is_stop(event: Event) -> bool:
    return isinstance(event, Command) and event.name == "stop"


def _on_command(ctx: Context, command: Command) -> Transition:
    spec = COMMANDS.get(command.name)
    if spec is None:
        return Transition(ctx.state, (reply(ctx, "unknown-command"),
                                      Log("unknown-command", ctx.person_id)))
    if ctx.role not in spec.roles:
        return refuse(ctx, f"command:{command.name}")
    return spec.handler(ctx, command)


def _on_button(ctx: Context, button: Button) -> Transition:
    press = button.press
    if press is None:  # old, forged or malformed data, or a value out of range
        return _expired(ctx, "refused-button:unreadable")
    spec = BUTTONS[type(press)]
    if ctx.role not in spec.roles:
        return refuse(ctx, f"button:{press.PREFIX}")
    if not may_press(ctx, press):  # a row that is not theirs to act on, or no such row
        return _expired(ctx, f"refused-row:{press.PREFIX}")
    if spec.flow is not None and (ctx.state or {}).get("flow") != spec.flow:
        return buttons_expired(ctx)
    return spec.handler(ctx, button)


def _expired(ctx: Context, kind: str) -> Transition:
    expired = buttons_expired(ctx)
    return Transition(expired.state, (*expired.effects, Log(kind, ctx.person_id)))


def _on_idle(ctx: Context, event: Event) -> Transition:
    """A message outside any conversation."""
    person = ctx.person
    assert person is not None
    if isinstance(event, Unsupported):
        return Transition(ctx.state, (reply(ctx, "unsupported-message"),
                                      Log(f"unsupported:{event.kind}", person.id)))
    if isinstance(event, Location) and LOCATION is not None and person.role in LOCATION.roles:
        return LOCATION.handler(ctx, event)  # the 📍 keyboard button
    if person.role != "client":
        return Transition(ctx.state, (reply(ctx, "staff-idle-hint"),))
    return inbox.on_client_message(ctx, event)
