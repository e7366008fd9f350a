"""Opening the database, applying migrations, and the one way in: a transaction."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import aiosqlite

from storage.crypto import Cipher, WrongKeyError
from storage.queries import Tx
from storage.sealing import KEY_CHECK, seal_rows_0011

__all__ = ["SqliteDatabase", "is_sqlite_busy", "key_matches", "open_database", "restrict_modes"]

log = logging.getLogger(__name__)


class SqliteDatabase:
    """Owns the connection. All reads and writes go through `tx()`, one at a time."""

    dialect = "sqlite"

    def __init__(self, conn: aiosqlite.Connection, raw: sqlite3.Connection,
                 cipher: Cipher) -> None:
        self._conn = conn
        self._raw = raw
        self._cipher = cipher
        self._lock = asyncio.Lock()
        self.busy_waits = 0  # times BEGIN found the database locked by another process
        self._lock_fd: int | None = None

    def hold_lock(self, fd: int) -> None:
        """Keep this open file (a lock on the database, see storage/rekey.py) until close."""
        self._lock_fd = fd

    async def _begin(self, how: str) -> None:
        """BEGIN, waiting out a lock another process holds (an export, a backup, a second
        worker) however long it takes: busy is never fatal. Each try already waits
        busy_timeout; between tries the wait doubles up to 5 s, and every try is logged."""
        pause = 0.05
        while True:
            try:
                if await _to_the_end(self._conn.execute(how)):
                    await _to_the_end(self._conn.rollback())
                    raise asyncio.CancelledError
                return
            except sqlite3.OperationalError as error:
                if not is_sqlite_busy(error):
                    raise
                self.busy_waits += 1
                log.warning("database busy (%s); waiting %.2f s and trying again",
                            self.busy_waits, pause)
                await asyncio.sleep(pause)
                pause = min(pause * 2, 5.0)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Tx]:
        """A read-only snapshot (BEGIN DEFERRED in WAL mode): it never takes the write lock,
        so a long export does not hold up the bot. Anything written through it is undone."""
        async with self._lock:
            await self._begin("BEGIN DEFERRED")
            try:
                yield Tx(self._conn, self._raw, self._cipher)
            finally:
                await _to_the_end(self._conn.rollback())

    @asynccontextmanager
    async def tx(self) -> AsyncIterator[Tx]:
        """One transaction. Cancelling the task that holds it never leaves it open: BEGIN,
        COMMIT and ROLLBACK run on aiosqlite's thread to their end, then it is undone (or,
        if it committed, kept) and the cancellation goes on."""
        async with self._lock:
            await self._begin("BEGIN IMMEDIATE")
            try:
                yield Tx(self._conn, self._raw, self._cipher)
            except BaseException:
                await _to_the_end(self._conn.rollback())
                raise
            try:
                cancelled = await _to_the_end(self._conn.commit())
            except BaseException:
                if self._raw.in_transaction:  # e.g. SQLITE_BUSY or a full disk
                    await _to_the_end(self._conn.rollback())
                raise
            if cancelled:
                raise asyncio.CancelledError

    async def close(self) -> None:
        async with self._lock:
            await self._conn.close()
            if self._lock_fd is not None:
                os.close(self._lock_fd)
                self._lock_fd = None


async def _to_the_end(step: Awaitable[object]) -> bool:
    """Await a step on aiosqlite's thread to its end even if this task is cancelled
    meanwhile (the thread would carry on regardless); True if it was cancelled."""
    future = asyncio.ensure_future(step)
    cancelled = False
    while True:
        try:
            await asyncio.shield(future)
            return cancelled
        except asyncio.CancelledError:
            if future.cancelled():
                raise
            cancelled = True


def _migrations(folder_name: str = "migrations") -> list[tuple[int, str, str]]:
    """(number, file name, SQL) of `storage/<folder_name>/NNNN_*.sql`, in order (PostgreSQL
    has its own folder, storage/pg.py)."""
    folder = resources.files("storage") / folder_name
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


# Data steps: Python run after a migration's SQL, in its transaction, on the connection
# (they need the key). A migration with one is followed by VACUUM and a WAL truncation, so
# what it rewrote is gone from the file's free pages and from the WAL.
DataStep = Callable[[sqlite3.Connection, Cipher], None]
_DATA_STEPS: dict[int, DataStep] = {11: seal_rows_0011}


async def _migrate(conn: aiosqlite.Connection, raw: sqlite3.Connection, cipher: Cipher,
                   up_to: int | None = None) -> None:
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT)"
    )
    async with conn.execute("SELECT version FROM schema_migrations") as cursor:
        done = {row[0] for row in await cursor.fetchall()}
    compact = False
    # Foreign keys are off while migrating so that a migration may rebuild a table (the
    # procedure of sqlite.org/lang_altertable.html); they are checked before each commit.
    await conn.execute("PRAGMA foreign_keys=OFF")
    try:
        for version, name, sql in _migrations():
            if version in done or (up_to is not None and version > up_to):
                continue
            step = _DATA_STEPS.get(version)
            if step is not None:
                await _check_key(conn, cipher)  # never rewrite data under a wrong key
            log.info("applying migration %s", name)
            await conn.executescript(
                f"BEGIN;\n{sql}\nINSERT INTO schema_migrations VALUES ({version}, '{name}');"
            )
            if step is not None:
                try:
                    step(raw, cipher)
                except BaseException:
                    await conn.execute("ROLLBACK")
                    raise
                compact = True
            async with conn.execute("PRAGMA foreign_key_check") as cursor:
                broken = await cursor.fetchall()
            if broken:
                await conn.execute("ROLLBACK")
                raise RuntimeError(f"migration {name} leaves broken foreign keys")
            await conn.execute("COMMIT")
    finally:
        await conn.execute("PRAGMA foreign_keys=ON")
    if compact:
        await conn.execute("VACUUM")
        await conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


async def _check_key(conn: aiosqlite.Connection, cipher: Cipher) -> None:
    async with conn.execute("SELECT value FROM state WHERE name = 'key_check'") as cursor:
        row = await cursor.fetchone()
    if row is None:
        sealed = cipher.encrypt(KEY_CHECK, "key_check").hex()
        await conn.execute("INSERT INTO state VALUES ('key_check', ?)", (sealed,))
        await conn.commit()
        return
    if not key_matches(str(row[0]), cipher):
        raise WrongKeyError("the key file does not match this database")


def key_matches(stored: str, cipher: Cipher) -> bool:
    """The key check value of `state` decrypts with this cipher."""
    try:
        return cipher.decrypt(bytes.fromhex(stored), "key_check") == KEY_CHECK
    except (WrongKeyError, ValueError):
        return False


def restrict_modes(path: Path) -> None:
    """Data folder 0700; the database, its WAL and shared memory 0600 (files made by an
    older version were 0644/0755)."""
    with contextlib.suppress(OSError):  # not ours to change (e.g. a shared temp folder)
        os.chmod(path.parent, 0o700)
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path.parent / name, 0o600)


async def open_database(path: Path, cipher: Cipher, *, up_to: int | None = None
                        ) -> SqliteDatabase:
    """Open (creating if needed) the database file, migrate it and check the key.
    `up_to` stops at that migration (tests of a migration build the database before it)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    opened: list[sqlite3.Connection] = []

    def connect() -> sqlite3.Connection:  # runs on aiosqlite's thread
        # Statements inside a transaction run on the loop's thread (see QueryBase), so the
        # connection may be used from both; Database lets one transaction run at a time.
        raw = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        opened.append(raw)
        return raw

    restrict_modes(path)
    old_umask = os.umask(0o077)  # the database, WAL and SHM are created 0600
    try:
        conn = await aiosqlite.Connection(connect, iter_chunk_size=64)
        try:
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA synchronous=FULL")
            await conn.execute("PRAGMA foreign_keys=ON")
            await conn.execute("PRAGMA busy_timeout=5000")
            await conn.execute("PRAGMA secure_delete=ON")  # deleted content is overwritten
            await _migrate(conn, opened[0], cipher, up_to)
            await _check_key(conn, cipher)
        except BaseException:
            await conn.close()
            raise
    finally:
        os.umask(old_umask)
    restrict_modes(path)
    return SqliteDatabase(conn, opened[0], cipher)


def is_sqlite_busy(error: BaseException) -> bool:
    """The database is locked or busy: another process (an export, a backup, a second
    worker) holds it for a while. Never the work's fault: the caller waits and does the
    same transaction again. (SQLite's errors are storage's business, not the bot's.)"""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    text = str(error).lower()
    return "locked" in text or "busy" in text
