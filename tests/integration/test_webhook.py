"""`meldbot run --webhook URL`: Telegram POSTs updates to the bot; each is committed to the
inbox before the 200, checked against the secret, stored once however often it comes, and a
failure to store answers 500 so Telegram sends it again. The fake Bot API delivers to the
registered URL the way Telegram does (fakebotapi/webhook.py)."""

from __future__ import annotations

import logging
import socket
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import FakeClock
from bot.config import ConfigError
from bot.intake import ALLOWED_UPDATES
from bot.runtime import Runtime
from bot.webhook import derive_secret
from storage.crypto import read_key_file
from storage.q_inbox import InboxQueries
from tests.conftest import make_settings
from tests.fakebotapi import FakeBotApi, FakeUser
from tests.integration.harness import join_as, plain, settle

WRONG = "not-the-secret-0123456789"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def webhook_runtime(api: FakeBotApi, data_dir: Path, clock: FakeClock, port: int) -> Runtime:
    settings = make_settings(api, data_dir, webhook_url=f"http://127.0.0.1:{port}/tg/hook",
                             webhook_port=port)
    return Runtime(settings, clock=clock)


@pytest.fixture
async def runtime(api: FakeBotApi, tmp_path: Path, clock: FakeClock) -> AsyncIterator[Runtime]:
    running = webhook_runtime(api, tmp_path / "data", clock, free_port())
    await running.start()
    yield running
    await running.stop()


def hand_made(user: FakeUser, text: str, update_id: int) -> dict[str, Any]:
    """A message update as Telegram would POST it, not queued in the fake."""
    message: dict[str, Any] = {"message_id": 10_000 + update_id, "from": user.api_user,
                               "chat": user.chat.chat, "date": 1_790_000_000, "text": text}
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0,
                                "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": message}


async def stored_ids(runtime: Runtime) -> int | None:
    """The highest update id in the inbox, read in a transaction of its own."""
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        return await tx.highest_update_id()


async def test_registers_with_the_shared_secret_and_people_are_answered(
    api: FakeBotApi, runtime: Runtime
) -> None:
    settings = runtime.settings
    assert api.state.webhook_url == settings.webhook_url
    assert api.state.webhook_secret == derive_secret(read_key_file(settings.key_path))
    assert api.state.webhook_allowed_updates == ALLOWED_UPDATES
    stranger = api.user(5001, "Noor", "en")
    await stranger.send("/start")
    assert "invitation" in plain((await stranger.wait_reply()).body).lower()
    admin = await join_as(api, runtime, "admin", 5002, "Fatima")
    assert admin.replies()
    await settle(api, runtime)
    assert all(d.status == 200 for d in api.webhook.deliveries)
    assert len(api.webhook.deliveries) == 2
    called = {call.method for call in api.calls}
    assert "getUpdates" not in called and "deleteWebhook" not in called
    assert runtime.crashed() is None


