"""The repository on a real SQLite file in a temporary folder. No mocks."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import stat
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest

from storage import (
    Cipher,
    Database,
    InviteOutcome,
    LogEntry,
    WrongKeyError,
    load_or_create_key,
)
from tests.backends import open_test_store, raw_rows
from tests.unit.factories import NOW

SECONDS = timedelta(seconds=1)


def migration_files() -> list[tuple[int, str, str]]:
    folder = resources.files("storage") / "migrations"
    found = [(int(entry.name[:4]), entry.name, entry.read_text(encoding="utf-8"))
             for entry in folder.iterdir() if entry.name.endswith(".sql")]
    return sorted(found)


async def open_at(folder: Path) -> Database:
    return await open_test_store(folder)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_at(tmp_path)
    yield database
    await database.close()


def raw(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Read the file as any other program would, bypassing the repository."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql, params).fetchall())
    finally:
        conn.close()


def schema(path: Path) -> list[tuple[object, ...]]:
    return raw(path, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")


# -- opening, migrations, key ---------------------------------------------------------------

def test_migrations_are_numbered_once_each_without_gaps() -> None:
    versions = [version for version, _, _ in migration_files()]
    assert versions == list(range(1, len(versions) + 1))
    assert all(name[4] == "_" for _, name, _ in migration_files())


@pytest.mark.sqlite_only
async def test_migrations_are_applied_once_and_tracked(tmp_path: Path) -> None:
    first = await open_at(tmp_path)
    async with first.tx() as tx:
        await tx.create_person(role="admin", alias="Ada", timezone="Europe/Amsterdam", now=NOW)
    await first.close()
    second = await open_at(tmp_path)  # a second open must not re-run a migration
    async with second.tx() as tx:
        assert [p.alias for p in await tx.people()] == ["Ada"]
    await second.close()
    tracked = raw(tmp_path / "db.sqlite3", "SELECT version, name FROM schema_migrations")
    assert tracked == [(version, name) for version, name, _ in migration_files()]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("already", range(len(migration_files()) + 1))
async def test_stairway_upgrade_from_any_version_equals_a_fresh_database(
    tmp_path: Path, already: int
) -> None:
    """Each migration applies in order on an empty file, and upgrading from any earlier
    version ends with exactly the schema of a fresh install."""
    fresh = tmp_path / "fresh"
    database = await open_at(fresh)
    await database.close()

    old = tmp_path / "old"
    old.mkdir()
    conn = sqlite3.connect(old / "db.sqlite3")
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT)")
    for version, name, sql in migration_files()[:already]:
        conn.executescript(sql)
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, name))
        conn.commit()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    database = await open_at(old)
    await database.close()

    assert schema(old / "db.sqlite3") == schema(fresh / "db.sqlite3")


@pytest.mark.sqlite_only
async def test_database_is_in_wal_mode_with_foreign_keys_enforced(
    db: Database, tmp_path: Path
) -> None:
    assert raw(tmp_path / "db.sqlite3", "PRAGMA journal_mode") == [("wal",)]
    async with db.tx() as tx, tx.conn.execute("PRAGMA foreign_keys") as cursor:
        assert await cursor.fetchone() == (1,)
    with pytest.raises(sqlite3.IntegrityError):
        async with db.tx() as tx:
            await tx.create_person(role="client", alias="A", timezone="UTC", now=NOW,
                                   casemanager_id=999)


def test_key_file_is_created_private_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "secret.key"
    key = load_or_create_key(path)
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_key(path) == key


@pytest.mark.parametrize("content", [b"not hex at all", b"abcd", b"\xff\xfe"])
def test_damaged_key_file_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "secret.key"
    path.write_bytes(content)
    with pytest.raises(WrongKeyError, match=r"secret\.key"):
        load_or_create_key(path)


async def test_wrong_key_on_reopen_is_a_clear_error(tmp_path: Path) -> None:
    database = await open_at(tmp_path)
    await database.close()
    (tmp_path / "secret.key").unlink()  # lost key, a new one gets created
    with pytest.raises(WrongKeyError, match="does not match"):
        await open_at(tmp_path)


def test_ciphertext_is_bound_to_its_column(tmp_path: Path) -> None:
    cipher = Cipher(load_or_create_key(tmp_path / "secret.key"))
    sealed = cipher.encrypt("hello", "log")
    assert cipher.decrypt(sealed, "log") == "hello"
    with pytest.raises(WrongKeyError):
        cipher.decrypt(sealed, "outbox")


@pytest.mark.sqlite_only
async def test_free_text_is_encrypted_at_rest(tmp_path: Path) -> None:
    secrets = {
        "log": "LOGSECRET my address is Damrak 12",
        "outbox": "OUTBOXSECRET your appointment at the clinic",
        "state": "STATESECRET Amina from Tanger",
        "inbox": "INBOXSECRET I am afraid",
    }
    database = await open_at(tmp_path)
    async with database.tx() as tx:
        await tx.log(LogEntry(at=NOW, actor_role="client", direction="in", kind="text",
                              text=secrets["log"]))
        await tx.enqueue(chat_id=7, kind="message", now=NOW,
                         payload={"key": "x", "args": {"text": secrets["outbox"]}})
        await tx.save_state("p:1", {"alias": secrets["state"]}, NOW)
        await tx.store_updates([(1, json.dumps({"text": secrets["inbox"]}))], NOW)
    async with database.tx() as tx:  # and the repository reads it all back
        assert [e.text async for e in tx.iter_log(with_text=True)] == [secrets["log"]]
        [row] = await tx.due_outbox(NOW)
        assert row.payload["args"]["text"] == secrets["outbox"]
        assert await tx.load_state("p:1") == {"alias": secrets["state"]}
        assert secrets["inbox"] in (await tx.unprocessed_updates())[0][1]
    await database.close()

    assert_not_stored_in_plain(tmp_path, [plain.split()[0] for plain in secrets.values()])


def assert_not_stored_in_plain(folder: Path, markers: list[str]) -> None:
    path = folder / "db.sqlite3"
    columns: list[object] = []
    for table, column in (("contact_log", "text"), ("outbox", "payload"),
                          ("conversations", "state"), ("inbox", "payload")):
        columns += [value for (value,) in raw(path, f"SELECT {column} FROM {table}")]
    assert len(columns) == 4 and all(isinstance(value, bytes) for value in columns)
    files = [p.read_bytes() for p in folder.glob("db.sqlite3*")]
    for marker in (m.encode() for m in markers):
        assert all(marker not in value for value in columns if isinstance(value, bytes))
        assert all(marker not in content for content in files)


async def test_log_without_text_by_default(db: Database) -> None:
    async with db.tx() as tx:
        await tx.log(LogEntry(at=NOW, actor_role="client", direction="in", kind="text",
                              actor_id=3, text="private words"))
        [entry] = [e async for e in tx.iter_log()]
    assert (entry.kind, entry.actor_id, entry.text, entry.at) == ("text", 3, None, NOW)


# -- invites --------------------------------------------------------------------------------

async def test_invite_redeems_once_then_used(db: Database) -> None:
    async with db.tx() as tx:
        admin = await tx.create_person(role="admin", alias="Ada", timezone="UTC", now=NOW)
        await tx.create_invite(code_hash="h1", role="casemanager", now=NOW, name="Sara",
                               expires_at=NOW + timedelta(days=7), created_by=admin.id)
    async with db.tx() as tx:
        first = await tx.redeem_invite("h1", NOW + timedelta(days=6), telegram_user_id=42)
        second = await tx.redeem_invite("h1", NOW + timedelta(days=6), telegram_user_id=43)
    assert first == InviteOutcome("valid", role="casemanager", name="Sara",
                                  created_by=admin.id)
    assert second == InviteOutcome("used")


@pytest.mark.parametrize(
    ("redeem_at", "status"),
    [(NOW + timedelta(days=7), "expired"), (NOW + timedelta(days=30), "expired"),
     (NOW + timedelta(days=7) - SECONDS, "valid")],
    ids=["at-expiry", "long-after", "just-before"],
)
async def test_invite_expiry(db: Database, redeem_at: datetime, status: str) -> None:
    async with db.tx() as tx:
        await tx.create_invite(code_hash="h", role="client", now=NOW,
                               expires_at=NOW + timedelta(days=7))
        outcome = await tx.redeem_invite("h", redeem_at, 42)
    assert outcome.status == status


async def test_expired_invite_stays_unused(db: Database) -> None:
    async with db.tx() as tx:
        await tx.create_invite(code_hash="h", role="client", now=NOW, expires_at=NOW)
        assert (await tx.redeem_invite("h", NOW + SECONDS, 42)).status == "expired"
        assert (await tx.redeem_invite("h", NOW + SECONDS, 42)).status == "expired"


async def test_unknown_invite(db: Database) -> None:
    async with db.tx() as tx:
        assert await tx.redeem_invite("nope", NOW, 42) == InviteOutcome("unknown")


async def test_client_invite_points_at_the_registered_client(db: Database) -> None:
    async with db.tx() as tx:
        cm = await tx.create_person(role="casemanager", alias="Cas", timezone="UTC", now=NOW)
        client = await tx.create_person(role="client", alias="Amina", timezone="Africa/Casablanca",
                                        now=NOW, casemanager_id=cm.id, language="ary")
        await tx.create_invite(code_hash="c", role="client", now=NOW, person_id=client.id,
                               expires_at=NOW + timedelta(days=7), created_by=cm.id)
        outcome = await tx.redeem_invite("c", NOW, 42)
        await tx.bind_telegram(client.id, 42, 4200)
        bound = await tx.person_by_telegram(42)
    assert (outcome.status, outcome.role, outcome.person_id) == ("valid", "client", client.id)
    assert client.consent == "pending"
    assert bound is not None and (bound.id, bound.chat_id) == (client.id, 4200)


async def test_only_known_fields_of_a_person_can_be_updated(db: Database) -> None:
    async with db.tx() as tx:
        person = await tx.create_person(role="client", alias="A", timezone="UTC", now=NOW)
        await tx.update_person(person.id, stopped=True, language="fr")
        with pytest.raises(ValueError, match="not editable"):
            await tx.update_person(person.id, telegram_user_id=1)
        updated = await tx.person(person.id)
    assert updated is not None and (updated.stopped, updated.language) == (True, "fr")


# -- inbox ----------------------------------------------------------------------------------

async def test_inbox_ignores_duplicate_update_ids_and_lists_in_order(db: Database) -> None:
    async with db.tx() as tx:
        assert await tx.store_updates([(12, "twelve"), (10, "ten")], NOW) == 2
        assert await tx.store_updates([(12, "twelve again"), (11, "eleven")], NOW) == 1
        assert await tx.unprocessed_updates() == [(10, "ten"), (11, "eleven"), (12, "twelve")]
        assert await tx.unprocessed_updates(limit=2) == [(10, "ten"), (11, "eleven")]
        assert await tx.highest_update_id() == 12


async def test_inbox_processed_keeps_no_payload_failed_keeps_it(
    db: Database, tmp_path: Path
) -> None:
    async with db.tx() as tx:
        assert await tx.highest_update_id() is None
        await tx.store_updates([(1, "ok"), (2, "broken"), (3, "waiting")], NOW)
        await tx.mark_processed(1, NOW)
        await tx.mark_processed(2, NOW, failed=True)
        assert await tx.unprocessed_updates() == [(3, "waiting")]
        # a processed id is still known: Telegram re-sending it does not re-run it
        assert await tx.store_updates([(1, "ok")], NOW) == 0
    rows = await raw_rows(tmp_path, "SELECT update_id, failed, processed_at IS NOT NULL,"
                          " payload FROM inbox ORDER BY update_id")
    assert rows[0] == (1, 0, 1, b"")
    assert rows[1][:3] == (2, 1, 1)
    assert rows[2][:3] == (3, 0, 0)
    cipher = Cipher(load_or_create_key(tmp_path / "secret.key"))
    kept = rows[1][3]
    assert isinstance(kept, bytes) and cipher.decrypt(kept, "inbox.payload#2") == "broken"


# -- outbox ---------------------------------------------------------------------------------

async def test_outbox_lists_only_due_rows_oldest_first(db: Database) -> None:
    async with db.tx() as tx:
        later = await tx.enqueue(chat_id=1, kind="message", payload={"n": "later"}, now=NOW,
                                 due_at=NOW + timedelta(hours=1))
        due_now = await tx.enqueue(chat_id=1, kind="message", payload={"n": "now"}, now=NOW)
        earlier = await tx.enqueue(chat_id=2, kind="message", payload={"n": "earlier"},
                                   now=NOW, due_at=NOW - timedelta(minutes=5))
        assert [r.id for r in await tx.due_outbox(NOW)] == [earlier, due_now]
        assert await tx.next_due_at() == NOW - timedelta(minutes=5)
        assert [r.id for r in await tx.due_outbox(NOW + timedelta(hours=1))] == [
            earlier, due_now, later]
        # a busy or paced chat is left out, so it never holds up the others
        assert [r.id for r in await tx.due_outbox(NOW, skip_chats=[2])] == [due_now]
        assert [r.id for r in await tx.due_outbox(NOW, limit=1)] == [earlier]
        [row] = [r for r in await tx.due_outbox(NOW) if r.id == due_now]
        assert [r.id for r in await tx.due_outbox(NOW + timedelta(hours=1), limit=2,
                                                  skip_chats=[1])] == [earlier]
        # what the sender can start at once: each chat's oldest row
        assert [r.id for r in await tx.due_outbox(NOW + timedelta(hours=1),
                                                  one_per_chat=True)] == [earlier, due_now]
    assert (row.chat_id, row.payload, row.attempts, row.due_at) == (1, {"n": "now"}, 0, NOW)


async def test_outbox_takes_a_chats_most_urgent_row_first_but_a_client_chat_in_order(
        db: Database) -> None:
    """A casemanager's chat: an urgent card (0) overtakes forwards (2) queued before it; a
    client's chat keeps its order, placed among the chats by its most urgent row."""
    async with db.tx() as tx:
        manager = await tx.create_person(role="casemanager", alias="K", timezone="UTC",
                                         now=NOW, chat_id=50)
        client = await tx.create_person(role="client", alias="Y", timezone="UTC", now=NOW,
                                        chat_id=60)
        forwards = [await tx.enqueue(chat_id=50, kind="copy", payload={}, now=NOW,
                                     person_id=manager.id, due_at=NOW - timedelta(minutes=1))
                    for _ in range(3)]
        card = await tx.enqueue(chat_id=50, kind="message", payload={}, now=NOW,
                                person_id=manager.id, priority=0)
        question = await tx.enqueue(chat_id=60, kind="message", payload={}, now=NOW,
                                    person_id=client.id, priority=3,
                                    due_at=NOW - timedelta(minutes=2))
        ack = await tx.enqueue(chat_id=60, kind="message", payload={}, now=NOW,
                               person_id=client.id, priority=0)
        digest = await tx.enqueue(chat_id=70, kind="message", payload={}, now=NOW, priority=3,
                                  due_at=NOW - timedelta(hours=1))
        assert [r.id for r in await tx.due_outbox(NOW)] == [
            card, ack, *forwards, digest, question]
        # one row per chat: the card in the casemanager's chat, the client's chat placed
        # by its 🆘 acknowledgement but starting with the older question
        started = await tx.due_outbox(NOW, one_per_chat=True)
        assert [r.id for r in started] == [card, question, digest]
        assert started[0].priority == 0
        await tx.raise_priority(forwards[2], 1)
        await tx.raise_priority(card, 3)  # never lowered
        assert [r.id for r in await tx.due_outbox(NOW, skip_chats=[60, 70])] == [
            card, forwards[2], forwards[0], forwards[1]]
        team_card = await tx.enqueue(chat_id=-5, kind="message", payload={}, now=NOW)
        team_edit = await tx.enqueue(chat_id=-5, kind="edit", payload={}, now=NOW,
                                     due_at=NOW - timedelta(minutes=1))
        in_team = [r.id for r in await tx.due_outbox(NOW) if r.chat_id == -5]
        assert in_team == [team_card, team_edit], "in a group, news before edits"
        held = await tx.due_outbox(NOW, hold_edits=[-5])
        assert [r.id for r in held if r.chat_id == -5] == [team_card]


