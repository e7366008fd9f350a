"""The client's own privacy buttons: safety mode and its time, the quick wipe."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from flows.core.buttons import ButtonData, button

__all__ = ["CHOICES", "Hours", "SafetyHours", "WipeNow"]

Hours = Literal["off", "6", "12", "24", "46"]
CHOICES: tuple[Hours, ...] = ("6", "12", "24", "46")  # 46: within Telegram's 48 hours


@button
@dataclass(frozen=True)
class SafetyHours(ButtonData):
    """Safety mode for the presser themselves: on with this many hours, or off."""

    PREFIX = "safe"
    hours: Hours


@button
@dataclass(frozen=True)
class WipeNow(ButtonData):
    PREFIX = "wipe"
