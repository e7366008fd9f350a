"""A client writes outside any flow step: it reaches their casemanager, flagged or not."""

from __future__ import annotations

from datetime import timedelta

from flows.alerts.buttons import MissedFlag, Unsure, WriteTo
from flows.alerts.cards import (
    card_args,
    card_buttons,
    card_priority,
    card_sends,
    card_tail,
    escalation_delay,
    new_alert,
)
from flows.core.common import CLIENT_KEYBOARD
from flows.core.context import STAFF_DEFAULT_LANGUAGE, Context
from flows.core.effects import (
    AddAlertMessage,
    Batch,
    Choice,
    Copy,
    EditCards,
    Effect,
    Log,
    New,
    Priority,
    Ref,
    Send,
    SetTimer,
    Transition,
    UpdateAlert,
)
from flows.core.events import Edited, Event, Location, Media, Text
from flows.flags import FlagResult, classify, detect
from flows.model import Alert, Person

__all__ = [
    "FLOOD_AFTER", "UNSURE_WAIT", "alert_about", "flags_of", "on_client_message", "relay",
    "text_of",
]

FLOOD_AFTER = 3  # more messages than this in a minute are collected into one delivery
_BATCH_DELAY = timedelta(minutes=1)
UNSURE_WAIT = timedelta(minutes=10)  # no answer to "do you need help now?": a normal alert


def text_of(event: Event) -> str | None:
    if isinstance(event, Text | Edited):
        return event.text
    if isinstance(event, Media):
        return event.caption
    if isinstance(event, Location):
        return f"📍 {event.latitude:.5f},{event.longitude:.5f}"
    return None


def _kind(event: Event) -> str:
    return event.kind if isinstance(event, Media) else type(event).__name__.lower()


def _copyable(ctx: Context, event: Event) -> bool:
    return isinstance(event, Media | Location) and ctx.message_id is not None


def flags_of(ctx: Context, text: str | None) -> FlagResult | None:
    """The trained classifier's verdict (the lexicon alone where no model is loaded)."""
    if not text:
        return None
    if ctx.flag_model is not None:
        return classify(text, ctx.flag_model)
    return detect(text, ctx.lexicon) if ctx.lexicon is not None else None


def on_client_message(ctx: Context, event: Event, ask: bool = True) -> Transition:
    """Flagged: an alert card; unsure: first a question to the client (`ask`); else relayed."""
    client = ctx.person
    assert client is not None
    text = text_of(event)
    flags = flags_of(ctx, text)
    if ctx.alerts.alert is None and ask and flags is not None and flags.ask and not flags.flagged:
        return _ask(ctx, client, event)
    if ctx.alerts.alert is not None:
        effects = _join_alert(ctx, client, ctx.alerts.alert, event, text,
                              flags.categories if flags else (), flags.severity if flags else None)
    elif flags is not None and flags.flagged:
        terms = tuple(dict.fromkeys(m.matched for m in flags.matches))
        effects = alert_about(ctx, client, event, "flag", flags.categories,
                              flags.severity or "normal", terms=terms)
    else:
        effects = relay(ctx, client, event)
    if ctx.alerts.recent_messages == 0:
        effects.append(Send("client-message-received", person_id=client.id,
                            keyboard=CLIENT_KEYBOARD))
    return Transition(ctx.state, (Log("client-message", client.id), *effects))


def _ask(ctx: Context, client: Person, event: Event) -> Transition:
    """Unsure: "Do you need help right now?" first; the message waits for the answer
    (flows/help_now.py), at most UNSURE_WAIT."""
    buttons = ((Choice("unsure-yes-button", Unsure("yes")),
                Choice("unsure-no-button", Unsure("no"))),)
    return Transition({"flow": "unsure", "held": _kept(ctx, event)}, (
        Log("client-message", client.id),
        Log("unsure-asked", client.id),
        Send("unsure-question", person_id=client.id, buttons=buttons),
        SetTimer("unsure-timeout", client.id, ctx.now + UNSURE_WAIT),
    ))


def _kept(ctx: Context, event: Event) -> dict[str, object]:
    """The message kept (encrypted, in the conversation state) while the client is asked."""
    if isinstance(event, Media | Location):
        return {"type": "media", "kind": _kind(event), "text": text_of(event),
                "message_id": ctx.message_id}
    return {"type": "text", "text": text_of(event) or ""}


def alert_about(ctx: Context, client: Person, event: Event, source: str,
                categories: tuple[str, ...], severity: str, line: str | None = None,
                terms: tuple[str, ...] = ()) -> list[Effect]:
    """An alert of these categories about the client's message `event` (shown as `line` if
    given, with the words that raised it): a new one, or the open one grows (and becomes
    urgent if this is)."""
    text = line if line is not None else text_of(event)
    if ctx.alerts.alert is not None and ctx.alerts.alert.status != "resolved":
        return _join_alert(ctx, client, ctx.alerts.alert, event, text, categories, severity)
    people = _recipients(client)
    return [
        Log("alert-created", client.id),
        *new_alert(ctx, client, source, categories, severity, text or f"[{_kind(event)}]",
                   terms),
        *_copies(ctx, event, people, severity == "urgent" or not people,
                 Ref("alert", New("alert")), card_priority(severity, categories)),
    ]


