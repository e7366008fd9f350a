"""Durable timers: at each due time, the flow that set the timer looks again."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from bot.apply import apply_effects
from bot.deps import Deps
from bot.loader import load_tick_context
from flows import step
from flows.core.events import Tick

__all__ = ["Ticker"]

log = logging.getLogger(__name__)


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
            async with self.deps.db.tx() as tx:
                next_at = await tx.next_timer_at()
            wait = 3600.0 if next_at is None else \
                max(0.0, (next_at - self.deps.clock.now()).total_seconds())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=min(wait, 3600.0) + 0.01)

    async def run_due(self) -> int:
        done = 0
        while True:
            async with self.deps.db.tx() as tx:
                due = await tx.due_timers(self.deps.clock.now(), limit=50)
            if not due:
                return done
            for timer in due:
                await self._run_one(timer.id, Tick(timer.kind, timer.subject))
                done += 1

    async def _run_one(self, timer_id: int, tick: Tick) -> None:
        try:
            async with self.deps.db.tx() as tx:
                await tx.finish_timer(timer_id)
                ctx = await load_tick_context(tx, self.deps, tick)
                transition = step(ctx, tick)
                queued = await apply_effects(tx, ctx, transition.effects)
        except Exception:
            log.exception("timer %s (%s) failed", timer_id, tick.kind)
            async with self.deps.db.tx() as tx:
                await tx.finish_timer(timer_id)
            return
        if queued:
            self.wake_sender()
