"""One failure policy: a failing update, timer or send is set aside with its error (class and
place, never the words), retried where that makes sense, listed by `meldbot status`, never
dropped; a busy database is waited out, never fatal."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sqlite3
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

import bot.dispatch
import bot.ticker
from bot.cli import main
from bot.clock import FakeClock
from bot.runtime import Runtime
from bot.ticker import RETRY_DELAYS
from flows import step as real_step
from flows.core.events import Text, Tick
from storage.q_outbox import OutboxQueries
from tests.backends import backend_env, raw_rows
from tests.fakebotapi import FakeBotApi
from tests.integration.harness import join_as, new_client, plain, settle

SECRET = "ik slaap vannacht onder de brug"
Step = Callable[[Any, Any], Any]


async def until(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:  # noqa: ASYNC109
    """Until `check()` holds (polling a condition, not waiting for time to pass)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"{check.__qualname__} did not hold within {timeout}s")
        await asyncio.sleep(0.02)


async def timer(runtime: Runtime, timer_id: int) -> dict[str, Any]:
    """The timer's row, read as any other program would."""
    columns = ("id", "kind", "subject", "due_at", "done", "attempts", "error", "failed_at")
    [row] = await raw_rows(runtime.settings.data_dir,
                           f"SELECT {', '.join(columns)} FROM timers WHERE id = ?",
                           (timer_id,), runtime.settings.database_path.name)
    return dict(zip(columns, row, strict=True))


async def add_timer(runtime: Runtime, kind: str, subject: int) -> int:
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        timer_id = await tx.add_timer(kind, subject, runtime.deps.clock.now())
    runtime.ticker.wake()
    return timer_id


def failing_step(real: Step, fails: Callable[[Any], bool], times: int | None,
                 error: Callable[[], Exception]) -> tuple[Step, list[object]]:
    """`real`, but raising `error()` for the events `fails` picks, `times` times (None:
    always); the list records each failure."""
    failures: list[object] = []

    def step(ctx: Any, event: Any) -> Any:
        if fails(event) and (times is None or len(failures) < times):
            failures.append(event)
            raise error()
        return real(ctx, event)

    return step, failures


@pytest.fixture
def status_env(monkeypatch: pytest.MonkeyPatch, runtime: Runtime, tmp_path: Path
               ) -> Iterator[None]:
    """`meldbot status` as an admin runs it: MELDBOT_DATA names the bot's data folder."""
    for name in [n for n in os.environ if n.startswith(("TELEGRAM_", "MELDBOT_"))]:
        monkeypatch.delenv(name)
    for name, value in backend_env(runtime.settings.data_dir).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)  # no stray .env
    yield


