"""Which database the tests run on: SQLite (the default) or, with
MELDBOT_TEST_BACKEND=postgresql, the PostgreSQL server on 127.0.0.1:5432 (the machines and
CI run one). The PostgreSQL run gets a fresh database for the session (dropped at its end) and
a schema of its own for each data folder, so each test starts empty and a restarted bot
(the same data folder) finds its data again."""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import sqlite3
from pathlib import Path

import asyncpg

from storage import Database, open_store

__all__ = ["BACKEND", "backend_env", "database_url", "drop_session_database",
           "make_session_database", "on_postgresql", "open_test_store", "raw_rows"]

BACKEND = os.environ.get("MELDBOT_TEST_BACKEND", "sqlite").strip() or "sqlite"
SERVER = os.environ.get("MELDBOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
_SESSION = f"meldbot_test_{os.getpid()}"


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


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(SERVER)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def make_session_database() -> None:
    asyncio.run(_admin(f"DROP DATABASE IF EXISTS {_SESSION}"))
    asyncio.run(_admin(f"CREATE DATABASE {_SESSION}"))


def drop_session_database() -> None:
    asyncio.run(_admin(f"DROP DATABASE IF EXISTS {_SESSION} WITH (FORCE)"))


async def raw_rows(folder: Path, sql: str, params: tuple[object, ...] = ()
                   ) -> list[tuple[object, ...]]:
    """Read the stored rows as any other program would, bypassing the repository (`?`
    placeholders; the folder's SQLite file or its PostgreSQL schema)."""
    url = database_url(folder)
    if url is None:
        conn = sqlite3.connect(folder / "db.sqlite3")
        try:
            return list(conn.execute(sql, params).fetchall())
        finally:
            conn.close()
    count = 0

    def number(_: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"${count}"

    pg = await asyncpg.connect(url)
    try:
        return [tuple(row) for row in await pg.fetch(re.sub(r"\?", number, sql), *params)]
    finally:
        await pg.close()