async def test_outbox_holds_a_stopped_persons_rows_unless_system(db: Database) -> None:
    async with db.tx() as tx:
        person = await tx.create_person(role="client", alias="A", timezone="UTC", now=NOW,
                                        chat_id=9)
        normal = await tx.enqueue(chat_id=9, kind="message", payload={}, now=NOW,
                                  person_id=person.id)
        system = await tx.enqueue(chat_id=9, kind="message", payload={}, now=NOW,
                                  person_id=person.id, system=True)
        await tx.update_person(person.id, stopped=True)
        assert [r.id for r in await tx.due_outbox(NOW)] == [system]
        await tx.mark_sending(system)
        await tx.mark_sent(system, 555, NOW)
        assert await tx.due_outbox(NOW) == []
        assert await tx.next_due_at() is None  # nothing to wake up for while stopped
        await tx.update_person(person.id, stopped=False)
        assert [r.id for r in await tx.due_outbox(NOW)] == [normal]


async def test_mark_sending_claims_a_row_only_once(db: Database) -> None:
    async with db.tx() as tx:
        row_id = await tx.enqueue(chat_id=1, kind="message", payload={}, now=NOW)
        assert await tx.mark_sending(row_id) is True
        assert await tx.mark_sending(row_id) is False
        assert await tx.due_outbox(NOW) == []
        assert await tx.outbox_counts() == {"sending": 1}


