"""Alert cards: what a casemanager sees about an alert, in their own language."""

from __future__ import annotations

from datetime import timedelta

from flows.alerts.buttons import AlertAction
from flows.core.common import LANGUAGE_NAMES
from flows.core.context import STAFF_DEFAULT_LANGUAGE, Context
from flows.core.effects import (
    AddAlertMessage,
    Choice,
    CreateAlert,
    Effect,
    New,
    Priority,
    Ref,
    Send,
    SetTimer,
)
from flows.model import Alert, AlertMessage, Person

__all__ = [
    "ESCALATE_NORMAL",
    "ESCALATE_URGENT",
    "can_reply",
    "card_args",
    "card_buttons",
    "card_priority",
    "card_sends",
    "card_tail",
    "category_words",
    "escalation_delay",
    "new_alert",
]

ESCALATE_URGENT = timedelta(minutes=15)
ESCALATE_NORMAL = timedelta(hours=24)
_TAIL_MESSAGES = 5


def escalation_delay(severity: str, ctx: Context | None = None) -> timedelta:
    """How long an alert may stay unclaimed (the organisation's settings, if given)."""
    if ctx is not None:
        return ctx.escalate_urgent if severity == "urgent" else ctx.escalate_normal
    return ESCALATE_URGENT if severity == "urgent" else ESCALATE_NORMAL


def can_reply(client: Person) -> bool:
    """A street contact's stand-in subject (id 0) has no chat to answer to."""
    return client.id > 0


def card_buttons(alert_id: int | New, reply: bool = True, claimed: bool = False
                 ) -> tuple[tuple[Choice, ...], ...]:
    """Claim (until someone has), Reply (when there is a chat to answer), Resolve; on a
    client's alert also "not urgent / wrong flag"."""
    claim = () if claimed else (Choice("alert-claim-button", AlertAction("claim", alert_id)),)
    answer = Choice("alert-reply-button", AlertAction("reply", alert_id))
    resolve = Choice("alert-resolve-button", AlertAction("resolve", alert_id))
    if not reply:  # a street contact's alert: raised by its needs, not by the flagger
        return ((*claim, resolve),)
    wrong = Choice("alert-wrong-button", AlertAction("wrong", alert_id))
    return ((*claim, answer, resolve), (wrong,))


def category_words(categories: tuple[str, ...] | list[str]) -> dict[str, object]:
    """Categories as words in the reader's language (never the codes)."""
    return {"$msgs": [[f"category-{c}", {}] for c in categories], "$join": ", "}


# alerts about a life: urgent ones, and a person no longer reachable (lost contact, blocked)
_LIFE_CATEGORIES = frozenset({"lost_contact", "blocked"})


def card_priority(severity: str, categories: tuple[str, ...] | list[str]) -> Priority:
    """How urgent an alert's cards, their edits and the messages they carry are."""
    return "life" if severity == "urgent" or _LIFE_CATEGORIES & set(categories) else "normal"


def card_args(
    ctx: Context, client: Person, categories: tuple[str, ...], severity: str,
    terms: tuple[str, ...], count: int, alert_id: int | New, status: str = "open",
    claimer: str = "",
) -> dict[str, object]:
    """The card's arguments; a new alert's number is its handle, filled in when it exists."""
    return {
        "alert": alert_id if isinstance(alert_id, New) else str(alert_id),
        "alias": client.alias,
        "language": LANGUAGE_NAMES.get(client.language or "", "?"),
        "country": {"$msg": f"country-{client.country or 'other'}"},
        "local_time": {"$dt": ctx.now.isoformat(), "tz": client.timezone, "both": True},
        "categories": category_words(categories),
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


def new_alert(
    ctx: Context, client: Person, source: str, categories: tuple[str, ...], severity: str,
    line: str | None = None, terms: tuple[str, ...] = (), casemanager_id: int | None = None,
) -> list[Effect]:
    """A new alert about `client`: the row, its first message, the cards and the escalation
    timer. Cards go to the casemanager, and to the team chat if urgent or there is none."""
    manager = casemanager_id if casemanager_id is not None else client.casemanager_id
    people = (manager,) if manager is not None else ()
    args = card_args(ctx, client, categories, severity, terms, 1, New("alert"))
    effects: list[Effect] = [CreateAlert(client.id, manager, source, categories, severity, terms)]
    if line is not None:
        effects.append(AddAlertMessage(New("alert"), "in", source, line))
    return [*effects,
            *card_sends(ctx, None, client, args, card_tail([], line) if line else "", people,
                        team=severity == "urgent" or not people,
                        priority=card_priority(severity, categories)),
            SetTimer("alert-escalate", New("alert"), ctx.now + escalation_delay(severity, ctx))]


def card_sends(
    ctx: Context, alert: Alert | None, client: Person, args: dict[str, object], tail: str,
    recipients: tuple[int, ...], team: bool, priority: Priority,
) -> list[Send]:
    """The same card to each recipient (and the team chat), all tied to the alert's ref."""
    alert_id: int | New = alert.id if alert else New("alert")
    ref = Ref("alert", alert_id)
    buttons = card_buttons(alert_id, can_reply(client))
    sends = [Send("alert-card", args, person_id=person_id, buttons=buttons,
                  tail=tail, ref=ref, priority=priority) for person_id in recipients]
    if team and ctx.team_chat_id is not None:
        sends.append(Send("alert-card", args, chat_id=ctx.team_chat_id,
                          language=STAFF_DEFAULT_LANGUAGE, buttons=buttons,
                          tail=tail, ref=ref, priority=priority))
    return sends
