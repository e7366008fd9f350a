"""Several workers on PostgreSQL beside one process on SQLite: inbound throughput, outbound
delivery, and how soon another worker takes over polling after a SIGKILL.

    .venv/bin/python benchmarks/workers.py [--messages 1200] [--clients 400] [--managers 200]
                                           [--workers 1,2,4] [--rounds 3] [--profile DIR]

Real `meldbot run` processes (benchmarks/workers_setup.py) against the fake Bot API, with
Telegram's limits in their settings (30 sends a second overall, 1 a second per chat). Each
run has a fresh database (SQLite in a temporary folder; a PostgreSQL database
`meldbot_bench_<pid>_<run>` on 127.0.0.1:5432, dropped afterwards) seeded through the
repositories with --clients consented clients spread evenly over --managers casemanagers.

1. inbound: once every worker is up (and idle for a second), --messages ordinary texts
   (the bot's classifier flags none of them) are queued at the fake server at once, the
   clients in turn, so each writes messages/clients of them (at most 3: no flood batching).
   Timed from that moment until the database holds every update and none is unprocessed
   (looked at every 0.1 s). Each message runs the real flows: classifier, contact log,
   a relay to the casemanager, and a receipt for a client's first message. On PostgreSQL
   every worker handles the inbox, but only the lease holder polls and sends.
2. outbound: the relays and receipts of that burst (clients + messages sends over
   clients + managers chats, so the overall 30/s, not a chat's 1/s, is the bound), until
   the outbox is empty: the rate from the first send to the last ((sends - 1) / seconds)
   and its share of 30/s, the rate while the inbox was still being handled, the peak in
   any second (all workers together) and in one chat, and the 429s.
3. takeover: 3 idle workers on PostgreSQL; the lease holder (table `leases`) gets SIGKILL
   and a client writes at once. Timed: until another worker holds the lease, until the fake
   server sees a getUpdates after the kill, until the client's receipt arrives. A fresh
   worker replaces the killed one before the next round.
Also printed, for the burst: the CPU the workers, their PostgreSQL backends, this process
and anything else on the machine used (ms per update, from /proc), how many cores were busy,
and how often a worker's transaction met a conflict and was done again ("database busy"
in its log). The workers inherit this environment (OPENBLAS_NUM_THREADS=1 runs them with one
numpy thread each; the header shows the setting). --profile runs each under cProfile.
Goals: inbound with 2 workers >= 1.6 x one worker; delivery >= 95 % of 30/s with at most
30 sends in any second; polling taken over < 10 s. Figures only: nothing is asserted. The
fake server and the probes run in this process, on the same cores as the workers.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.workers_setup import (  # noqa: E402
    CLIENT_BASE,
    CM_BASE,
    CpuMeter,
    Probe,
    Workers,
    admin,
    ordinary_texts,
    pg_url,
    ready,
    seed,
    until,
)
from fakebotapi.scripting import is_message_send  # noqa: E402
from tests.conftest import TOKEN  # noqa: E402
from tests.fakebotapi import FakeBotApi, FakeUser  # noqa: E402

warnings.filterwarnings("ignore")
LIMIT = 30.0  # Telegram: messages a second, all chats


@dataclass
class Run:
    label: str
    inbound: float  # seconds from the burst until every update is processed
    sends: list[float]  # arrival times of the successful sends
    during: int  # of them, before the inbox was done
    inbox_done: float  # monotonic
    peak: int
    chat_peak: int
    refused: int  # 429s
    failed: int  # other failed sends
    cpu: dict[str, float]  # CPU seconds during the burst, by group (CpuMeter)
    foreign: str  # the busiest process not ours during the burst
    busy: int  # transactions done again: "database busy" in the workers' logs


@dataclass
class Takeover:
    lease: float
    poll: float
    answer: float


def make_users(api: FakeBotApi, args: argparse.Namespace) -> list[FakeUser]:
    for j in range(args.managers):
        api.user(CM_BASE + j, f"Casemanager{j}")
    return [api.user(CLIENT_BASE + i, f"Client{i}", "fr") for i in range(args.clients)]


async def load_run(args: argparse.Namespace, texts: list[str], label: str, count: int,
                   database: str | None) -> Run:
    """One configuration: seed, start `count` workers, the burst, until the outbox is empty."""
    api = FakeBotApi(token=TOKEN)
    await api.start()
    users = make_users(api, args)
    url = None if database is None else pg_url(database)
    try:
        if database is not None:
            await admin(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
            await admin(f"CREATE DATABASE {database}")
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            await seed(folder / "data", url, args.clients, args.managers)
            profile = None if args.profile is None else args.profile / (database or "sqlite")
            workers, probe = Workers(api, folder, url, profile), Probe(folder, url)
            try:
                await workers.start(count)
                await ready(api, workers, probe)
                meter = CpuMeter([w.pid for w in workers.alive()], await probe.backends())
                mark = len(api.calls)
                meter.start()
                start = time.monotonic()
                for n in range(args.messages):  # queued only: nothing waits here
                    await users[n % args.clients].send(texts[n // args.clients % len(texts)])

                async def processed() -> bool | None:
                    stored, waiting = await probe.inbox()
                    return True if stored >= args.messages and waiting == 0 else None

                await until(processed, workers, timeout=60 + args.messages, every=0.1)
                inbox_done = time.monotonic()
                cpu, foreign = meter.stop()

                async def drained() -> bool | None:
                    return True if await probe.outbox_open() == 0 else None

                await until(drained, workers, timeout=120 + 3 * args.messages / LIMIT,
                            every=0.2)
            finally:
                await workers.stop()
                await probe.close()
                busy = workers.logged("database busy")
    finally:
        if database is not None:
            await admin(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        await api.stop()
    calls = [c for c in api.calls[mark:] if is_message_send(c.method)]
    sends = sorted(c.at for c in calls if c.status == 200)
    return Run(label, inbox_done - start, sends, sum(1 for at in sends if at <= inbox_done),
               inbox_done, api.peak_rate("send", 1.0), api.sends_per_chat_peak(1.0),
               sum(1 for c in calls if c.status == 429),
               sum(1 for c in calls if c.status not in (200, 429)), cpu, foreign, busy)


async def takeover(args: argparse.Namespace, texts: list[str]) -> list[Takeover]:
    """3 idle workers; SIGKILL the lease holder, a client writes; a fresh worker after."""
    api = FakeBotApi(token=TOKEN)
    await api.start()
    users = make_users(api, args)
    database = f"meldbot_bench_{os.getpid()}_takeover"
    url = pg_url(database)
    found: list[Takeover] = []
    try:
        await admin(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        await admin(f"CREATE DATABASE {database}")
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            await seed(folder / "data", url, args.clients, args.managers)
            workers, probe = Workers(api, folder, url), Probe(folder, url)
            try:
                await workers.start(3)
                for round_ in range(args.rounds):
                    await ready(api, workers, probe)
                    found.append(await kill_holder(api, workers, probe, users[round_],
                                                   texts[0]))
                    await workers.start(1)
            finally:
                await workers.stop()
                await probe.close()
    finally:
        await admin(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        await api.stop()
    return found


async def kill_holder(api: FakeBotApi, workers: Workers, probe: Probe, user: FakeUser,
                      text: str) -> Takeover:
    holder = await probe.holder()
    assert holder is not None
    victim = workers.by_holder(holder)
    seen = len(api.calls)
    killed = time.monotonic()
    victim.kill()
    await victim.wait()
    await user.send(text)
    marks: dict[str, float] = {}

    async def taken() -> Takeover | None:
        now = await probe.holder()
        if "lease" not in marks and now is not None and now != holder:
            marks["lease"] = time.monotonic() - killed
        for call in api.calls[seen:]:
            if call.at <= killed:
                continue  # the killed worker's own long poll, answered to no one
            if call.method == "getUpdates":
                marks.setdefault("poll", call.at - killed)
            elif is_message_send(call.method) and call.status == 200 \
                    and call.params.get("chat_id") == user.id:
                marks.setdefault("answer", call.at - killed)
        if len(marks) < 3:
            return None
        return Takeover(marks["lease"], marks["poll"], marks["answer"])

    return await until(taken, workers, timeout=120)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def rate(run: Run) -> float:
    span = run.sends[-1] - run.sends[0] if len(run.sends) > 1 else 0.0
    return (len(run.sends) - 1) / span if span > 0 else 0.0


def during(run: Run) -> str:
    """Sends a second from the first send until the inbox was done (too short: "-")."""
    span = run.inbox_done - run.sends[0] if run.sends else 0.0
    return f"{run.during / span:.1f}" if span > 0.5 else "-"


def report(args: argparse.Namespace, runs: list[Run]) -> None:
    print(f"  {'run':<22}{'inbound':>9}{'upd/s':>8}{'sends':>7}{'span':>8}{'sends/s':>9}"
          f"{'of 30/s':>9}{'in burst':>10}{'peak/s':>8}{'chat':>6}{'429':>5}")
    for run in runs:
        span = run.sends[-1] - run.sends[0] if run.sends else 0.0
        print(f"  {run.label:<22}{run.inbound:>8.2f}s{args.messages / run.inbound:>8.0f}"
              f"{len(run.sends):>7}{span:>7.1f}s{rate(run):>9.1f}{rate(run) / LIMIT:>9.1%}"
              f"{during(run):>10}{run.peak:>8}{run.chat_peak:>6}{run.refused:>5}"
              + (f"  ({run.failed} sends failed otherwise)" if run.failed else ""))
    expected = args.clients + args.messages
    short = [r.label for r in runs if len(r.sends) != expected]
    print(f"  (sends expected per run: {args.clients} receipts + {args.messages} relays ="
          f" {expected}{'; differs in: ' + ', '.join(short) if short else ''}; 'in burst':"
          " sends/s while the inbox was being handled; 'chat': most sends to one chat in a"
          " second)")
    print(f"  CPU during the burst, ms per update: {'workers':>8}{'postgres':>9}"
          f"{'fake+probe':>11}{'other':>7}   cores busy (of {os.cpu_count()})")
    for run in runs:
        per = {k: 1000 * v / args.messages for k, v in run.cpu.items()}
        print(f"  {run.label:<33}{per['workers']:>8.2f}{per['postgres']:>9.2f}"
              f"{per['this']:>11.2f}{per['other']:>7.2f}   {run.cpu['machine'] / run.inbound:.2f}"
              f"   busy retries {run.busy}"
              + (f"; busiest other process: {run.foreign}" if run.foreign else ""))
    by_count = {r.label: r for r in runs}
    one, two = by_count.get("PostgreSQL 1 worker"), by_count.get("PostgreSQL 2 workers")
    if one is not None and two is not None:
        ratio = one.inbound / two.inbound
        print(f"  inbound 2 workers / 1 worker = {ratio:.2f} (goal >= 1.6): "
              f"{verdict(ratio >= 1.6)}")
    worst = min(rate(r) for r in runs)
    peak = max(r.peak for r in runs)
    ok = worst >= 0.95 * LIMIT and peak <= LIMIT and not any(r.refused for r in runs) \
        and max(r.chat_peak for r in runs) <= 1
    print(f"  delivery: lowest {worst / LIMIT:.1%} of 30/s (goal >= 95 %), highest peak"
          f" {peak} in a second (goal <= 30), {sum(r.refused for r in runs)} 429s:"
          f" {verdict(ok)}")


async def main(args: argparse.Namespace) -> None:
    began = time.monotonic()
    texts = ordinary_texts()
    per_client = -(-args.messages // args.clients)
    print(f"workers: {args.messages} messages from {args.clients} consented clients"
          f" ({per_client} each at most; {args.managers} casemanagers); {os.cpu_count()}"
          f" cores, load average {os.getloadavg()[0]:.2f}; limits 30/s overall, 1/s per chat;"
          f" OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', '(unset)')}")
    if per_client > 3:
        print("  note: more than 3 messages a client: the 4th and later are batched and sent"
              " a minute later, which stretches the sending")
    runs = [await load_run(args, texts, "SQLite 1 process", 1, None)]
    try:
        await admin("SELECT 1")
    except (OSError, asyncpg.PostgresError) as error:
        print(f"  PostgreSQL not reachable ({type(error).__name__}; MELDBOT_BENCH_PG names"
              " the server): SQLite only")
        args.workers, args.rounds = [], 0
    for count in args.workers:
        label = f"PostgreSQL {count} worker{'s' if count > 1 else ''}"
        runs.append(await load_run(args, texts, label, count,
                                   f"meldbot_bench_{os.getpid()}_{count}"))
    report(args, runs)
    if args.rounds:
        print(f"takeover: 3 idle workers on PostgreSQL, the lease holder killed (SIGKILL);"
              f" {args.rounds} rounds")
        rounds = await takeover(args, texts)
        for number, found in enumerate(rounds, 1):
            print(f"  round {number}: lease taken {found.lease:5.2f} s, polling again"
                  f" {found.poll:5.2f} s, client answered {found.answer:5.2f} s")
        worst = max(max(r.lease, r.poll) for r in rounds)
        print(f"  max takeover of polling {worst:.2f} s (goal < 10 s): {verdict(worst < 10)}")
    print(f"  (whole benchmark {time.monotonic() - began:.0f} s; load average now"
          f" {os.getloadavg()[0]:.2f})")


def counts(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1200)
    parser.add_argument("--clients", type=int, default=400)
    parser.add_argument("--managers", type=int, default=200)
    parser.add_argument("--workers", type=counts, default=[1, 2, 4],
                        help="PostgreSQL worker counts, comma-separated")
    parser.add_argument("--rounds", type=int, default=3, help="takeover rounds (0: none)")
    parser.add_argument("--profile", type=Path, default=None,
                        help="run the workers under cProfile, files into this folder")
    asyncio.run(main(parser.parse_args()))
