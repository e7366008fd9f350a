"""Alert cards: what a casemanager sees about an alert, in their own language."""

from __future__ import annotations

from datetime import timedelta

from flows.common import LANGUAGE_NAMES
from flows.context import STAFF_DEFAULT_LANGUAGE, Context
from flows.effects import NEW_ALERT, Choice, Send
from storage.models import Alert, AlertMessage, Person

__all__ = [
    "ESCALATE_NORMAL",
    "ESCALATE_URGENT",
    "card_args",
    "card_buttons",
    "card_sends",
    "card_tail",
    "escalation_delay",
]

ESCALATE_URGENT = timedelta(minutes=15)
ESCALATE_NORMAL = timedelta(hours=24)
_TAIL_MESSAGES = 5


def escalation_delay(severity: str) -> timedelta:
    return ESCALATE_URGENT if severity == "urgent" else ESCALATE_NORMAL


def card_buttons(alert_id: int | str) -> tuple[tuple[Choice, ...], ...]:
    return ((Choice("alert-claim-button", f"alert:claim:{alert_id}"),
             Choice("alert-reply-button", f"alert:reply:{alert_id}"),
             Choice("alert-resolve-button", f"alert:resolve:{alert_id}")),)


def card_args(
    ctx: Context, client: Person, categories: tuple[str, ...], severity: str,
    terms: tuple[str, ...], count: int, alert_id: int | str, status: str = "open",
    claimer: str = "",
) -> dict[str, object]:
    return {
        "alert": str(alert_id),
        "alias": client.alias,
        "language": LANGUAGE_NAMES.get(client.language or "", "?"),
        "country": {"$msg": f"country-{client.country or 'other'}"},
        "local_time": {"$dt": ctx.now.isoformat(), "tz": client.timezone},
        "categories": {"$msgs": [[f"category-{c}", {}] for c in categories], "$join": ", "},
        "severity": severity,
        "terms": ", ".join(terms) or "–",
        "count": count,
        "status": status,
        "claimer": claimer,
    }


def card_tail(messages: tuple[AlertMessage, ...] | list[AlertMessage], latest: str | None
              ) -> str:
    """The client's own words: the newest few messages of the alert, oldest first."""
    lines = [f"› {m.text}" if m.text else f"› [{m.kind}]" for m in messages if m.direction == "in"]
    if latest is not None:
        lines.append(f"› {latest}")
    return "\n".join(lines[-_TAIL_MESSAGES:])


def card_sends(
    ctx: Context, alert: Alert | None, client: Person, args: dict[str, object], tail: str,
    recipients: tuple[int, ...], team: bool,
) -> list[Send]:
    """The same card to each recipient (and the team chat), all tied to the alert's ref."""
    alert_id: int | str = alert.id if alert else NEW_ALERT
    ref = f"alert:{alert_id}"
    sends = [Send("alert-card", args, person_id=person_id, buttons=card_buttons(alert_id),
                  tail=tail, ref=ref) for person_id in recipients]
    if team and ctx.team_chat_id is not None:
        sends.append(Send("alert-card", args, chat_id=ctx.team_chat_id,
                          language=STAFF_DEFAULT_LANGUAGE, buttons=card_buttons(alert_id),
                          tail=tail, ref=ref))
    return sends