async def status(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    code = await asyncio.to_thread(main, ["status", *args])
    assert code == 0
    return capsys.readouterr().out


# -- timers ---------------------------------------------------------------------------------

async def test_a_timer_that_fails_once_is_tried_again_and_then_runs(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager = await join_as(api, runtime, "casemanager", 7301, "Karim")
    client = await new_client(api, manager, "Rachid", 7302)
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        person = await tx.person_by_telegram(client.id)
    assert person is not None
    step, failures = failing_step(
        real_step, lambda e: isinstance(e, Tick) and e.kind == "person-unreachable", 1,
        lambda: RuntimeError(SECRET))
    monkeypatch.setattr(bot.ticker, "step", step)
    mark = manager.mark()
    timer_id = await add_timer(runtime, "person-unreachable", person.id)

    async def failed_once() -> bool:
        return bool((await timer(runtime, timer_id))["attempts"] == 1)

    await until(failed_once)
    row = await timer(runtime, timer_id)
    assert row["done"] == 0 and row["failed_at"] is None
    assert row["error"].startswith("RuntimeError") and SECRET not in row["error"]
    assert not [m for m in manager.replies()[mark:] if "unreachable" in plain(m.body)]

    clock.advance(RETRY_DELAYS[0] + timedelta(seconds=1))
    told = await manager.wait_reply(lambda m: "unreachable" in plain(m.body), after=mark)
    assert "Rachid" in plain(told.body)
    row = await timer(runtime, timer_id)
    assert (row["done"], row["attempts"], row["failed_at"]) == (1, 1, None)
    assert len(failures) == 1


async def test_a_timer_that_keeps_failing_is_set_aside_and_meldbot_status_lists_it(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
    status_env: None,
) -> None:
    step, failures = failing_step(
        real_step, lambda e: isinstance(e, Tick) and e.kind == "appt-noanswer", None,
        lambda: RuntimeError(SECRET))
    monkeypatch.setattr(bot.ticker, "step", step)
    timer_id = await add_timer(runtime, "appt-noanswer", 424242)
    for attempt, delay in enumerate(RETRY_DELAYS, start=1):
        async def failed(attempt: int = attempt) -> bool:
            return bool((await timer(runtime, timer_id))["attempts"] == attempt)

        await until(failed)
        assert (await timer(runtime, timer_id))["failed_at"] is None
        clock.advance(delay + timedelta(seconds=1))

    async def set_aside() -> bool:
        return (await timer(runtime, timer_id))["failed_at"] is not None

    await until(set_aside)
    row = await timer(runtime, timer_id)
    assert (row["done"], row["attempts"]) == (1, len(RETRY_DELAYS) + 1)
    assert len(failures) == len(RETRY_DELAYS) + 1
    assert runtime.crashed() is None

    shown = await status(capsys)
    line = next(li for li in shown.splitlines() if li.split()[:1] == [str(timer_id)]
                and "appt-noanswer" in li)
    assert "424242" in line and "RuntimeError at " in line
    assert re.search(r"^timers: \d+ due, 1 failed$", shown, re.MULTILINE)
    [listed] = json.loads(await status(capsys, "--json"))["failed_timers"]["newest"]
    assert (listed["timer_id"], listed["kind"], listed["subject"]) == (timer_id,
                                                                      "appt-noanswer", 424242)
    assert SECRET not in shown and SECRET not in caplog.text


# -- updates --------------------------------------------------------------------------------

async def test_a_failed_update_is_set_aside_without_the_words_and_listed(
    api: FakeBotApi, runtime: Runtime, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
    status_env: None,
) -> None:
    step, failures = failing_step(
        real_step, lambda e: isinstance(e, Text) and SECRET in e.text, None,
        lambda: ValueError(f"cannot handle {SECRET}"))
    monkeypatch.setattr(bot.dispatch, "step", step)
    caplog.set_level(logging.INFO)
    user = api.user(7401, "Sam", "en")
    await user.send(SECRET)
    sorry = await user.wait_reply()
    assert "went wrong" in plain(sorry.body)
    await user.send("/start")  # the next one is answered as usual
    await user.wait_reply(lambda m: "invitation" in plain(m.body))
    assert failures and runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        [failed] = await tx.set_aside_updates()
        logged = [e async for e in tx.iter_log(with_text=True)]
    assert failed.error.startswith("ValueError at bot/") and SECRET not in failed.error
    assert "cannot handle" not in failed.error
    assert [e.text for e in logged if e.kind == "processing-failed"] == [None]
    assert all(SECRET not in (e.text or "") for e in logged)
    assert SECRET not in caplog.text and "cannot handle" not in caplog.text
    assert not [r for r in caplog.records if r.exc_info], "no tracebacks in the log"

    shown = await status(capsys)
    assert any(li.split()[:1] == [str(failed.update_id)] and "ValueError" in li
               for li in shown.splitlines())
    assert "inbox:  0 pending, 1 failed" in shown
    assert SECRET not in shown


# -- a busy database ------------------------------------------------------------------------

@pytest.mark.sqlite_only
async def test_a_write_lock_held_past_the_busy_timeout_is_waited_out(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    """Another process (a backup, an export writing) holds the write lock for longer than
    busy_timeout while a client writes: the bot waits, then handles the message; nothing
    is set aside and the bot keeps running."""
    manager = await join_as(api, runtime, "casemanager", 7501, "Karim")
    client = await new_client(api, manager, "Youssef", 7502)
    await settle(api, runtime)
    assert runtime.deps is not None
    db = runtime.deps.db
    db._raw.execute("PRAGMA busy_timeout=50")  # each try gives up after 50 ms, not 5 s
    other = sqlite3.connect(runtime.settings.database_path, isolation_level=None,
                            check_same_thread=False)
    await asyncio.to_thread(other.execute, "BEGIN IMMEDIATE")
    try:
        waits = db.busy_waits
        mark = manager.mark()
        await client.send("ik heb morgen een afspraak bij de dokter")

        async def waiting() -> bool:
            return db.busy_waits >= waits + 3  # it met the lock, waited, met it again...

        await until(waiting)
        assert manager.mark() == mark, "nothing could be written, so nothing went out"
        assert api.pending_updates == 1, "not stored, so not confirmed to Telegram either"
    finally:
        await asyncio.to_thread(other.execute, "COMMIT")
        other.close()
    forwarded = await manager.wait_reply(lambda m: "dokter" in plain(m.body), after=mark,
                                         timeout=15)
    assert "Youssef" in plain(forwarded.body)
    await settle(api, runtime)
    assert runtime.crashed() is None
    async with db.tx() as tx:
        assert await tx.count_failed_updates() == 0
        assert await tx.count_dead_letters() == 0
        assert await tx.count_failed_timers() == 0


async def test_busy_inside_a_transaction_is_retried_never_set_aside(
    api: FakeBotApi, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """"Database is locked" in the middle of an update's, a timer's or a send's
    transaction: the same unit is done again; none is set aside, counted or lost."""
    def locked() -> Exception:
        return sqlite3.OperationalError("database is locked")

    step, update_busy = failing_step(
        real_step, lambda e: isinstance(e, Text) and e.text == "hello", 2, locked)
    monkeypatch.setattr(bot.dispatch, "step", step)
    tick_step, tick_busy = failing_step(
        real_step, lambda e: isinstance(e, Tick) and e.kind == "appt-noanswer", 2,
        locked)
    monkeypatch.setattr(bot.ticker, "step", tick_step)
    real_mark_sending = OutboxQueries.mark_sending
    send_busy: list[int] = []

    async def mark_sending(self: OutboxQueries, row_id: int) -> bool:
        if len(send_busy) < 2:
            send_busy.append(row_id)
            raise sqlite3.OperationalError("database is locked")
        return await real_mark_sending(self, row_id)

    monkeypatch.setattr(OutboxQueries, "mark_sending", mark_sending)
    user = api.user(7601, "Sam", "en")
    await user.send("hello")
    await user.wait_reply(lambda m: "invitation" in plain(m.body), timeout=10)
    timer_id = await add_timer(runtime, "appt-noanswer", 515151)

    async def ran() -> bool:
        return bool((await timer(runtime, timer_id))["done"] == 1)

    await until(ran)
    assert (len(update_busy), len(tick_busy), len(send_busy)) == (2, 2, 2)
    row = await timer(runtime, timer_id)
    assert (row["attempts"], row["failed_at"], row["error"]) == (0, None, None)
    assert len(user.replies()) == 1
    assert runtime.crashed() is None and runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        assert await tx.count_failed_updates() == 0
        assert await tx.count_dead_letters() == 0
        assert await tx.count_failed_timers() == 0
