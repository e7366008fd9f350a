"""Frozen records the repository returns. Never rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

__all__ = [
    "Alert",
    "AlertMessage",
    "Appointment",
    "InviteOutcome",
    "LogEntry",
    "OutboxRow",
    "Person",
    "Role",
    "Timer",
]

Role = Literal["admin", "casemanager", "fieldworker", "client"]
STAFF_ROLES: frozenset[str] = frozenset({"admin", "casemanager", "fieldworker"})


@dataclass(frozen=True)
class Person:
    id: int
    role: Role
    alias: str
    timezone: str
    telegram_user_id: int | None = None
    chat_id: int | None = None
    language: str | None = None
    country: str | None = None
    casemanager_id: int | None = None
    consent: Literal["pending", "given", "declined"] = "pending"
    stopped: bool = False
    unreachable: bool = False
    created_at: datetime | None = None
    on_duty: bool = True

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES


@dataclass(frozen=True)
class InviteOutcome:
    """What opening an invite code found. status 'valid' means it is now used by the caller."""

    status: Literal["valid", "expired", "used", "unknown"]
    role: Role | None = None
    person_id: int | None = None
    name: str | None = None
    created_by: int | None = None


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
class Alert:
    id: int
    client_id: int
    casemanager_id: int | None
    source: str
    categories: tuple[str, ...]
    severity: Literal["urgent", "normal"]
    status: Literal["open", "claimed", "resolved"]
    created_at: datetime
    last_message_at: datetime
    message_count: int = 1
    terms: tuple[str, ...] = ()
    claimed_at: datetime | None = None
    claimed_by: int | None = None
    resolved_at: datetime | None = None
    resolved_by: int | None = None
    escalations: int = 0
    replies: int = 0


@dataclass(frozen=True)
class AlertMessage:
    at: datetime
    direction: Literal["in", "out"]
    kind: str
    text: str | None


@dataclass(frozen=True)
class Timer:
    id: int
    kind: str
    subject: int
    due_at: datetime


@dataclass(frozen=True)
class Appointment:
    id: int
    client_id: int
    casemanager_id: int | None
    kind: str
    starts_at: datetime
    timezone: str
    reminders: tuple[int, ...]  # minutes before the start
    status: Literal["scheduled", "cancelled"] = "scheduled"
    place: str | None = None
    note: str | None = None
    answer: str | None = None
    answered_at: datetime | None = None