async def test_interrupted_sends_go_out_again_after_a_restart(db: Database) -> None:
    async with db.tx() as tx:
        first = await tx.enqueue(chat_id=1, kind="message", payload={}, now=NOW)
        second = await tx.enqueue(chat_id=1, kind="message", payload={}, now=NOW)
        await tx.mark_sending(first)
        await tx.mark_sending(second)
        await tx.mark_sent(second, 77, NOW)
        assert await tx.reset_interrupted_sends() == 1
        [row] = await tx.due_outbox(NOW)
    assert (row.id, row.attempts) == (first, 1)


async def test_retry_later_and_dead_letters(db: Database) -> None:
    async with db.tx() as tx:
        row_id = await tx.enqueue(chat_id=1, kind="message", payload={}, now=NOW)
        await tx.mark_sending(row_id)
        await tx.retry_later(row_id, NOW + timedelta(seconds=30), "timed out")
        assert await tx.due_outbox(NOW) == []
        [row] = await tx.due_outbox(NOW + timedelta(seconds=30))
        assert row.attempts == 1
        await tx.mark_sending(row_id)
        await tx.retry_later(row_id, NOW + timedelta(seconds=60), "429", count_attempt=False)
        [row] = await tx.due_outbox(NOW + timedelta(seconds=60))
        assert row.attempts == 1  # a flood wait is not the message's fault
        await tx.mark_sending(row_id)
        await tx.mark_dead(row_id, "400 chat not found")
        assert await tx.due_outbox(NOW + timedelta(days=365)) == []
        assert await tx.next_due_at() is None
        assert await tx.outbox_counts() == {"dead": 1}


