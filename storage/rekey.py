"""The key file beside its database: opening both, and `meldbot rotate-key`.

Rotation: the new key is written to `<key>.new` (0600, fsynced) first; every sealed value is
re-encrypted under it in one transaction; after the commit the current key is kept as
`<key>.old` (0600) and `<key>.new` is renamed over the key. A crash between the commit and
the rename leaves a database that only `<key>.new` opens: the next start notices (the key
check fails with the key but passes with `<key>.new`) and finishes the rename.

Processes that open the database hold a shared lock on `<database>.lock`; rotate-key takes
it exclusively, so it refuses while the bot (or an export) runs, and they wait for it."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from storage.crypto import (
    Cipher,
    WrongKeyError,
    load_or_create_key,
    new_key,
    read_key_file,
    write_key_file,
)
from storage.database import key_matches, open_database, restrict_modes
from storage.sealing import Progress, reseal_all
from storage.store import Database

__all__ = ["DatabaseInUseError", "Rotation", "open_store", "recover_key", "rotate_key"]

log = logging.getLogger(__name__)


class DatabaseInUseError(Exception):
    """Another process (the bot, an export) has the database open."""


@dataclass(frozen=True)
class Rotation:
    values: int  # sealed values re-encrypted
    seconds: float  # the transaction's duration


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _lock(database_path: Path, exclusive: bool, wait: bool) -> int:
    database_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(_sibling(database_path, ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    how = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | (0 if wait else fcntl.LOCK_NB)
    try:
        fcntl.flock(fd, how)
    except BlockingIOError:
        os.close(fd)
        raise DatabaseInUseError("the database is in use (stop the bot first)") from None
    except BaseException:
        os.close(fd)
        raise
    return fd


async def open_store(database_path: Path, key_path: Path, url: str | None = None
                     ) -> Database:
    """Open the database with the key file (created with a new database), finishing an
    interrupted rotation first. Waits while rotate-key runs. With `url`
    (MELDBOT_DATABASE_URL), the PostgreSQL database there, with the same key file."""
    if url is not None:
        from storage.pg import open_pg

        return await open_pg(url, Cipher(load_or_create_key(key_path)))
    fd = await asyncio.to_thread(_lock, database_path, False, True)
    try:
        recover_key(database_path, key_path)
        db = await open_database(database_path, Cipher(load_or_create_key(key_path)))
    except BaseException:
        os.close(fd)
        raise
    db.hold_lock(fd)
    return db


def _stored_check(database_path: Path) -> str | None:
    if not database_path.exists():
        return None
    raw = sqlite3.connect(database_path, isolation_level=None, timeout=30)
    try:
        row = raw.execute("SELECT value FROM state WHERE name = 'key_check'").fetchone()
    except sqlite3.OperationalError:  # no state table yet
        row = None
    finally:
        raw.close()
    return None if row is None else str(row[0])


def recover_key(database_path: Path, key_path: Path) -> bool:
    """If a rotation committed but did not install its key, install `<key>.new` now.
    A leftover `<key>.new` the database does not use is removed. (Hold the lock.)"""
    pending = _sibling(key_path, ".new")
    stored = _stored_check(database_path) if pending.exists() else None
    if stored is None:
        return False
    if key_path.exists() and key_matches(stored, Cipher(read_key_file(key_path))):
        pending.unlink()  # a rotation that never committed
        return False
    if not key_matches(stored, Cipher(read_key_file(pending))):
        return False
    _install(key_path)
    log.warning("finished an interrupted key rotation: %s.new installed", key_path.name)
    return True


def _install(key_path: Path) -> None:
    """Keep the current key as `<key>.old`, then rename `<key>.new` over it."""
    if key_path.exists():
        previous = _sibling(key_path, ".old")
        previous.unlink(missing_ok=True)
        write_key_file(previous, read_key_file(key_path))
    os.replace(_sibling(key_path, ".new"), key_path)
    folder = os.open(key_path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def rotate_key(database_path: Path, key_path: Path, progress: Progress | None = None
               ) -> Rotation:
    """Re-encrypt every sealed value under a new key and install it (see the module)."""
    if not database_path.exists() or not key_path.exists():
        raise FileNotFoundError("no database or key file to rotate")
    fd = _lock(database_path, exclusive=True, wait=False)
    try:
        recover_key(database_path, key_path)
        old = Cipher(read_key_file(key_path))
        fresh = new_key()
        pending = _sibling(key_path, ".new")
        pending.unlink(missing_ok=True)
        write_key_file(pending, fresh)
        try:
            rotation = _reseal(database_path, old, Cipher(fresh), progress)
        except BaseException:
            pending.unlink(missing_ok=True)
            raise
        _install(key_path)
        restrict_modes(database_path)
        return rotation
    finally:
        os.close(fd)


def _reseal(database_path: Path, old: Cipher, new: Cipher, progress: Progress | None
            ) -> Rotation:
    raw = sqlite3.connect(database_path, isolation_level=None, timeout=60)
    try:
        raw.execute("PRAGMA secure_delete=ON")
        started = time.monotonic()
        raw.execute("BEGIN IMMEDIATE")  # the write lock, for the whole re-encryption
        try:
            row = raw.execute("SELECT value FROM state WHERE name = 'key_check'").fetchone()
            if row is None or not key_matches(str(row[0]), old):
                raise WrongKeyError("the key file does not match this database")
            values = reseal_all(raw, old, new, progress)
            raw.execute("COMMIT")
        except BaseException:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raise
        seconds = time.monotonic() - started
        with contextlib.suppress(sqlite3.OperationalError):  # a reader still busy: later
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return Rotation(values=values, seconds=seconds)
    finally:
        raw.close()
