"""Three real `meldbot run` workers on one PostgreSQL database: a burst from many people,
and the worker holding the polling lease killed with SIGKILL in the middle of it."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import aiohttp
import asyncpg
import pytest

from bot.clock import FakeClock
from bot.runtime import Runtime
from fakebotapi.webhook import SECRET_HEADER
from tests.backends import fresh_pg_database
from tests.conftest import TOKEN, make_settings
from tests.fakebotapi import FakeBotApi
from tests.integration.test_webhook import free_port, hand_made

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[2]
USERS, MESSAGES = 90, 4  # 360 updates; each person's in order


@pytest.fixture
async def url() -> AsyncIterator[str]:
    """A database of its own on the PostgreSQL server (the machines and CI run one)."""
    async with fresh_pg_database("workers") as fresh:
        yield fresh


def _env(api: FakeBotApi, data: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MELDBOT_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=api.api_url,
               TELEGRAM_API_FILE_URL=api.file_url, MELDBOT_DATA=str(data),
               MELDBOT_DATABASE_URL=url, PYTHONPATH=str(ROOT))
    return env  # Telegram's own limits: 30 messages a second, 1 a second per chat


async def _holder(url: str) -> str | None:
    conn = await asyncpg.connect(url)
    try:
        if await conn.fetchval("SELECT to_regclass('leases')") is None:
            return None  # not migrated yet
        value = await conn.fetchval("SELECT holder FROM leases WHERE name = 'duties'"
                                    " AND expires_at > clock_timestamp()")
        return None if value is None else str(value)
    finally:
        await conn.close()


async def _rows(url: str, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(url)
    try:
        return list(await conn.fetch(sql))
    finally:
        await conn.close()


async def test_three_workers_share_the_work_and_survive_a_sigkill(
        api: FakeBotApi, tmp_path: Path, url: str) -> None:
    data = tmp_path / "data"
    env = _env(api, data, url)
    workers = [await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
        for _ in range(3)]
    try:
        holder = await _wait_value(lambda: _holder(url), timeout=60)
        users = [api.user(9000 + i, f"P{i}", "en") for i in range(USERS)]
        for n in range(MESSAGES):
            for user in users:
                await user.send(f"hallo {n}")
        # in the middle of the burst: stored and partly answered
        await api.wait_for(lambda: api.confirmed_offset >= USERS * MESSAGES // 3, 60)
        killed = next(w for w in workers if f":{w.pid}:" in holder)
        killed.send_signal(signal.SIGKILL)
        await killed.wait()
        taken = await _wait_value(lambda: _other_holder(url, holder), timeout=15)
        assert f":{killed.pid}:" not in taken
        await api.wait_for(lambda: all(u.replies() for u in users), timeout=90)
        await api.wait_for(lambda: api.pending_updates == 0, timeout=30)
        await _wait_value(lambda: _all_processed(url), timeout=60)
        for worker in workers:
            if worker.returncode is None:
                worker.send_signal(signal.SIGTERM)
        for worker in workers:
            if worker is not killed:
                assert await asyncio.wait_for(worker.wait(), timeout=30) == 0
    finally:
        for worker in workers:
            if worker.returncode is None:
                worker.kill()
                await worker.wait()

    # nothing lost: every update handled exactly once, each person's in the order sent
    logged = await _rows(url, "SELECT chat_id, update_id FROM contact_log"
                              " WHERE direction = 'in' ORDER BY id")
    assert Counter(r["update_id"] for r in logged) == Counter(
        {u: 1 for u in range(1, USERS * MESSAGES + 1)})
    per_chat: dict[int, list[int]] = {}
    for row in logged:
        per_chat.setdefault(row["chat_id"], []).append(row["update_id"])
    assert all(ids == sorted(ids) for ids in per_chat.values())
    assert len(per_chat) == USERS
    # every person answered; at most one message repeated by the killed worker
    answers = Counter(m.chat_id for m in api.sent)
    assert all(answers[u.id] >= 1 for u in users)
    expected = await _rows(url, "SELECT chat_id, count(*) AS n FROM outbox"
                                " WHERE status = 'sent' GROUP BY chat_id")
    duplicates = sum(answers[r["chat_id"]] - r["n"] for r in expected)
    assert 0 <= duplicates <= 1
    # Telegram's limits held for the three together
    assert api.peak_rate("send", 1.0) <= 30
    assert api.sends_per_chat_peak(1.0) <= 1
    assert not [c for c in api.calls if c.status == 429]


async def _other_holder(url: str, before: str) -> str | None:
    now = await _holder(url)
    return now if now is not None and now != before else None


async def _all_processed(url: str) -> bool | None:
    [row] = await _rows(url, "SELECT count(*) AS n FROM inbox WHERE processed_at IS NULL")
    return True if row["n"] == 0 else None


async def _wait_value(probe: Callable[[], Awaitable[T | None]],
                      timeout: float = 30.0) -> T:  # noqa: ASYNC109
    """Until `await probe()` gives a value (looked at every 50 ms; a condition, not a sleep)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = await probe()
        if value is not None:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.05)


async def test_two_webhook_workers_behind_a_load_balancer_keep_each_persons_order(
        api: FakeBotApi, tmp_path: Path, clock: FakeClock, url: str) -> None:
    """Telegram's posts spread over two workers (as a load balancer would, one person's
    messages alternating between them): each update handled once, in each person's order,
    each person answered once, sends by the lease holder only."""
    ports = [free_port(), free_port()]
    runtimes = [Runtime(make_settings(
        api, tmp_path / "data", database_url=url, webhook_port=port,
        webhook_url=f"http://127.0.0.1:{port}/tg/hook"), clock=clock) for port in ports]
    for runtime in runtimes:
        await runtime.start()
    try:
        users = [api.user(9500 + i, f"W{i}", "en") for i in range(20)]
        update_id = 0
        async with aiohttp.ClientSession() as session:
            for n in range(3):
                for user in users:
                    update_id += 1
                    port = ports[update_id % 2]
                    async with session.post(
                            f"http://127.0.0.1:{port}/tg/hook",
                            json=hand_made(user, f"hallo {n}", update_id),
                            headers={SECRET_HEADER: str(api.state.webhook_secret)}) as answer:
                        assert answer.status == 200  # stored and committed
        await api.wait_for(lambda: all(u.replies() for u in users), timeout=30)
        await _wait_value(lambda: _all_processed(url), timeout=30)
        held = [r for r in runtimes if r.duties.held]
        assert len(held) == 1
    finally:
        for runtime in runtimes:
            await runtime.stop()
    logged = await _rows(url, "SELECT chat_id, update_id FROM contact_log"
                              " WHERE direction = 'in' ORDER BY id")
    assert sorted(r["update_id"] for r in logged) == list(range(1, update_id + 1))
    per_chat: dict[int, list[int]] = {}
    for row in logged:
        per_chat.setdefault(row["chat_id"], []).append(row["update_id"])
    assert len(per_chat) == len(users) and all(ids == sorted(ids) for ids in per_chat.values())
    assert Counter(m.chat_id for m in api.sent) == Counter({u.id: 1 for u in users})