async def test_cancel_by_ref_cancels_only_pending_rows(db: Database) -> None:
    async with db.tx() as tx:
        sent = await tx.enqueue(chat_id=1, kind="message", payload={}, now=NOW, ref="appt:1")
        await tx.mark_sending(sent)
        await tx.mark_sent(sent, 321, NOW)
        pending = [await tx.enqueue(chat_id=1, kind="message", payload={}, now=NOW,
                                    due_at=NOW + timedelta(days=d), ref="appt:1")
                   for d in (1, 2)]
        other = await tx.enqueue(chat_id=1, kind="message", payload={}, now=NOW,
                                 due_at=NOW + timedelta(days=1), ref="appt:2")
        assert await tx.cancel_outbox("appt:1") == 2
        assert await tx.cancel_outbox("appt:1") == 0
        assert [r.id for r in await tx.due_outbox(NOW + timedelta(days=3))] == [other]
        assert await tx.outbox_counts() == {"sent": 1, "cancelled": 2, "pending": 1}
        assert await tx.sent_message_id("appt:1") == (1, 321)
        assert await tx.sent_message_id("appt:2") is None
    assert len(pending) == 2


# -- transactions ---------------------------------------------------------------------------

class Boom(Exception):
    pass


async def test_transaction_rolls_back_on_exception(db: Database) -> None:
    with pytest.raises(Boom):
        async with db.tx() as tx:
            await tx.create_person(role="admin", alias="Ada", timezone="UTC", now=NOW)
            await tx.enqueue(chat_id=1, kind="message", payload={}, now=NOW)
            await tx.save_state("p:1", {"flow": "x"}, NOW)
            raise Boom
    async with db.tx() as tx:  # and the next transaction works normally
        assert await tx.count_people() == 0
        assert await tx.due_outbox(NOW) == []
        assert await tx.load_state("p:1") is None
        await tx.set_value("k", "v")
    async with db.tx() as tx:
        assert await tx.get_value("k") == "v"


