"""Durable timers: something a flow must look at again at a given time. A timer that keeps
failing is set aside (done, with `failed_at` and the error), never dropped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.models import Timer
from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["FailedTimer", "TimerQueries"]


@dataclass(frozen=True)
class FailedTimer:
    """A timer set aside after failing every attempt: for `meldbot status`."""

    id: int
    kind: str
    subject: int
    due_at: datetime
    attempts: int
    error: str
    failed_at: datetime


class TimerQueries(QueryBase):
    async def add_timer(self, kind: str, subject: int, due_at: datetime) -> int:
        return await self._insert(
            "INSERT INTO timers (kind, subject, due_at) VALUES (?, ?, ?)",
            (kind, subject, to_db(due_at)))

    async def cancel_timers(self, kind: str, subject: int) -> None:
        await self._run("UPDATE timers SET done = 1 WHERE kind = ? AND subject = ? AND done = 0",
                        (kind, subject))

    async def due_timers(self, now: datetime, limit: int = 100) -> list[Timer]:
        rows = await self._all(
            "SELECT id, kind, subject, due_at FROM timers WHERE done = 0 AND due_at <= ?"
            " ORDER BY due_at, id LIMIT ?", (to_db(now), limit))
        return [Timer(r[0], r[1], r[2], from_db(r[3])) for r in rows]

    async def count_due_timers(self, now: datetime) -> int:
        row = await self._one("SELECT count(*) FROM timers WHERE done = 0 AND due_at <= ?",
                              (to_db(now),))
        return 0 if row is None else int(row[0])

    async def next_timer_at(self) -> datetime | None:
        row = await self._one("SELECT min(due_at) FROM timers WHERE done = 0")
        return None if row is None or row[0] is None else from_db(row[0])

    async def finish_timer(self, timer_id: int) -> None:
        await self._run("UPDATE timers SET done = 1 WHERE id = ?", (timer_id,))

    async def timer_failed(self, timer_id: int, error: str) -> int:
        """Count a failed attempt and keep its error; returns the attempts so far."""
        await self._run("UPDATE timers SET attempts = attempts + 1, error = ? WHERE id = ?",
                        (error, timer_id))
        row = await self._one("SELECT attempts FROM timers WHERE id = ?", (timer_id,))
        return 0 if row is None else int(row[0])

    async def retry_timer(self, timer_id: int, due_at: datetime) -> None:
        """Try a failed timer again at `due_at` (if nothing finished it meanwhile)."""
        await self._run("UPDATE timers SET due_at = ? WHERE id = ? AND done = 0",
                        (to_db(due_at), timer_id))

    async def set_timer_aside(self, timer_id: int, now: datetime) -> None:
        """Give up on a timer that keeps failing; `meldbot status` lists it."""
        await self._run("UPDATE timers SET done = 1, failed_at = ? WHERE id = ?",
                        (to_db(now), timer_id))

    async def failed_timers(self, limit: int = 100) -> list[FailedTimer]:
        rows = await self._all(
            "SELECT id, kind, subject, due_at, attempts, error, failed_at FROM timers"
            " WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC LIMIT ?", (limit,))
        return [FailedTimer(id=r[0], kind=r[1], subject=r[2], due_at=from_db(r[3]),
                            attempts=r[4], error=r[5] or "", failed_at=from_db(r[6]))
                for r in rows]

    async def count_failed_timers(self) -> int:
        row = await self._one("SELECT count(*) FROM timers WHERE failed_at IS NOT NULL")
        return 0 if row is None else int(row[0])
