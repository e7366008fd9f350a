"""The buttons of aftercare: making a plan, recording question voices, the check-in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from flows.core.buttons import ButtonData, button

__all__ = ["CareChoice", "CareClient", "CarePlan", "CareStep", "CheckinAnswer",
           "CheckinControl", "VoiceLanguage", "VoiceQuestion"]

Domain = Literal["mood", "health", "housing", "income", "network", "papers"]
LEVELS: dict[str, int] = {"mood": 4}  # levels per domain (0 = worst); 3 where not named


@button
@dataclass(frozen=True)
class CareStep(ButtonData):
    PREFIX = "care"
    action: Literal["cancel", "days"]
    value: Literal["0", "default"]


@button
@dataclass(frozen=True)
class CareClient(ButtonData):
    PREFIX = "care"
    ROW = "client"
    action: Literal["client"]
    id: int


@button
@dataclass(frozen=True)
class CarePlan(ButtonData):
    """Pause, resume, change or end the plan `id`."""

    PREFIX = "care"
    ROW = "plan"
    action: Literal["pause", "resume", "edit", "end"]
    id: int


@button
@dataclass(frozen=True)
class CareChoice(ButtonData):
    """Returned `value` days ago (0-2), the country, the local hour of the check-ins."""

    PREFIX = "care"
    action: Literal["returned", "country", "hour"]
    value: str

    def valid(self) -> bool:
        if self.action == "country":
            return self.value in ("MA", "DZ", "TN")
        limit = 3 if self.action == "returned" else 24
        return self.value.isdigit() and int(self.value) < limit


@button
@dataclass(frozen=True)
class VoiceQuestion(ButtonData):
    PREFIX = "voice"
    step: Literal["question"]
    question: Literal["mood", "health", "housing", "income", "network", "papers", "other"]


@button
@dataclass(frozen=True)
class VoiceLanguage(ButtonData):
    PREFIX = "voice"
    step: Literal["language"]
    code: Literal["ary", "ar", "fr", "nl", "en"]


@button
@dataclass(frozen=True)
class CheckinAnswer(ButtonData):
    """A level (0 = worst) for one question of the check-in `id`."""

    PREFIX = "ci"
    ROW = "checkin"
    id: int
    domain: Domain
    level: int

    def valid(self) -> bool:
        return 0 <= self.level < LEVELS.get(self.domain, 3)


@button
@dataclass(frozen=True)
class CheckinControl(ButtonData):
    PREFIX = "ci"
    ROW = "checkin"
    id: int
    action: Literal["start", "skip"]
    pad: Literal["0"] = "0"
