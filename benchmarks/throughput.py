"""Throughput and memory of the full bot against a bare PTB echo bot, on the fake Bot API.

    .venv/bin/python benchmarks/throughput.py [--messages 2000] [--users 50] [--people 10000]

1. full stack: the real Runtime (durable inbox, flows, outbox, sender with pacing raised)
   handling N texts from M consented clients, timed until every update is processed and
   every message due now has been sent (receipts, relays to the casemanager). A client's
   flood (> 3 a minute) gets one receipt and one batched relay a minute later: that
   deferred row is not waited for; the sends are counted and printed;
2. baseline: a bare python-telegram-bot echo bot (defaults) answering the same N texts;
3. memory: a child process seeds --people people, runs the Runtime, gets one message from
   each of a few hundred clients (one receipt each) and reports its peak RSS (the fake
   server lives in the parent, so it is not counted).
Goals: full / bare >= 0.7, peak RSS < 150 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import logging
import pstats
import resource
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402
from telegram.ext import Application, ContextTypes, MessageHandler, filters  # noqa: E402

from bot.clock import SystemClock  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.runtime import Runtime, open_storage  # noqa: E402
from storage import Database  # noqa: E402
from tests.conftest import TOKEN, make_settings  # noqa: E402
from tests.fakebotapi import FakeBotApi, FakeUser  # noqa: E402

warnings.filterwarnings("ignore")  # PTB's user warnings are noise in a benchmark
ZONE = "Europe/Amsterdam"
FAST = 100_000.0  # sends per second, overall and per chat: the fake server has no limits
CM_BASE, CLIENT_BASE = 500_000, 1_000_000  # telegram ids: casemanagers, clients
WARM = 10  # extra clients for the warm-up, so the measured ones start without a flood


def arrived(api: FakeBotApi, chats: set[int], want: int) -> Callable[[], bool]:
    """A predicate: `want` bot messages reached `chats` (incremental, no rescans)."""
    cursor = count = 0

    def check() -> bool:
        nonlocal cursor, count
        sent = api.sent
        count += sum(1 for m in sent[cursor:] if m.chat_id in chats)
        cursor = len(sent)
        return count >= want

    return check


async def send_all(users: Sequence[FakeUser], n: int, label: str) -> None:
    for i in range(n):  # only queued in the fake server: returns at once
        await users[i % len(users)].send(f"{label} message {i}")


async def drive(api: FakeBotApi, users: Sequence[FakeUser], n: int, label: str) -> float:
    """Queue n texts round-robin; seconds until n replies reached those users' chats."""
    done = arrived(api, {u.id for u in users}, n)
    start = time.perf_counter()
    await send_all(users, n, label)
    await api.wait_for(done, timeout=60 + n / 5)
    return time.perf_counter() - start


async def settle(api: FakeBotApi, runtime: Runtime, users: Sequence[FakeUser], n: int,
                 label: str) -> float:
    """Queue n texts; seconds until all are processed and nothing due now is unsent."""
    assert runtime.deps is not None
    db, clock = runtime.deps.db, runtime.deps.clock
    start = time.perf_counter()
    await send_all(users, n, label)
    await asyncio.wait_for(runtime.dispatcher.wait_processed(api.state.last_update_id), 60 + n)
    while True:
        async with db.tx() as tx:
            sending = (await tx.outbox_counts()).get("sending", 0)
            next_due = await tx.next_due_at()
        if not sending and (next_due is None or next_due > clock.now()):
            return time.perf_counter() - start
        await asyncio.sleep(0.05)


async def seed(db: Database, clients: int, managers: int, batch: int = 1000) -> None:
    """Consented clients (telegram ids CLIENT_BASE+i) spread over casemanagers (CM_BASE+j)."""
    now = datetime.now(UTC)
    async with db.tx() as tx:
        cms = [(await tx.create_person(role="casemanager", alias=f"cm{j}", timezone=ZONE,
                                       now=now, language="en", telegram_user_id=CM_BASE + j,
                                       chat_id=CM_BASE + j)).id for j in range(managers)]
    for first in range(0, clients, batch):
        async with db.tx() as tx:
            for i in range(first, min(clients, first + batch)):
                person = await tx.create_person(
                    role="client", alias=f"c{i}", timezone=ZONE, now=now, language="en",
                    casemanager_id=cms[i % managers], telegram_user_id=CLIENT_BASE + i,
                    chat_id=CLIENT_BASE + i)
                await tx.update_person(person.id, consent="given")


def calls_summary(api: FakeBotApi) -> str:
    methods = collections.Counter(c.method for c in api.calls)
    top = ", ".join(f"{name} {count}" for name, count in methods.most_common(4))
    return f"{len(api.calls)} calls ({top}); peak {api.peak_rate()} sends/s"


