"""What several workers on one PostgreSQL database share besides the data: leases (one
worker at a time holds a duty, on the server's clock, so every worker agrees) and wake-up
notifications (the triggers of migrations_pg/0016 tell every worker of new inbox, outbox
and timer rows when the transaction that wrote them commits).

A second connection per worker does this, outside the data transactions, so that renewing
a lease never waits behind a long transaction."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket
from collections.abc import Callable
from typing import Any

import asyncpg

from storage.pg import connect_pg

__all__ = ["Coordinator", "worker_name"]

log = logging.getLogger(__name__)
CHANNEL = "meldbot"


def worker_name() -> str:
    """This worker, as the leases name it: host, process and a random part (a restarted
    process with the same pid is another worker)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class Coordinator:
    def __init__(self, conn: asyncpg.Connection, holder: str) -> None:
        self._conn = conn
        self.holder = holder
        self._listening: Callable[..., Any] | None = None

    @classmethod
    async def connect(cls, url: str, holder: str | None = None) -> Coordinator:
        return cls(await connect_pg(url), holder or worker_name())

    async def hold(self, name: str, seconds: float) -> bool:
        """Take the lease if it is free or expired, or renew it if it is ours. True if this
        worker holds it for `seconds` from now (the server's clock)."""
        row = await self._conn.fetchrow(
            "INSERT INTO leases (name, holder, expires_at)"
            " VALUES ($1, $2, clock_timestamp() + make_interval(secs => $3))"
            " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
            " expires_at = excluded.expires_at"
            " WHERE leases.holder = excluded.holder OR leases.expires_at < clock_timestamp()"
            " RETURNING holder", name, self.holder, float(seconds))
        return row is not None

    async def release(self, name: str) -> None:
        """Give the lease up at once (a clean stop: another worker takes over now)."""
        await self._conn.execute("DELETE FROM leases WHERE name = $1 AND holder = $2",
                                 name, self.holder)

    async def lease(self, name: str) -> tuple[str, float] | None:
        """Who holds the lease now and for how many more seconds (None: nobody)."""
        row = await self._conn.fetchrow(
            "SELECT holder, extract(epoch FROM expires_at - clock_timestamp())"
            " FROM leases WHERE name = $1 AND expires_at >= clock_timestamp()", name)
        return None if row is None else (str(row[0]), float(row[1]))

    async def holder_of(self, name: str) -> str | None:
        value = await self._conn.fetchval(
            "SELECT holder FROM leases WHERE name = $1 AND expires_at >= clock_timestamp()",
            name)
        return None if value is None else str(value)

    async def listen(self, on_table: Callable[[str], None]) -> None:
        """Call `on_table("inbox" | "outbox" | "timers")` when another transaction (of any
        worker) committed new rows there."""
        def received(_conn: object, _pid: int, _channel: str, payload: str) -> None:
            on_table(payload)

        self._listening = received
        await self._conn.add_listener(CHANNEL, received)

    def alive(self) -> bool:
        return not self._conn.is_closed()

    async def close(self) -> None:
        if self._conn.is_closed():
            return
        if self._listening is not None:
            with contextlib.suppress(asyncpg.exceptions.InterfaceError,
                                     asyncpg.exceptions.PostgresError):
                await self._conn.remove_listener(CHANNEL, self._listening)
        await self._conn.close()
