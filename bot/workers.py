"""Several workers on one PostgreSQL database (`meldbot run` started more than once).

Every worker handles the inbox: each takes the next updates with `FOR UPDATE SKIP LOCKED`,
one person's updates in order (storage/pg.py), so the work that costs (the flag classifier,
the flows) is shared. The *duties* are one worker's at a time, under a lease on the
server's clock: polling Telegram (Telegram allows one getUpdates at a time; with a webhook
every worker serves it instead), sending the outbox (so Telegram's limits, 30 messages a
second and 1 a second per chat, hold for all workers together: one pacer, seeded from the
sends of the last minute when it takes over) and running the timers (each claimed once).

The holder renews the lease every second; a worker that dies stops renewing, and another
takes the lease once it has expired (LEASE_SECONDS), then resends what the dead one had in
flight (at most once each: the outbox marks a row before sending). A holder that cannot
renew stops its duties at once, well before another can take them. With SQLite the one
process holds the duties from the start, with no lease."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from bot.config import Settings
from storage import Database
from storage.pg_workers import Coordinator

__all__ = ["LEASE", "LEASE_SECONDS", "RENEW_SECONDS", "Duties", "start_duties"]

log = logging.getLogger(__name__)
LEASE = "duties"
LEASE_SECONDS = 5.0
RENEW_SECONDS = 1.0


class Duties:
    def __init__(self, gain: Callable[[], Awaitable[None]],
                 lose: Callable[[bool], Awaitable[None]]) -> None:
        self._gain, self._lose = gain, lose
        self.held = False
        self.task: asyncio.Task[None] | None = None
        self.look_every: float | None = None  # how often to look at the inbox unprompted

    async def take(self) -> None:
        self.held = True
        await self._gain()

    async def give_up(self, final: bool) -> None:
        self.held = False
        await self._lose(final)

    async def stop(self) -> None:
        """The bot stops: duties finished and given up at once (another worker takes over)."""
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
        if self.held:
            await self.give_up(final=True)
        await self._close()

    async def _close(self) -> None:
        pass


class LeasedDuties(Duties):
    """The duties under the lease, renewed every second by a task of their own."""

    def __init__(self, coordinator: Coordinator, gain: Callable[[], Awaitable[None]],
                 lose: Callable[[bool], Awaitable[None]]) -> None:
        super().__init__(gain, lose)
        self.coordinator = coordinator
        self.look_every = RENEW_SECONDS  # a safety net under the notifications

    async def run(self) -> None:
        while True:
            try:
                holds = await asyncio.wait_for(self.coordinator.hold(LEASE, LEASE_SECONDS),
                                               timeout=LEASE_SECONDS / 2)
            except (Exception, TimeoutError) as error:  # the database is away: not ours
                log.warning("could not renew the duties lease (%s)", type(error).__name__)
                holds = False
            if holds and not self.held:
                log.info("worker %s takes the duties (polling, sending, timers)",
                         self.coordinator.holder)
                await self.take()
            elif not holds and self.held:
                log.warning("worker %s lost the duties lease: stopping them",
                            self.coordinator.holder)
                await self.give_up(final=False)
            await asyncio.sleep(RENEW_SECONDS)

    async def _close(self) -> None:
        with contextlib.suppress(Exception):
            await self.coordinator.release(LEASE)
        await self.coordinator.close()


async def start_duties(db: Database, settings: Settings, gain: Callable[[], Awaitable[None]],
                       lose: Callable[[bool], Awaitable[None]],
                       wake_from: Callable[[str], None]) -> Duties:
    """SQLite: this process holds the duties now. PostgreSQL: a lease decides, and the
    other workers' new rows wake this one (`wake_from(table)`)."""
    if db.dialect != "postgresql" or settings.database_url is None:
        duties = Duties(gain, lose)
        await duties.take()
        return duties
    coordinator = await Coordinator.connect(settings.database_url)
    await coordinator.listen(wake_from)
    leased = LeasedDuties(coordinator, gain, lose)
    leased.task = asyncio.create_task(leased.run(), name="duties")
    return leased
