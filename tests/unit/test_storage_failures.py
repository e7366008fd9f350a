"""What fails is set aside, never dropped: the repository's side (timers retried then set
aside, failed updates and dead letters listed without content), the busy-database policy,
and the pure decisions on delivery outcomes. A real SQLite file, no mocks."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

import storage
from bot.failures import describe_failure, retry_busy
from flows.core.delivery import Expired, Unreachable, on_delivery
from flows.core.effects import Log, Send, SetTimer, UpdatePerson
from storage import Database, is_busy
from storage.q_alerts import AlertQueries
from storage.q_log import LogQueries
from tests.backends import open_test_store, raw_rows
from tests.unit.factories import NOW

SECRET = "ik slaap onder de brug bij het station"


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_test_store(tmp_path)
    yield database
    await database.close()


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql).fetchall())
    finally:
        conn.close()


def test_every_name_storage_exports_exists() -> None:
    missing = [name for name in storage.__all__ if not hasattr(storage, name)]
    assert missing == []


def test_timers_and_the_key_value_store_have_repositories_of_their_own() -> None:
    assert not hasattr(AlertQueries, "add_timer")
    assert not hasattr(LogQueries, "set_value")


# -- timers (the street digest's timer, there from the start, is put out of the way) -------

async def test_a_failed_timer_is_tried_again_later_and_keeps_its_error(db: Database) -> None:
    async with db.tx() as tx:
        await tx.cancel_timers("street-digest", 0)
        await tx.cancel_timers("purge", 0)
        timer_id = await tx.add_timer("appt-reminder", 7, NOW)
        assert await tx.timer_failed(timer_id, "KeyError at flows/x.py:1 in f") == 1
        await tx.retry_timer(timer_id, NOW + timedelta(seconds=10))
        assert await tx.due_timers(NOW) == []
        assert await tx.count_due_timers(NOW) == 0
        [again] = await tx.due_timers(NOW + timedelta(seconds=10))
        assert (again.id, again.kind, again.subject) == (timer_id, "appt-reminder", 7)
        assert await tx.timer_failed(timer_id, "KeyError at flows/x.py:1 in f") == 2
        assert await tx.failed_timers() == []


async def test_a_timer_set_aside_is_never_due_and_is_listed(db: Database) -> None:
    async with db.tx() as tx:
        await tx.cancel_timers("street-digest", 0)
        await tx.cancel_timers("purge", 0)
        timer_id = await tx.add_timer("checkin-due", 3, NOW)
        await tx.timer_failed(timer_id, "ValueError at flows/y.py:2 in g")
        await tx.set_timer_aside(timer_id, NOW + timedelta(minutes=1))
        assert await tx.due_timers(NOW + timedelta(days=1)) == []
        assert await tx.next_timer_at() is None
        [failed] = await tx.failed_timers()
        assert await tx.count_failed_timers() == 1
    assert (failed.id, failed.kind, failed.subject, failed.attempts) == (timer_id,
                                                                        "checkin-due", 3, 1)
    assert failed.error == "ValueError at flows/y.py:2 in g"
    assert failed.failed_at == NOW + timedelta(minutes=1)


async def test_a_retry_does_not_revive_a_finished_or_cancelled_timer(db: Database) -> None:
    async with db.tx() as tx:
        await tx.cancel_timers("street-digest", 0)
        await tx.cancel_timers("purge", 0)
        timer_id = await tx.add_timer("alert-escalate", 1, NOW)
        await tx.cancel_timers("alert-escalate", 1)
        await tx.retry_timer(timer_id, NOW)
        assert await tx.due_timers(NOW) == []


# -- failed updates and dead letters: listed without what people wrote ----------------------

async def test_a_failed_update_keeps_its_error_and_is_listed_without_payload(
    db: Database, tmp_path: Path
) -> None:
    async with db.tx() as tx:
        await tx.store_updates([(1, f'{{"text": "{SECRET}"}}'), (2, "{}"), (3, "{}")], NOW)
        await tx.mark_processed(1, NOW, failed=True, error="KeyError at flows/a.py:3 in h")
        await tx.mark_processed(2, NOW)
        assert await tx.count_unprocessed_updates() == 1
        assert await tx.count_failed_updates() == 1
        [failed] = await tx.set_aside_updates()
    assert (failed.update_id, failed.error) == (1, "KeyError at flows/a.py:3 in h")
    assert failed.failed_at == NOW and failed.received_at == NOW
    assert not hasattr(failed, "payload")
    [(error, payload)] = await raw_rows(tmp_path,
                                        "SELECT error, payload FROM inbox WHERE failed = 1")
    assert error == "KeyError at flows/a.py:3 in h"
    assert isinstance(payload, bytes) and SECRET.encode() not in payload, "encrypted at rest"


async def test_dead_letters_are_listed_without_content_and_expired_ones_left_out(
    db: Database,
) -> None:
    async with db.tx() as tx:
        payload = {"key": "x", "args": {"text": SECRET}}
        dead, expired, old, sent = [
            await tx.enqueue(chat_id=40 + n, kind="message", payload=payload, now=NOW,
                             person_id=None) for n in range(4)]
        await tx.mark_dead(dead, "bad-request", NOW + timedelta(minutes=2))
        await tx.mark_dead(expired, "expired", NOW)
        await tx.mark_dead(old, "forbidden")  # as before this migration: no time given
        await tx.mark_sending(sent)
        await tx.mark_sent(sent, 9, NOW)
        letters = await tx.dead_letters()
        assert await tx.count_dead_letters() == 2
    assert [(d.id, d.chat_id, d.kind, d.error) for d in letters] == [
        (old, 42, "message", "forbidden"), (dead, 40, "message", "bad-request")]
    assert letters[0].dead_at == NOW  # its due time stands in
    assert letters[1].dead_at == NOW + timedelta(minutes=2)
    assert SECRET not in repr(letters)


async def test_the_key_value_store(db: Database) -> None:
    async with db.tx() as tx:
        assert await tx.get_value("card:1") is None
        await tx.set_value("card:1", "a")
        await tx.set_value("card:1", "b")
        assert await tx.get_value("card:1") == "b"


# -- the busy-database policy ---------------------------------------------------------------

async def test_a_busy_database_is_waited_out_and_the_unit_done_again() -> None:
    tries: list[int] = []

    async def unit() -> str:
        tries.append(1)
        if len(tries) < 3:
            raise sqlite3.OperationalError("database is locked")
        return "done"

    assert await retry_busy(unit, "test") == "done"
    assert len(tries) == 3


async def test_other_database_errors_are_not_retried() -> None:
    async def unit() -> None:
        raise sqlite3.OperationalError("no such table: nowhere")

    with pytest.raises(sqlite3.OperationalError):
        await retry_busy(unit, "test")


@pytest.mark.sqlite_only
async def test_a_lock_held_past_busy_timeout_mid_transaction_is_retried(
    db: Database, tmp_path: Path
) -> None:
    """The write lock taken by another process between our BEGIN and a statement (a
    deferred snapshot that then writes): busy, waited out, done again."""
    db._raw.execute("PRAGMA busy_timeout=20")
    other = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    tries = 0

    async def unit() -> None:
        nonlocal tries
        tries += 1
        async with db.read() as tx:
            await tx.get_value("x")  # the snapshot starts here
            if tries == 1:
                other.execute("BEGIN IMMEDIATE")
            elif other.in_transaction:
                other.execute("COMMIT")
            await tx.set_value("x", "1")  # needs the write lock: busy on the first try

    await retry_busy(unit, "test")
    other.close()
    assert tries == 2


def test_is_busy_knows_the_lock_errors_only() -> None:
    assert is_busy(sqlite3.OperationalError("database is locked"))
    assert is_busy(sqlite3.OperationalError("database table is locked"))
    assert not is_busy(sqlite3.OperationalError("disk I/O error"))
    assert not is_busy(RuntimeError("database is locked"))


def test_a_failure_is_described_by_its_class_and_place_never_its_message() -> None:
    def handler(text: str) -> None:
        raise ValueError(f"cannot handle {text!r}")

    try:
        handler(SECRET)
    except ValueError as error:
        described = describe_failure(error)
    assert described.startswith("ValueError")
    assert SECRET not in described and "cannot handle" not in described
    assert describe_failure(KeyError(SECRET)) == "KeyError"


# -- delivery outcomes: what the sender reports, what flows decide --------------------------

def test_an_expired_reminder_is_logged_missed_and_its_casemanager_told() -> None:
    event = Expired(row_id=5, person_id=10, key="appointment-reminder", notify=2,
                    notify_key="appointment-reminder-missed", args={"when": "9:00"})
    assert on_delivery(event, NOW) == (
        Log("missed:appointment-reminder", 10),
        Send("appointment-reminder-missed", {"when": "9:00"}, person_id=2))
    assert on_delivery(Expired(5, 10, "k"), NOW) == (Log("missed:k", 10),)


def test_a_person_who_blocked_the_bot_is_marked_once_and_a_lost_contact_timer_set() -> None:
    assert on_delivery(Unreachable(person_id=10, chat_id=10, already_unreachable=False),
                       NOW) == (UpdatePerson(10, {"unreachable": True}),
                                Log("unreachable", 10),
                                SetTimer("person-unreachable", 10, NOW))
    assert on_delivery(Unreachable(10, 10, already_unreachable=True), NOW) == ()
    assert on_delivery(Unreachable(None, -100, already_unreachable=False), NOW) == ()
