"""The durable inbox of raw Telegram updates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from storage.q_base import QueryBase
from storage.timefmt import to_db

__all__ = ["InboxQueries"]


class InboxQueries(QueryBase):
    async def store_updates(self, updates: Sequence[tuple[int, str]], now: datetime) -> int:
        """Store raw updates; an update id seen before is ignored. Returns how many were new."""
        new = 0
        for update_id, payload in updates:
            changed = await self._run(
                "INSERT OR IGNORE INTO inbox (update_id, payload, received_at) VALUES (?, ?, ?)",
                (update_id, self._seal(payload, "inbox"), to_db(now)),
            )
            new += 1 if changed else 0
        return new

    async def unprocessed_updates(self, limit: int = 100) -> list[tuple[int, str]]:
        rows = await self._all(
            "SELECT update_id, payload FROM inbox WHERE processed_at IS NULL"
            " ORDER BY update_id LIMIT ?",
            (limit,),
        )
        return [(row[0], self._open(row[1], "inbox") or "{}") for row in rows]

    async def mark_processed(self, update_id: int, now: datetime, failed: bool = False) -> None:
        """Done with an update. A handled update keeps only its id (store the minimum)."""
        if failed:
            await self._run(
                "UPDATE inbox SET processed_at = ?, failed = 1 WHERE update_id = ?",
                (to_db(now), update_id),
            )
        else:
            await self._run(
                "UPDATE inbox SET processed_at = ?, payload = x'' WHERE update_id = ?",
                (to_db(now), update_id),
            )

    async def mark_processed_many(self, update_ids: list[int], now: datetime) -> None:
        """Done with these updates (one statement for a whole batch)."""
        if update_ids:
            await self._run(
                "UPDATE inbox SET processed_at = ?, payload = x'' WHERE update_id IN"
                f" ({','.join('?' * len(update_ids))})", (to_db(now), *update_ids))

    async def failed_updates(self, limit: int = 100) -> list[tuple[int, str]]:
        """Updates whose processing failed, kept whole for inspection."""
        rows = await self._all(
            "SELECT update_id, payload FROM inbox WHERE failed = 1 ORDER BY update_id LIMIT ?",
            (limit,))
        return [(row[0], self._open(row[1], "inbox") or "{}") for row in rows]

    async def highest_update_id(self) -> int | None:
        row = await self._one("SELECT max(update_id) FROM inbox")
        return None if row is None or row[0] is None else int(row[0])
