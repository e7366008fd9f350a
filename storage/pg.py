"""The PostgreSQL backend (`MELDBOT_DATABASE_URL=postgresql://…`): the same repositories
(`Tx` and its mixins, one SQL text for both backends) on an asyncpg connection.

The SQL is written once, with `?` placeholders and what both SQLite and PostgreSQL accept;
`_pg_sql` turns the placeholders into `$1, $2, …` (outside string literals) and adds
`RETURNING id` to an insert, once per statement text.

Several workers may run the same code at once. Transactions are REPEATABLE READ: one
snapshot, and a row another worker changed meanwhile cannot be changed (first writer wins).
Such a conflict (40001, or a deadlock, 40P01) is a *busy* error (`is_busy`), on which the
caller does the whole transaction again (bot/failures.retry_busy), as with SQLite's lock.
(SERIALIZABLE's predicate locks are per index page on small tables, so two workers handling
different people would abort each other often.) Each process uses one connection, one
transaction at a time, like the SQLite backend."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from storage.crypto import Cipher, WrongKeyError
from storage.database import _migrations
from storage.queries import Tx
from storage.sealing import KEY_CHECK

__all__ = ["PgDatabase", "PgTx", "is_pg_busy", "open_pg", "pg_migrations"]

log = logging.getLogger(__name__)

# serialization failure, deadlock, lock not available, too many connections, admin shutdown
# of one backend (a failover): the transaction is done again
_BUSY = {"40001", "40P01", "55P03", "53300", "57P01"}


def is_pg_busy(error: BaseException) -> bool:
    code = getattr(error, "sqlstate", None)
    if code in _BUSY:
        return True
    return isinstance(error, (asyncpg.exceptions.ConnectionDoesNotExistError,
                              asyncpg.exceptions.InterfaceError)) and \
        "connection" in str(error).lower() and "closed" in str(error).lower()


_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\?")
_EMPTY_IN = re.compile(r"(?<!NOT)\s+IN\s*\(\s*\)", re.IGNORECASE)
_EMPTY_NOT_IN = re.compile(r"\s+NOT\s+IN\s*\(\s*\)", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _pg_sql(sql: str, returning_id: bool = False) -> str:
    """SQLite's `?` placeholders as `$n` (a `?` inside a string literal stays)."""
    count = 0

    def number(match: re.Match[str]) -> str:
        nonlocal count
        if match.group(0) != "?":
            return match.group(0)
        count += 1
        return f"${count}"

    text = _PLACEHOLDER.sub(number, sql)
    # SQLite takes an empty list (`IN ()`, from an empty Python list); PostgreSQL an array
    text = _EMPTY_NOT_IN.sub(" <> ALL('{}')", _EMPTY_IN.sub(" = ANY('{}')", text))
    if returning_id and "RETURNING" not in text.upper():
        text += " RETURNING id"
    return text


def _count(status: str) -> int:
    """The row count of a command tag ("UPDATE 3", "INSERT 0 1", "DELETE 0")."""
    tail = status.rsplit(" ", 1)[-1]
    return int(tail) if tail.isdigit() else 0


class PgTx(Tx):
    """`Tx` on an asyncpg connection inside an open transaction."""

    dialect = "postgresql"

    def __init__(self, pg: asyncpg.Connection, cipher: Cipher) -> None:
        self.pg = pg
        self.cipher = cipher

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        async with self.pg.transaction():  # nested: a savepoint
            yield

    async def _one(self, sql: str, params: Iterable[Any] = ()) -> Any:
        return await self.pg.fetchrow(_pg_sql(sql), *params)

    async def _all(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        return list(await self.pg.fetch(_pg_sql(sql), *params))

    async def _run(self, sql: str, params: Iterable[Any] = ()) -> int:
        return _count(await self.pg.execute(_pg_sql(sql), *params))

    async def _insert(self, sql: str, params: Iterable[Any] = ()) -> int:
        value = await self.pg.fetchval(_pg_sql(sql, returning_id=True), *params)
        return int(value or 0)

    async def _stream(self, sql: str, params: Iterable[Any] = ()) -> AsyncIterator[Any]:
        async for row in self.pg.cursor(_pg_sql(sql), *params, prefetch=500):
            yield row

    async def unprocessed_updates(self, limit: int = 100) -> list[tuple[int, str]]:
        """The next updates this worker may handle, oldest first, locked until its
        transaction ends; those another worker holds are skipped. One person's updates stay
        in order: an update whose sender has an earlier one still unhandled outside this
        batch (another worker holds it) waits for a later batch. With one worker this is
        the whole inbox in order, as on SQLite. A worker that dies releases its rows with
        its connection."""
        rows = await self.pg.fetch(
            "WITH mine AS (SELECT update_id, sender, payload FROM inbox"
            " WHERE processed_at IS NULL ORDER BY update_id LIMIT $1 FOR UPDATE SKIP LOCKED)"
            " SELECT m.update_id, m.payload FROM mine m WHERE NOT EXISTS ("
            " SELECT 1 FROM inbox e WHERE e.processed_at IS NULL AND e.sender = m.sender"
            " AND e.update_id < m.update_id"
            " AND e.update_id NOT IN (SELECT update_id FROM mine))"
            " ORDER BY m.update_id", limit)
        return [(row[0], self._open_row("inbox", "payload", row[0], row[1]) or "{}")
                for row in rows]


class PgDatabase:
    """One connection, one transaction at a time (as `storage.database.Database`)."""

    dialect = "postgresql"

    def __init__(self, conn: asyncpg.Connection, cipher: Cipher, url: str) -> None:
        self._conn = conn
        self._cipher = cipher
        self.url = url
        self._lock = asyncio.Lock()
        self.busy_waits = 0

    @property
    def connection(self) -> asyncpg.Connection:
        """For the worker's leases and claims (storage/leases.py), between transactions."""
        return self._conn

    def hold_lock(self, fd: int) -> None:  # pragma: no cover - SQLite's file lock only
        raise NotImplementedError

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Tx]:
        """A snapshot; anything written through it is undone (a dry run counts that way)."""
        async with self._lock:
            transaction = self._conn.transaction(isolation="repeatable_read")
            await transaction.start()
            try:
                yield PgTx(self._conn, self._cipher)
            finally:
                await asyncio.shield(transaction.rollback())

    @asynccontextmanager
    async def tx(self) -> AsyncIterator[Tx]:
        """One REPEATABLE READ transaction: one snapshot, and a row another worker changed
        meanwhile cannot be changed here (first writer wins). That conflict raises a busy
        error; nothing of the transaction stays, and the caller does it again."""
        async with self._lock:
            transaction = self._conn.transaction(isolation="repeatable_read")
            await transaction.start()
            try:
                yield PgTx(self._conn, self._cipher)
            except BaseException:
                await asyncio.shield(_rollback(transaction))
                raise
            await asyncio.shield(transaction.commit())

    async def close(self) -> None:
        async with self._lock:
            await self._conn.close()


