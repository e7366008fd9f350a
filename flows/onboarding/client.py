"""A client's own controls: consent, language, stop and start, privacy, help."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flows.alerts.inbox import on_client_message, text_of
from flows.core.common import CLIENT_KEYBOARD, language_buttons, reply, use_buttons
from flows.core.context import LANGUAGES, Context
from flows.core.effects import Choice, Effect, Log, Send, SetCommands, Transition, UpdatePerson
from flows.core.events import Button, Command, Edited, Event, Location, Media, Text
from flows.onboarding.buttons import Consent, Language

__all__ = [
    "consent_buttons", "on_before_consent", "on_language", "on_privacy", "on_start", "on_stop",
]


_MAX_HELD = 20


def consent_buttons() -> tuple[tuple[Choice, ...], ...]:
    return ((Choice("consent-agree", Consent("yes")), Choice("consent-decline", Consent("no"))),)


def _consent_question(ctx: Context) -> Send:
    return Send("consent-text", person_id=ctx.person_id, buttons=consent_buttons(), system=True)


def _tell_casemanager(ctx: Context, key: str) -> tuple[Effect, ...]:
    person = ctx.person
    if person is None or person.casemanager_id is None:
        return ()
    return (Send(key, {"alias": person.alias}, person_id=person.casemanager_id),)


def on_language(ctx: Context, code: str) -> Transition:
    """A language button (`Language`) from any known person; a code we do not speak is
    re-asked."""
    if code not in LANGUAGES:
        return use_buttons(ctx)
    effects: list[Effect] = [UpdatePerson(ctx.person_id, {"language": code}),
                             SetCommands(ctx.person_id)]
    person = ctx.person
    if person is not None and person.role == "client" and person.consent != "given":
        effects.append(_consent_question(ctx))
        return Transition({**(ctx.state or {}), "flow": "consent"}, tuple(effects))
    client = person is not None and person.role == "client"
    effects.append(Send("language-set", person_id=ctx.person_id,
                        keyboard=CLIENT_KEYBOARD if client else None))
    return Transition(ctx.state, tuple(effects))


def on_before_consent(ctx: Context, event: Event) -> Transition:
    """Nothing else happens before a client agrees."""
    press = event.press if isinstance(event, Button) else None
    if isinstance(press, Language):
        return on_language(ctx, press.code)
    if isinstance(press, Consent):
        return _answer(ctx, agreed=press.answer == "yes")
    if isinstance(event, Command) and event.name == "language":
        return Transition(ctx.state, (Send("language-choose", person_id=ctx.person_id,
                                           buttons=language_buttons(), system=True),))
    held = list((ctx.state or {}).get("held") or [])
    kept = _holdable(ctx, event)
    if kept is not None and len(held) < _MAX_HELD:
        held.append(kept)
    key = "consent-message-held" if kept is not None else "consent-needed"
    return Transition(
        {"flow": "consent", "held": held},
        (Log("message-before-consent", ctx.person_id),
         Send(key, person_id=ctx.person_id, system=True), _consent_question(ctx)),
    )


def _holdable(ctx: Context, event: Event) -> dict[str, Any] | None:
    """A message sent before consent waits (encrypted, in the conversation state)."""
    if isinstance(event, Text | Edited):
        return {"type": "text", "text": event.text}
    if isinstance(event, Media | Location):
        return {"type": "media", "kind": getattr(event, "kind", "location"),
                "text": text_of(event), "message_id": ctx.message_id}
    return None


def _deliver_held(ctx: Context, held: list[dict[str, Any]]) -> list[Effect]:
    """After consent, what the client wrote before goes to the casemanager after all."""
    person = ctx.person
    assert person is not None
    consented = replace(ctx, person=replace(person, consent="given"), state=None)
    effects: list[Effect] = []
    for number, item in enumerate(held):
        if item.get("type") == "text":
            event: Event = Text(str(item.get("text") or ""))
            later = replace(consented, alerts=replace(ctx.alerts, recent_messages=number + 1))
        else:
            event = Media(str(item.get("kind")), "", item.get("text"))
            later = replace(consented, alerts=replace(ctx.alerts, recent_messages=number + 1),
                            message_id=item.get("message_id"))
        effects += [e for e in on_client_message(later, event).effects
                    if not (isinstance(e, Send) and e.key == "client-message-received")]
    return effects


def _answer(ctx: Context, agreed: bool) -> Transition:
    if agreed:
        held = list((ctx.state or {}).get("held") or [])
        return Transition(None, (
            UpdatePerson(ctx.person_id, {"consent": "given"}),
            Log("consent-given", ctx.person_id),
            Send("consent-thanks", person_id=ctx.person_id, system=True,
                 keyboard=CLIENT_KEYBOARD),
            *_tell_casemanager(ctx, "casemanager-client-consented"),
            *_deliver_held(ctx, held),
        ))
    return Transition(None, (
        UpdatePerson(ctx.person_id, {"consent": "declined"}),
        Log("consent-declined", ctx.person_id),
        Send("consent-declined", person_id=ctx.person_id, system=True),
        *_tell_casemanager(ctx, "casemanager-client-declined"),
    ))


def on_stop(ctx: Context, _: Command) -> Transition:
    person = ctx.person
    if person is None or person.stopped:
        return Transition(ctx.state, (Send("stop-already", person_id=ctx.person_id,
                                           system=True),))
    return Transition(None, (
        UpdatePerson(ctx.person_id, {"stopped": True}),
        Log("stop", ctx.person_id),
        Send("stop-done", person_id=ctx.person_id, system=True),
        *_tell_casemanager(ctx, "casemanager-client-stopped"),
    ))


def on_start(ctx: Context, _: Command) -> Transition:
    person = ctx.person
    if person is not None and person.role == "client" and person.stopped:
        return Transition(None, (
            UpdatePerson(ctx.person_id, {"stopped": False}),
            Log("resume", ctx.person_id),
            Send("stop-resumed", person_id=ctx.person_id, system=True,
                 keyboard=CLIENT_KEYBOARD),
            *_tell_casemanager(ctx, "casemanager-client-resumed"),
        ))
    return Transition(ctx.state, (reply(ctx, "welcome-back"),))


def on_privacy(ctx: Context, _: Command) -> Transition:
    return Transition(ctx.state, (reply(ctx, "consent-text"), reply(ctx, "privacy-how-to-stop")))
