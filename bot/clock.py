"""Time is injected: the product asks a Clock, tests and the sandbox move a FakeClock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

__all__ = ["Clock", "FakeClock", "SystemClock"]


class Clock(Protocol):
    def now(self) -> datetime: ...

    def on_change(self, listener: Callable[[], None]) -> None: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def on_change(self, listener: Callable[[], None]) -> None:
        """The real clock never jumps."""


class FakeClock:
    """A clock that stands still until moved; moving it wakes whoever waits on due times."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> datetime:
        return self._now

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def advance(self, delta: timedelta) -> datetime:
        self._now += delta
        for listener in self._listeners:
            listener()
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment.astimezone(UTC)
        for listener in self._listeners:
            listener()
