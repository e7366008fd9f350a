"""Inbox and alerts: every client message reaches their casemanager, flagged ones raise an
alert card with claim, reply and resolve; 🆘 and "do you need help now?"; staff write to
their clients; feedback on the flagging."""

from __future__ import annotations

from flows.alerts import claim, feedback, help_now, write
from flows.alerts.buttons import (
    AlertAction,
    AlertCancel,
    MissedFlag,
    Unsure,
    WriteCancel,
    WriteTo,
)
from flows.core.access import CASEWORK, CLIENT
from flows.core.context import Context
from flows.core.effects import (
    AddAlertMessage,
    Batch,
    Copy,
    CreateAlert,
    EditCards,
    RecordFlagFeedback,
    Transition,
    UpdateAlert,
)
from flows.core.events import Button
from flows.core.feature import ButtonSpec, CommandSpec, Conversation, Feature, TimerSpec

__all__ = ["FEATURE"]


def _on_alert_button(ctx: Context, button: Button) -> Transition:
    if isinstance(button.press, AlertCancel):
        return claim.on_reply_event(ctx, button)
    return claim.on_alert_button(ctx, button)


FEATURE = Feature(
    name="alerts",
    commands=(
        CommandSpec("sos", CLIENT, help_now.on_sos),
        CommandSpec("alerts", CASEWORK, claim.on_alerts, needs=("alert_list",)),
        CommandSpec("write", CASEWORK, write.on_write, needs=("write_client",)),
        CommandSpec("duty", CASEWORK, claim.on_duty),
    ),
    buttons=(
        ButtonSpec((AlertAction, AlertCancel), CASEWORK, _on_alert_button, needs=("alert",)),
        ButtonSpec((Unsure,), CLIENT, help_now.on_unsure_button),
        ButtonSpec((MissedFlag,), CASEWORK, feedback.on_missed, needs=("logged_message",)),
        ButtonSpec((WriteTo, WriteCancel), CASEWORK, write.on_write_button,
                   needs=("write_client",)),
    ),
    conversations=(
        Conversation("reply", claim.on_reply_event, needs=("alert",)),
        Conversation("unsure", help_now.on_unsure_event),
        Conversation("write", write.on_write_event, needs=("write_client",)),
    ),
    timers=(
        TimerSpec("alert-escalate", claim.on_escalation),
        TimerSpec("person-unreachable", claim.on_unreachable),
        TimerSpec("unsure-timeout", help_now.on_unsure_timeout),
    ),
    keyboard=(("client-sos-button", "sos"),),
    # a client's every message may belong to their open alert; staff may reply (in
    # Telegram) to a card or to a forwarded client message at any time
    always=(("client", "alert"), ("casemanager", "alert"), ("admin", "alert"),
            ("casemanager", "write_client"), ("admin", "write_client")),
    effects=(AddAlertMessage, Batch, Copy, CreateAlert, EditCards, RecordFlagFeedback,
             UpdateAlert),
)
