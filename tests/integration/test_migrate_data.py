"""`meldbot migrate-data --to postgresql://…`: an SQLite installation built through the
repositories is copied, as a separate process, into the PostgreSQL server on 127.0.0.1:5432
(a database of this module's own, a schema per test), then read back through the same
repositories. Runs on either test backend: the source is always SQLite."""

from __future__ import annotations

import asyncio
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import pytest

from flows.model import Profile
from storage import Database, LogEntry, open_store
from storage import transfer as transfer_module
from storage.crypto import new_key, write_key_file
from storage.transfer import TransferError, transfer
from tests.backends import SERVER, admin_sql
from tests.unit.factories import NOW

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "not-shown-7f3a"  # trust auth: the server never asks for it, it must not be printed
DATABASE = f"meldbot_migrate_{os.getpid()}"
NOT_COPIED = {"schema_migrations", "leases"}
CLIENT_WORDS = "Ik durf niet naar huis, help me alsjeblieft"
CARD = "card text: client 4, urgent, unclaimed"
PLACE = "Spreekkamer 2, Oudegracht 10"
DAY = timedelta(days=1)

FRESH = {"state": 1, "places": 7, "timers": 2}  # what migrations_pg puts in


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """This module's database (dropped at the end); its URL with a password in it."""
    asyncio.run(admin_sql(f"DROP DATABASE IF EXISTS {DATABASE}"))
    asyncio.run(admin_sql(f"CREATE DATABASE {DATABASE}"))
    parts = urlsplit(SERVER)
    user = (parts.username or "postgres")
    yield f"postgresql://{user}:{PASSWORD}@{parts.hostname}:{parts.port or 5432}/{DATABASE}"
    asyncio.run(admin_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))


@pytest.fixture
def url(server: str, request: pytest.FixtureRequest) -> str:
    """A fresh, empty target for each test: a schema of its own."""
    schema = "m_" + hashlib.sha256(request.node.nodeid.encode()).hexdigest()[:16]
    return f"{server}?search_path={schema}"


def run_meldbot(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MELDBOT_"))}
    clean.update(MELDBOT_DATA=str(data_dir), PYTHONPATH=str(ROOT), **env)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], env=clean,
                          capture_output=True, text=True, timeout=120, cwd=data_dir.parent)


