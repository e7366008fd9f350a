"""Which database the tests run on: SQLite (the default) or, with
MELDBOT_TEST_BACKEND=postgresql, the PostgreSQL server on 127.0.0.1:5432 (the machines and
CI run one). The PostgreSQL run gets a fresh database for the session (dropped at its end) and
a schema of its own for each data folder, so each test starts empty and a restarted bot
(the same data folder) finds its data again."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import os
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import asyncpg

from storage import Database, open_store
from storage.pg import _pg_sql

__all__ = [
    "BACKEND",
    "admin_sql",
    "backend_env",
    "database_url",
    "drop_session_database",
    "fresh_pg_database",
    "make_session_database",
    "on_postgresql",
    "open_test_store",
    "raw_rows",
    "raw_rows_sync",
    "stored_content",
]

BACKEND = os.environ.get("MELDBOT_TEST_BACKEND", "sqlite").strip() or "sqlite"
SERVER = os.environ.get("MELDBOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
_SESSION = f"meldbot_test_{os.getpid()}"
T = TypeVar("T")


def on_postgresql() -> bool:
    return BACKEND == "postgresql"


def _on(database: str) -> str:
    return SERVER.rsplit("/", 1)[0] + "/" + database


def database_url(data_dir: Path) -> str | None:
    """The PostgreSQL URL that belongs to this data folder (None on SQLite)."""
    if not on_postgresql():
        return None
    schema = "t_" + hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:20]
    return f"{_on(_SESSION)}?search_path={schema}"


def backend_env(data_dir: Path) -> dict[str, str]:
    """The environment of a `meldbot` process on this data folder."""
    env = {"MELDBOT_DATA": str(data_dir)}
    url = database_url(data_dir)
    if url is not None:
        env["MELDBOT_DATABASE_URL"] = url
    return env


async def open_test_store(folder: Path) -> Database:
    return await open_store(folder / "db.sqlite3", folder / "secret.key", database_url(folder))


async def admin_sql(sql: str) -> None:
    """One statement on the server's maintenance database (CREATE/DROP DATABASE)."""
    conn = await asyncpg.connect(SERVER)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def make_session_database() -> None:
    asyncio.run(admin_sql(f"DROP DATABASE IF EXISTS {_SESSION}"))
    asyncio.run(admin_sql(f"CREATE DATABASE {_SESSION}"))


def drop_session_database() -> None:
    asyncio.run(admin_sql(f"DROP DATABASE IF EXISTS {_SESSION} WITH (FORCE)"))


async def raw_rows(folder: Path, sql: str, params: tuple[object, ...] = (),
                   database_name: str = "db.sqlite3") -> list[tuple[object, ...]]:
    """Read the stored rows as any other program would, bypassing the repository (`?`
    placeholders; the folder's SQLite file or its PostgreSQL schema)."""
    url = database_url(folder)
    if url is None:
        conn = sqlite3.connect(folder / database_name)
        try:
            return list(conn.execute(sql, params).fetchall())
        finally:
            conn.close()
    pg = await asyncpg.connect(url)
    try:
        return [tuple(row) for row in await pg.fetch(_pg_sql(sql), *params)]
    finally:
        await pg.close()


def stored_content(data_dir: Path, database_name: str = "meldbot.sqlite3") -> bytes:
    """Everything the database holds, as bytes to search for words that must not be there:
    SQLite's file and WAL after a checkpoint (free pages included); on PostgreSQL every
    table of the schema as COPY text (sealed values appear as hex there)."""
    url = database_url(data_dir)
    if url is None:
        path = data_dir / database_name
        conn = sqlite3.connect(path, timeout=30)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        wal = path.with_name(path.name + "-wal")
        return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    return _in_thread(lambda: _dump(url))


async def _dump(url: str) -> bytes:
    conn = await asyncpg.connect(url)
    try:
        out = io.BytesIO()
        for row in await conn.fetch("SELECT tablename FROM pg_tables"
                                    " WHERE schemaname = current_schema() ORDER BY 1"):
            await conn.copy_from_query(f'SELECT * FROM "{row[0]}"', output=out)
        return out.getvalue()
    finally:
        await conn.close()


@contextlib.asynccontextmanager
async def fresh_pg_database(tag: str) -> AsyncIterator[str]:
    """A PostgreSQL database of its own (dropped after), whichever backend the run tests:
    for what only PostgreSQL has (several workers, its schema beside SQLite's)."""
    name = f"meldbot_{tag}_{os.getpid()}"
    await admin_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    await admin_sql(f"CREATE DATABASE {name}")
    try:
        yield _on(name)
    finally:
        await admin_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def raw_rows_sync(folder: Path, sql: str, params: tuple[object, ...] = (),
                  database_name: str = "db.sqlite3") -> list[tuple[object, ...]]:
    """`raw_rows` for sync code (a test's predicate), also while the bot's loop runs."""
    return _in_thread(lambda: raw_rows(folder, sql, params, database_name))


def _in_thread(work: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to its end on a loop of its own, in a thread: callable from sync code
    (a test's predicate) while the bot's loop runs in this thread."""
    result: list[T] = []
    thread = threading.Thread(target=lambda: result.append(asyncio.run(work())))
    thread.start()
    thread.join()
    return result[0]
