"""The durable inbox of raw Telegram updates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["FailedUpdate", "InboxQueries"]


@dataclass(frozen=True)
class FailedUpdate:
    """An update set aside because handling it failed: ids and the error, no payload."""

    update_id: int
    received_at: datetime
    failed_at: datetime
    error: str  # the exception's class and where it was raised; never its message


class InboxQueries(QueryBase):
    async def store_updates(self, updates: Sequence[tuple[int, str]], now: datetime,
                            senders: Mapping[int, int] | None = None) -> int:
        """Store raw updates; an update id seen before is ignored. Returns how many were new.
        `senders`: the Telegram user each update came from (one person's updates are then
        handled in order, different people's by several workers at once)."""
        new = 0
        for update_id, payload in updates:
            changed = await self._run(
                "INSERT INTO inbox (update_id, payload, received_at, sender) VALUES (?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (update_id, self._seal_row("inbox", "payload", update_id, payload), to_db(now),
                 (senders or {}).get(update_id)),
            )
            new += 1 if changed else 0
        return new

    async def unprocessed_updates(self, limit: int = 100) -> list[tuple[int, str]]:
        rows = await self._all(
            "SELECT update_id, payload FROM inbox WHERE processed_at IS NULL"
            " ORDER BY update_id LIMIT ?",
            (limit,),
        )
        return [(row[0], self._open_row("inbox", "payload", row[0], row[1]) or "{}")
                for row in rows]

    async def mark_processed(self, update_id: int, now: datetime, failed: bool = False,
                             error: str | None = None) -> None:
        """Done with an update. A handled update keeps only its id (store the minimum); a
        failed one keeps its payload for inspection, and `error` (the exception's class and
        where it was raised, never its message)."""
        if failed:
            await self._run(
                "UPDATE inbox SET processed_at = ?, failed = 1, error = ? WHERE update_id = ?",
                (to_db(now), error, update_id),
            )
        else:
            await self._run(
                "UPDATE inbox SET processed_at = ?, payload = ? WHERE update_id = ?",
                (to_db(now), b"", update_id),
            )

    async def mark_processed_many(self, update_ids: list[int], now: datetime) -> None:
        """Done with these updates (one statement for a whole batch)."""
        if update_ids:
            await self._run(
                "UPDATE inbox SET processed_at = ?, payload = ? WHERE update_id IN"
                f" ({','.join('?' * len(update_ids))})", (to_db(now), b"", *update_ids))

    async def failed_updates(self, limit: int = 100) -> list[tuple[int, str]]:
        """Updates whose processing failed, kept whole for inspection."""
        rows = await self._all(
            "SELECT update_id, payload FROM inbox WHERE failed = 1 ORDER BY update_id LIMIT ?",
            (limit,))
        return [(row[0], self._open_row("inbox", "payload", row[0], row[1]) or "{}")
                for row in rows]

    async def set_aside_updates(self, limit: int = 100) -> list[FailedUpdate]:
        """The failed updates, newest first, without their payload (for `meldbot status`)."""
        rows = await self._all(
            "SELECT update_id, received_at, processed_at, error FROM inbox WHERE failed = 1"
            " ORDER BY update_id DESC LIMIT ?", (limit,))
        return [FailedUpdate(update_id=r[0], received_at=from_db(r[1]),
                             failed_at=from_db(r[2]), error=r[3] or "") for r in rows]

    async def count_failed_updates(self) -> int:
        row = await self._one("SELECT count(*) FROM inbox WHERE failed = 1")
        return 0 if row is None else int(row[0])

    async def count_unprocessed_updates(self) -> int:
        row = await self._one("SELECT count(*) FROM inbox WHERE processed_at IS NULL")
        return 0 if row is None else int(row[0])

    async def highest_update_id(self) -> int | None:
        row = await self._one("SELECT max(update_id) FROM inbox")
        return None if row is None or row[0] is None else int(row[0])
