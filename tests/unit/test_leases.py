"""The duties lease on a real PostgreSQL server: one holder at a time, taken over once it
has expired, given up at once on a clean stop; and a worker that cannot renew stops its
duties before anyone else can take them."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import workers
from bot.config import load_settings
from bot.status_cli import run_status
from bot.workers import LeasedDuties
from storage import Cipher
from storage.pg import open_pg
from storage.pg_workers import Coordinator
from tests.backends import fresh_pg_database


@pytest.fixture
async def url() -> AsyncIterator[str]:
    async with fresh_pg_database("leases") as fresh:
        db = await open_pg(fresh, Cipher(bytes(32)))  # migrated: the leases table
        await db.close()
        yield fresh


async def until(check: object, timeout: float = 10.0) -> None:  # noqa: ASYNC109
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():  # type: ignore[operator]
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.02)  # polling a condition, not waiting for time to pass


async def test_one_holder_at_a_time_and_a_takeover_after_expiry(url: str) -> None:
    first = await Coordinator.connect(url, "w1")
    second = await Coordinator.connect(url, "w2")
    try:
        assert await first.hold("duties", 0.5)
        assert not await second.hold("duties", 0.5)  # held, not expired
        assert await first.hold("duties", 0.5)  # the holder renews
        assert await first.holder_of("duties") == "w1"

        async def second_takes() -> bool:
            return await second.hold("duties", 30)

        await until(second_takes)  # w1 stopped renewing: taken once expired
        assert await second.holder_of("duties") == "w2"
        assert not await first.hold("duties", 30)
        await second.release("duties")  # a clean stop: free at once
        assert await first.hold("duties", 30)
    finally:
        await first.close()
        await second.close()


async def test_two_workers_racing_for_a_free_lease_get_it_once(url: str) -> None:
    coordinators = [await Coordinator.connect(url, f"w{i}") for i in range(6)]
    try:
        won = await asyncio.gather(*(c.hold("duties", 30) for c in coordinators))
        assert sum(won) == 1
    finally:
        for coordinator in coordinators:
            await coordinator.close()


async def test_a_holder_that_cannot_renew_stops_its_duties(
        url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "RENEW_SECONDS", 0.02)
    events: list[str] = []

    async def gain() -> None:
        events.append("gain")

    async def lose(final: bool) -> None:
        events.append(f"lose final={final}")

    coordinator = await Coordinator.connect(url, "w1")
    duties = LeasedDuties(coordinator, gain, lose)
    duties.task = asyncio.create_task(duties.run())
    await until(lambda: _true(duties.held))
    real_hold = coordinator.hold

    async def database_away(name: str, seconds: float) -> bool:
        raise ConnectionError("the database is away")

    coordinator.hold = database_away  # type: ignore[method-assign]
    await until(lambda: _true(not duties.held))
    assert events == ["gain", "lose final=False"]
    coordinator.hold = real_hold  # type: ignore[method-assign]
    await until(lambda: _true(duties.held))  # back: taken again (its own lease)
    await duties.stop()
    assert events == ["gain", "lose final=False", "gain", "lose final=True"]
    checker = await Coordinator.connect(url, "w2")
    try:
        assert await checker.holder_of("duties") is None  # given up on stop
    finally:
        await checker.close()


async def _true(value: bool) -> bool:
    return value


async def test_meldbot_status_names_the_worker_holding_the_duties(
        url: str, tmp_path: Path) -> None:
    settings = load_settings({"MELDBOT_DATA": str(tmp_path),
                              "MELDBOT_DATABASE_URL": f"{url}?search_path=status"},
                             require_token=False)
    out = io.StringIO()
    assert await run_status(settings, out) == 0  # creates the schema; nobody holds them
    assert "duties: no worker holds them" in out.getvalue()
    worker = await Coordinator.connect(f"{url}?search_path=status", "vm:4242:abc123")
    try:
        assert await worker.hold("duties", 30)
        out = io.StringIO()
        assert await run_status(settings, out, as_json=True) == 0
        duties = json.loads(out.getvalue())["duties"]
        assert duties["worker"] == "vm:4242:abc123" and 0 < duties["lease_seconds_left"] <= 30
    finally:
        await worker.close()
    assert url.split("@")[0] not in out.getvalue()  # never the URL
