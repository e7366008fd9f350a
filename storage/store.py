"""What the bot needs of a database, whichever backend: `tx()`, `read()`, `close()`."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Protocol

from storage.database import is_sqlite_busy
from storage.pg import is_pg_busy
from storage.queries import Tx

__all__ = ["Database", "is_busy"]


class Database(Protocol):
    """SQLite (storage/database.py, the embedded default) or PostgreSQL (storage/pg.py)."""

    dialect: str
    busy_waits: int

    def tx(self) -> AbstractAsyncContextManager[Tx]:
        """One read-write transaction (a busy error: do it again, bot/failures.py)."""
        ...

    def read(self) -> AbstractAsyncContextManager[Tx]:
        """A read-only snapshot."""
        ...

    async def close(self) -> None: ...


def is_busy(error: BaseException) -> bool:
    """Not the work's fault: another process holds the database (SQLite's lock) or another
    worker's transaction conflicted with this one (PostgreSQL's serialization failure or
    deadlock). The caller waits and does the same transaction again."""
    return is_sqlite_busy(error) or is_pg_busy(error)
