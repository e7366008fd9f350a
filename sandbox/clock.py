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
    `advance()` jumps ahead, waking the sender and the ticker so due timers fire at once.

    A jump through time (`sandbox.timetravel`) holds the clock still at each due moment on
    the way (`hold`), so what falls due then sees exactly that time, and lets it run again
    from the end of the jump (`release`)."""

    def __init__(self, real: Callable[[], datetime] = _real_now) -> None:
        self._real = real
        self.offset = timedelta(0)
        self._held: datetime | None = None
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> datetime:
        return self._held if self._held is not None else self._real() + self.offset

    @property
    def held(self) -> bool:
        return self._held is not None

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def advance(self, delta: timedelta) -> datetime:
        """Move forward (never back: the bot's timers assume time only grows)."""
        if delta <= timedelta(0):
            raise ValueError("the sandbox clock only moves forward")
        if self._held is not None:
            self._held += delta
        self.offset += delta
        self._changed()
        return self.now()

    def hold(self, moment: datetime | None = None) -> datetime:
        """Stand still at `moment` (default: now), which is never earlier than now."""
        current = self.now()
        moment = current if moment is None else moment.astimezone(UTC)
        if moment < current:
            raise ValueError("the sandbox clock only moves forward")
        self._held = moment
        self._changed()
        return moment

    def release(self, moment: datetime | None = None) -> datetime:
        """Run with real time again, from `moment` (default: where it stands)."""
        moment = self.now() if moment is None else moment.astimezone(UTC)
        if moment < self.now():
            raise ValueError("the sandbox clock only moves forward")
        self.offset = moment - self._real()
        self._held = None
        self._changed()
        return moment
