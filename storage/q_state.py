"""The small key-value store (table `state`): values the bot keeps between transactions,
such as the newest version of an alert's card."""

from __future__ import annotations

from storage.q_base import QueryBase

__all__ = ["StateQueries"]


class StateQueries(QueryBase):
    async def get_value(self, name: str) -> str | None:
        row = await self._one("SELECT value FROM state WHERE name = ?", (name,))
        return None if row is None else str(row[0])

    async def set_value(self, name: str, value: str) -> None:
        await self._run(
            "INSERT INTO state (name, value) VALUES (?, ?)"
            " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (name, value),
        )
