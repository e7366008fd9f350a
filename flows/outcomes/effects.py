"""Effects of profiles and outcomes. Applied by bot/appliers/outcomes.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flows.model import Profile

__all__ = ["AddOutcome", "DeleteOutcome", "OutcomesEffect", "SaveProfile"]


@dataclass(frozen=True)
class SaveProfile:
    """The whole profile, replacing what was there (stored sealed)."""

    profile: Profile


@dataclass(frozen=True)
class AddOutcome:
    """One outcome on the client's timeline; later effects name it New("outcome")."""

    person_id: int
    kind: str
    on: date
    country: str | None = None
    aftercare: bool | None = None


@dataclass(frozen=True)
class DeleteOutcome:
    """An outcome recorded by mistake."""

    outcome_id: int


OutcomesEffect = SaveProfile | AddOutcome | DeleteOutcome
