"""Shared helpers for the query mixins."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

import aiosqlite

from storage.crypto import Cipher

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

    def _seal(self, text: str | None, context: str) -> bytes | None:
        return None if text is None else self.cipher.encrypt(text, context)

    def _open(self, blob: bytes | None, context: str) -> str | None:
        return None if not blob else self.cipher.decrypt(blob, context)
