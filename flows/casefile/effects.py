"""Effects of the case file. Applied by bot/appliers/casefile.py."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CaseFileEffect", "CloseCase", "ErasePerson", "Purge", "ReopenCase",
           "RetentionDays"]


@dataclass(frozen=True)
class RetentionDays:
    """How many days each kind of data is kept (the MELDBOT_RETAIN_* settings)."""

    texts: int = 365
    street: int = 365
    strangers: int = 7
    log: int = 730
    inbox: int = 30
    hour: int = 3  # local hour (the organisation's time zone) of the daily purge


@dataclass(frozen=True)
class CloseCase:
    """Close: nothing more goes out to the client; the retention clock starts."""

    client_id: int
    reason: str


@dataclass(frozen=True)
class ReopenCase:
    client_id: int


@dataclass(frozen=True)
class ErasePerson:
    """Remove the client and everything about them (the caller is audited)."""

    person_id: int


@dataclass(frozen=True)
class Purge:
    """Remove what is kept no longer, then compact the database file."""

    retention: RetentionDays


CaseFileEffect = CloseCase | ReopenCase | ErasePerson | Purge
