"""Helpers of benchmarks/workers.py: databases, seeding, `meldbot run` processes and probes.

Each worker is a real `python -m bot.cli run` process against the fake Bot API (as
tests/integration/test_workers.py starts them), its log in a file of the run's folder."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import asyncpg

from bot.flag_model import load_flag_model
from flows.flags import classify
from storage import open_store
from tests.conftest import TOKEN
from tests.fakebotapi import FakeBotApi

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
SERVER = os.environ.get("MELDBOT_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
ZONE = "Europe/Amsterdam"
CM_BASE, CLIENT_BASE = 500_000, 1_000_000  # telegram ids: casemanagers, clients
GREETINGS = ("Salam, kif dayr?", "Bonjour, merci pour hier", "chokran bzaf, labas",
             "Salut, ça va ?", "wakha, nchoufk ghda", "À quelle heure est le rendez-vous ?",
             "merci beaucoup", "ok, à demain", "labas 3lik?", "wach kayn chi rendez-vous ghda?")


def ordinary_texts() -> list[str]:
    """Texts the bot's own classifier neither flags nor asks about: each is relayed."""
    model = load_flag_model(None)
    texts = []
    for text in GREETINGS:
        result = classify(text, model)
        if not result.flagged and not result.ask and result.severity is None:
            texts.append(text)
    if not texts:
        raise SystemExit("every benchmark text is flagged by the classifier: pick others")
    return texts


def pg_url(database: str) -> str:
    return SERVER.rsplit("/", 1)[0] + "/" + database


async def admin(sql: str) -> None:
    conn = await asyncpg.connect(SERVER)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def seed(data: Path, url: str | None, clients: int, managers: int) -> None:
    """Consented clients (telegram ids CLIENT_BASE+i) spread evenly over casemanagers
    (CM_BASE+j), written through the repositories, as benchmarks/throughput.py does."""
    db = await open_store(data / "meldbot.sqlite3", data / "secret.key", url)
    now = datetime.now(UTC)
    try:
        async with db.tx() as tx:
            cms = [(await tx.create_person(role="casemanager", alias=f"cm{j}", timezone=ZONE,
                                           now=now, language="en", telegram_user_id=CM_BASE + j,
                                           chat_id=CM_BASE + j)).id for j in range(managers)]
            for i in range(clients):
                person = await tx.create_person(
                    role="client", alias=f"c{i}", timezone=ZONE, now=now, language="fr",
                    casemanager_id=cms[i % managers], telegram_user_id=CLIENT_BASE + i,
                    chat_id=CLIENT_BASE + i)
                await tx.update_person(person.id, consent="given")
    finally:
        await db.close()


class Workers:
    """`meldbot run` processes on one data folder (and database), started and ended here."""

    def __init__(self, api: FakeBotApi, folder: Path, url: str | None,
                 profile: Path | None = None) -> None:
        """`profile`: run each worker under cProfile, into `<profile>-workerN.prof`."""
        self.folder, self.url, self.profile = folder, url, profile
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("TELEGRAM_", "MELDBOT_"))}
        self.env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=api.api_url,
                        TELEGRAM_API_FILE_URL=api.file_url, MELDBOT_DATA=str(folder / "data"),
                        PYTHONPATH=str(ROOT))
        if url is not None:
            self.env["MELDBOT_DATABASE_URL"] = url
        self.all: list[asyncio.subprocess.Process] = []

    async def start(self, count: int = 1) -> None:
        for _ in range(count):
            name = f"worker{len(self.all)}"
            profiled = [] if self.profile is None else [
                "-m", "cProfile", "-o", f"{self.profile}-{name}.prof"]
            log = (self.folder / f"{name}.log").open("wb")
            try:
                self.all.append(await asyncio.create_subprocess_exec(
                    sys.executable, *profiled, "-m", "bot.cli", "run", env=self.env,
                    cwd=self.folder, stdout=asyncio.subprocess.DEVNULL, stderr=log))
            finally:
                log.close()  # the child has its own copy

    def alive(self) -> list[asyncio.subprocess.Process]:
        return [w for w in self.all if w.returncode is None]

    def check(self) -> None:
        """A worker that ended by itself: stop the benchmark, with the end of its log."""
        for index, worker in enumerate(self.all):
            if worker.returncode not in (None, -signal.SIGKILL):
                tail = (self.folder / f"worker{index}.log").read_text(errors="replace")
                raise RuntimeError(f"worker {worker.pid} exited with {worker.returncode}:\n"
                                   + "\n".join(tail.splitlines()[-15:]))

    def logged(self, text: str) -> int:
        """How many lines of the workers' logs contain `text`."""
        return sum(path.read_text(errors="replace").count(text)
                   for path in self.folder.glob("worker*.log"))

    def by_holder(self, holder: str) -> asyncio.subprocess.Process:
        return next(w for w in self.alive() if f":{w.pid}:" in holder)

    async def stop(self) -> None:
        """SIGTERM (a clean stop), then SIGKILL for any still there after 30 s."""
        for worker in self.alive():
            worker.send_signal(signal.SIGTERM)
        for worker in self.all:
            try:
                await asyncio.wait_for(worker.wait(), timeout=30)
            except TimeoutError:
                worker.kill()
                await worker.wait()


