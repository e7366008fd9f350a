"""`meldbot export` while the bot is busy: it reads a snapshot, the bot never stops."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.clock import FakeClock
from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi
from tests.integration.harness import export_csv, join_as, new_client, plain


async def test_exports_during_a_burst_lose_nothing_and_the_bot_keeps_running(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 7101, "Karim", "en")
    client = await new_client(api, manager, "Youssef", 7102)
    assert runtime.settings.data_dir is not None
    data = runtime.settings.data_dir
    mark = manager.mark()

    async def burst() -> None:
        for number in range(40):
            await client.send(f"bericht nummer {number} over de markt")
            await asyncio.sleep(0)

    exports = [export_csv(data, report) for report in
               ("log", "alerts", "appointments", "checkins", "contacts", "flag-feedback")]
    results = await asyncio.gather(burst(), *exports)
    assert all(isinstance(rows, list) for rows in results[1:])
    clock.advance(timedelta(minutes=1, seconds=1))  # the collected flood goes out
    await api.wait_for(lambda: all(
        any(f"nummer {n} " in plain(m.body) for m in manager.replies()[mark:])
        for n in range(40)), timeout=20)
    assert runtime.crashed() is None
    log = await export_csv(data, "log")
    assert len([r for r in log if r["person_id"] and r["kind"] == "text"
                and r["direction"] == "in"]) >= 40
