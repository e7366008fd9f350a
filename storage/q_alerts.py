"""Alerts and their messages (timers: storage/q_timers.py)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import aiosqlite

from storage.models import Alert, AlertMessage
from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["AlertQueries"]

_COLUMNS = (
    "id, client_id, casemanager_id, source, categories, severity, status, created_at,"
    " last_message_at, message_count, terms, claimed_at, claimed_by, resolved_at, resolved_by,"
    " escalations, replies, street_contact_id"
)


def _maybe(text: str | None) -> datetime | None:
    return None if text is None else from_db(text)


class AlertQueries(QueryBase):
    def _alert(self, row: aiosqlite.Row) -> Alert:
        terms = json.loads(self._open_row("alerts", "terms", row[0], row[10]) or "[]")
        categories = self._open_row("alerts", "categories", row[0], row[4]) or ""
        return Alert(
            id=row[0], client_id=row[1], casemanager_id=row[2], source=row[3],
            categories=tuple(c for c in categories.split(",") if c), severity=row[5],
            status=row[6], created_at=from_db(row[7]), last_message_at=from_db(row[8]),
            message_count=row[9], terms=tuple(terms), claimed_at=_maybe(row[11]),
            claimed_by=row[12], resolved_at=_maybe(row[13]), resolved_by=row[14],
            escalations=row[15], replies=row[16], street_contact_id=row[17],
        )

    async def alert(self, alert_id: int) -> Alert | None:
        row = await self._one(f"SELECT {_COLUMNS} FROM alerts WHERE id = ?", (alert_id,))
        return None if row is None else self._alert(row)

    async def open_alert_for(self, client_id: int) -> Alert | None:
        row = await self._one(
            f"SELECT {_COLUMNS} FROM alerts WHERE client_id = ? AND status != 'resolved'"
            " ORDER BY id DESC LIMIT 1", (client_id,))
        return None if row is None else self._alert(row)

    async def open_alerts(self) -> list[Alert]:
        rows = await self._all(
            f"SELECT {_COLUMNS} FROM alerts WHERE status != 'resolved' ORDER BY created_at")
        return [self._alert(row) for row in rows]

    async def all_alerts(self, since: datetime | None = None) -> list[Alert]:
        rows = await self._all(
            f"SELECT {_COLUMNS} FROM alerts WHERE created_at >= ? ORDER BY id",
            (to_db(since) if since else "",))
        return [self._alert(row) for row in rows]

    async def create_alert(
        self, *, client_id: int | None, casemanager_id: int | None, source: str,
        categories: tuple[str, ...], severity: str, terms: tuple[str, ...], now: datetime,
        street_contact_id: int | None = None,
    ) -> int:
        return await self._insert_sealed(
            "alerts",
            {"client_id": client_id, "casemanager_id": casemanager_id, "source": source,
             "severity": severity, "created_at": to_db(now), "last_message_at": to_db(now),
             "message_count": 0, "street_contact_id": street_contact_id},
            {"categories": ",".join(categories),
             "terms": json.dumps(list(terms), ensure_ascii=False)})

    async def touch_alert(self, alert_id: int) -> None:
        """Write the alert's row without changing it. Recording a sent card does this, so
        that it and a concurrent change of the alert (which writes the row too) cannot both
        commit on PostgreSQL (first writer wins; the other is done again and sees the
        first): else the new card could miss the change and the change miss the new card.
        With SQLite's one writer it changes nothing."""
        await self._run("UPDATE alerts SET id = id WHERE id = ?", (alert_id,))

    async def update_alert(self, alert_id: int, **fields: Any) -> None:
        allowed = {"status", "claimed_at", "claimed_by", "resolved_at", "resolved_by",
                   "severity", "categories", "escalations", "replies"}
        if set(fields) - allowed:
            raise ValueError(f"not editable: {sorted(set(fields) - allowed)}")
        if "categories" in fields:
            given = fields["categories"]
            fields["categories"] = self._seal_row(
                "alerts", "categories", alert_id,
                given if isinstance(given, str) else ",".join(given))
        values = [to_db(v) if isinstance(v, datetime) else v for v in fields.values()]
        names = ", ".join(f"{name} = ?" for name in fields)
        await self._run(f"UPDATE alerts SET {names} WHERE id = ?", (*values, alert_id))

    async def add_alert_message(self, alert_id: int, at: datetime, direction: str, kind: str,
                                text: str | None) -> None:
        await self._insert_sealed(
            "alert_messages",
            {"alert_id": alert_id, "at": to_db(at), "direction": direction, "kind": kind},
            {"text": text})
        if direction == "in":
            await self._run(
                "UPDATE alerts SET message_count = message_count + 1, last_message_at = ?"
                " WHERE id = ?", (to_db(at), alert_id))

    async def alert_messages(self, alert_id: int, limit: int = 5) -> list[AlertMessage]:
        rows = await self._all(
            "SELECT at, direction, kind, text, id FROM alert_messages WHERE alert_id = ?"
            " ORDER BY id DESC LIMIT ?", (alert_id, limit))
        return [AlertMessage(from_db(r[0]), r[1], r[2],
                             self._open_row("alert_messages", "text", r[4], r[3]))
                for r in reversed(rows)]

    async def sent_cards(self, ref: str) -> list[tuple[int, int, int | None, str | None]]:
        """(chat id, message id, person id, language) of every sent card with this ref."""
        rows = await self._all(
            "SELECT chat_id, telegram_message_id, person_id, language FROM outbox"
            " WHERE ref = ? AND status = 'sent' AND telegram_message_id IS NOT NULL"
            " AND kind = 'message'", (ref,))
        return [(int(r[0]), int(r[1]), r[2], r[3]) for r in rows]

    async def card_chats(self, ref: str) -> set[int]:
        """Chats that have (or are about to get) a message with this ref."""
        rows = await self._all(
            "SELECT DISTINCT chat_id FROM outbox WHERE ref = ? AND kind = 'message'"
            " AND status IN ('pending', 'sending', 'sent')", (ref,))
        return {int(r[0]) for r in rows}

    async def ref_of_message(self, chat_id: int, message_id: int) -> str | None:
        """What a message is about; None for a message about several (cards sent together
        in a group): a reply to it cannot tell which of them it answers."""
        rows = await self._all(
            "SELECT DISTINCT ref FROM outbox WHERE chat_id = ? AND telegram_message_id = ?"
            " LIMIT 2", (chat_id, message_id))
        return rows[0][0] if len(rows) == 1 else None
