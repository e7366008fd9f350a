"""Sealed values are bound to their row; rotate-key; migration 0011 on an older database."""

from __future__ import annotations

import json
import sqlite3
import stat
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from flows.model import Profile
from storage import (
    Cipher,
    Database,
    DatabaseInUseError,
    LogEntry,
    Tx,
    WrongKeyError,
    load_or_create_key,
    open_database,
    open_store,
    rotate_key,
)
from storage.crypto import read_key_file
from storage.rekey import _reseal
from storage.sealing import SEALED
from tests.unit.factories import NOW

MARKS = ("zqxwords", "zqxplace", "zqxnote", "zqxanswer", "zqxstreet", "zqxcard", "zqxterm")


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "data" / "meldbot.sqlite3", tmp_path / "keys" / "secret.key"


@pytest.fixture
async def db(paths: tuple[Path, Path]) -> AsyncIterator[Database]:
    database = await open_store(*paths)
    yield database
    await database.close()


def raw(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql, params).fetchall())
    finally:
        conn.close()


def raw_run(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


async def fill(tx: Tx) -> dict[str, int]:
    """One row in every sealed column, with marker words."""
    client = await tx.create_person(role="client", alias="Amal", timezone="Europe/Amsterdam",
                                    now=NOW, telegram_user_id=7, chat_id=7)
    alert = await tx.create_alert(client_id=client.id, casemanager_id=None, source="flag",
                                  categories=("self_harm",), severity="urgent",
                                  terms=("zqxterm",), now=NOW)
    await tx.add_alert_message(alert, NOW, "in", "text", "zqxwords help")
    appointment = await tx.create_appointment(
        client_id=client.id, casemanager_id=None, kind="lawyer", starts_at=NOW + timedelta(1),
        timezone="Europe/Amsterdam", reminders=(60,), place="zqxplace", note="zqxnote",
        now=NOW, pin=(52.09, 5.11))
    plan = await tx.create_plan(client_id=client.id, return_date="2026-12-01", country="MA",
                                local_hour=10, days=(1,), now=NOW, created_by=None)
    checkin = await tx.add_checkin(plan, client.id, 1, NOW)
    await tx.add_answer(checkin, client.id, "health", 2, "zqxanswer", NOW)
    fieldworker = await tx.create_person(role="fieldworker", alias="Fem", now=NOW,
                                         timezone="Europe/Amsterdam")
    person = await tx.create_street_person(code="K7Q", alias="Zqxalias", now=NOW,
                                           created_by=None, nationality="MA",
                                           language="darija", gender="m", age_band="age18to25")
    contact = await tx.save_street_contact(
        street_person_id=person, fieldworker_id=fieldworker.id, at=NOW, now=NOW,
        place_id=None, latitude=52.091, longitude=5.122, needs=("psychiatric", "shelter"),
        note="zqxstreet", note_kind="text", followup=True, shift=None)
    await tx.add_flag_feedback(at=NOW, kind="missed", alert_id=alert, client_id=client.id,
                               staff_id=None, language="ar", categories=("police",),
                               severity="urgent", text="zqxwords")
    await tx.log(LogEntry(at=NOW, actor_role="client", direction="in", kind="text",
                          person_id=client.id, update_id=41, text="zqxwords"))
    outbox = await tx.enqueue(chat_id=7, kind="message", payload={"text": "zqxwords"}, now=NOW)
    await tx.store_updates([(41, '{"text": "zqxwords"}')], NOW)
    await tx.save_state("7", {"draft": "zqxwords"}, NOW)
    await tx.set_secret(f"card:{alert}", json.dumps({"tail": "zqxcard"}))
    await tx.save_profile(Profile(client.id, nationality="MA", medical=("psychiatric",)),
                          NOW, None)
    await tx.add_outcome(person_id=client.id, kind="voluntary_return", on=NOW.date(),
                         country="MA", aftercare=True, now=NOW, by=None)
    return {"client": client.id, "alert": alert, "appointment": appointment,
            "contact": contact, "outbox": outbox}


async def check_readable(tx: Tx, ids: dict[str, int]) -> None:
    alert = await tx.alert(ids["alert"])
    assert alert is not None
    assert alert.categories == ("self_harm",) and alert.terms == ("zqxterm",)
    assert [m.text for m in await tx.alert_messages(ids["alert"])] == ["zqxwords help"]
    appointment = await tx.appointment(ids["appointment"])
    assert appointment is not None
    assert (appointment.kind, appointment.place, appointment.note, appointment.pin) == (
        "lawyer", "zqxplace", "zqxnote", (52.09, 5.11))
    [answer] = await tx.answers_of(ids["client"])
    assert (answer.level, answer.text) == (2, "zqxanswer")
    [(_, plain_answer)] = await tx.all_answers()
    assert plain_answer.level == 2
    contact = await tx.street_contact(ids["contact"])
    assert contact is not None
    assert (contact.latitude, contact.longitude, contact.needs, contact.note) == (
        52.091, 5.122, ("psychiatric", "shelter"), "zqxstreet")
    person = contact.person
    assert (person.alias, person.nationality, person.language, person.gender,
            person.age_band) == ("Zqxalias", "MA", "darija", "m", "age18to25")
    [feedback] = await tx.flag_feedback()
    assert (feedback.categories, feedback.text) == (("police",), "zqxwords")
    assert [e.text async for e in tx.iter_log(with_text=True)] == ["zqxwords"]
    assert await tx.logged_text(41) == (ids["client"], "zqxwords")
    [row] = await tx.due_outbox(NOW)
    assert row.payload == {"text": "zqxwords"}
    assert await tx.unprocessed_updates() == [(41, '{"text": "zqxwords"}')]
    assert await tx.load_state("7") == {"draft": "zqxwords"}
    assert json.loads(await tx.get_secret(f"card:{ids['alert']}") or "") == {"tail": "zqxcard"}


async def test_every_sealed_value_reads_back(db: Database) -> None:
    async with db.tx() as tx:
        ids = await fill(tx)
        await check_readable(tx, ids)


async def test_a_value_moved_to_another_row_or_column_does_not_decrypt(
        db: Database, paths: tuple[Path, Path]) -> None:
    async with db.tx() as tx:
        first = await tx.enqueue(chat_id=7, kind="message", payload={"text": "a"}, now=NOW)
        second = await tx.enqueue(chat_id=8, kind="message", payload={"text": "b"}, now=NOW)
        ids = await fill(tx)
    path = paths[0]
    raw_run(path, "UPDATE outbox SET payload = (SELECT payload FROM outbox WHERE id = ?)"
                  " WHERE id = ?", (first, second))
    async with db.read() as tx:
        with pytest.raises(WrongKeyError):
            await tx.due_outbox(NOW)
    raw_run(path, "UPDATE appointments SET place = note WHERE id = ?", (ids["appointment"],))
    async with db.read() as tx:
        with pytest.raises(WrongKeyError):
            await tx.appointment(ids["appointment"])


async def test_categories_needs_levels_and_places_are_not_plain(
        db: Database, paths: tuple[Path, Path]) -> None:
    async with db.tx() as tx:
        await fill(tx)
    path = paths[0]
    for column in SEALED:
        if column.table == "state":
            continue
        values = raw(path, f"SELECT {column.column} FROM {column.table}"
                           f" WHERE {column.column} IS NOT NULL")
        assert values, column
        assert all(isinstance(v, bytes) for (v,) in values), column


async def test_a_sent_message_keeps_no_payload(db: Database, paths: tuple[Path, Path]) -> None:
    async with db.tx() as tx:
        row_id = await tx.enqueue(chat_id=7, kind="message", payload={"text": "x"}, now=NOW)
        assert await tx.mark_sending(row_id)
        await tx.mark_sent(row_id, 99, NOW)
    assert raw(paths[0], "SELECT payload, telegram_message_id, kind FROM outbox") == [
        (b"", 99, "message")]


async def test_rotate_key_keeps_everything_readable_and_retires_the_old_key(
        paths: tuple[Path, Path]) -> None:
    path, key = paths
    db = await open_store(path, key)
    async with db.tx() as tx:
        ids = await fill(tx)
    await db.close()
    old_key = read_key_file(key)
    seen: list[tuple[str, int, int]] = []
    rotation = rotate_key(path, key, lambda what, done, total: seen.append((what, done, total)))
    assert rotation.values > 15
    assert ("outbox", 1, 1) in seen and ("state", 1, 1) in seen
    assert read_key_file(key) != old_key
    assert read_key_file(key.with_name("secret.key.old")) == old_key
    for file in (key, key.with_name("secret.key.old")):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert not key.with_name("secret.key.new").exists()
    db = await open_store(path, key)
    async with db.read() as tx:
        await check_readable(tx, ids)
    await db.close()
    with pytest.raises(WrongKeyError):
        await open_database(path, Cipher(old_key))


async def test_rotate_key_refuses_while_the_database_is_open(
        db: Database, paths: tuple[Path, Path]) -> None:
    with pytest.raises(DatabaseInUseError):
        rotate_key(*paths)


async def test_a_rotation_that_committed_but_did_not_install_its_key_is_finished_on_start(
        paths: tuple[Path, Path]) -> None:
    path, key = paths
    db = await open_store(path, key)
    async with db.tx() as tx:
        ids = await fill(tx)
    await db.close()
    old_key, new_key = read_key_file(key), bytes(range(32))
    key.with_name("secret.key.new").write_text(new_key.hex())
    _reseal(path, Cipher(old_key), Cipher(new_key), None)  # the crash: no rename
    db = await open_store(path, key)
    async with db.read() as tx:
        await check_readable(tx, ids)
    await db.close()
    assert read_key_file(key) == new_key
    assert read_key_file(key.with_name("secret.key.old")) == old_key


async def test_files_are_private(db: Database, paths: tuple[Path, Path]) -> None:
    async with db.tx() as tx:
        await fill(tx)
    path, key = paths
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for file in (path, path.with_name(path.name + "-wal"), key):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600


async def test_every_blob_column_is_listed_for_rotation(tmp_path: Path) -> None:
    database = await open_database(tmp_path / "db.sqlite3", Cipher(bytes(32)))
    await database.close()
    tables = [t for (t,) in raw(tmp_path / "db.sqlite3",
                                "SELECT name FROM sqlite_master WHERE type = 'table'")]
    blobs = {(t, str(c[1])) for t in tables for c in raw(tmp_path / "db.sqlite3",
                                                         f"PRAGMA table_info({t})")
             if str(c[2]).upper() == "BLOB"}
    assert blobs <= {(c.table, c.column) for c in SEALED}


# -- migration 0011 on a database of the previous version ---------------------------------


async def test_migration_0011_seals_what_an_older_version_stored(tmp_path: Path) -> None:
    path = tmp_path / "meldbot.sqlite3"
    key = load_or_create_key(tmp_path / "secret.key")
    cipher = Cipher(key)
    old = await open_database(path, cipher, up_to=10)
    await old.close()
    seal = cipher.encrypt
    conn = sqlite3.connect(path)
    conn.executescript("""
        INSERT INTO people (id, role, alias, timezone, created_at)
            VALUES (1, 'client', 'Amal', 'UTC', '2026-01-01T00:00:00.000000Z'),
                   (2, 'fieldworker', 'Fem', 'UTC', '2026-01-01T00:00:00.000000Z');
        INSERT INTO aftercare_plans (id, client_id, return_date, country, local_hour, days,
            created_at) VALUES (1, 1, '2026-01-01', 'MA', 10, '1', '2026-01-01T00:00:00Z');
        INSERT INTO checkins (id, plan_id, client_id, day, due_at)
            VALUES (1, 1, 1, 1, '2026-01-02T00:00:00.000000Z');
        INSERT INTO street_people (id, code, created_at) VALUES (1, 'K7Q', '2026-01-01');
    """)
    at = "2026-01-01T00:00:00.000000Z"
    conn.execute("INSERT INTO alerts (id, client_id, source, categories, severity, terms,"
                 " created_at, last_message_at) VALUES (1, 1, 'flag', 'self_harm,zqxcat',"
                 " 'urgent', ?, ?, ?)", (seal('["zqxterm"]', "alert"), at, at))
    conn.execute("INSERT INTO alert_messages (alert_id, at, direction, kind, text)"
                 " VALUES (1, ?, 'in', 'text', ?)", (at, seal("zqxwords", "alert_message")))
    conn.execute("INSERT INTO appointments (id, client_id, kind, starts_at, timezone, place,"
                 " note, reminders, created_at, pin) VALUES (1, 1, 'zqxkind', ?, 'UTC', ?, ?,"
                 " '60', ?, '52.09,5.11')",
                 (at, seal("zqxplace", "appointment"), seal("zqxnote", "appointment"), at))
    conn.execute("INSERT INTO checkin_answers (checkin_id, client_id, domain, level, text, at)"
                 " VALUES (1, 1, 'health', 3, ?, ?)", (seal("zqxanswer", "answer"), at))
    conn.execute("INSERT INTO street_contacts (street_person_id, fieldworker_id, at, saved_at,"
                 " latitude, longitude, needs, note) VALUES (1, 2, ?, ?, 52.091, 5.122,"
                 " 'zqxneed', ?)", (at, at, seal("zqxstreet", "street_note")))
    conn.execute("INSERT INTO flag_feedback (created_at, kind, categories, text)"
                 " VALUES (?, 'missed', 'police', ?)", (at, seal("zqxwords", "flag_feedback")))
    conn.execute("INSERT INTO contact_log (at, actor_role, direction, kind, person_id,"
                 " update_id, text) VALUES (?, 'client', 'in', 'text', 1, 5, ?)",
                 (at, seal("zqxwords", "log")))
    for status in ("pending", "sent"):
        conn.execute("INSERT INTO outbox (chat_id, kind, payload, due_at, created_at, status)"
                     " VALUES (7, 'message', ?, ?, ?, ?)",
                     (seal(f'{{"text": "zqx{status}"}}', "outbox"), at, at, status))
    conn.execute("INSERT INTO inbox (update_id, payload, received_at) VALUES (5, ?, ?)",
                 (seal("zqxupdate", "inbox"), at))
    conn.execute("INSERT INTO conversations VALUES ('7', ?, ?)",
                 (seal('{"draft": "zqxdraft"}', "conversation"), at))
    conn.execute("INSERT INTO state VALUES ('card:1', ?)", ('{"tail": "zqxcard"}',))
    conn.commit()
    conn.close()

    db = await open_database(path, cipher)
    async with db.read() as tx:
        alert = await tx.alert(1)
        assert alert is not None
        assert alert.categories == ("self_harm", "zqxcat") and alert.terms == ("zqxterm",)
        assert [m.text for m in await tx.alert_messages(1)] == ["zqxwords"]
        appointment = await tx.appointment(1)
        assert appointment is not None
        assert (appointment.kind, appointment.place, appointment.pin) == (
            "zqxkind", "zqxplace", (52.09, 5.11))
        assert [(a.level, a.text) for a in await tx.answers_of(1)] == [(3, "zqxanswer")]
        [contact] = await tx.street_contacts()
        assert (contact.latitude, contact.needs, contact.note) == (
            52.091, ("zqxneed",), "zqxstreet")
        assert [f.categories for f in await tx.flag_feedback()] == [("police",)]
        assert await tx.logged_text(5) == (1, "zqxwords")
        assert [r.payload for r in await tx.due_outbox(NOW)] == [{"text": "zqxpending"}]
        assert await tx.unprocessed_updates() == [(5, "zqxupdate")]
        assert await tx.load_state("7") == {"draft": "zqxdraft"}
        assert await tx.get_value("card:1") is None
    await db.close()
    assert raw(path, "SELECT payload FROM outbox WHERE status = 'sent'") == [(b"",)]
    wal = path.with_name(path.name + "-wal")
    content = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for marker in ("zqxcat", "zqxkind", "zqxneed", "zqxcard", "zqxsent", "zqxwords"):
        assert marker.encode() not in content, marker
    assert b"52.09,5.11" not in content


# -- the command line -----------------------------------------------------------------------


def test_meldbot_rotate_key_shows_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio

    from bot.cli import main

    async def build() -> None:
        database = await open_store(tmp_path / "meldbot.sqlite3", tmp_path / "secret.key")
        async with database.tx() as tx:
            await fill(tx)
        await database.close()

    asyncio.run(build())
    monkeypatch.setenv("MELDBOT_DATA", str(tmp_path))
    monkeypatch.delenv("MELDBOT_KEY_FILE", raising=False)
    assert main(["rotate-key"]) == 0
    err = capsys.readouterr().err
    assert "re-encrypting outbox: 1/1" in err and "re-encrypted" in err
    (tmp_path / "secret.key").unlink()
    assert main(["rotate-key"]) == 2
    assert "MELDBOT_KEY_FILE" in capsys.readouterr().err


def test_the_key_may_live_outside_the_data_folder(tmp_path: Path) -> None:
    from bot.config import ConfigError, load_settings

    data, key = tmp_path / "data", tmp_path / "keys" / "meldbot.key"
    env = {"MELDBOT_DATA": str(data), "MELDBOT_KEY_FILE": str(key)}
    assert load_settings(env, require_token=False).key_path == key
    data.mkdir()
    (data / "meldbot.sqlite3").write_bytes(b"")
    with pytest.raises(ConfigError, match="MELDBOT_KEY_FILE"):
        load_settings(env, require_token=False)


async def test_files_left_readable_by_an_older_version_are_made_private(
        paths: tuple[Path, Path]) -> None:
    path, key = paths
    db = await open_store(path, key)
    await db.close()
    path.parent.chmod(0o755)
    path.chmod(0o644)
    key.chmod(0o644)
    db = await open_store(path, key)
    await db.close()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
