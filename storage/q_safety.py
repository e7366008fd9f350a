"""Safety mode and what a chat still holds: the messages a quick wipe can delete."""

from __future__ import annotations

from datetime import datetime

from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["SafetyQueries"]


class SafetyQueries(QueryBase):
    async def safety_hours(self, person_id: int) -> int | None:
        """After how many hours the client's chat is deleted; None: safety mode is off."""
        row = await self._one("SELECT hours FROM safety WHERE person_id = ?", (person_id,))
        return None if row is None else int(row[0])

    async def set_safety(self, person_id: int, hours: int | None, now: datetime,
                         by: int | None) -> None:
        if hours is None:
            await self._run("DELETE FROM safety WHERE person_id = ?", (person_id,))
            return
        await self._run(
            "INSERT INTO safety (person_id, hours, set_at, set_by) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(person_id) DO UPDATE SET hours = excluded.hours,"
            " set_at = excluded.set_at, set_by = excluded.set_by",
            (person_id, hours, to_db(now), by))

    async def chat_messages(self, chat_id: int, since: datetime
                            ) -> tuple[list[tuple[int, datetime]], bool]:
        """The messages in a private chat from `since` on, the bot's and the person's (id,
        when), and whether older ones exist (too old to delete)."""
        first: dict[int, datetime] = {}  # a message's first sign (an edit comes later)
        for sql in (
            "SELECT telegram_message_id, sent_at FROM outbox WHERE chat_id = ?"
            " AND telegram_message_id IS NOT NULL AND sent_at IS NOT NULL",
            # the person's messages, and the bot's (every part of a long one is logged)
            "SELECT message_id, at FROM contact_log WHERE chat_id = ? AND message_id IS NOT"
            " NULL AND direction IN ('in', 'out')",
        ):
            for message_id, at in await self._all(sql, (chat_id,)):
                when = from_db(at)
                if int(message_id) not in first or when < first[int(message_id)]:
                    first[int(message_id)] = when
        young = sorted((m, at) for m, at in first.items() if at >= since)
        return young, len(young) < len(first)

    async def last_greeting(self, chat_id: int) -> datetime | None:
        """When a stranger in this chat was last given the neutral greeting."""
        row = await self._one(
            "SELECT max(at) FROM contact_log WHERE chat_id = ? AND kind = 'greeting-sent'",
            (chat_id,))
        return None if row is None or row[0] is None else from_db(row[0])
