"""What the street-outreach flows may know, loaded by bot/street_loader.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows.model import Person, Place, StreetContact, StreetPerson

__all__ = ["StreetView"]


@dataclass(frozen=True)
class StreetView:
    draft: dict[str, Any] | None = None  # the caller's unfinished registration, if any
    shift: str | None = None  # the caller's open /shift
    places: tuple[Place, ...] = ()  # active saved places
    recent: tuple[StreetPerson, ...] = ()  # people the caller met lately, newest first
    candidates: tuple[StreetPerson, ...] = ()  # everyone to search, when a search is typed
    contact: StreetContact | None = None  # the registration a button is about (undo)
    today: tuple[StreetContact, ...] = ()  # the caller's registrations of the last 36 hours
    unlinked: tuple[StreetPerson, ...] = ()  # for /newclient: people not yet clients
    digest: tuple[StreetContact, ...] = ()  # for the daily digest: the last 24 hours
    casework: tuple[Person, ...] = ()  # casemanagers and admins: the digest, alerts w/o team
    digest_hour: int = 8  # local hour of the daily digest