async def test_conversation_state_saved_replaced_and_cleared(db: Database) -> None:
    async with db.tx() as tx:
        await tx.save_state("tg:5", {"flow": "consent"}, NOW)
        await tx.save_state("tg:5", {"flow": "newclient", "step": "alias"}, NOW)
        assert await tx.load_state("tg:5") == {"flow": "newclient", "step": "alias"}
        await tx.save_state("tg:5", None, NOW)
        assert await tx.load_state("tg:5") is None


# -- cancellation ---------------------------------------------------------------------------

@pytest.mark.sqlite_only
async def test_a_task_cancelled_while_beginning_leaves_no_transaction_open(
        db: Database, tmp_path: Path) -> None:
    """Shutdown cancels tasks; one caught while BEGIN waits on the write lock (here held by
    another process's connection) must not leave its transaction open for the next one."""
    other = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")

    beginning = asyncio.Event()

    async def write() -> None:
        beginning.set()  # nothing suspends this task from here until it awaits BEGIN
        async with db.tx() as tx:
            await tx.set_value("cancelled", "yes")

    task = asyncio.create_task(write())
    await asyncio.wait_for(beginning.wait(), timeout=5)
    task.cancel()
    await asyncio.sleep(0)  # the cancellation is delivered while BEGIN still waits
    assert not task.done()
    other.execute("ROLLBACK")  # BEGIN gets the lock; the cancelled task undoes it
    other.close()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=10)
    async with db.tx() as tx:  # "cannot start a transaction within a transaction" before
        await tx.set_value("after", "ok")
        assert await tx.get_value("cancelled") is None
    async with db.tx() as tx:
        assert await tx.get_value("after") == "ok"


