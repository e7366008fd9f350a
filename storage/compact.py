"""Compacting the database file after a purge or an erasure, so that removed bytes are gone
from the file and from its WAL: VACUUM rebuilds the file from the live rows only, then
`wal_checkpoint(TRUNCATE)` copies the WAL into it and empties the WAL."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

__all__ = ["compact_file", "database_file"]

log = logging.getLogger(__name__)


def compact_file(path: Path, vacuum: bool) -> bool:
    """On a connection of its own (blocking: run it on a thread), so it also works right
    after the bot's own transaction: it waits for the lock. True when the WAL was emptied."""
    conn = sqlite3.connect(path, timeout=60, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        if vacuum:
            conn.execute("VACUUM")
        for _ in range(40):
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is None or busy[0] == 0:
                return True
            time.sleep(0.25)  # a reader is still on the WAL; this thread waits, not the loop
        log.warning("the checkpoint after a purge could not complete (readers stayed)")
        return False
    finally:
        conn.close()


def database_file(raw: sqlite3.Connection) -> Path | None:
    """The file an open connection's main database lives in (None: in memory)."""
    for row in raw.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None
