"""What the factsheet is computed from: plain records the loader reads in one snapshot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from flows.model import Outcome, Profile

__all__ = ["AlertRecord", "AppointmentRecord", "ClientRecord", "Records", "StreetRecord"]


@dataclass(frozen=True)
class ClientRecord:
    id: int
    registered: datetime  # people.created_at
    closed: datetime | None = None  # people.closed_at
    logged_in: frozenset[str] = frozenset()  # the windows (Period.windows) with a log row


@dataclass(frozen=True)
class StreetRecord:
    at: datetime
    shift: str | None = None


@dataclass(frozen=True)
class AlertRecord:
    created: datetime
    claimed: datetime | None = None


@dataclass(frozen=True)
class AppointmentRecord:
    starts: datetime
    cancelled: bool = False
    answer: str | None = None  # the client's answer to a reminder: come, cant, call


@dataclass(frozen=True)
class Records:
    """Everything one factsheet needs. `clients`: every client registered before the end of
    the latest window; the others: inside the period only. `erased`: the erased_counts of
    the period's year by kind (empty for a quarter: those counts are kept per year)."""

    now: datetime
    clients: tuple[ClientRecord, ...] = ()
    profiles: Mapping[int, Profile] = field(default_factory=dict)
    outcomes: tuple[Outcome, ...] = ()
    street: tuple[StreetRecord, ...] = ()
    alerts: tuple[AlertRecord, ...] = ()
    checkins_answered: int = 0
    appointments: tuple[AppointmentRecord, ...] = ()
    erased: Mapping[str, int] = field(default_factory=dict)
