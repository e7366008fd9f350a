"""A client's own controls: consent, language, stop and start, privacy, help."""

from __future__ import annotations

from flows.common import language_buttons, reply, use_buttons
from flows.context import LANGUAGES, Context
from flows.effects import Choice, Effect, Log, Send, SetCommands, Transition, UpdatePerson
from flows.events import Button, Command, Event

__all__ = [
    "consent_buttons", "on_before_consent", "on_language", "on_privacy", "on_start", "on_stop",
]


def consent_buttons() -> tuple[tuple[Choice, ...], ...]:
    return ((Choice("consent-agree", "consent:yes"), Choice("consent-decline", "consent:no")),)


def _consent_question(ctx: Context) -> Send:
    return Send("consent-text", person_id=ctx.person_id, buttons=consent_buttons(), system=True)


def _tell_casemanager(ctx: Context, key: str) -> tuple[Effect, ...]:
    person = ctx.person
    if person is None or person.casemanager_id is None:
        return ()
    return (Send(key, {"alias": person.alias}, person_id=person.casemanager_id),)


def on_language(ctx: Context, code: str) -> Transition:
    """lang:<code> from any known person."""
    if code not in LANGUAGES:
        return use_buttons(ctx)
    effects: list[Effect] = [UpdatePerson(ctx.person_id, {"language": code}),
                             SetCommands(ctx.person_id)]
    person = ctx.person
    if person is not None and person.role == "client" and person.consent != "given":
        effects.append(_consent_question(ctx))
        return Transition({"flow": "consent"}, tuple(effects))
    effects.append(reply(ctx, "language-set"))
    return Transition(ctx.state, tuple(effects))


def on_before_consent(ctx: Context, event: Event) -> Transition:
    """Nothing else happens before a client agrees."""
    if isinstance(event, Button) and event.data.startswith("lang:"):
        return on_language(ctx, event.data.split(":", 1)[1])
    if isinstance(event, Button) and event.data in ("consent:yes", "consent:no"):
        return _answer(ctx, agreed=event.data == "consent:yes")
    if isinstance(event, Command) and event.name == "language":
        return Transition(ctx.state, (Send("language-choose", person_id=ctx.person_id,
                                           buttons=language_buttons("lang"), system=True),))
    return Transition(
        {"flow": "consent"},
        (Log("message-before-consent", ctx.person_id),
         Send("consent-needed", person_id=ctx.person_id, system=True), _consent_question(ctx)),
    )


def _answer(ctx: Context, agreed: bool) -> Transition:
    if agreed:
        return Transition(None, (
            UpdatePerson(ctx.person_id, {"consent": "given"}),
            Log("consent-given", ctx.person_id),
            Send("consent-thanks", person_id=ctx.person_id, system=True),
            *_tell_casemanager(ctx, "casemanager-client-consented"),
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
            Send("stop-resumed", person_id=ctx.person_id, system=True),
            *_tell_casemanager(ctx, "casemanager-client-resumed"),
        ))
    return Transition(ctx.state, (reply(ctx, "welcome-back"),))


def on_privacy(ctx: Context, _: Command) -> Transition:
    return Transition(ctx.state, (reply(ctx, "consent-text"), reply(ctx, "privacy-how-to-stop")))
