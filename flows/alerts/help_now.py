"""Help now: the client's 🆘 button, the "do you need help right now?" question, and the
acknowledgement with the emergency numbers of the country the client is in.

```mermaid
stateDiagram-v2
    [*] --> asked: an unflagged message the classifier is unsure about
    asked --> [*]: 🆘 Yes → urgent alert (+ acknowledgement)
    asked --> [*]: 🙂 No → delivered as usual
    asked --> [*]: another message → alert (urgent if that one is)
    asked --> [*]: 10 minutes, no answer → normal alert
```
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flows.alerts.buttons import Unsure
from flows.alerts.emergency import numbers_for
from flows.alerts.inbox import alert_about, flags_of, on_client_message, text_of
from flows.core.common import CLIENT_KEYBOARD, reply
from flows.core.context import Context
from flows.core.effects import CancelTimers, Effect, Log, SaveState, Send, Transition
from flows.core.events import Button, Command, Event, Media, Text, Tick
from flows.model import Person

__all__ = ["acknowledge", "on_sos", "on_unsure_button", "on_unsure_event", "on_unsure_timeout"]


def acknowledge(client: Person) -> Send:
    """Help is being asked for, what happens next, and who to call in danger."""
    lines = [[n.service, {"number": n.number}] for n in numbers_for(client.country)]
    return Send("sos-ack", {"numbers": {"$msgs": lines}}, person_id=client.id,
                keyboard=CLIENT_KEYBOARD, system=True, priority="life")


def _held_event(held: dict[str, Any]) -> Event:
    if held.get("type") == "media":
        return Media(str(held.get("kind") or "media"), "", held.get("text"))
    return Text(str(held.get("text") or ""))


def _held(ctx: Context) -> dict[str, Any] | None:
    state = ctx.state or {}
    held = state.get("held") if state.get("flow") == "unsure" else None
    return held if isinstance(held, dict) else None


def _with_held(ctx: Context, held: dict[str, Any]) -> Context:
    message_id = held.get("message_id")
    return replace(ctx, message_id=message_id if isinstance(message_id, int) else None)


def on_sos(ctx: Context, _: Command) -> Transition:
    """🆘 pressed (or /sos): an urgent alert at once, to the team and everyone on duty."""
    client = ctx.person
    assert client is not None
    held = _held(ctx)
    state = None if held is not None else ctx.state  # a check-in in progress stays open
    effects: list[Effect] = [Log("sos", client.id)]
    if held is not None:
        effects.append(CancelTimers("unsure-timeout", client.id))
        event = _held_event(held)
        ctx = _with_held(ctx, held)
    else:
        event = Text("🆘")
    effects += alert_about(ctx, client, event, "sos", ("sos",), "urgent")
    effects.append(acknowledge(client))
    return Transition(state, tuple(effects))


def on_unsure_button(ctx: Context, button: Button) -> Transition:
    """🆘 Yes, now / 🙂 No, it can wait."""
    client = ctx.person
    assert client is not None
    press = button.press
    answer = press.answer if isinstance(press, Unsure) else None
    held = _held(ctx)
    if answer == "yes":
        effects: list[Effect] = [Log("unsure-yes", client.id),
                                 CancelTimers("unsure-timeout", client.id)]
        event = _held_event(held) if held is not None else Text("🆘")
        target = _with_held(ctx, held) if held is not None else ctx
        effects += alert_about(target, client, event, "flag", ("asked_help",), "urgent")
        return Transition(None, (*effects, acknowledge(client)))
    if answer != "no":
        return Transition(ctx.state, (reply(ctx, "reask-use-buttons"),))
    effects = [Log("unsure-no", client.id), CancelTimers("unsure-timeout", client.id)]
    if held is None:
        return Transition(None, (*effects, reply(ctx, "unsure-no-thanks")))
    calm = _with_held(replace(ctx, state=None), held)
    delivered = on_client_message(calm, _held_event(held), ask=False)
    return Transition(None, (*effects, *delivered.effects))


def on_unsure_event(ctx: Context, event: Event) -> Transition:
    """The client wrote again instead of answering: both messages reach staff as an alert,
    urgent if the new one is."""
    client = ctx.person
    assert client is not None
    held = _held(ctx)
    if held is None:
        return on_client_message(replace(ctx, state=None), event)
    flags = flags_of(ctx, text_of(event))
    urgent = flags is not None and flags.severity == "urgent"
    categories = ("unsure", *(flags.categories if flags is not None else ()))
    second = text_of(event) or (f"[{event.kind}]" if isinstance(event, Media) else "")
    both = Text(f"{text_of(_held_event(held)) or ''}\n› {second}")
    effects: list[Effect] = [Log("unsure-wrote-again", client.id),
                             CancelTimers("unsure-timeout", client.id),
                             *alert_about(replace(ctx, state=None), client, both, "flag",
                                          categories, "urgent" if urgent else "normal")]
    if urgent:
        effects.append(acknowledge(client))
    else:
        effects.append(Send("client-message-received", person_id=client.id,
                            keyboard=CLIENT_KEYBOARD))
    return Transition(None, tuple(effects))


def on_unsure_timeout(ctx: Context, _: Tick) -> Transition:
    """No answer in 10 minutes: the message goes to staff as a normal alert."""
    client = ctx.alerts.client
    if client is None:
        return Transition(None, ())
    as_client = replace(ctx, person=client, chat_id=client.chat_id or 0)
    held = _held(as_client)
    if held is None:
        return Transition(None, ())
    return Transition(None, (
        SaveState(client.id, None),
        Log("unsure-no-answer", client.id),
        *alert_about(_with_held(as_client, held), client, _held_event(held), "flag",
                     ("unsure",), "normal"),
    ))
