"""Effects of street outreach: drafts, registrations, places, shifts. Applied by bot/."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

__all__ = [
    "LinkStreetPerson",
    "SavePlace",
    "SaveStreetContact",
    "SaveStreetDraft",
    "SetShift",
    "StreetEffect",
    "UndoStreetContact",
]


@dataclass(frozen=True)
class SaveStreetDraft:
    """Keep (or, with None, drop) a person's unfinished registration, encrypted at rest."""

    person_id: int
    draft: Mapping[str, Any] | None


@dataclass(frozen=True)
class SaveStreetContact:
    """A registration; with street_person_id None, a new street person is created first.
    Later effects of the same transition name the contact `New("street_contact")` and the
    person's code `New("street_code")`."""

    fieldworker_id: int
    at: datetime
    street_person_id: int | None
    alias: str | None = None
    nationality: str | None = None
    language: str | None = None
    gender: str | None = None
    age_band: str | None = None
    place_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    needs: tuple[str, ...] = ()
    note: str | None = None
    note_kind: str | None = None
    followup: bool = False
    shift: str | None = None


@dataclass(frozen=True)
class UndoStreetContact:
    contact_id: int


@dataclass(frozen=True)
class SavePlace:
    """A new place (place_id None) or a change to one: renamed, or removed (active False)."""

    name: str | None
    place_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    active: bool = True


@dataclass(frozen=True)
class SetShift:
    person_id: int
    name: str | None  # None ends the shift


@dataclass(frozen=True)
class LinkStreetPerson:
    """The client the preceding CreateClient made is this street person."""

    street_person_id: int


StreetEffect = (
    SaveStreetDraft | SaveStreetContact | UndoStreetContact | SavePlace | SetShift
    | LinkStreetPerson
)
