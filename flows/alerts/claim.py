"""Casemanagers act on alerts: claim, reply through the bot, resolve; /alerts and /duty."""

from __future__ import annotations

from flows.alerts.cards import (
    can_reply,
    card_args,
    card_buttons,
    card_sends,
    card_tail,
    category_words,
    escalation_delay,
    new_alert,
)
from flows.alerts.feedback import on_wrongly_flagged
from flows.core.common import buttons_expired, reply, use_buttons
from flows.core.context import Context
from flows.core.effects import (
    AddAlertMessage,
    CancelTimers,
    Choice,
    Copy,
    EditCards,
    Effect,
    Log,
    Send,
    SetTimer,
    Toast,
    Transition,
    UpdateAlert,
    UpdatePerson,
)
from flows.core.events import Button, Command, Event, Media, Text, Tick
from flows.model import Alert

__all__ = [
    "on_alert_button", "on_alerts", "on_duty", "on_escalation", "on_reply_event",
    "on_unreachable",
]

_MAX_LISTED = 10


def _status_edit(ctx: Context, alert: Alert, status: str) -> EditCards:
    client = ctx.alert_client
    assert client is not None and ctx.person is not None
    args = card_args(ctx, client, alert.categories, alert.severity, alert.terms,
                     alert.message_count, alert.id, status, ctx.person.alias)
    buttons = card_buttons(alert.id, can_reply(client), claimed=status == "claimed") \
        if status != "resolved" else ()
    return EditCards(alert.id, "alert-card", args, buttons,
                     card_tail(list(ctx.alert_messages), None))


def _answer(ctx: Context, key: str, **args: object) -> Effect:
    """To the presser: where they pressed if that was the team chat (a toast), else in their
    own chat."""
    return Toast(key, args) if ctx.in_group else reply(ctx, key, **args)


def on_alert_button(ctx: Context, button: Button) -> Transition:
    parts = button.data.split(":")
    alert = ctx.alert
    if len(parts) != 3 or alert is None or ctx.alert_client is None:
        return buttons_expired(ctx)
    action = parts[1]
    if action == "wrong":
        return on_wrongly_flagged(ctx)
    if alert.status == "resolved":
        return Transition(ctx.state, (_answer(ctx, "alert-already-resolved",
                                              alert=str(alert.id)),))
    taken_by_other = alert.status == "claimed" and alert.claimed_by != ctx.person_id
    if taken_by_other and action in ("claim", "reply"):
        name = ctx.alert_claimer.alias if ctx.alert_claimer else "?"
        return Transition(ctx.state, (_answer(ctx, "alert-already-claimed", alert=str(alert.id),
                                              name=name),))
    if action == "claim":
        return Transition(ctx.state, _claim(ctx, alert))
    if action == "reply" and not can_reply(ctx.alert_client):
        return buttons_expired(ctx)
    if action == "reply":
        claim = _claim(ctx, alert) if alert.status == "open" else ()
        return _ask_reply(ctx, alert, claim)
    if action == "resolve":
        return Transition(None if (ctx.state or {}).get("alert") == alert.id else ctx.state, (
            UpdateAlert(alert.id, {"status": "resolved", "resolved_at": ctx.now,
                                   "resolved_by": ctx.person_id}),
            CancelTimers("alert-escalate", alert.id),
            _status_edit(ctx, alert, "resolved"),
            Log("alert-resolved", alert.client_id),
            _answer(ctx, "alert-resolved-you", alert=str(alert.id), alias=ctx.alert_client.alias),
        ))
    return use_buttons(ctx)


def _claim(ctx: Context, alert: Alert) -> tuple[Effect, ...]:
    if alert.status == "claimed":
        return ()
    assert ctx.alert_client is not None
    return (
        UpdateAlert(alert.id, {"status": "claimed", "claimed_at": ctx.now,
                               "claimed_by": ctx.person_id}),
        CancelTimers("alert-escalate", alert.id),
        _status_edit(ctx, alert, "claimed"),
        Log("alert-claimed", alert.client_id),
        _answer(ctx, "alert-claimed-you", alert=str(alert.id), alias=ctx.alert_client.alias),
    )


def _ask_reply(ctx: Context, alert: Alert, before: tuple[Effect, ...]) -> Transition:
    assert ctx.alert_client is not None
    cancel = ((Choice("alert-reply-cancel", "alert:cancel:0"),),)
    return Transition({"flow": "reply", "alert": alert.id}, (
        *before,
        Send("alert-reply-prompt", {"alias": ctx.alert_client.alias}, person_id=ctx.person_id,
             buttons=cancel),
        *((Toast("alert-reply-in-private"),) if ctx.in_group else ()),
    ))


