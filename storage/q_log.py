"""The contact log and flag feedback (the key-value store: storage/q_state.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

from storage.models import FlagFeedback, LogEntry
from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["LogQueries"]


class LogQueries(QueryBase):
    async def log(self, entry: LogEntry) -> None:
        await self._insert_sealed(
            "contact_log",
            {"at": to_db(entry.at), "actor_id": entry.actor_id, "actor_role": entry.actor_role,
             "person_id": entry.person_id, "direction": entry.direction, "kind": entry.kind,
             "chat_id": entry.chat_id, "message_id": entry.message_id,
             "update_id": entry.update_id},
            {"text": entry.text})

    async def iter_log(
        self, since: datetime | None = None, with_text: bool = False
    ) -> AsyncIterator[LogEntry]:
        async for row in self._stream(
            "SELECT at, actor_id, actor_role, person_id, direction, kind, chat_id, message_id,"
            " update_id, text, id FROM contact_log WHERE at >= ? ORDER BY at, id",
            (to_db(since) if since else "",),
        ):
            yield LogEntry(
                at=from_db(row[0]), actor_id=row[1], actor_role=row[2], person_id=row[3],
                direction=row[4], kind=row[5], chat_id=row[6], message_id=row[7],
                update_id=row[8],
                text=self._open_row("contact_log", "text", row[10], row[9])
                if with_text else None,
            )

    async def logged_text(self, update_id: int) -> tuple[int, str | None] | None:
        """The person who sent this update and their words, as the contact log keeps them."""
        row = await self._one(
            "SELECT person_id, text, id FROM contact_log WHERE update_id = ?"
            " AND direction = 'in' AND person_id IS NOT NULL ORDER BY id LIMIT 1", (update_id,))
        return None if row is None else (
            int(row[0]), self._open_row("contact_log", "text", row[2], row[1]))

    async def add_flag_feedback(self, *, at: datetime, kind: str, alert_id: int | None,
                                client_id: int | None, staff_id: int | None,
                                language: str | None, categories: tuple[str, ...],
                                severity: str | None, text: str | None) -> int:
        return await self._insert_sealed(
            "flag_feedback",
            {"created_at": to_db(at), "kind": kind, "alert_id": alert_id,
             "client_id": client_id, "staff_id": staff_id, "language": language,
             "severity": severity},
            {"categories": ",".join(categories), "text": text})

    async def flag_feedback(self) -> list[FlagFeedback]:
        rows = await self._all(
            "SELECT id, created_at, kind, alert_id, client_id, staff_id, language, categories,"
            " severity, text FROM flag_feedback ORDER BY id")
        return [FlagFeedback(
            id=row[0], created_at=from_db(row[1]), kind=row[2], alert_id=row[3],
            client_id=row[4], staff_id=row[5], language=row[6],
            categories=tuple(c for c in (self._open_row("flag_feedback", "categories", row[0],
                                                        row[7]) or "").split(",") if c),
            severity=row[8], text=self._open_row("flag_feedback", "text", row[0], row[9]))
            for row in rows]

    async def sent_since(self, since: datetime) -> list[datetime]:
        """When the bot's recorded calls to Telegram since then were made."""
        rows = await self._all(
            "SELECT at FROM contact_log WHERE at >= ? AND direction = 'out' ORDER BY at",
            (to_db(since),))
        return [from_db(row[0]) for row in rows]

    async def count_inbound(self, person_id: int, since: datetime) -> int:
        """Messages (not commands or button taps) a person sent since then."""
        row = await self._one(
            "SELECT count(*) FROM contact_log WHERE person_id = ? AND direction = 'in'"
            " AND at >= ? AND kind NOT LIKE 'command:%' AND kind != 'button'",
            (person_id, to_db(since)))
        return 0 if row is None else int(row[0])
