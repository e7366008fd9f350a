"""The buttons of the case file: the reason a case is closed, and confirming an erasure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from flows.core.buttons import ButtonData, button

__all__ = ["REASONS", "CloseReason", "EraseConfirm", "Reason"]

Reason = Literal["returned", "moved", "care", "unreachable", "other", "cancel"]
REASONS: tuple[Reason, ...] = ("returned", "moved", "care", "unreachable", "other")


@button
@dataclass(frozen=True)
class CloseReason(ButtonData):
    """Close the case of this client for this reason (or leave it open: "cancel")."""

    PREFIX = "close"
    ROW = "client"
    reason: Reason
    id: int


@button
@dataclass(frozen=True)
class EraseConfirm(ButtonData):
    PREFIX = "erase"
    ROW = "client"
    answer: Literal["yes", "no"]
    id: int