async def meldbot(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(run_meldbot, data_dir, *args, **env)


# -- an installation with something in every table -------------------------------------------

async def build_installation(data_dir: Path) -> dict[str, int]:
    """Everything the bot keeps, made through the repositories on SQLite; the ids."""
    db = await open_store(data_dir / "meldbot.sqlite3", data_dir / "secret.key")
    ids: dict[str, int] = {}
    try:
        async with db.tx() as tx:
            admin = await tx.create_person(role="admin", alias="Anouk", timezone="Europe/"
                                           "Amsterdam", now=NOW, telegram_user_id=7001,
                                           chat_id=7001)
            first = await tx.create_person(role="casemanager", alias="Bram",
                                           timezone="Europe/Amsterdam", now=NOW,
                                           created_by=admin.id, telegram_user_id=7002,
                                           chat_id=7002)
            worker = await tx.create_person(role="fieldworker", alias="Chris",
                                            timezone="Europe/Amsterdam", now=NOW,
                                            created_by=admin.id, telegram_user_id=7003,
                                            chat_id=7003)
            client = await tx.create_person(role="client", alias="Dounia",
                                            timezone="Europe/Amsterdam", now=NOW,
                                            language="ar", country="MA",
                                            casemanager_id=first.id, created_by=first.id)
            await tx.bind_telegram(client.id, 2_000_000_001, 2_000_000_001)
            await tx.update_person(client.id, consent="given")
            later = await tx.create_person(role="casemanager", alias="Eva",
                                           timezone="Europe/Amsterdam", now=NOW,
                                           created_by=admin.id)
            # the client now names a person made after them (a row further on)
            await tx.update_person(client.id, casemanager_id=later.id)
            ids.update(admin=admin.id, client=client.id, worker=worker.id, later=later.id)
            await tx.store_updates([(9001, '{"update_id": 9001}'),
                                    (9002, '{"update_id": 9002}'),
                                    (9003, '{"update_id": 9003, "x": "failed"}')], NOW)
            await tx.mark_processed(9001, NOW)
            await tx.mark_processed(9003, NOW, failed=True, error="ValueError at flows/x.py:1")
            await tx.log(LogEntry(at=NOW, actor_role="client", direction="in", kind="text",
                                  actor_id=client.id, person_id=client.id,
                                  chat_id=2_000_000_001, message_id=11, update_id=9001,
                                  text=CLIENT_WORDS))
            await tx.log(LogEntry(at=NOW + timedelta(minutes=1), actor_role="casemanager",
                                  direction="out", kind="text", actor_id=later.id,
                                  person_id=client.id, chat_id=2_000_000_001,
                                  text="Ik bel je zo"))
            sent = await tx.enqueue(chat_id=2_000_000_001, kind="text", payload={"t": "hi"},
                                    now=NOW, person_id=client.id, language="ar")
            await tx.mark_sent(sent, 501, NOW)
            await tx.enqueue(chat_id=2_000_000_001, kind="text", payload={"t": "reminder"},
                             now=NOW, due_at=NOW + DAY, person_id=client.id, ref="appt:1",
                             priority=3)
            await tx.save_state(f"client:{client.id}", {"step": "menu", "n": 2}, NOW)
            alert = await tx.create_alert(client_id=client.id, casemanager_id=later.id,
                                          source="flag", categories=("violence", "housing"),
                                          severity="urgent", terms=("slaan",), now=NOW)
            await tx.add_alert_message(alert, NOW, "in", "text", CLIENT_WORDS)
            await tx.add_alert_message(alert, NOW + timedelta(minutes=2), "out", "text",
                                       "We zijn er")
            await tx.update_alert(alert, status="claimed", claimed_at=NOW, claimed_by=later.id)
            await tx.set_secret(f"card:{alert}", CARD)
            await tx.set_value("offset", "9003")
            ids["alert"] = alert
            ids["appointment"] = await tx.create_appointment(
                client_id=client.id, casemanager_id=later.id, kind="lawyer",
                starts_at=NOW + 2 * DAY, timezone="Europe/Amsterdam", reminders=(1440, 60),
                place=PLACE, note="neem je paspoort mee", now=NOW, pin=(52.09, 5.12))
            plan = await tx.create_plan(client_id=client.id, return_date="2026-12-01",
                                        country="MA", local_hour=10, days=(1, 7, 30), now=NOW,
                                        created_by=later.id)
            checkin = await tx.add_checkin(plan, client.id, 1, NOW + DAY)
            await tx.update_checkin(checkin, status="answered", answered_at=NOW + DAY)
            await tx.add_answer(checkin, client.id, "safety", 3, "het gaat wel", NOW + DAY)
            await tx.set_question_voice("safety", "ar", "voice-file-1")
            place = await tx.add_place("Nachtopvang", 52.1, 5.11, NOW, admin.id)
            street = await tx.create_street_person(code="K7Q", alias="Sam", now=NOW,
                                                   created_by=worker.id, nationality="RO",
                                                   language="ro", gender="m", age_band="18-25")
            await tx.start_shift(worker.id, "nacht", NOW)
            contact = await tx.save_street_contact(
                street_person_id=street, fieldworker_id=worker.id, at=NOW, now=NOW,
                place_id=place, latitude=52.091, longitude=5.121, needs=("food", "shelter"),
                note="slaapt buiten", note_kind="text", followup=True, shift="nacht")
            await tx.end_shift(worker.id, NOW + timedelta(hours=6))
            await tx.create_alert(client_id=None, casemanager_id=None, source="street",
                                  categories=("health",), severity="normal", terms=(),
                                  now=NOW, street_contact_id=contact)
            await tx.add_flag_feedback(at=NOW, kind="wrongly_flagged", alert_id=alert,
                                       client_id=client.id, staff_id=later.id, language="nl",
                                       categories=("violence",), severity="urgent",
                                       text=CLIENT_WORDS)
            await tx.create_invite(code_hash="used", role="fieldworker", now=NOW,
                                   expires_at=NOW + DAY, created_by=admin.id)
            await tx.redeem_invite("used", NOW, 7003)
            await tx.create_invite(code_hash="pending", role="casemanager", now=NOW,
                                   expires_at=NOW + 3 * DAY, name="Fleur",
                                   created_by=admin.id)
            await tx.create_invite(code_hash="revoked", role="client", now=NOW,
                                   expires_at=NOW + 3 * DAY, person_id=client.id,
                                   created_by=later.id)
            revoked = [i.id for i in await tx.pending_invites(NOW) if i.role == "client"]
            await tx.revoke_invite(revoked[0], NOW, admin.id)
            await tx.audit(at=NOW, actor_id=later.id, action="read", person_id=client.id,
                           detail="casefile")
            await tx.audit(at=NOW, actor_id=None, action="export", person_id=None,
                           detail="log")
            await tx.save_profile(Profile(client.id, nationality="MA", birth_year=1994,
                                          asylum_nl=True, medical=("psychiatric",)), NOW,
                                  later.id)
            await tx.add_outcome(person_id=client.id, kind="returned", on=date(2026, 12, 1),
                                 country="MA", aftercare=True, now=NOW, by=later.id)
            await tx.set_safety(client.id, 12, NOW, later.id)
            await tx.disable_staff(worker.id, NOW, admin.id)
            await tx.add_timer("appointment", ids["appointment"], NOW + DAY)
            gone = await tx.create_person(role="client", alias="Gijs", timezone="Europe/"
                                          "Amsterdam", now=NOW, casemanager_id=later.id)
            await tx.log(LogEntry(at=NOW, actor_role="client", direction="in", kind="text",
                                  person_id=gone.id, text="weg met mij"))
            await tx.erase_person(gone.id)
    finally:
        await db.close()
    return ids


async def everything(db: Database, ids: dict[str, int]) -> dict[str, Any]:
    """What the repositories read back, decrypted (in a transaction that may write: some
    reads lock rows on PostgreSQL)."""
    async with db.tx() as tx:
        return {
            "people": await tx.people(),
            "invites": await tx.pending_invites(NOW - DAY),
            "updates": (await tx.unprocessed_updates(), await tx.set_aside_updates()),
            "outbox": (await tx.due_outbox(NOW + 3 * DAY), await tx.outbox_counts()),
            "conversation": await tx.load_state(f"client:{ids['client']}"),
            "log": [entry async for entry in tx.iter_log(with_text=True)],
            "card": await tx.get_secret(f"card:{ids['alert']}"),
            "offset": await tx.get_value("offset"),
            "alerts": await tx.all_alerts(),
            "alert_messages": await tx.alert_messages(ids["alert"], limit=50),
            "appointments": await tx.all_appointments(),
            "plan": await tx.plan_of(ids["client"]),
            "checkins": await tx.all_checkins(),
            "answers": await tx.all_answers(),
            "answer_texts": await tx.answers_of(ids["client"]),
            "voices": await tx.question_voices("ar"),
            "places": await tx.places(active_only=False),
            "street_people": await tx.street_people(),
            "street_contacts": await tx.street_contacts(),
            "flag_feedback": await tx.flag_feedback(),
            "erased": await tx.erased_counts(),
            "audit": [entry async for entry in tx.iter_audit()],
            "disabled": await tx.disabled_staff(),
            "safety": await tx.safety_hours(ids["client"]),
            "profiles": await tx.profiles(),
            "outcomes": await tx.outcomes(),
            "timers": await tx.due_timers(NOW + 30 * DAY),
        }


def sqlite_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                for name in names if name not in NOT_COPIED}
    finally:
        conn.close()


