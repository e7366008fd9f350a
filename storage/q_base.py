"""Shared helpers for the query mixins."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from typing import Any

import aiosqlite

from storage.crypto import Cipher, row_context

__all__ = ["QueryBase"]


class QueryBase:
    """Statements run inline on the event loop's thread, on the connection that aiosqlite
    opened: inside a transaction that already holds SQLite's write lock (taken by `BEGIN
    IMMEDIATE` on aiosqlite's thread) an indexed statement takes some microseconds, while a
    hand-off to aiosqlite's thread and back costs 0.1-0.2 ms of loop round trip, ten times
    more. What can wait on a lock or the disk (BEGIN, COMMIT with its fsync, a checkpoint)
    and what streams a whole table (exports) still goes through aiosqlite's thread (`conn`).
    `Database` lets only one transaction run at a time, so the two never overlap."""

    conn: aiosqlite.Connection
    raw: sqlite3.Connection
    cipher: Cipher
    dialect: str  # "sqlite" or "postgresql" (storage/pg.py)

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """Part of the transaction that is undone alone if it fails."""
        self.raw.execute("SAVEPOINT step")
        try:
            yield
        except BaseException:
            self.raw.execute("ROLLBACK TO step")
            self.raw.execute("RELEASE step")
            raise
        self.raw.execute("RELEASE step")

    # The helpers stay coroutines so that a query can move back to the database thread
    # without touching its callers.

    async def _one(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.raw.execute(sql, tuple(params)).fetchone()
        return row

    async def _all(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return self.raw.execute(sql, tuple(params)).fetchall()

    async def _run(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Execute a write; returns how many rows it changed."""
        return self.raw.execute(sql, tuple(params)).rowcount

    async def _insert(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Execute an INSERT; returns the new row's id."""
        return self.raw.execute(sql, tuple(params)).lastrowid or 0

    async def _insert_sealed(self, table: str, plain: Mapping[str, Any],
                             sealed: Mapping[str, str | None]) -> int:
        """INSERT a row whose `sealed` values are bound to its id (`_seal_row`). The id is
        not known before the insert, so the row goes in with empty placeholders (or NULL)
        and the sealed values follow in an UPDATE of that id, in the same transaction: no
        other reader sees the placeholder, and this works with any backend's ids."""
        columns = [*plain, *sealed]
        values = [*plain.values(), *(None if v is None else b"" for v in sealed.values())]
        row_id = await self._insert(
            f"INSERT INTO {table} ({', '.join(columns)})"
            f" VALUES ({', '.join('?' * len(columns))})", values)
        filled = {name: text for name, text in sealed.items() if text is not None}
        if filled:
            await self._run(
                f"UPDATE {table} SET {', '.join(f'{name} = ?' for name in filled)}"
                " WHERE id = ?",
                (*(self._seal_row(table, name, row_id, text) for name, text in filled.items()),
                 row_id))
        return row_id

    async def _stream(self, sql: str, params: Iterable[Any] = ()) -> AsyncIterator[Any]:
        """Rows one by one, fetched on aiosqlite's thread (a whole table for an export)."""
        async with self.conn.execute(sql, tuple(params)) as cursor:
            async for row in cursor:
                yield row

    def _seal_row(self, table: str, column: str, row: object, text: str | None
                  ) -> bytes | None:
        """Encrypt a value bound to its table, column and row ("outbox.payload#12")."""
        return self._seal(text, row_context(table, column, row))

    def _open_row(self, table: str, column: str, row: object, blob: bytes | None
                  ) -> str | None:
        """Decrypt a value sealed with `_seal_row`; WrongKeyError if it was moved."""
        return self._open(blob, row_context(table, column, row))

    def _seal(self, text: str | None, context: str) -> bytes | None:
        return None if text is None else self.cipher.encrypt(text, context)

    def _open(self, blob: bytes | None, context: str) -> str | None:
        return None if not blob else self.cipher.decrypt(blob, context)
