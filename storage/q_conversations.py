"""Conversation state of the flows, one row per person (or unknown chat)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from storage.q_base import QueryBase
from storage.timefmt import to_db

__all__ = ["ConversationQueries"]


class ConversationQueries(QueryBase):
    async def load_state(self, key: str) -> dict[str, Any] | None:
        row = await self._one("SELECT state FROM conversations WHERE person_key = ?", (key,))
        text = None if row is None else self._open_row("conversations", "state", key, row[0])
        return None if text is None else dict(json.loads(text))

    async def save_state(self, key: str, state: dict[str, Any] | None, now: datetime) -> None:
        if state is None:
            await self._run("DELETE FROM conversations WHERE person_key = ?", (key,))
            return
        sealed = self._seal_row("conversations", "state", key,
                                json.dumps(state, ensure_ascii=False))
        await self._run(
            "INSERT INTO conversations (person_key, state, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(person_key) DO UPDATE SET state = excluded.state,"
            " updated_at = excluded.updated_at",
            (key, sealed, to_db(now)),
        )
