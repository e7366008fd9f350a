"""The small key-value store (table `state`): values the bot keeps between transactions,
such as the newest version of an alert's card (a secret: sealed, bound to its name)."""

from __future__ import annotations

from storage.q_base import QueryBase

__all__ = ["StateQueries"]


class StateQueries(QueryBase):
    async def get_value(self, name: str) -> str | None:
        row = await self._one("SELECT value FROM state WHERE name = ?", (name,))
        return None if row is None else str(row[0])

    async def set_value(self, name: str, value: str) -> None:
        await self.set_value_raw(name, value)

    async def get_secret(self, name: str) -> str | None:
        """A value stored with `set_secret`: decrypted, checked to belong to this name."""
        row = await self._one("SELECT value FROM state WHERE name = ?", (name,))
        if row is None:
            return None
        value = row[0]  # bytes (SQLite) or hex text (PostgreSQL)
        return self._open(bytes.fromhex(value) if isinstance(value, str) else value,
                          f"state:{name}")

    async def set_secret(self, name: str, value: str) -> None:
        sealed = self._seal(value, f"state:{name}")
        # a BLOB in SQLite (rotate-key finds it by its type); hex in PostgreSQL's TEXT column
        await self.set_value_raw(name, sealed if sealed is None or self.dialect == "sqlite"
                                 else sealed.hex())

    async def set_value_raw(self, name: str, value: str | bytes | None) -> None:
        await self._run(
            "INSERT INTO state (name, value) VALUES (?, ?)"
            " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    async def delete_values(self, *names: str) -> int:
        if not names:
            return 0
        return await self._run(
            f"DELETE FROM state WHERE name IN ({','.join('?' * len(names))})", names)
