"""Erasure (GDPR Art. 17): after `meldbot erase`, no byte of the client's alias or of
their words is left in the database file or its WAL; `/erase` asks an admin to confirm and
is refused to anyone else."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.clock import FakeClock
from bot.config import Settings
from bot.runtime import Runtime
from tests.backends import backend_env, stored_content
from tests.fakebotapi import FakeBotApi, FakeUser
from tests.integration.harness import ROOT, join_as, new_client, plain, settle, text_of
from tests.integration.test_aftercare import answer_all, plan_aftercare

ALIAS = "Zorblaxqa"
MARKERS = ("Quixotrynm", "Vexillumtra", "Plumbagovil", "Glimmerwortz", "Snorkelfrab")


async def plan_appointment(manager: FakeUser, alias: str, place: str, note: str) -> None:
    await manager.send("/appointment")
    await manager.wait_reply(lambda m: "For which client" in plain(m.body))
    await manager.tap(f"👤 {alias}")
    await manager.wait_reply(lambda m: "What kind" in plain(m.body))
    await manager.tap("🩺")
    await manager.wait_reply(lambda m: "Which day" in plain(m.body))
    mark = manager.mark()
    await manager.send("26-11 10:00")
    await manager.wait_reply(after=mark)
    await manager.send(place)
    await manager.wait_reply(lambda m: "note" in plain(m.body))
    mark = manager.mark()
    await manager.send(note)
    await manager.wait_reply(lambda m: "Reminders" in plain(m.body), after=mark)
    mark = manager.mark()
    await manager.tap("✅ Save")
    await manager.wait_reply(lambda m: "Saved" in plain(m.body), after=mark)


async def client_with_everything(api: FakeBotApi, runtime: Runtime, clock: FakeClock
                                 ) -> tuple[FakeUser, FakeUser]:
    """A client with messages, an alert, an appointment and an answered check-in, each
    carrying marker words."""
    manager = await join_as(api, runtime, "casemanager", 6101, "Karim", "en")
    client = await new_client(api, manager, ALIAS, 6102, "🇫🇷 Français", "🇳🇱")
    mark = manager.mark()
    await client.send(f"bonjour {MARKERS[0]}")
    await manager.wait_reply(lambda m: MARKERS[0] in plain(m.body), after=mark)
    mark = manager.mark()
    await client.send(f"3afak 3awni, ana mrid bzaf {MARKERS[1]}")
    await manager.wait_reply(lambda m: MARKERS[1] in plain(m.body) and bool(m.button_texts()),
                             after=mark)
    await plan_appointment(manager, ALIAS, f"{MARKERS[2]} 12", f"bring {MARKERS[4]}")
    await plan_aftercare(manager, ALIAS)
    mark = client.mark()
    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    await answer_all(client, 3, [2, 2, 2, 2, 2], after=mark, other=f"{MARKERS[3]} ok")
    await settle(api, runtime)
    return manager, client


def leftovers(data_dir: Path) -> list[str]:
    """Which of the alias and markers the database holds (SQLite: the raw bytes of the file
    and WAL after a checkpoint; PostgreSQL: every table's content)."""
    raw = stored_content(data_dir)
    return [word for word in (ALIAS, *MARKERS)
            if any(form in raw for form in (word.encode(), word.encode("utf-16-le")))]


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MELDBOT_"))}
    env.update(backend_env(data_dir), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=data_dir.parent)


async def test_cli_erase_leaves_no_byte_of_the_person(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock, settings: Settings
) -> None:
    await client_with_everything(api, runtime, clock)
    data_dir = settings.data_dir

    shown = await asyncio.to_thread(cli, data_dir, "erase", "--person", ALIAS)
    assert shown.returncode == 1, shown.stderr
    assert "would remove" in shown.stdout and "alert_messages" in shown.stdout
    assert not [line for line in shown.stdout.splitlines() if line.strip() == "people  0"]

    done = await asyncio.to_thread(cli, data_dir, "erase", "--person", ALIAS.lower(), "--yes")
    assert done.returncode == 0, done.stderr
    report = dict(line.split() for line in done.stdout.splitlines()[1:])
    assert report["people"] == "1" and int(report["alerts"]) >= 1
    assert int(report["appointments"]) == 1 and int(report["checkin_answers"]) >= 1
    assert int(report["contact_log"]) >= 3
    await settle(api, runtime)
    assert await asyncio.to_thread(leftovers, data_dir) == []

    async with runtime.deps.db.tx() as tx:  # type: ignore[union-attr]
        assert await tx.client_by_alias(ALIAS) == []
        counts = {kind: count for _, kind, count in await tx.erased_counts()}
    assert counts["clients"] == 1 and counts["alerts"] >= 1 and counts["appointments"] == 1
    again = await asyncio.to_thread(cli, data_dir, "erase", "--person", ALIAS, "--yes")
    assert again.returncode == 1 and "no client" in again.stderr


async def test_erase_in_the_bot_asks_an_admin_and_refuses_others(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock, settings: Settings
) -> None:
    manager, client = await client_with_everything(api, runtime, clock)
    mark = manager.mark()
    await manager.send(f"/erase {ALIAS}")
    refused = await manager.wait_reply(after=mark)
    assert plain(refused.body) == text_of(runtime, "en", "refusal-not-available")

    admin = await join_as(api, runtime, "admin", 6103, "Anouk", "en")
    await admin.send(f"/erase {ALIAS}")
    ask = await admin.wait_reply(lambda m: "Erase" in plain(m.body))
    await admin.tap("↩️", ask)
    await api.wait_for(lambda: "Nothing was erased" in plain(api.state.current(ask).body))

    await admin.send(f"/erase {ALIAS}")
    ask = await admin.wait_reply(lambda m: "Erase" in plain(m.body) and bool(m.button_texts()))
    await admin.tap("🗑️", ask)
    await api.wait_for(lambda: "Erased" in plain(api.state.current(ask).body))
    await settle(api, runtime)
    async with runtime.deps.db.tx() as tx:  # type: ignore[union-attr]
        assert await tx.client_by_alias(ALIAS) == []

    # the client is a stranger now: the neutral greeting, nothing about anyone
    mark = client.mark()
    await client.send("allo ?")
    greeting = await client.wait_reply(after=mark)
    assert plain(greeting.body) == text_of(runtime, "fr", "greeting-unknown") or \
        ALIAS not in plain(greeting.body)
    await settle(api, runtime)
    # compaction runs in the background after the erasure's commit: wait for it
    await api.wait_for(lambda: not leftovers(settings.data_dir), timeout=20)
