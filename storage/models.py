"""Storage's own rows (outbox, log, timers, flag feedback); the domain records the
repository returns live in flows/model.py and are re-exported here for storage's callers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from flows.model import (
    STAFF_ROLES,
    Alert,
    AlertMessage,
    Answer,
    Appointment,
    Checkin,
    InviteOutcome,
    Person,
    Place,
    Plan,
    Role,
    StreetContact,
    StreetPerson,
)

__all__ = [
    "STAFF_ROLES",
    "Alert",
    "AlertMessage",
    "Answer",
    "Appointment",
    "Checkin",
    "FlagFeedback",
    "InviteOutcome",
    "LogEntry",
    "OutboxRow",
    "Person",
    "Place",
    "Plan",
    "Role",
    "StreetContact",
    "StreetPerson",
    "Timer",
]


@dataclass(frozen=True)
class OutboxRow:
    id: int
    person_id: int | None
    chat_id: int
    kind: str
    payload: dict[str, Any]
    language: str | None
    due_at: datetime
    attempts: int
    system: bool
    ref: str | None
    priority: int = 2  # 0 life-safety … 3 reminders and confirmations (flows' PRIORITY_RANK)


@dataclass(frozen=True)
class LogEntry:
    at: datetime
    actor_role: str
    direction: Literal["in", "out", "internal"]
    kind: str
    actor_id: int | None = None
    person_id: int | None = None
    chat_id: int | None = None
    message_id: int | None = None
    update_id: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class FlagFeedback:
    """A staff member's word on the flagger: `wrongly_flagged` or `missed`."""

    id: int
    created_at: datetime
    kind: str
    alert_id: int | None
    client_id: int | None
    staff_id: int | None
    language: str | None
    categories: tuple[str, ...]
    severity: str | None
    text: str | None


@dataclass(frozen=True)
class Timer:
    id: int
    kind: str
    subject: int
    due_at: datetime