def on_reply_event(ctx: Context, event: Event) -> Transition:
    """The casemanager's answer goes to the client under a neutral header."""
    alert, client = ctx.alert, ctx.alert_client
    if isinstance(event, Button) and event.data.startswith("alert:cancel"):
        return Transition(None, (reply(ctx, "cancelled"),))
    if alert is None or client is None:
        return Transition(None, (reply(ctx, "button-expired"),))
    text: str | None
    if isinstance(event, Text):
        content: tuple[Effect, ...] = (
            Send("relay-from-casemanager", person_id=client.id, tail=event.text),)
        kind, text = "text", event.text
    elif isinstance(event, Media) and ctx.message_id is not None:
        content = (Send("relay-from-casemanager", person_id=client.id),
                   Copy(ctx.chat_id, ctx.message_id, person_id=client.id))
        kind, text = event.kind, event.caption
    else:
        return Transition(ctx.state, (reply(ctx, "alert-reply-prompt", alias=client.alias),))
    again = ((Choice("alert-reply-again-button", f"alert:reply:{alert.id}"),
              Choice("alert-resolve-button", f"alert:resolve:{alert.id}")),)
    return Transition(None, (
        *content,
        AddAlertMessage(alert.id, "out", kind, text),
        UpdateAlert(alert.id, {"replies": alert.replies + 1}),
        Log("alert-replied", client.id),
        Send("alert-reply-sent", {"alias": client.alias}, person_id=ctx.person_id,
             buttons=again),
    ))


def on_alerts(ctx: Context, _: Command) -> Transition:
    if not ctx.open_alerts:
        return Transition(ctx.state, (reply(ctx, "alerts-none"),))
    lines = []
    buttons = []
    for alert, client in ctx.open_alerts[:_MAX_LISTED]:
        minutes = int((ctx.now - alert.created_at).total_seconds() // 60)
        lines.append(["alerts-line", {
            "alert": str(alert.id), "alias": client.alias, "severity": alert.severity,
            "status": alert.status, "minutes": minutes, "hours": minutes // 60,
            "categories": category_words(alert.categories)}])
        if alert.status == "open":
            buttons.append((Choice("alerts-claim-button", f"alert:claim:{alert.id}",
                                   {"alert": str(alert.id), "alias": client.alias}),))
    return Transition(ctx.state, (Send("alerts-list", {
        "count": len(ctx.open_alerts), "lines": {"$msgs": lines}}, person_id=ctx.person_id,
        buttons=tuple(buttons)),))


def on_duty(ctx: Context, command: Command) -> Transition:
    arg = command.arg.strip().lower()
    person = ctx.person
    assert person is not None
    if arg not in ("on", "off", "aan", "uit"):
        key = "duty-status-on" if person.on_duty else "duty-status-off"
        return Transition(ctx.state, (reply(ctx, key),))
    on = arg in ("on", "aan")
    return Transition(ctx.state, (
        UpdatePerson(person.id, {"on_duty": on}),
        Log("duty-on" if on else "duty-off", person.id),
        reply(ctx, "duty-status-on" if on else "duty-status-off"),
    ))


def on_escalation(ctx: Context, tick: Tick) -> Transition:
    """Unclaimed too long: the card goes to the team chat and to everyone on duty who has not
    got it; the copies already out are brought up to date, never posted again."""
    alert, client = ctx.alert, ctx.alert_client
    if alert is None or client is None or alert.status != "open":
        return Transition(None, ())
    args = card_args(ctx, client, alert.categories, alert.severity, alert.terms,
                     alert.message_count, alert.id, "escalated")
    tail = card_tail(list(ctx.alert_messages), None)
    newcomers = tuple(p.id for p in ctx.on_duty if p.chat_id not in ctx.card_chats)
    team = ctx.team_chat_id is not None and ctx.team_chat_id not in ctx.card_chats
    return Transition(None, (
        EditCards(alert.id, "alert-card", args, card_buttons(alert.id, can_reply(client)), tail),
        *card_sends(ctx, alert, client, args, tail, newcomers, team=team),
        UpdateAlert(alert.id, {"escalations": alert.escalations + 1}),
        Log("alert-escalated", alert.client_id),
        SetTimer(tick.kind, alert.id, ctx.now + escalation_delay(alert.severity, ctx)),
    ))


def on_unreachable(ctx: Context, _: Tick) -> Transition:
    """Telegram said 403: the client blocked the bot. Lost contact, raised at once."""
    client = ctx.alert_client
    if client is None:
        return Transition(None, ())
    return Transition(None, (Log("lost-contact-blocked", client.id),
                             *new_alert(ctx, client, "blocked", ("blocked",), "normal")))
