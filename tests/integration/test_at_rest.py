"""Nothing readable at rest: a client's words, an alert, an appointment, a check-in and a
street contact leave no marker word in the raw database or WAL bytes; files are private."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import stat
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.config import Settings
from bot.runtime import Runtime
from tests.backends import database_url, raw_rows, stored_content
from tests.conftest import make_settings
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import join_as, new_client, plain, settle
from tests.integration.test_aftercare import answer_all, plan_aftercare
from tests.integration.test_erase import cli
from tests.integration.test_street import Thumb, contacts, screen

URGENT = "3afak 3awni zqxmarker2, ana mrid bzaf w ma3andich flous"
MARKERS = [f"zqxmarker{n}" for n in range(1, 8)]


@pytest.fixture
def settings(api: FakeBotApi, tmp_path: Path) -> Settings:
    """The team chat's "minute" of 20 card edits passes in a second here."""
    return make_settings(api, tmp_path / "data", group_window=1.0)


def is_card(message: SentMessage) -> bool:
    return any(t.startswith("✋") for t in message.button_texts())


def raw_bytes(database: Path) -> bytes:
    wal = database.with_name(database.name + "-wal")
    return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def checkpoint(database: Path) -> None:
    """Everything in the WAL written into the database file, the WAL emptied."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


async def appointment_with_place_and_note(manager: FakeUser, alias: str) -> None:
    await manager.send("/appointment")
    await manager.wait_reply(lambda m: "For which client" in plain(m.body))
    await manager.tap(f"👤 {alias}")
    await manager.wait_reply(lambda m: "What kind" in plain(m.body))
    await manager.tap("⚖️")
    await manager.wait_reply(lambda m: "Which day" in plain(m.body))
    mark = manager.mark()
    await manager.send("28-11 14:30")
    await manager.wait_reply(lambda m: "Where" in plain(m.body), after=mark)
    await manager.send("Advocaat zqxmarker3, Oudegracht 1")
    await manager.wait_reply(lambda m: "note" in plain(m.body))
    mark = manager.mark()
    await manager.send("bring the zqxmarker4 letter")
    await manager.wait_reply(lambda m: "Reminders" in plain(m.body), after=mark)
    mark = manager.mark()
    await manager.tap("✅ Save")
    await manager.wait_reply(lambda m: "Saved" in plain(m.body), after=mark)


async def street_contact_here(api: FakeBotApi, fieldworker: FakeUser) -> None:
    thumb = Thumb(api, fieldworker)
    await fieldworker.send_location(52.07771, 5.13332)
    await api.wait_for(lambda: "Who is it?" in screen(fieldworker))
    await thumb.tap("🆕 New person", "Nationality")
    await thumb.tap("🇲🇦 Morocco", "Needs?")
    await thumb.tap("🧠 Psychiatric", "✅ Psychiatric")
    await thumb.tap("✅ Done", "52.078, 5.133")
    await thumb.send("zqxmarker6 sleeps under the bridge", "zqxmarker6")
    await thumb.tap("💾 Save · 🤝", "Saved")


async def test_no_marker_word_is_readable_in_the_database_or_its_wal(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 4101, "Karim", "en")
    client = await new_client(api, manager, "Nadia", 4102)
    mark = manager.mark()
    await client.send("salam, zqxmarker1 ana hna")
    await manager.wait_reply(lambda m: "zqxmarker1" in plain(m.body), after=mark)
    mark = manager.mark()
    await client.send(URGENT)
    card = await manager.wait_reply(is_card, after=mark)
    assert "zqxmarker2" in plain(card.body)

    await appointment_with_place_and_note(manager, "Nadia")
    await plan_aftercare(manager, "Nadia")
    mark = client.mark()
    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))  # day 3, 12:00 in Casablanca
    await answer_all(client, 1, [0, 1, 2, 1, 0], after=mark, other="zqxmarker5 ma nmtch")

    sara = await join_as(api, runtime, "fieldworker", 4103, "Sara", "en")
    await street_contact_here(api, sara)
    [contact] = await contacts(runtime)
    assert contact.note is not None and "zqxmarker6" in contact.note
    assert contact.latitude is not None and contact.needs == ("psychiatric",)
    await settle(api, runtime)

    database = runtime.settings.database_path
    data_dir = runtime.settings.data_dir
    postgresql = database_url(data_dir) is not None
    for when in ("before", "after"):
        content = raw_bytes(database) if when == "before" and not postgresql \
            else stored_content(data_dir)  # after a checkpoint
        assert b"Utrecht Centraal" in content  # the search does read the database
        for marker in MARKERS:
            assert marker.encode() not in content, (marker, when)
        assert b"psychiatric" not in content and b"lawyer" not in content
        number = repr(contact.latitude).encode()  # PostgreSQL's text, SQLite's double
        assert struct.pack(">d", contact.latitude) not in content and not re.search(
            rb"(^|\t)" + re.escape(number) + rb"(\t|$)", content, re.MULTILINE)

    name = database.name
    kinds = await raw_rows(data_dir, "SELECT categories FROM alerts", (), name)
    levels = await raw_rows(data_dir, "SELECT level FROM checkin_answers"
                                      " WHERE level IS NOT NULL", (), name)
    cards = await raw_rows(data_dir, "SELECT value FROM state WHERE name LIKE 'card:%'",
                           (), name)
    assert kinds and levels and all(isinstance(value, bytes) for (value,) in kinds + levels)
    # a card's state is sealed: a BLOB in SQLite, its hex in PostgreSQL's text column
    assert all(isinstance(value, bytes) or not str(value).lstrip().startswith("{")
                         for (value,) in cards)

    key = runtime.settings.key_path
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    if not postgresql:
        assert stat.S_IMODE(database.parent.stat().st_mode) == 0o700
        for file in (database, database.with_name(database.name + "-wal")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file

    # Erased (GDPR Art. 17) and purged: not even the alias is left, nor any marker
    data_dir = runtime.settings.data_dir
    assert data_dir is not None
    erased = await asyncio.to_thread(cli, data_dir, "erase", "--person", "Nadia", "--yes")
    assert erased.returncode == 0, erased.stderr
    purged = await asyncio.to_thread(cli, data_dir, "purge")
    assert purged.returncode == 0, purged.stderr
    content = stored_content(data_dir)
    assert b"Utrecht Centraal" in content and b"Nadia" not in content
    for marker in MARKERS:
        assert marker.encode() not in content, marker