class Probe:
    """What the database shows, read as another program would (its own connection)."""

    def __init__(self, folder: Path, url: str | None) -> None:
        self.path, self.url = folder / "data" / "meldbot.sqlite3", url
        self.conn: asyncpg.Connection | None = None

    async def _fetch(self, sql: str) -> list[tuple[Any, ...]]:
        if self.url is None:
            def read() -> list[tuple[Any, ...]]:
                conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5)
                try:
                    return list(conn.execute(sql).fetchall())
                finally:
                    conn.close()
            return await asyncio.to_thread(read)
        if self.conn is None:
            self.conn = await asyncpg.connect(self.url)
        return [tuple(row) for row in await self.conn.fetch(sql)]

    async def inbox(self) -> tuple[int, int]:
        """(updates stored, of which not yet processed)."""
        [(stored, waiting)] = await self._fetch(
            "SELECT count(*), count(*) - count(processed_at) FROM inbox")
        return int(stored or 0), int(waiting or 0)

    async def outbox_open(self) -> int:
        [(count,)] = await self._fetch(
            "SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')")
        return int(count or 0)

    async def holder(self) -> str | None:
        """The duties lease's holder, if it has not expired (PostgreSQL only)."""
        if self.url is None:
            return None
        if not (await self._fetch("SELECT to_regclass('leases') IS NOT NULL"))[0][0]:
            return None  # not migrated yet
        rows = await self._fetch("SELECT holder FROM leases WHERE name = 'duties'"
                                 " AND expires_at > clock_timestamp()")
        return str(rows[0][0]) if rows else None

    async def connections(self) -> int:
        """The workers' connections (each has two: data, and leases + notifications)."""
        if self.url is None:
            return 0
        [(count,)] = await self._fetch(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'meldbot'"
            " AND datname = current_database()")
        return int(count or 0)

    async def backends(self) -> list[int]:
        """The process ids of the workers' PostgreSQL connections."""
        if self.url is None:
            return []
        return [int(row[0]) for row in await self._fetch(
            "SELECT pid FROM pg_stat_activity WHERE application_name = 'meldbot'"
            " AND datname = current_database()")]

    async def close(self) -> None:
        if self.conn is not None:
            await self.conn.close()


async def until(probe: Callable[[], Awaitable[T | None]], workers: Workers,
                timeout: float = 600.0, every: float = 0.05) -> T:  # noqa: ASYNC109
    """Until `await probe()` gives a value, looked at every `every` seconds; fails if a
    worker ended by itself or after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        workers.check()
        value = await probe()
        if value is not None:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError("the benchmark waited too long (see the workers' logs)")
        await asyncio.sleep(every)


async def ready(api: FakeBotApi, workers: Workers, probe: Probe) -> None:
    """Every live worker is running: it called deleteWebhook (at the end of its start-up),
    and on PostgreSQL it has both its connections and one of them holds the duties."""
    started = len(workers.all)
    live = len(workers.alive())

    async def check() -> bool | None:
        calls = sum(1 for c in api.calls if c.method == "deleteWebhook")
        if calls < started:
            return None
        if probe.url is not None and (await probe.connections() < 2 * live
                                      or await probe.holder() is None):
            return None
        return True

    await until(check, workers, timeout=300, every=0.1)
    await asyncio.sleep(1.0)  # let the start-ups' last work (imports, first queries) pass


def _process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far; 0 if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _machine_cpu() -> float:
    """CPU seconds all cores have been busy (not idle, not waiting for the disk)."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0
    return (sum(values[:8]) - values[3] - values[4]) / os.sysconf("SC_CLK_TCK")


class CpuMeter:
    """Where the machine's CPU went between `start()` and `stop()` (Linux /proc): the
    workers, their PostgreSQL backends, this process (fake server and probes), the rest."""

    def __init__(self, workers: list[int], backends: list[int]) -> None:
        self.groups = {"workers": workers, "postgres": backends, "this": [os.getpid()]}
        self.before: dict[str, float] = {}
        self.others: dict[int, float] = {}

    def _read(self) -> dict[str, float]:
        found = {name: sum(_process_cpu(pid) for pid in pids)
                 for name, pids in self.groups.items()}
        found["machine"] = _machine_cpu()
        return found

    def _foreign(self) -> dict[int, float]:
        ours = {pid for pids in self.groups.values() for pid in pids}
        return {int(entry.name): _process_cpu(int(entry.name))
                for entry in Path("/proc").iterdir()
                if entry.name.isdigit() and int(entry.name) not in ours}

    def start(self) -> None:
        self.others = self._foreign()
        self.before = self._read()

    def stop(self) -> tuple[dict[str, float], str]:
        """CPU seconds per group, "other" (anything else on the machine) and "machine";
        and the busiest other process (name and CPU seconds), if any."""
        used = {name: value - self.before[name] for name, value in self._read().items()}
        used["other"] = max(0.0, used["machine"] - sum(used[name] for name in self.groups))
        deltas = {pid: cpu - self.others.get(pid, 0.0) for pid, cpu in self._foreign().items()}
        pid, most = max(deltas.items(), key=lambda item: item[1], default=(0, 0.0))
        if most < 0.2:
            return used, ""
        try:
            name = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode() \
                or Path(f"/proc/{pid}/comm").read_text()
        except OSError:
            name = f"pid {pid}"
        return used, f"{name.strip()[:60]} {most:.1f} s"