async def _rollback(transaction: Any) -> None:
    # the connection may be gone: the server undoes the transaction then
    with contextlib.suppress(asyncpg.exceptions.InterfaceError,
                             asyncpg.exceptions.PostgresError):
        await transaction.rollback()


def pg_migrations() -> list[tuple[int, str, str]]:
    return _migrations("migrations_pg")


_BASELINE = 15  # migrations_pg/0015_baseline.sql stands for SQLite's 0001-0015
_MIGRATION_LOCK = 0x6D656C64  # "meld": one process migrates at a time


async def _migrate(conn: asyncpg.Connection) -> None:
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATION_LOCK)
        if await conn.fetchval("SELECT current_schema()") is None:
            # the URL names a schema (?search_path=team_utrecht) that is not there yet: one
            # database may hold several installations, each in its own schema
            first = str(await conn.fetchval("SHOW search_path")).split(",")[0].strip()
            await conn.execute(f"CREATE SCHEMA IF NOT EXISTS {_identifier(first)}")
        await conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations"
                           " (version BIGINT PRIMARY KEY, name TEXT)")
        done = {row[0] for row in await conn.fetch("SELECT version FROM schema_migrations")}
        for version, name, sql in pg_migrations():
            if version in done:
                continue
            log.info("applying migration %s (PostgreSQL)", name)
            await conn.execute(sql)
            covered = range(1, version + 1) if version == _BASELINE else (version,)
            await conn.executemany(
                "INSERT INTO schema_migrations VALUES ($1, $2) ON CONFLICT DO NOTHING",
                [(number, name) for number in covered])


def _identifier(name: str) -> str:
    if not re.fullmatch(r'"?[A-Za-z_][A-Za-z0-9_]{0,62}"?', name):
        raise ValueError("MELDBOT_DATABASE_URL: search_path must name one plain schema")
    return name


async def _check_key(conn: asyncpg.Connection, cipher: Cipher) -> None:
    stored = await conn.fetchval("SELECT value FROM state WHERE name = 'key_check'")
    if stored is None:
        sealed = cipher.encrypt(KEY_CHECK, "key_check").hex()
        await conn.execute("INSERT INTO state VALUES ('key_check', $1) ON CONFLICT DO NOTHING",
                           sealed)
        stored = await conn.fetchval("SELECT value FROM state WHERE name = 'key_check'")
    try:
        matches = cipher.decrypt(bytes.fromhex(str(stored)), "key_check") == KEY_CHECK
    except (WrongKeyError, ValueError):
        matches = False
    if not matches:
        raise WrongKeyError("the key file does not match this database")


async def connect_pg(url: str, settings: Mapping[str, str] | None = None
                     ) -> asyncpg.Connection:
    conn: asyncpg.Connection = await asyncpg.connect(
        url, server_settings={"application_name": "meldbot", **(settings or {})})
    return conn


async def open_pg(url: str, cipher: Cipher) -> PgDatabase:
    """Connect, migrate (one process at a time) and check the key."""
    conn = await connect_pg(url)
    try:
        await _migrate(conn)
        await _check_key(conn, cipher)
    except BaseException:
        await conn.close()
        raise
    return PgDatabase(conn, cipher, url)
