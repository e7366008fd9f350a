"""Staff teach the flagger: "not urgent / wrongly flagged" on an alert card, "should have been
flagged" on a forwarded message. Each press is stored with the client's words (encrypted);
`meldbot export flag-feedback` gives them to whoever grows the training data."""

from __future__ import annotations

from flows.alerts.buttons import MissedFlag
from flows.alerts.cards import can_reply, card_args, card_buttons, card_tail, escalation_delay
from flows.core.common import buttons_expired, reply
from flows.core.context import Context
from flows.core.effects import (
    CancelTimers,
    EditCards,
    Effect,
    Log,
    RecordFlagFeedback,
    SetTimer,
    Toast,
    Transition,
    UpdateAlert,
)
from flows.core.events import Button

__all__ = ["on_missed", "on_wrongly_flagged"]


def on_wrongly_flagged(ctx: Context) -> Transition:
    """AlertAction("wrong", id). The words are kept for training; an urgent alert becomes
    normal, so the 15-minute escalation stops."""
    alert, client = ctx.alerts.alert, ctx.alerts.client
    if alert is None or client is None:
        return buttons_expired(ctx)
    words = next((m.text for m in ctx.alerts.messages if m.direction == "in" and m.text), None)
    effects: list[Effect] = [
        RecordFlagFeedback("wrongly_flagged", client.id if client.id > 0 else None, words,
                           alert_id=alert.id, language=client.language,
                           categories=alert.categories, severity=alert.severity),
        Log("flag-feedback-wrongly-flagged", alert.client_id),
    ]
    if alert.severity == "urgent" and alert.status != "resolved":
        effects.append(UpdateAlert(alert.id, {"severity": "normal"}))
        args = card_args(ctx, client, alert.categories, "normal", alert.terms,
                         alert.message_count, alert.id, alert.status,
                         ctx.alerts.claimer.alias if ctx.alerts.claimer else "")
        effects.append(EditCards(alert.id, "alert-card", args,
                                 card_buttons(alert.id, can_reply(client),
                                              claimed=alert.status == "claimed"),
                                 card_tail(list(ctx.alerts.messages), None)))
        if alert.status == "open":
            effects += [CancelTimers("alert-escalate", alert.id),
                        SetTimer("alert-escalate", alert.id,
                                 ctx.now + escalation_delay("normal", ctx))]
    effects.append(Toast("flag-feedback-thanks") if ctx.in_group
                   else reply(ctx, "flag-feedback-thanks"))
    return Transition(ctx.state, tuple(effects))


def on_missed(ctx: Context, button: Button) -> Transition:
    """MissedFlag("miss", update id), on a forwarded client message: only the client's
    casemanager or an admin may say so."""
    person, logged = ctx.person, ctx.alerts.logged_message
    if person is None or logged is None or not isinstance(button.press, MissedFlag):
        return buttons_expired(ctx)
    client, words = logged
    if person.role != "admin" and client.casemanager_id != person.id:
        return buttons_expired(ctx)
    return Transition(ctx.state, (
        RecordFlagFeedback("missed", client.id, words, language=client.language),
        Log("flag-feedback-missed", client.id),
        reply(ctx, "flag-feedback-thanks"),
    ))
