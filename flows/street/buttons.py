"""The buttons of street outreach: the registration's steps, undo, resume, places."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from flows.core.buttons import ButtonData, New, button

__all__ = ["PlaceAction", "PlacesStep", "StreetResume", "StreetStep", "StreetUndo"]

Step = Literal["who", "search", "where", "about", "details", "needs", "summary", "edit",
               "dupes"]


@button
@dataclass(frozen=True)
class StreetStep(ButtonData):
    """An answer at one step of the registration: `back`, `skip`, `cancel`, `new`, a person
    (`p<id>`), a place (`pl<id>`), a code or a need; the step's handler checks the value."""

    PREFIX = "street"
    step: Step
    value: str


@button
@dataclass(frozen=True)
class StreetResume(ButtonData):
    PREFIX = "street"
    step: Literal["resume"]
    choice: Literal["yes", "new"]


@button
@dataclass(frozen=True)
class StreetUndo(ButtonData):
    """Undo the contact `id` just saved (its fieldworker, within ten minutes)."""

    PREFIX = "street"
    ROW = "street_contact"
    step: Literal["undo"]
    id: int | New


@button
@dataclass(frozen=True)
class PlacesStep(ButtonData):
    PREFIX = "places"
    action: Literal["cancel", "add", "skip", "list"]
    pad: Literal["0"] = "0"


@button
@dataclass(frozen=True)
class PlaceAction(ButtonData):
    PREFIX = "places"
    ROW = "place"
    action: Literal["open", "rename", "remove"]
    id: int