async def full_stack(n: int, m: int, profile: bool) -> float:
    api = FakeBotApi(token=TOKEN)
    await api.start()
    with tempfile.TemporaryDirectory() as tmp:
        settings = make_settings(api, Path(tmp) / "data", rate_global=FAST,
                                 rate_per_chat=FAST)
        runtime = Runtime(settings, clock=SystemClock())
        await runtime.start()
        assert runtime.deps is not None
        api.user(CM_BASE, "Casemanager")
        users = [api.user(CLIENT_BASE + i, f"Client{i}") for i in range(m + WARM)]
        await seed(runtime.deps.db, m + WARM, 1)
        await settle(api, runtime, users[m:], WARM, "warm-up")
        before, calls = len(api.sent), len(api.calls)
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        seconds = await settle(api, runtime, users[:m], n, "full")
        to_clients = sum(1 for msg in api.sent[before:] if msg.chat_id != CM_BASE)
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        await runtime.stop()
    print(f"  full stack: {n} handled in {seconds:.2f}s = {n / seconds:,.0f} msg/s; sent"
          f" {to_clients} receipts + {len(api.sent) - before - to_clients} to the casemanager"
          f" in {len(api.calls) - calls} calls  [fake server: {calls_summary(api)}]")
    await api.stop()
    return n / seconds


async def bare_echo(n: int, m: int) -> float:
    api = FakeBotApi(token=TOKEN)
    await api.start()

    async def echo(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        if update.message is not None:
            await update.message.reply_text(update.message.text or "")

    app = (Application.builder().token(TOKEN).base_url(api.api_url)
           .base_file_url(api.file_url).build())
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=10)
    users = [api.user(CLIENT_BASE + i, f"Client{i}") for i in range(m + WARM)]
    await drive(api, users[m:], WARM, "warm-up")
    seconds = await drive(api, users[:m], n, "bare")
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    print(f"  bare echo:  {n} echoes   in {seconds:.2f}s = {n / seconds:,.0f} msg/s"
          f"  [fake server: {calls_summary(api)}]")
    await api.stop()
    return n / seconds


async def memory_child(base: str, data_dir: str, people: int) -> None:
    """In the child: seed, run the Runtime until told to stop on stdin, print peak RSS."""
    settings = Settings(token=TOKEN, api_base_url=f"{base}/bot", api_file_url=f"{base}/file/bot",
                        data_dir=Path(data_dir), team_chat_id=None, timezone=ZONE,
                        poll_timeout=2, rate_global=FAST, rate_per_chat=FAST)
    managers = max(1, people // 100)
    db = await open_storage(settings)
    await seed(db, people - managers, managers)
    await db.close()
    runtime = Runtime(settings, clock=SystemClock())
    await runtime.start()
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    await runtime.stop()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)


async def memory(people: int, n: int) -> float:
    api = FakeBotApi(token=TOKEN)
    await api.start()
    managers = max(1, people // 100)
    for j in range(managers):
        api.user(CM_BASE + j, f"Casemanager{j}")
    users = [api.user(CLIENT_BASE + i, f"Client{i}") for i in range(min(n, people - managers))]
    with tempfile.TemporaryDirectory() as tmp:
        child = await asyncio.create_subprocess_exec(
            sys.executable, __file__, "--child", api.base_url, tmp, str(people),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
        assert child.stdin is not None and child.stdout is not None
        try:
            started = time.perf_counter()
            ready = await asyncio.wait_for(child.stdout.readline(), timeout=600)
            assert ready.strip() == b"ready", ready
            seeded = time.perf_counter() - started
            seconds = await drive(api, users, n, "memory")
            child.stdin.write(b"stop\n")
            await child.stdin.drain()
            kib = int((await asyncio.wait_for(child.stdout.readline(), timeout=60)).strip())
        finally:
            if child.returncode is None:
                await asyncio.wait_for(child.wait(), timeout=30)
    print(f"  memory: {people:,} people seeded + started in {seeded:.1f}s; {n} messages in"
          f" {seconds:.2f}s; peak RSS {kib / 1024:.1f} MB")
    await api.stop()
    return kib / 1024


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


async def main(args: argparse.Namespace) -> None:
    print(f"throughput: {args.messages} messages from {args.users} users")
    full = await full_stack(args.messages, args.users, args.profile)
    bare = await bare_echo(args.messages, args.users)
    ratio = full / bare
    print(f"  ratio full / bare = {ratio:.2f} (goal >= 0.7): {verdict(ratio >= 0.7)}")
    if args.people > 0:
        rss = await memory(args.people, args.memory_messages)
        print(f"  peak RSS {rss:.1f} MB (goal < 150 MB): {verdict(rss < 150)}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        asyncio.run(memory_child(sys.argv[2], sys.argv[3], int(sys.argv[4])))
        sys.exit(0)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--people", type=int, default=10_000, help="0 skips the memory run")
    parser.add_argument("--memory-messages", type=int, default=300,
                        help="messages (one per client) in the memory run")
    parser.add_argument("--profile", action="store_true", help="cProfile the full-stack run")
    asyncio.run(main(parser.parse_args()))
