"""Reminder delivery at the production rate limits, with 429/500s and a SIGKILL mid-run.

    .venv/bin/python benchmarks/reminders.py [--reminders 3000] [--seed 4]

N consented clients each get one appointment reminder, all due within the same minute,
seeded straight into the database. The real `python -m bot.cli run` process (default
pacing: 30 msg/s overall, 1 msg/s per chat) drains them against an in-process fake Bot API
that answers 5% of sendMessage calls with 429 (retry_after=1) and 2% with 500 (seeded).
Phase 1 runs to the end; phase 2 SIGKILLs the process once ~N/2 arrived and restarts it.
Goals: >= 95% of the 30/s limit, peak never above 30 in any 1 s window, 0 lost,
<= 1 duplicate per 10,000.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fakebotapi import FakeBotApi  # noqa: E402
from fakebotapi.models import ApiError  # noqa: E402
from fakebotapi.scripting import peak_in_window  # noqa: E402
from storage import Cipher, Database, load_or_create_key, open_database  # noqa: E402
from tests.conftest import TOKEN  # noqa: E402

LIMIT = 30.0  # Settings.rate_global default: the bot runs with production settings
CLIENT_BASE = 2_000_000
ZONE = "Europe/Amsterdam"


class FlakyBotApi(FakeBotApi):
    """The fake Bot API with seeded random 429s and 500s on sendMessage."""

    def __init__(self, seed: int, p429: float, p500: float) -> None:
        super().__init__(token=TOKEN)
        self.rng, self.p429, self.p500 = random.Random(seed), p429, p500
        self.injected: Counter[int] = Counter()

    def _raise_scripted(self, method: str, params: dict[str, Any]) -> None:
        if method == "sendMessage":
            roll = self.rng.random()
            if roll < self.p429:
                self.injected[429] += 1
                raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
            if roll < self.p429 + self.p500:
                self.injected[500] += 1
                raise ApiError(500, "Internal Server Error")
        super()._raise_scripted(method, params)


@dataclass
class Figures:
    delivered: int
    rate: float  # deliveries per second while the bot was running
    wall_rate: float  # deliveries per second from first to last, downtime included
    peak: int  # most successful sends in any 1 s window (as the server saw them)
    peak_attempts: int  # most sendMessage calls, failed ones too, in any 1 s window
    duplicates: int
    lost: int
    outbox: dict[str, int]
    calls: str  # what the fake server answered


async def open_db(data: Path) -> Database:
    return await open_database(data / "meldbot.sqlite3",
                               Cipher(load_or_create_key(data / "secret.key")))


async def seed(data: Path, n: int, rng: random.Random) -> None:
    """n consented clients, one reminder each, due at random moments within one minute."""
    db = await open_db(data)
    now = datetime.now(UTC)
    try:
        async with db.tx() as tx:
            for i in range(n):
                person = await tx.create_person(
                    role="client", alias=f"c{i}", timezone=ZONE, now=now, language="en",
                    telegram_user_id=CLIENT_BASE + i, chat_id=CLIENT_BASE + i)
                await tx.update_person(person.id, consent="given")
                starts = now + timedelta(hours=2, minutes=rng.randrange(60))
                args = {"kind": {"$msg": "appointment-kind-doctor"},
                        "when": {"$dt": starts.isoformat()}, "place": "Huisarts Oost",
                        "note": "–", "alias": f"c{i}"}
                await tx.enqueue(
                    chat_id=CLIENT_BASE + i, kind="message", now=now,
                    due_at=now + timedelta(seconds=rng.uniform(0, 60)), person_id=person.id,
                    ref=f"appt:{i}", payload={"key": "appointment-reminder", "args": args,
                                              "buttons": [], "expires_at": starts.isoformat()})
    finally:
        await db.close()


async def outbox_counts(data: Path) -> dict[str, int]:
    db = await open_db(data)
    try:
        async with db.tx() as tx:
            return await tx.outbox_counts()
    finally:
        await db.close()


async def start_bot(api: FakeBotApi, data: Path) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MELDBOT_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=api.api_url,
               TELEGRAM_API_FILE_URL=api.file_url, MELDBOT_DATA=str(data),
               PYTHONPATH=str(ROOT))
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", env=env, cwd=data.parent,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)


def delivered_counter(api: FakeBotApi, chats: set[int]) -> tuple[Counter[int], Any]:
    """Per-chat successful reminder sends, updated incrementally by calling `update()`."""
    per_chat: Counter[int] = Counter()
    cursor = 0

    def update() -> int:
        nonlocal cursor
        calls = api.calls
        for call in calls[cursor:]:
            chat = call.params.get("chat_id")
            if call.method == "sendMessage" and call.status == 200 and chat in chats:
                per_chat[chat] += 1
        cursor = len(calls)
        return len(per_chat)

    return per_chat, update


async def stop_bot(process: asyncio.subprocess.Process, sig: signal.Signals) -> None:
    if process.returncode is None:
        process.send_signal(sig)
    await asyncio.wait_for(process.wait(), timeout=60)


async def run_phase(n: int, seed_value: int, kill_at: int | None) -> Figures:
    api = FlakyBotApi(seed_value, p429=0.05, p500=0.02)
    await api.start()
    chats = {CLIENT_BASE + i for i in range(n)}
    for chat in chats:
        api.user(chat, f"Client{chat - CLIENT_BASE}")
    per_chat, update = delivered_counter(api, chats)
    timeout = 120 + n / LIMIT * 3
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        await seed(data, n, random.Random(seed_value))
        process = await start_bot(api, data)
        runs: list[tuple[float, float]] = []  # (start, end) monotonic of each bot process
        try:
            started = time.monotonic()
            if kill_at is not None:
                await api.wait_for(lambda: update() >= kill_at, timeout=timeout)
                await stop_bot(process, signal.SIGKILL)
                runs.append((started, time.monotonic()))
                process = await start_bot(api, data)
                started = time.monotonic()
            await api.wait_for(lambda: update() >= n, timeout=timeout)
            await asyncio.sleep(3)  # late retries or duplicates still count
            update()
            await stop_bot(process, signal.SIGTERM)
            runs.append((started, time.monotonic()))
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
        counts = await outbox_counts(data)
    await api.stop()
    times = sorted(c.at for c in api.calls if c.method == "sendMessage" and c.status == 200
                   and c.params.get("chat_id") in chats)
    attempts = [c.at for c in api.calls if c.method == "sendMessage"]
    # sending time: from each process's first delivery to its last
    busy = 0.0
    for begin, end in runs:
        inside = [t for t in times if begin <= t <= end]
        if len(inside) > 1:
            busy += inside[-1] - inside[0]
    total = len(times)
    wall = times[-1] - times[0] if total > 1 else 0.0
    return Figures(
        delivered=len(per_chat), rate=(total - len(runs)) / busy if busy else 0.0,
        wall_rate=(total - 1) / wall if wall else 0.0,
        peak=api.peak_rate("send", window=1.0),
        peak_attempts=peak_in_window(attempts, 1.0),
        duplicates=sum(k - 1 for k in per_chat.values() if k > 1),
        lost=n - len(per_chat), outbox=counts,
        calls=f"{len(attempts)} sendMessage calls, {api.injected[429]} answered 429,"
              f" {api.injected[500]} answered 500")


def report(label: str, n: int, f: Figures) -> None:
    ok = {True: "PASS", False: "MISS"}
    share = 100 * f.rate / LIMIT
    dup_ok = f.duplicates * 10_000 <= n
    print(f"  {label}")
    print(f"    delivered {f.delivered}/{n}; {f.rate:.2f}/s while running = {share:.1f}% of"
          f" {LIMIT:.0f}/s (goal >= 95%): {ok[share >= 95]};"
          f" {f.wall_rate:.2f}/s first-to-last incl. downtime")
    print(f"    peak over any 1 s window: {f.peak} deliveries (goal <= {LIMIT:.0f}):"
          f" {ok[f.peak <= LIMIT]}; {f.peak_attempts} calls incl. 429/500 answers")
    print(f"    duplicates {f.duplicates} ({f.duplicates * 10_000 / n:.1f} per 10,000,"
          f" goal <= 1): {ok[dup_ok]}; lost {f.lost} (goal 0): {ok[f.lost == 0]}")
    print(f"    fake server: {f.calls}; outbox rows by status: {f.outbox}")


async def main(args: argparse.Namespace) -> None:
    n = args.reminders
    print(f"reminders: {n} clients, due within one minute, limit {LIMIT:.0f}/s,"
          " 5% 429 (retry_after=1), 2% 500")
    if n / 60 < LIMIT:
        print(f"  note: {n} reminders over one minute arrive slower than {LIMIT:.0f}/s;"
              " the rate measures the due times, not the sender")
    report("phase 1: one uninterrupted run", n, await run_phase(n, args.seed, None))
    report("phase 2: SIGKILL at ~N/2 delivered, restarted",
           n, await run_phase(n, args.seed + 1, n // 2))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reminders", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=4)
    asyncio.run(main(parser.parse_args()))
