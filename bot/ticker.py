"""Durable timers: at each due time, the flow that set the timer looks again. A timer that
fails is tried again later a few times, then set aside (`meldbot status` lists it)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.apply import apply_effects
from bot.deps import Deps
from bot.failures import describe_failure, retry_busy
from bot.tick_loader import load_tick_context
from flows import step
from flows.core.events import Tick
from storage import Timer

__all__ = ["Ticker"]

log = logging.getLogger(__name__)
# after the first, second and third failure a timer is tried again this much later; after
# the fourth it is set aside
RETRY_DELAYS = (timedelta(seconds=10), timedelta(minutes=1), timedelta(minutes=5))


class Ticker:
    """Wakes at the next due timer (or when the clock is moved) and runs the due ones."""

    def __init__(self, deps: Deps, wake_sender: Callable[[], None]) -> None:
        self.deps, self.wake_sender = deps, wake_sender
        self._wake = asyncio.Event()
        self._stopping = False
        deps.clock.on_change(self._wake.set)

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            await self.run_due()
            next_at = await retry_busy(self._next_at, "timers")
            wait = 3600.0 if next_at is None else \
                max(0.0, (next_at - self.deps.clock.now()).total_seconds())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=min(wait, 3600.0) + 0.01)

    async def _next_at(self) -> datetime | None:
        async with self.deps.db.tx() as tx:
            return await tx.next_timer_at()

    async def run_due(self) -> int:
        done = 0
        while True:
            due = await retry_busy(self._due, "timers")
            if not due:
                return done
            for timer in due:
                await self._run_one(timer.id, Tick(timer.kind, timer.subject))
                done += 1

    async def _due(self) -> list[Timer]:
        async with self.deps.db.tx() as tx:
            return await tx.due_timers(self.deps.clock.now(), limit=50)

    async def _run_one(self, timer_id: int, tick: Tick) -> None:
        """Run one timer in a transaction of its own; a busy database is waited out and the
        timer run again, any other failure is counted (see `_failed`)."""
        try:
            queued = await retry_busy(lambda: self._tick(timer_id, tick), f"timer {timer_id}")
        except Exception as error:
            failure = describe_failure(error)
            await retry_busy(lambda: self._failed(timer_id, tick, failure), f"timer {timer_id}")
            return
        if queued:
            self.wake_sender()

    async def _tick(self, timer_id: int, tick: Tick) -> int:
        async with self.deps.db.tx() as tx:
            await tx.finish_timer(timer_id)
            ctx = await load_tick_context(tx, self.deps, tick)
            transition = step(ctx, tick)
            return await apply_effects(tx, ctx, transition.effects)

    async def _failed(self, timer_id: int, tick: Tick, failure: str) -> None:
        """The timer's transaction was undone: try it again later, or after the last try
        set it aside with what failed where. Never dropped; logged with ids only."""
        now = self.deps.clock.now()
        async with self.deps.db.tx() as tx:
            attempts = await tx.timer_failed(timer_id, failure)
            delay = RETRY_DELAYS[attempts - 1] if 0 < attempts <= len(RETRY_DELAYS) else None
            if delay is None:
                await tx.set_timer_aside(timer_id, now)
            else:
                await tx.retry_timer(timer_id, now + delay)
        if delay is None:
            log.error("timer %s (%s) failed %s times (%s); set aside", timer_id, tick.kind,
                      attempts, failure)
        else:
            log.warning("timer %s (%s) failed (%s); trying again in %s", timer_id, tick.kind,
                        failure, delay)
