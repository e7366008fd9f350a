"""The sandbox's clock: real time plus an offset that only the sandbox page moves forward."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

__all__ = ["STEPS", "SandboxClock"]

STEPS = {"hour": timedelta(hours=1), "day": timedelta(days=1), "week": timedelta(weeks=1)}


def _real_now() -> datetime:
    return datetime.now(UTC)


class SandboxClock:
    """Implements `bot.clock.Clock`. It runs with real time, so waiting works as usual, and
    `advance()` jumps ahead, waking the sender and the ticker so due timers fire at once."""

    def __init__(self, real: Callable[[], datetime] = _real_now) -> None:
        self._real = real
        self.offset = timedelta(0)
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> datetime:
        return self._real() + self.offset

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def advance(self, delta: timedelta) -> datetime:
        """Move forward (never back: the bot's timers assume time only grows)."""
        if delta <= timedelta(0):
            raise ValueError("the sandbox clock only moves forward")
        self.offset += delta
        for listener in list(self._listeners):
            listener()
        return self.now()
