"""The buttons of alerts and the inbox: claim, reply, resolve, write, help-now, feedback."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from flows.core.buttons import ButtonData, New, button

__all__ = ["AlertAction", "AlertCancel", "MissedFlag", "Unsure", "WriteCancel", "WriteTo"]


@button
@dataclass(frozen=True)
class AlertAction(ButtonData):
    """On an alert card. `force` resolves an alert someone else claimed (admins, after a
    confirmation)."""

    PREFIX = "alert"
    ROW = "alert"
    action: Literal["claim", "reply", "resolve", "wrong", "force"]
    id: int | New


@button
@dataclass(frozen=True)
class AlertCancel(ButtonData):
    PREFIX = "alert"
    action: Literal["cancel"]
    pad: Literal["0"] = "0"


@button
@dataclass(frozen=True)
class Unsure(ButtonData):
    """The client's answer to "do you need help now?"."""

    PREFIX = "unsure"
    answer: Literal["yes", "no"]


@button
@dataclass(frozen=True)
class MissedFlag(ButtonData):
    """"This should have been flagged", on a forwarded message; `id` is its update."""

    PREFIX = "fb"
    ROW = "update"
    action: Literal["miss"]
    id: int


@button
@dataclass(frozen=True)
class WriteTo(ButtonData):
    PREFIX = "write"
    ROW = "client"
    id: int


@button
@dataclass(frozen=True)
class WriteCancel(ButtonData):
    PREFIX = "write"
    action: Literal["cancel"]