async def test_a_wrong_or_missing_secret_gets_403_and_nothing_is_stored(
    api: FakeBotApi, runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    user = api.user(5101, "Sam", "en")
    before = await stored_ids(runtime)
    assert await api.webhook.post(hand_made(user, "/start", 70_001), secret=WRONG) == 403
    assert await api.webhook.post(hand_made(user, "/start", 70_002), secret="") == 403
    await settle(api, runtime)
    assert await stored_ids(runtime) == before
    assert user.replies() == []
    assert "wrong or missing secret" in caplog.text
    assert WRONG not in caplog.text and api.state.webhook_secret not in caplog.text


async def test_the_same_update_twice_is_handled_once(api: FakeBotApi, runtime: Runtime) -> None:
    user = api.user(5201, "Sam", "en")
    await user.send("/start")
    await user.wait_reply()
    await settle(api, runtime)
    again = api.webhook.deliveries[-1].update
    assert await api.webhook.post(again) == 200  # Telegram retrying: accepted, not redone
    other = api.user(5202, "Kim", "en")
    update = hand_made(other, "/start", 70_100)
    assert await api.webhook.post(update) == 200
    assert await api.webhook.post(update) == 200
    await settle(api, runtime)
    assert (len(user.replies()), len(other.replies())) == (1, 1)


async def test_the_update_is_committed_before_the_200_a_busy_database_waited_out(
    api: FakeBotApi, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database is busy twice: the answer waits (retry_busy), and when the 200 comes
    the row is already in the inbox, as any other connection sees it."""
    real_store = InboxQueries.store_updates
    busy: list[int] = []

    async def store_updates(self: InboxQueries, rows: Any, *more: Any) -> int:
        if len(busy) < 2:
            busy.append(rows[0][0])
            raise sqlite3.OperationalError("database is locked")
        return await real_store(self, rows, *more)

    monkeypatch.setattr(InboxQueries, "store_updates", store_updates)
    user = api.user(5301, "Sam", "en")
    assert await api.webhook.post(hand_made(user, "/start", 70_200)) == 200
    assert await stored_ids(runtime) == 70_200
    assert busy == [70_200, 70_200]
    await user.wait_reply()
    assert runtime.crashed() is None


async def test_a_failure_to_store_answers_500_and_telegram_sends_it_again(
    api: FakeBotApi, runtime: Runtime, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture
) -> None:
    real_store = InboxQueries.store_updates
    failed: list[int] = []

    async def store_updates(self: InboxQueries, rows: Any, *more: Any) -> int:
        if not failed:
            failed.append(rows[0][0])
            raise OSError("disk trouble")
        return await real_store(self, rows, *more)

    monkeypatch.setattr(InboxQueries, "store_updates", store_updates)
    user = api.user(5401, "Sam", "en")
    await user.send("/start")
    await user.wait_reply()
    await settle(api, runtime)
    statuses = [d.status for d in api.webhook.deliveries if d.update["update_id"] in failed]
    assert statuses == [500, 200]
    assert len(user.replies()) == 1
    assert "could not store update" in caplog.text and "disk trouble" not in caplog.text
    assert runtime.crashed() is None


async def test_malformed_large_and_non_post_requests_are_refused(
    api: FakeBotApi, runtime: Runtime
) -> None:
    before = await stored_ids(runtime)
    assert await api.webhook.post(b"{not json") == 400
    assert await api.webhook.post(b"[1, 2]") == 400
    assert await api.webhook.post({"update_id": "7"}) == 400
    assert await api.webhook.post({"message": {}}) == 400
    assert await api.webhook.post(b'{"update_id": 1, "pad": "' + b"x" * 1_100_000 + b'"}') \
        == 413
    assert await api.webhook.post(b"", method="GET") == 405
    assert await stored_ids(runtime) == before
    user = api.user(5501, "Sam", "en")
    await user.send("/start")
    await user.wait_reply()
    assert runtime.crashed() is None


async def test_back_to_long_polling_deletes_the_webhook_and_loses_nothing(
    api: FakeBotApi, tmp_path: Path, clock: FakeClock
) -> None:
    """Stopped in webhook mode, a message comes while the bot is down (Telegram cannot
    deliver it); started again without --webhook, the bot deletes the webhook and polls it."""
    data = tmp_path / "data"
    hooked = webhook_runtime(api, data, clock, free_port())
    await hooked.start()
    user = api.user(5601, "Sam", "en")
    await user.send("/start")
    await user.wait_reply()
    await hooked.stop()
    later = api.user(5602, "Kim", "en")
    await later.send("/start")
    polling = Runtime(make_settings(api, data), clock=clock)
    await polling.start()
    try:
        await later.wait_reply()
        assert api.state.webhook_url == ""
        assert any(call.method == "getUpdates" and call.status == 200 for call in api.calls)
    finally:
        await polling.stop()


async def test_a_port_in_use_names_the_setting(
    api: FakeBotApi, tmp_path: Path, clock: FakeClock
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        blocked = webhook_runtime(api, tmp_path / "data", clock, port)
        with pytest.raises(ConfigError, match="MELDBOT_WEBHOOK_PORT"):
            await blocked.start()
    assert api.state.webhook_url == ""  # not registered: Telegram would find nobody there
    again = webhook_runtime(api, tmp_path / "data", clock, free_port())
    await again.start()  # what the failed start opened was closed (SQLite: its lock too)
    await again.stop()
