"""Shared helpers for the query mixins."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

import aiosqlite

from storage.crypto import Cipher

__all__ = ["QueryBase"]


class QueryBase:
    conn: aiosqlite.Connection
    cipher: Cipher

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """Part of the transaction that is undone alone if it fails."""
        await self.conn.execute("SAVEPOINT step")
        try:
            yield
        except BaseException:
            await self.conn.execute("ROLLBACK TO step")
            await self.conn.execute("RELEASE step")
            raise
        await self.conn.execute("RELEASE step")

    # Each helper is one hand-off to the database thread: that, not SQLite, is the cost.

    async def _one(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
        rows = await self.conn.execute_fetchall(sql, tuple(params))
        return next(iter(rows), None)

    async def _all(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        return list(await self.conn.execute_fetchall(sql, tuple(params)))

    async def _run(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Execute a write; returns how many rows it changed."""
        cursor = await self.conn.execute(sql, tuple(params))
        return int(cursor.rowcount)

    async def _insert(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Execute an INSERT; returns the new row's id."""
        cursor = await self.conn.execute(sql, tuple(params))
        return int(cursor.lastrowid or 0)

    def _seal(self, text: str | None, context: str) -> bytes | None:
        return None if text is None else self.cipher.encrypt(text, context)

    def _open(self, blob: bytes | None, context: str) -> str | None:
        return None if not blob else self.cipher.decrypt(blob, context)
