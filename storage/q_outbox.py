"""The durable outbox: every message that leaves, with its due time and fate."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from storage.models import OutboxRow
from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["DeadLetter", "OutboxQueries"]


@dataclass(frozen=True)
class DeadLetter:
    """A message given up on: ids, kind, error and when, never its payload."""

    id: int
    chat_id: int
    person_id: int | None
    kind: str
    error: str
    attempts: int
    dead_at: datetime


_COLUMNS = ("id, person_id, chat_id, kind, payload, language, due_at, attempts, system, ref,"
            " priority")


class OutboxQueries(QueryBase):
    def _outbox_row(self, row: aiosqlite.Row) -> OutboxRow:
        payload = json.loads(self._open_row("outbox", "payload", row[0], row[4]) or "{}")
        return OutboxRow(
            id=row[0], person_id=row[1], chat_id=row[2], kind=row[3], payload=payload,
            language=row[5], due_at=from_db(row[6]), attempts=row[7], system=bool(row[8]),
            ref=row[9], priority=row[10],
        )

    async def enqueue(
        self, *, chat_id: int, kind: str, payload: dict[str, Any], now: datetime,
        due_at: datetime | None = None, person_id: int | None = None,
        language: str | None = None, system: bool = False, ref: str | None = None,
        priority: int = 2,
    ) -> int:
        return await self._insert_sealed(
            "outbox",
            {"person_id": person_id, "chat_id": chat_id, "kind": kind, "language": language,
             "due_at": to_db(due_at or now), "created_at": to_db(now), "system": int(system),
             "ref": ref, "priority": priority},
            {"payload": json.dumps(payload, ensure_ascii=False)})

    async def raise_priority(self, row_id: int, priority: int) -> None:
        """A pending row becomes at least this urgent (a merged edit of an urgent card)."""
        await self._run("UPDATE outbox SET priority = ? WHERE id = ? AND priority > ?",
                         (priority, row_id, priority))

    async def due_outbox(self, now: datetime, limit: int = 50,
                         skip_chats: Iterable[int] = (), one_per_chat: bool = False,
                         hold_edits: Iterable[int] = ()) -> list[OutboxRow]:
        """Pending rows due by `now`, most urgent first (priority, then due time, then id;
        in a group, sends before edits of the same priority),
        leaving out the chats in `skip_chats` (busy or paced ones, so they never hold up the
        others); rows of stopped people wait (unless system). With `one_per_chat`, one row
        per chat (what the sender can start at once): a chat's most urgent row, except in a
        client's own chat, which keeps its order (its oldest due row, the chat placed by its
        most urgent one). Edits to the chats in `hold_edits` wait (groups keeping the rest of
        their minute for new messages). Only the rows returned are decrypted."""
        skip = sorted(set(skip_chats))
        not_in = f" AND o.chat_id NOT IN ({','.join('?' * len(skip))})" if skip else ""
        held = sorted(set(hold_edits))
        if held:
            not_in += (f" AND NOT (o.kind = 'edit' AND o.chat_id IN"
                       f" ({','.join('?' * len(held))}))")
        light = await self._all(
            "SELECT o.id, o.chat_id, p.role = 'client' FROM outbox o"
            " LEFT JOIN people p ON p.id = o.person_id"
            " WHERE o.status = 'pending' AND o.due_at <= ?"
            f" AND (o.system = 1 OR p.id IS NULL OR p.stopped = 0){not_in}"
            # in a group (the team chat, 20 a minute) a new card goes before an edit of an
            # older one of the same priority: the group's minute is spent on news first
            " ORDER BY o.priority, o.chat_id < 0 AND o.kind = 'edit', o.due_at, o.id LIMIT ?",
            (to_db(now), *skip, *held, limit * 8 if one_per_chat else limit),
        )
        chosen: list[int] = []
        seen: set[int] = set()
        for row_id, chat_id, to_client in light:
            if one_per_chat and chat_id in seen:
                continue
            seen.add(chat_id)
            chosen.append(await self._oldest_due(chat_id, now) if one_per_chat and to_client
                          else row_id)
            if len(chosen) >= limit:
                break
        if not chosen:
            return []
        rows = await self._all(
            f"SELECT {_COLUMNS} FROM outbox WHERE id IN ({','.join('?' * len(chosen))})",
            chosen)
        by_id = {row[0]: row for row in rows}
        return [self._outbox_row(by_id[row_id]) for row_id in chosen]

    async def waiting_cards(self, chat_id: int, now: datetime, besides: int, limit: int
                            ) -> list[OutboxRow]:
        """Other alert cards due in this chat and not sent yet, most urgent first: they can
        go out together with the one being sent (a group gets 20 messages a minute)."""
        rows = await self._all(
            f"SELECT {_COLUMNS} FROM outbox WHERE status = 'pending' AND chat_id = ?"
            " AND kind = 'message' AND ref LIKE 'alert:%' AND due_at <= ? AND id != ?"
            " ORDER BY priority, due_at, id LIMIT ?", (chat_id, to_db(now), besides, limit))
        return [self._outbox_row(row) for row in rows]

    async def _oldest_due(self, chat_id: int, now: datetime) -> int:
        row = await self._one(
            "SELECT id FROM outbox WHERE status = 'pending' AND chat_id = ? AND due_at <= ?"
            " ORDER BY due_at, id LIMIT 1", (chat_id, to_db(now)))
        assert row is not None  # the caller just saw one
        return int(row[0])

    async def next_due_at(self) -> datetime | None:
        row = await self._one(
            "SELECT min(o.due_at) FROM outbox o LEFT JOIN people p ON p.id = o.person_id"
            " WHERE o.status = 'pending' AND (o.system = 1 OR p.id IS NULL OR p.stopped = 0)"
        )
        return None if row is None or row[0] is None else from_db(row[0])

    async def mark_sending(self, row_id: int) -> bool:
        changed = await self._run(
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1"
            " WHERE id = ? AND status = 'pending'",
            (row_id,),
        )
        return changed == 1

    async def mark_sent(self, row_id: int, message_id: int | None, now: datetime) -> None:
        """Sent: the payload is emptied at once (ids, times, kind and ref stay). Nothing
        reads a sent row's payload; the newest card lives in `state` (sealed)."""
        await self._run(
            "UPDATE outbox SET status = 'sent', telegram_message_id = ?, sent_at = ?,"
            " last_error = NULL, payload = ? WHERE id = ?",
            (message_id, to_db(now), b"", row_id),
        )

    async def retry_later(
        self, row_id: int, due_at: datetime, error: str, count_attempt: bool = True
    ) -> None:
        await self._run(
            "UPDATE outbox SET status = 'pending', due_at = ?, last_error = ?,"
            " attempts = attempts - ? WHERE id = ?",
            (to_db(due_at), error, 0 if count_attempt else 1, row_id),
        )

    async def mark_dead(self, row_id: int, error: str, now: datetime | None = None) -> None:
        """Give up on a row (`error` names why, never with the message's content)."""
        await self._run(
            "UPDATE outbox SET status = 'dead', last_error = ?, dead_at = ? WHERE id = ?",
            (error, None if now is None else to_db(now), row_id))

    async def dead_letters(self, limit: int = 100) -> list[DeadLetter]:
        """Messages given up on, newest first; expired ones (a reminder after its
        appointment: missed, and reported when it happened) are not failures and left out."""
        rows = await self._all(
            "SELECT id, chat_id, person_id, kind, last_error, attempts,"
            " coalesce(dead_at, due_at) FROM outbox WHERE status = 'dead'"
            " AND coalesce(last_error, '') != 'expired' ORDER BY id DESC LIMIT ?", (limit,))
        return [DeadLetter(id=r[0], chat_id=r[1], person_id=r[2], kind=r[3],
                           error=r[4] or "", attempts=r[5], dead_at=from_db(r[6]))
                for r in rows]

    async def count_dead_letters(self) -> int:
        row = await self._one(
            "SELECT count(*) FROM outbox WHERE status = 'dead'"
            " AND coalesce(last_error, '') != 'expired'")
        return 0 if row is None else int(row[0])

    async def cancel_outbox(self, ref: str) -> int:
        return await self._run(
            "UPDATE outbox SET status = 'cancelled' WHERE ref = ? AND status = 'pending'", (ref,)
        )

    async def pending_with_ref(self, ref: str, kind: str) -> list[OutboxRow]:
        rows = await self._all(
            f"SELECT {_COLUMNS} FROM outbox WHERE ref = ? AND kind = ? AND status = 'pending'"
            " ORDER BY id", (ref, kind))
        return [self._outbox_row(row) for row in rows]

    async def pending_by_ref(self, ref: str) -> OutboxRow | None:
        rows = await self._all(
            f"SELECT {_COLUMNS} FROM outbox WHERE ref = ? AND status = 'pending'"
            " ORDER BY id DESC LIMIT 1", (ref,))
        return self._outbox_row(rows[0]) if rows else None

    async def replace_payload(self, row_id: int, payload: dict[str, Any]) -> None:
        sealed = self._seal_row("outbox", "payload", row_id,
                                json.dumps(payload, ensure_ascii=False))
        await self._run("UPDATE outbox SET payload = ? WHERE id = ? AND status = 'pending'",
                        (sealed, row_id))

    async def reset_interrupted_sends(self) -> int:
        """After a crash: rows caught mid-send go out again (at most one duplicate each)."""
        return await self._run("UPDATE outbox SET status = 'pending' WHERE status = 'sending'")

    async def outbox_counts(self) -> dict[str, int]:
        rows = await self._all("SELECT status, count(*) FROM outbox GROUP BY status")
        return {row[0]: int(row[1]) for row in rows}

    async def sent_message_id(self, ref: str) -> tuple[int, int] | None:
        """(chat id, Telegram message id) of the newest sent row with this ref."""
        row = await self._one(
            "SELECT chat_id, telegram_message_id FROM outbox WHERE ref = ? AND status = 'sent'"
            " ORDER BY id DESC LIMIT 1",
            (ref,),
        )
        return None if row is None or row[1] is None else (int(row[0]), int(row[1]))
