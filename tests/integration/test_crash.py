"""The real `meldbot run` process, killed with SIGKILL mid-work, loses no update."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from storage import open_store
from tests.backends import backend_env, database_url
from tests.conftest import TOKEN
from tests.fakebotapi import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]


def _env(api: FakeBotApi, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "MELDBOT_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=api.api_url,
               TELEGRAM_API_FILE_URL=api.file_url, **backend_env(data),
               MELDBOT_RATE_PER_CHAT="50", PYTHONPATH=str(ROOT))
    return env


@asynccontextmanager
async def bot_process(api: FakeBotApi, data: Path) -> AsyncIterator[asyncio.subprocess.Process]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", env=_env(api, data), cwd=data.parent,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
        await process.wait()


async def _unprocessed(data: Path) -> int:
    db = await open_store(data / "meldbot.sqlite3", data / "secret.key", database_url(data))
    try:
        async with db.tx() as tx:
            return await tx.count_unprocessed_updates()
    finally:
        await db.close()


async def test_sigkill_after_intake_loses_nothing(api: FakeBotApi, tmp_path: Path) -> None:
    data = tmp_path / "data"
    users = [api.user(8000 + i, f"U{i}", "en") for i in range(150)]
    for user in users:
        await user.send("/start")
    async with bot_process(api, data) as first:
        await api.wait_for(lambda: api.confirmed_offset >= 150, timeout=30)
        first.send_signal(signal.SIGKILL)
        await first.wait()
    left = await _unprocessed(data)
    assert left > 0, "the kill should land between intake and processing"
    async with bot_process(api, data) as second:
        await api.wait_for(lambda: all(u.replies() for u in users), timeout=60)
        second.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(second.wait(), timeout=30) == 0
    per_chat = Counter(m.chat_id for m in api.sent)
    assert all(per_chat[u.id] >= 1 for u in users)
    duplicates = sum(n - 1 for n in per_chat.values())
    assert duplicates <= 8, "at most the sends in flight at the kill are repeated"
    assert await _unprocessed(data) == 0
