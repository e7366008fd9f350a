"""Restarts pick up stored work; the contact log exports as CSV from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from bot.clock import FakeClock
from bot.config import Settings
from bot.runtime import Runtime, open_storage
from tests.fakebotapi import FakeBotApi
from tests.integration.harness import export_csv, join_as, new_client, plain

ROOT = Path(__file__).resolve().parents[2]


async def test_update_stored_before_a_crash_is_processed_once_after_restart(
    api: FakeBotApi, settings: Settings, clock: FakeClock
) -> None:
    user = api.user(9101, "R", "fr")
    raw = {"update_id": 77, "message": {
        "message_id": 1, "date": 0, "text": "/start",
        "from": {"id": user.id, "is_bot": False, "first_name": "R", "language_code": "fr"},
        "chat": {"id": user.id, "type": "private"}}}
    db = await open_storage(settings)
    async with db.tx() as tx:
        await tx.store_updates([(77, json.dumps(raw))], clock.now())
    await db.close()

    for _ in range(2):  # the second start must not process it again
        runtime = Runtime(settings, clock=clock)
        await runtime.start()
        await user.wait_reply(lambda m: "invitation" in plain(m.body), after=0)
        await runtime.stop()
    assert len(user.replies()) == 1


async def test_export_log_csv(api: FakeBotApi, settings: Settings, clock: FakeClock) -> None:
    runtime = Runtime(settings, clock=clock)
    await runtime.start()
    manager = await join_as(api, runtime, "casemanager", 9102, "Karim", "en")
    client = await new_client(api, manager, "Hamid", 9103, "🇫🇷 Français", "🇳🇱")
    mark = manager.mark()
    await client.send("salam, ana mrid")
    await manager.wait_reply(lambda m: "mrid" in plain(m.body), after=mark)
    await runtime.stop()

    rows = await export_csv(settings.data_dir, "log")
    assert {"time_utc", "actor_role", "direction", "kind", "person_id"} <= set(rows[0])
    assert "text" not in rows[0]
    assert {"in", "out", "internal"} <= {row["direction"] for row in rows}
    assert any(row["kind"] == "client-created" for row in rows)
    assert any(row["kind"] == "consent-given" for row in rows)
    with_text = await export_csv(settings.data_dir, "log", "--with-text")
    assert any(row["text"] == "salam, ana mrid" for row in with_text)
    assert await export_csv(settings.data_dir, "log", "--since", "2030-01-01") == []


async def test_a_broken_update_is_kept_and_the_next_ones_still_answered(
    api: FakeBotApi, settings: Settings, clock: FakeClock
) -> None:
    runtime = Runtime(settings, clock=clock)
    await runtime.start()
    try:
        user = api.user(9201, "B", "en")
        broken = api.push_update({"callback_query": {  # no "from": not a valid update
            "id": "77", "data": "lang:fr", "chat_instance": "1",
            "message": {"message_id": 1, "date": 0, "chat": {"id": user.id,
                                                            "type": "private"}}}})
        await user.send("/start")
        await user.wait_reply(lambda m: "invitation" in plain(m.body))
        assert runtime.deps is not None
        async with runtime.deps.db.tx() as tx:
            kinds = [e.kind async for e in tx.iter_log()]
        assert "processing-failed" in kinds
    finally:
        await runtime.stop()
    db = await open_storage(settings)
    try:
        async with db.tx() as tx:
            kept = await tx.failed_updates()
    finally:
        await db.close()
    assert [update_id for update_id, _ in kept] == [broken]