async def pg_counts(url: str) -> dict[str, int]:
    conn = await asyncpg.connect(url)
    try:
        names = [row[0] for row in await conn.fetch(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema()")]
        return {name: await conn.fetchval(f"SELECT count(*) FROM {name}")
                for name in names if name not in NOT_COPIED}
    finally:
        await conn.close()


@pytest.fixture
async def installation(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    data_dir = tmp_path / "data"
    return data_dir, await build_installation(data_dir)


# -- the tests --------------------------------------------------------------------------------

async def test_everything_is_copied_and_reads_back_the_same(
        installation: tuple[Path, dict[str, int]], url: str) -> None:
    data_dir, ids = installation
    done = await meldbot(data_dir, "migrate-data", "--to", url)
    assert done.returncode == 0, done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    assert "127.0.0.1:5432/" in done.stderr
    # progress on stderr: a line per table and the running total
    assert "people 5/5 (all 5/" in done.stderr  # one of six was erased
    assert "alert_messages 2/2" in done.stderr
    # the report on stdout: each table's count on both sides
    report = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[1:]}
    expected = sqlite_counts(data_dir / "meldbot.sqlite3")
    assert set(report) == {*expected, "total"}
    for table, count in expected.items():
        assert report[table] == [str(count), str(count), "OK"], table
    assert report["total"][2] == "OK"
    assert await pg_counts(url) == expected

    source = await open_store(data_dir / "meldbot.sqlite3", data_dir / "secret.key")
    try:
        before = await everything(source, ids)
    finally:
        await source.close()
    assert [name for name, value in before.items() if not value] == []
    target = await open_store(data_dir / "unused", data_dir / "secret.key", url)
    try:
        after = await everything(target, ids)
        assert after["card"] == CARD
        assert {m.text for m in after["alert_messages"]} == {CLIENT_WORDS, "We zijn er"}
        assert after["appointments"][0].place == PLACE
        assert after["appointments"][0].pin == (52.09, 5.12)
        assert [(a.level, a.text) for a in after["answer_texts"]] == [(3, "het gaat wel")]
        assert [c.needs for c in after["street_contacts"]] == [("food", "shelter")]
        assert after["log"][0].text == CLIENT_WORDS
        client = next(p for p in after["people"] if p.id == ids["client"])
        assert (client.consent, client.casemanager_id) == ("given", ids["later"])
        for name, value in before.items():
            assert after[name] == value, name
        # new rows continue after the copied ids
        async with target.tx() as tx:
            newcomer = await tx.create_person(role="client", alias="Hind",
                                              timezone="Europe/Amsterdam", now=NOW)
            await tx.create_invite(code_hash="fresh", role="fieldworker", now=NOW,
                                   expires_at=NOW + DAY)
            fresh = [i.id for i in await tx.pending_invites(NOW) if i.role == "fieldworker"]
            alert = await tx.create_alert(client_id=newcomer.id, casemanager_id=None,
                                          source="flag", categories=(), severity="normal",
                                          terms=(), now=NOW)
        assert newcomer.id == max(p.id for p in after["people"]) + 1
        assert fresh == [4]  # three invites were copied
        assert alert == max(a.id for a in after["alerts"]) + 1
    finally:
        await target.close()


async def test_a_second_run_refuses_and_changes_nothing(
        installation: tuple[Path, dict[str, int]], url: str) -> None:
    data_dir, _ = installation
    assert (await meldbot(data_dir, "migrate-data", "--to", url)).returncode == 0
    copied = await pg_counts(url)
    again = await meldbot(data_dir, "migrate-data", "--to", url)
    assert again.returncode == 1
    assert "already holds data (people" in again.stderr
    assert again.stdout == ""
    assert await pg_counts(url) == copied


async def test_a_wrong_key_file_refuses_and_leaves_postgresql_alone(
        installation: tuple[Path, dict[str, int]], url: str, tmp_path: Path) -> None:
    data_dir, _ = installation
    other = tmp_path / "other.key"
    write_key_file(other, new_key())
    done = await meldbot(data_dir, "migrate-data", "--to", url, MELDBOT_KEY_FILE=str(other))
    assert done.returncode == 2
    assert "does not match the SQLite database" in done.stderr
    assert await pg_counts(url) == {}  # not even the tables were made


async def test_a_target_made_with_another_key_refuses(
        installation: tuple[Path, dict[str, int]], url: str, tmp_path: Path) -> None:
    data_dir, _ = installation
    other = await open_store(tmp_path / "x", tmp_path / "other.key", url)
    await other.close()
    done = await meldbot(data_dir, "migrate-data", "--to", url)
    assert done.returncode == 2
    assert "does not match the PostgreSQL database" in done.stderr
    assert (await pg_counts(url))["people"] == 0


async def test_refuses_while_the_bot_has_the_database_open(
        installation: tuple[Path, dict[str, int]], url: str) -> None:
    data_dir, _ = installation
    running = await open_store(data_dir / "meldbot.sqlite3", data_dir / "secret.key")
    try:
        done = await meldbot(data_dir, "migrate-data", "--to", url)
    finally:
        await running.close()
    assert done.returncode == 1
    assert "in use" in done.stderr and "stop it" in done.stderr
    assert await pg_counts(url) == {}


async def test_an_interrupted_copy_leaves_the_target_empty(
        installation: tuple[Path, dict[str, int]], url: str) -> None:
    data_dir, _ = installation

    class Interrupted(Exception):
        pass

    def interrupt(table: str, done: int, total: int, all_done: int, all_total: int) -> None:
        if table == "alerts":
            raise Interrupted

    with pytest.raises(Interrupted):
        await transfer(data_dir / "meldbot.sqlite3", data_dir / "secret.key", url, interrupt)
    left = await pg_counts(url)
    assert left["people"] == left["contact_log"] == left["alerts"] == 0
    # as a fresh installation: the key check of open_pg, the seeded places and daily timers
    assert {table: n for table, n in left.items() if n} == FRESH
    done = await meldbot(data_dir, "migrate-data", "--to", url)
    assert done.returncode == 0, done.stderr
    assert await pg_counts(url) == sqlite_counts(data_dir / "meldbot.sqlite3")


async def test_a_copy_that_does_not_match_its_source_is_undone(
        installation: tuple[Path, dict[str, int]], url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The check at the end compares each table's rows, ids and sealed bytes with SQLite's;
    here SQLite is made to report one more alert message than PostgreSQL received."""
    data_dir, _ = installation
    real = transfer_module._source_sums

    def one_more(raw: sqlite3.Connection, table: Any) -> tuple[int, int, int]:
        rows, ids, size = real(raw, table)
        return (rows + 1, ids, size) if table.name == "alert_messages" else (rows, ids, size)

    monkeypatch.setattr(transfer_module, "_source_sums", one_more)
    with pytest.raises(TransferError, match="alert_messages: the copy does not match"):
        await transfer(data_dir / "meldbot.sqlite3", data_dir / "secret.key", url)
    left = await pg_counts(url)
    assert {table: n for table, n in left.items() if n} == FRESH


async def test_a_bad_url_is_a_configuration_error_and_an_unreachable_server_is_named(
        installation: tuple[Path, dict[str, int]], server: str) -> None:
    data_dir, _ = installation
    bad = await meldbot(data_dir, "migrate-data", "--to", "mysql://x@y/z")
    assert bad.returncode == 2 and "--to must be a postgresql:// URL" in bad.stderr
    nowhere = server.replace(f"/{DATABASE}", "/meldbot_no_such_database")
    gone = await meldbot(data_dir, "migrate-data", "--to", nowhere)
    assert gone.returncode == 1
    assert "cannot open the PostgreSQL database at 127.0.0.1:5432/meldbot_no_such_database" \
        in gone.stderr
    assert PASSWORD not in gone.stderr


async def test_the_bot_reads_the_copy_as_it_read_the_original(
        installation: tuple[Path, dict[str, int]], url: str) -> None:
    data_dir, _ = installation
    assert (await meldbot(data_dir, "migrate-data", "--to", url)).returncode == 0
    for report in ("log", "alerts", "appointments", "checkins", "contacts", "outcomes"):
        on_sqlite, on_postgresql = await asyncio.gather(
            meldbot(data_dir, "export", report),
            meldbot(data_dir, "export", report, MELDBOT_DATABASE_URL=url))
        assert on_sqlite.returncode == on_postgresql.returncode == 0, on_postgresql.stderr
        assert len(on_sqlite.stdout.splitlines()) > 1, report
        assert on_postgresql.stdout == on_sqlite.stdout, report