def _recipients(client: Person) -> tuple[int, ...]:
    return (client.casemanager_id,) if client.casemanager_id is not None else ()


def _copies(ctx: Context, event: Event, people: tuple[int, ...], team: bool,
            ref: Ref | None, priority: Priority = "normal") -> list[Effect]:
    if not _copyable(ctx, event) or ctx.message_id is None:
        return []
    copies: list[Effect] = [Copy(ctx.chat_id, ctx.message_id, person_id=p, ref=ref,
                                 priority=priority) for p in people]
    if team and ctx.team_chat_id is not None:
        copies.append(Copy(ctx.chat_id, ctx.message_id, chat_id=ctx.team_chat_id, ref=ref,
                           priority=priority))
    return copies


def _join_alert(ctx: Context, client: Person, alert: Alert, event: Event, text: str | None,
                raised: tuple[str, ...], raised_severity: str | None) -> list[Effect]:
    """The client's next messages thread to their open alert: it grows, it does not repeat."""
    effects: list[Effect] = [AddAlertMessage(alert.id, "in", _kind(event), text)]
    categories = tuple(sorted({*alert.categories, *raised}))
    severity = alert.severity
    if raised_severity == "urgent" and alert.severity != "urgent":
        severity = "urgent"
    if categories != alert.categories or severity != alert.severity:
        effects.append(UpdateAlert(alert.id, {"categories": categories, "severity": severity}))
    ref = Ref("alert", alert.id)
    # the thread grows: as urgent as the alert only when this message is urgent itself, so
    # an alerted client's ordinary messages never hold up someone else's new urgent card
    priority = card_priority(raised_severity or "normal", raised)
    if alert.status == "claimed" and alert.claimed_by is not None:
        effects += [Send("alert-thread-message", {"alias": client.alias, "alert": str(alert.id)},
                         person_id=alert.claimed_by, tail=text or f"[{_kind(event)}]", ref=ref,
                         priority=priority)]
        effects += [Copy(ctx.chat_id, ctx.message_id, person_id=alert.claimed_by, ref=ref,
                         priority=priority)
                    ] if _copyable(ctx, event) and ctx.message_id is not None else []
        return effects
    args = card_args(ctx, client, categories, severity, alert.terms, alert.message_count + 1,
                     alert.id)
    tail = card_tail(list(ctx.alerts.messages), text or f"[{_kind(event)}]")
    effects.append(EditCards(alert.id, "alert-card", args, card_buttons(alert.id), tail,
                             priority=priority))
    upgraded = severity == "urgent" and alert.severity != "urgent"
    if upgraded:
        effects += card_sends(ctx, alert, client, args, tail, (), team=True,
                              priority=card_priority(severity, categories))
        effects.append(SetTimer("alert-escalate", alert.id,
                                ctx.now + escalation_delay(severity, ctx)))
    effects += _copies(ctx, event, _recipients(client), upgraded, ref, priority)
    return effects


def relay(ctx: Context, client: Person, event: Event, key: str = "casemanager-client-wrote",
          collect: bool = True) -> list[Effect]:
    """The client's message as it is, under the header `key`, to their casemanager (or the
    team chat when they have none); with `collect`, a flood is gathered into one message a
    minute."""
    text = text_of(event)
    people = _recipients(client)
    target_person = people[0] if people else None
    target_chat = None if people else ctx.team_chat_id
    if target_person is None and target_chat is None:
        return []
    language = None if people else STAFF_DEFAULT_LANGUAGE
    line = text or f"[{_kind(event)}]"
    if collect and ctx.alerts.recent_messages >= FLOOD_AFTER and not _copyable(ctx, event):
        return [Batch(Ref("batch", client.id), "casemanager-client-wrote-many",
                      {"alias": client.alias}, line, target_person, target_chat,
                      ctx.now + _BATCH_DELAY, language)]
    row = [Choice("write-button", WriteTo(client.id))]
    if text and ctx.update_id is not None:
        row.append(Choice("flag-missed-button", MissedFlag("miss", ctx.update_id)))
    effects: list[Effect] = [Send(key, {"alias": client.alias},
                                  person_id=target_person, chat_id=target_chat,
                                  language=language, tail=text or None,
                                  buttons=(tuple(row),), ref=Ref("client", client.id))]
    if _copyable(ctx, event) and ctx.message_id is not None:
        effects.append(Copy(ctx.chat_id, ctx.message_id, person_id=target_person,
                            chat_id=target_chat, ref=Ref("client", client.id)))
    return effects