async def test_cancelling_at_any_point_keeps_transactions_whole(db: Database) -> None:
    """Writers cancelled after 0..6 loop turns: each either committed both of its rows or
    neither, and the database is usable after every one."""
    async def write(n: int) -> None:
        async with db.tx() as tx:
            await tx.set_value(f"a{n}", "1")
            await asyncio.sleep(0)
            await tx.set_value(f"b{n}", "1")

    for n in range(70):
        task = asyncio.create_task(write(n))
        for _ in range(n % 7):
            await asyncio.sleep(0)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=10)
        async with db.tx() as tx:
            assert (await tx.get_value(f"a{n}")) == (await tx.get_value(f"b{n}"))


@pytest.mark.sqlite_only
async def test_a_lock_held_by_another_process_is_waited_out_not_fatal(tmp_path: Path) -> None:
    """An export or backup holding the write lock past busy_timeout: the bot waits."""
    db = await open_at(tmp_path)
    try:
        db._raw.execute("PRAGMA busy_timeout=20")  # the test need not wait 5 s per try
        other = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")

        async def write() -> None:
            async with db.tx() as tx:
                await tx.set_value("written", "yes")

        task = asyncio.create_task(write())
        for _ in range(1000):  # at most 10 s
            if db.busy_waits >= 2:  # it met the lock, waited, and met it again
                break
            await asyncio.sleep(0.01)
        assert not task.done()
        other.execute("COMMIT")
        other.close()
        await asyncio.wait_for(task, 10)
        async with db.read() as tx:
            assert await tx.get_value("written") == "yes"
    finally:
        await db.close()


async def test_a_read_snapshot_does_not_block_writers(tmp_path: Path) -> None:
    db = await open_at(tmp_path)
    other = await open_at(tmp_path)
    try:
        async with other.read() as snapshot:
            before = await snapshot.get_value("x")
            async with db.tx() as tx:  # another connection writes meanwhile
                await tx.set_value("x", "new")
            assert await snapshot.get_value("x") == before, "the snapshot stays as it was"
        assert db.busy_waits == 0
    finally:
        await other.close()
        await db.close()
