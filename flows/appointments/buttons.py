"""The buttons of appointments: making one, managing one, the client's answer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from flows.core.buttons import ButtonData, New, button

__all__ = ["ApptAnswer", "ApptClient", "ApptDay", "ApptKind", "ApptManage", "ApptPlace",
           "ApptReminder", "ApptStep", "ApptTime", "MoveClient", "MoveCountry"]

Kind = Literal["doctor", "hospital", "mental", "embassy", "immigration", "reception",
               "return", "lawyer", "other"]


@button
@dataclass(frozen=True)
class ApptStep(ButtonData):
    PREFIX = "apptnew"
    action: Literal["cancel", "skip", "save"]
    pad: Literal["0"] = "0"


@button
@dataclass(frozen=True)
class ApptClient(ButtonData):
    PREFIX = "apptnew"
    ROW = "client"
    action: Literal["client"]
    id: int


@button
@dataclass(frozen=True)
class ApptKind(ButtonData):
    PREFIX = "apptnew"
    action: Literal["kind"]
    kind: Kind


@button
@dataclass(frozen=True)
class ApptDay(ButtonData):
    PREFIX = "apptnew"
    action: Literal["day"]
    day: date


@button
@dataclass(frozen=True)
class ApptTime(ButtonData):
    """A time of day as HHMM."""

    PREFIX = "apptnew"
    action: Literal["time"]
    hhmm: str

    def valid(self) -> bool:
        text = self.hhmm
        return len(text) == 4 and text.isdigit() and int(text[:2]) < 24 and int(text[2:]) < 60


@button
@dataclass(frozen=True)
class ApptPlace(ButtonData):
    PREFIX = "apptnew"
    ROW = "place"
    action: Literal["place"]
    id: int


@button
@dataclass(frozen=True)
class ApptReminder(ButtonData):
    """Toggle a reminder this many minutes before."""

    PREFIX = "apptnew"
    action: Literal["rem"]
    minutes: Literal[10080, 1440, 120]


@button
@dataclass(frozen=True)
class ApptManage(ButtonData):
    """In /appointments: move or cancel one."""

    PREFIX = "apptm"
    ROW = "appointment"
    action: Literal["move", "cancel"]
    id: int


@button
@dataclass(frozen=True)
class MoveClient(ButtonData):
    PREFIX = "move"
    ROW = "client"
    action: Literal["client"]
    id: int


@button
@dataclass(frozen=True)
class MoveCountry(ButtonData):
    PREFIX = "move"
    action: Literal["country"]
    code: Literal["MA", "DZ", "TN", "NL"]


@button
@dataclass(frozen=True)
class ApptAnswer(ButtonData):
    """The client's answer to a reminder."""

    PREFIX = "appt"
    ROW = "appointment"
    answer: Literal["come", "cant", "call"]
    id: int | New
