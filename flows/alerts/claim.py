"""Casemanagers act on alerts: claim, reply through the bot, resolve; /alerts and /duty."""

from __future__ import annotations

from flows.alerts.buttons import AlertAction, AlertCancel
from flows.alerts.cards import (
    can_reply,
    card_args,
    card_buttons,
    card_priority,
    card_sends,
    card_tail,
    category_words,
    escalation_delay,
    new_alert,
)
from flows.alerts.feedback import on_wrongly_flagged
from flows.alerts.write import relay_to_client
from flows.core.common import buttons_expired, reply
from flows.core.context import Context
from flows.core.effects import (
    AddAlertMessage,
    Audit,
    CancelTimers,
    Choice,
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
    client = ctx.alerts.client
    assert client is not None and ctx.person is not None
    args = card_args(ctx, client, alert.categories, alert.severity, alert.terms,
                     alert.message_count, alert.id, status, ctx.person.alias)
    buttons = card_buttons(alert.id, can_reply(client), claimed=status == "claimed") \
        if status != "resolved" else ()
    return EditCards(alert.id, "alert-card", args, buttons,
                     card_tail(list(ctx.alerts.messages), None),
                     priority=card_priority(alert.severity, alert.categories))


def _answer(ctx: Context, key: str, **args: object) -> Effect:
    """To the presser: where they pressed if that was the team chat (a toast), else in their
    own chat."""
    return Toast(key, args) if ctx.in_group else reply(ctx, key, **args)


def on_alert_button(ctx: Context, button: Button) -> Transition:
    """Claim, reply, resolve or "wrongly flagged" on a card; `force` is an admin's resolve of
    an alert someone else claimed, after the confirmation."""
    press = button.press
    alert = ctx.alerts.alert
    if not isinstance(press, AlertAction) or alert is None or ctx.alerts.client is None \
            or press.id != alert.id:
        return buttons_expired(ctx)
    action = press.action
    if action == "wrong":
        return on_wrongly_flagged(ctx)
    if alert.status == "resolved":
        return Transition(ctx.state, (_answer(ctx, "alert-already-resolved",
                                              alert=str(alert.id)),))
    taken_by_other = alert.status == "claimed" and alert.claimed_by != ctx.person_id
    name = ctx.alerts.claimer.alias if ctx.alerts.claimer else "?"
    if taken_by_other and action in ("claim", "reply"):
        return Transition(ctx.state, (_answer(ctx, "alert-already-claimed", alert=str(alert.id),
                                              name=name),))
    opened = Audit("read:alert", alert.client_id, f"alert {alert.id} {action}")
    if action == "claim":
        return Transition(ctx.state, (*_claim(ctx, alert), opened))
    if action == "reply" and not can_reply(ctx.alerts.client):
        return buttons_expired(ctx)
    if action == "reply":
        claim = _claim(ctx, alert) if alert.status == "open" else ()
        return _ask_reply(ctx, alert, (*claim, opened))
    if taken_by_other and ctx.role != "admin":  # refused centrally before it gets here
        return buttons_expired(ctx)
    if action == "resolve" and taken_by_other:
        return _confirm_resolve(ctx, alert, name)
    return _resolve(ctx, alert)


def _resolve(ctx: Context, alert: Alert) -> Transition:
    assert ctx.alerts.client is not None
    return Transition(None if (ctx.state or {}).get("alert") == alert.id else ctx.state, (
        UpdateAlert(alert.id, {"status": "resolved", "resolved_at": ctx.now,
                               "resolved_by": ctx.person_id}),
        CancelTimers("alert-escalate", alert.id),
        _status_edit(ctx, alert, "resolved"),
        Log("alert-resolved", alert.client_id),
        _answer(ctx, "alert-resolved-you", alert=str(alert.id), alias=ctx.alerts.client.alias),
    ))


def _confirm_resolve(ctx: Context, alert: Alert, name: str) -> Transition:
    """An admin resolving someone else's alert is asked first; the buttons come in their own
    chat (a toast in the team chat cannot carry them)."""
    args = {"name": name, "number": str(alert.id)}
    buttons = ((Choice("alert-resolve-force-button", AlertAction("force", alert.id)),
                Choice("alert-reply-cancel", AlertCancel("cancel"))),)
    return Transition(ctx.state, (
        Send("alert-resolve-confirm", args, person_id=ctx.person_id, buttons=buttons),
        *((Toast("alert-resolve-confirm", args),) if ctx.in_group else ()),
    ))


def _claim(ctx: Context, alert: Alert) -> tuple[Effect, ...]:
    if alert.status == "claimed":
        return ()
    assert ctx.alerts.client is not None
    return (
        UpdateAlert(alert.id, {"status": "claimed", "claimed_at": ctx.now,
                               "claimed_by": ctx.person_id}),
        CancelTimers("alert-escalate", alert.id),
        _status_edit(ctx, alert, "claimed"),
        Log("alert-claimed", alert.client_id),
        _answer(ctx, "alert-claimed-you", alert=str(alert.id), alias=ctx.alerts.client.alias),
    )


def _ask_reply(ctx: Context, alert: Alert, before: tuple[Effect, ...]) -> Transition:
    assert ctx.alerts.client is not None
    cancel = ((Choice("alert-reply-cancel", AlertCancel("cancel")),),)
    return Transition({"flow": "reply", "alert": alert.id}, (
        *before,
        Send("alert-reply-prompt", {"alias": ctx.alerts.client.alias}, person_id=ctx.person_id,
             buttons=cancel),
        *((Toast("alert-reply-in-private"),) if ctx.in_group else ()),
    ))


def on_reply_event(ctx: Context, event: Event) -> Transition:
    """The casemanager's answer goes to the client under a neutral header."""
    alert, client = ctx.alerts.alert, ctx.alerts.client
    if isinstance(event, Button) and isinstance(event.press, AlertCancel):
        return Transition(None, (reply(ctx, "cancelled"),))
    if alert is None or client is None:
        return Transition(None, (reply(ctx, "button-expired"),))
    content = relay_to_client(ctx, client, event)
    text: str | None
    if isinstance(event, Text):
        kind, text = "text", event.text
    elif content and isinstance(event, Media):
        kind, text = event.kind, event.caption
    else:
        return Transition(ctx.state, (reply(ctx, "alert-reply-prompt", alias=client.alias),))
    again = ((Choice("alert-reply-again-button", AlertAction("reply", alert.id)),
              Choice("alert-resolve-button", AlertAction("resolve", alert.id))),)
    return Transition(None, (
        *content,
        AddAlertMessage(alert.id, "out", kind, text),
        UpdateAlert(alert.id, {"replies": alert.replies + 1}),
        Log("alert-replied", client.id),
        Send("alert-reply-sent", {"alias": client.alias}, person_id=ctx.person_id,
             buttons=again),
    ))


def on_alerts(ctx: Context, _: Command) -> Transition:
    if not ctx.alerts.open_alerts:
        return Transition(ctx.state, (reply(ctx, "alerts-none"),))
    lines = []
    buttons = []
    for alert, client in ctx.alerts.open_alerts[:_MAX_LISTED]:
        minutes = int((ctx.now - alert.created_at).total_seconds() // 60)
        lines.append(["alerts-line", {
            "alert": str(alert.id), "alias": client.alias, "severity": alert.severity,
            "status": alert.status, "minutes": minutes, "hours": minutes // 60,
            "categories": category_words(alert.categories)}])
        if alert.status == "open":
            buttons.append((Choice("alerts-claim-button", AlertAction("claim", alert.id),
                                   {"alert": str(alert.id), "alias": client.alias}),))
    read = tuple(Audit("read:alerts-list", client.id, f"alert {alert.id}")  # each one listed
                 for alert, client in ctx.alerts.open_alerts[:_MAX_LISTED])
    return Transition(ctx.state, (Send("alerts-list", {
        "count": len(ctx.alerts.open_alerts), "lines": {"$msgs": lines}}, person_id=ctx.person_id,
        buttons=tuple(buttons)), *read))


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
    alert, client = ctx.alerts.alert, ctx.alerts.client
    if alert is None or client is None or alert.status != "open":
        return Transition(None, ())
    args = card_args(ctx, client, alert.categories, alert.severity, alert.terms,
                     alert.message_count, alert.id, "escalated")
    tail = card_tail(list(ctx.alerts.messages), None)
    newcomers = tuple(p.id for p in ctx.alerts.on_duty if p.chat_id not in ctx.alerts.card_chats)
    team = ctx.team_chat_id is not None and ctx.team_chat_id not in ctx.alerts.card_chats
    priority = card_priority(alert.severity, alert.categories)
    return Transition(None, (
        EditCards(alert.id, "alert-card", args, card_buttons(alert.id, can_reply(client)), tail,
                  priority=priority),
        *card_sends(ctx, alert, client, args, tail, newcomers, team=team, priority=priority),
        UpdateAlert(alert.id, {"escalations": alert.escalations + 1}),
        Log("alert-escalated", alert.client_id),
        SetTimer(tick.kind, alert.id, ctx.now + escalation_delay(alert.severity, ctx)),
    ))


def on_unreachable(ctx: Context, _: Tick) -> Transition:
    """Telegram said 403: the client blocked the bot. Lost contact, raised at once."""
    client = ctx.alerts.client
    if client is None:
        return Transition(None, ())
    return Transition(None, (Log("lost-contact-blocked", client.id),
                             *new_alert(ctx, client, "blocked", ("blocked",), "normal")))
