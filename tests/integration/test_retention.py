"""Retention: `meldbot purge [--dry-run]` and the daily purge in the bot remove what is kept
no longer (a closed case's texts, street people who never became clients, strangers) and
keep the rest."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.clock import FakeClock
from bot.config import Settings
from bot.purge import run_purge
from bot.runtime import Runtime
from tests.backends import raw_rows_sync
from tests.fakebotapi import FakeBotApi
from tests.integration.harness import join_as, new_client, plain, settle


def query(data_dir: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """Rows read as any other program would (SQLite's file or the PostgreSQL schema)."""
    return raw_rows_sync(data_dir, sql, params, "meldbot.sqlite3")


async def purge(settings: Settings, now: datetime, dry_run: bool) -> dict[str, int]:
    out = io.StringIO()
    assert await run_purge(settings, out, dry_run=dry_run, now=now) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == ("would remove (dry run):" if dry_run else "removed:")
    return {kind: int(count) for kind, count in (line.split() for line in lines[1:])}


def texts_of(data_dir: Path, person_id: int) -> int:
    return int(query(data_dir, "SELECT count(*) FROM contact_log WHERE person_id = ?"
                     " AND text IS NOT NULL", person_id)[0][0])


async def test_closed_case_street_people_and_strangers(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock, settings: Settings
) -> None:
    data = settings.data_dir
    manager = await join_as(api, runtime, "casemanager", 7101, "Karim", "en")
    closed = await new_client(api, manager, "Hamid", 7102, "🇫🇷 Français", "🇳🇱")
    kept = await new_client(api, manager, "Driss", 7103, "🇫🇷 Français", "🇳🇱")
    for client, name in ((closed, "Hamid"), (kept, "Driss")):
        mark = manager.mark()
        await client.send(f"salut de {name}")
        await manager.wait_reply(lambda m: "salut de" in plain(m.body), after=mark)
    stranger = api.user(7199, "Nobody", "en")
    await stranger.send("hello?")
    await stranger.wait_reply()
    await manager.send("/close Hamid")
    ask = await manager.wait_reply(lambda m: bool(m.button_texts()))
    await manager.tap("🧭", ask)
    await api.wait_for(lambda: "is closed" in plain(api.state.current(ask).body))
    await settle(api, runtime)
    ids = {str(alias): int(str(pid)) for alias, pid in query(
        data, "SELECT alias, id FROM people WHERE role IN ('client', 'casemanager')")}
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        lone = await tx.create_street_person(code="S-LONE", alias=None, now=clock.now(),
                                             created_by=None)
        linked = await tx.create_street_person(code="S-LINK", alias=None, now=clock.now(),
                                               created_by=None)
        await tx._run("UPDATE street_people SET client_id = ? WHERE id = ?",
                      (ids["Driss"], linked))
        for person in (lone, linked):
            await tx.save_street_contact(
                street_person_id=person, fieldworker_id=ids["Karim"],
                at=clock.now(), now=clock.now(), place_id=None, latitude=None,
                longitude=None, needs=("food",), note="a note", note_kind="text",
                followup=False, shift=None)
    assert texts_of(data, ids["Hamid"]) >= 1

    # within the periods: nothing of these goes
    soon = await purge(settings, clock.now() + timedelta(days=6), dry_run=True)
    assert soon["closed-case-texts"] == soon["street-people"] == soon["strangers"] == 0

    # after a week, strangers; after a year, the closed case's texts and the lone street person
    later = clock.now() + timedelta(days=366)
    dry = await purge(settings, later, dry_run=True)
    assert dry["strangers"] >= 1 and dry["closed-case-texts"] >= 1
    assert dry["street-people"] == 1 and dry["street-contacts"] == 1
    assert dry == await purge(settings, later, dry_run=True), "a dry run removes nothing"
    assert texts_of(data, ids["Hamid"]) >= 1

    assert await purge(settings, later, dry_run=False) == dry
    assert texts_of(data, ids["Hamid"]) == 0
    assert texts_of(data, ids["Driss"]) >= 1, "an open case keeps its texts"
    assert query(data, "SELECT code FROM street_people") == [("S-LINK",)]
    assert query(data, "SELECT kind, count FROM erased_counts WHERE kind ="
                       " 'street-contacts'") == [("street-contacts", 1)], "the year's count stays"
    assert query(data, "SELECT count(*) FROM contact_log WHERE chat_id = 7199") == [(0,)]


async def test_the_bot_purges_daily(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock, settings: Settings
) -> None:
    stranger = api.user(7299, "Nobody", "en")
    await stranger.send("hello?")
    await stranger.wait_reply()
    await settle(api, runtime)
    logged = "SELECT count(*) FROM contact_log WHERE chat_id = 7299"
    assert query(settings.data_dir, logged) != [(0,)]
    for _ in range(6):
        clock.advance(timedelta(days=1))
        await settle(api, runtime)
    assert query(settings.data_dir, logged) != [(0,)], "kept for a week"
    for _ in range(3):
        clock.advance(timedelta(days=1))
        await settle(api, runtime)
    assert query(settings.data_dir, logged) == [(0,)]
    assert query(settings.data_dir, "SELECT count(*) FROM contact_log WHERE kind ="
                 " 'purge-done'")[0][0] >= 8
