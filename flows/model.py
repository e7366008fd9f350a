"""The domain records: what the flows decide about. Frozen; storage builds them from rows
and imports them from here, never the other way round."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

__all__ = [
    "AGE_BANDS",
    "MEDICAL",
    "NATIONALITIES",
    "OUTCOME_KINDS",
    "STAFF_ROLES",
    "YEARS_NL",
    "Alert",
    "AlertMessage",
    "Answer",
    "Appointment",
    "Checkin",
    "InviteOutcome",
    "NamedRow",
    "Outcome",
    "Person",
    "Place",
    "Plan",
    "Profile",
    "Role",
    "StreetContact",
    "StreetPerson",
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
class Alert:
    id: int
    client_id: int | None  # None when the alert is about a street contact
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
    street_contact_id: int | None = None


@dataclass(frozen=True)
class AlertMessage:
    at: datetime
    direction: Literal["in", "out"]
    kind: str
    text: str | None


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
    pin: tuple[float, float] | None = None  # map pin of a saved place


@dataclass(frozen=True)
class Place:
    """A saved street-outreach place."""

    id: int
    name: str
    latitude: float | None = None
    longitude: float | None = None
    active: bool = True


@dataclass(frozen=True)
class StreetPerson:
    """Someone met on the street: not a client, no Telegram account."""

    id: int
    code: str
    alias: str | None = None
    nationality: str | None = None
    language: str | None = None
    gender: str | None = None
    age_band: str | None = None
    client_id: int | None = None
    created_at: datetime | None = None
    last_seen: datetime | None = None  # their newest registration, where a query adds it

    @property
    def label(self) -> str:
        return self.alias or self.code


@dataclass(frozen=True)
class StreetContact:
    """One registration of a street contact by a fieldworker."""

    id: int
    person: StreetPerson
    fieldworker_id: int
    at: datetime
    saved_at: datetime
    place_id: int | None = None
    place_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    needs: tuple[str, ...] = ()
    note: str | None = None
    note_kind: str | None = None
    followup: bool = False
    shift: str | None = None
    undone_at: datetime | None = None
    fieldworker_alias: str = ""


@dataclass(frozen=True)
class Plan:
    id: int
    client_id: int
    return_date: str  # ISO date, the client's local calendar
    country: str
    local_hour: int
    days: tuple[int, ...]
    status: Literal["active", "paused", "ended"] = "active"


@dataclass(frozen=True)
class Checkin:
    id: int
    plan_id: int
    client_id: int
    day: int
    due_at: datetime
    status: Literal["scheduled", "sent", "answered", "missed", "cancelled"] = "scheduled"
    sent_at: datetime | None = None
    answered_at: datetime | None = None


@dataclass(frozen=True)
class Answer:
    checkin_id: int
    domain: str
    level: int | None
    at: datetime
    text: str | None = None


# A client's short profile (/profile): every field optional, None = unknown.
NATIONALITIES: tuple[str, ...] = ("MA", "DZ", "TN", "LY", "EG", "other")
AGE_BANDS: tuple[str, ...] = ("<18", "18-25", "26-40", "41+")
YEARS_NL: tuple[str, ...] = ("<1", "1-2", "3-5", "6-10", "10+")
MEDICAL: tuple[str, ...] = ("addiction", "psychiatric", "brain_injury")
# What happened to a person (/outcome), as many as happen, each on a date.
OUTCOME_KINDS: tuple[str, ...] = (
    "voluntary_return", "onward_travel", "residence_obtained", "in_procedure",
    "specialised_care", "coa_handover", "pga_registered", "return_service_handover",
    "forced_removal", "lost_contact", "case_closed",
)


@dataclass(frozen=True)
class Profile:
    """Stored sealed as a whole (health and legal situation)."""

    person_id: int
    nationality: str | None = None  # NATIONALITIES
    birth_year: int | None = None
    age_band: str | None = None  # AGE_BANDS, when the year is not known
    years_nl: str | None = None  # YEARS_NL
    asylum_nl: bool | None = None  # an asylum history in the Netherlands
    eu_document: bool | None = None  # a European residence document
    medical: tuple[str, ...] | None = None  # MEDICAL; () = none, None = unknown
    children_nl: bool | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Outcome:
    """One result on a person's timeline. Kind, country and aftercare are stored sealed."""

    id: int
    person_id: int
    kind: str  # OUTCOME_KINDS
    on: date  # when it happened (the organisation's calendar)
    country: str | None = None  # ISO 3166 alpha-2, e.g. MA, DE, FR
    aftercare: bool | None = None  # a voluntary return: aftercare follows
    created_at: datetime | None = None
    created_by: int | None = None


@dataclass(frozen=True)
class NamedRow:
    """The row a pressed button names, as the loader found it: whose it is."""

    kind: str  # a button kind's ROW: alert, appointment, checkin, client, plan, update, ...
    id: int
    client: Person | None = None  # the client the row belongs to (the client itself)
    made_by: int | None = None  # who made it (a street contact's fieldworker)
