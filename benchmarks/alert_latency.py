"""An urgent card is never stuck behind ordinary traffic: the full bot at Telegram's limits.

    .venv/bin/python benchmarks/alert_latency.py [--seconds 180] [--rate 30] [--clients 300]
                                                 [--urgent 0.02] [--drain SECONDS]

The real Runtime (durable inbox, flows, outbox, sender) with Telegram's limits in its settings
(30 sends a second overall, 1 a second per chat, 20 sends and edits a minute per group)
against the fake Bot API with its group limit on (it answers 429 like Telegram). --clients
consented clients, spread evenly over 3 casemanagers, and a team chat. The clients write in
turn, --rate messages a second for --seconds; a share --urgent of the messages are texts the
classifier flags "urgent" (each from a client without an open alert), the others ordinary
texts it does not flag (both checked with the bot's own classifier at the start). A client's
messages after an urgent one join that alert (its cards are edited); a client's fourth and
later messages in a minute are collected by the bot into one message a minute (its flood
rule), timed apart. Then it waits, at most
--drain seconds (600; a run of less than a minute: --seconds), for the outbox to empty.

Printed: the time from an urgent message to its card at the casemanager and in the team chat
and from an ordinary message to the casemanager (p50, p95, max); the longest backlog of one
chat; the peak send rates the fake server saw and its 429s; whether every client message
reached its casemanager. Goals: urgent card p95 < 2 s at the casemanager and < 5 s in the
team chat, never above Telegram's limits, nothing lost. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import itertools
import logging
import random
import re
import sqlite3
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.clock import SystemClock  # noqa: E402
from bot.runtime import Runtime  # noqa: E402
from fakebotapi.models import Event  # noqa: E402
from fakebotapi.scripting import is_message_send, peak_in_window  # noqa: E402
from flows.flags import FlagModel, classify  # noqa: E402
from storage import Database  # noqa: E402
from storage.timefmt import to_db  # noqa: E402
from tests.conftest import TEAM_CHAT, TOKEN, make_settings  # noqa: E402
from tests.fakebotapi import FakeBotApi, FakeUser  # noqa: E402
from tests.integration.harness import plain  # noqa: E402

warnings.filterwarnings("ignore")  # PTB's user warnings are noise in a benchmark
ZONE = "Europe/Amsterdam"
MANAGERS = 3
CM_BASE, CLIENT_BASE = 500_000, 1_000_000  # telegram ids: casemanagers, clients
ALIAS = re.compile(r"\bc(\d+)\b")  # clients are called c0, c1, ...
CARD_HEADER = re.compile(r"#\d+ · c(\d+)\b")  # a card's first line: "🔴 URGENT · #12 · c7"
URGENT = (  # Darija (Arabizi) and French: suicide, overdose
    "bghit nmout, ma b9itch baghi n3ich", "ana ghadi nqtel rasi", "je veux me suicider",
    "je veux mourir", "j'ai pris trop de pilules, overdose", "khay dar overdose, ma kaytnfsch",
)
GREETINGS = (
    "Salam, kif dayr?", "Bonjour, merci pour hier", "chokran bzaf, labas", "Salut, ça va ?",
    "wakha, nchoufk ghda", "À quelle heure est le rendez-vous ?", "merci beaucoup",
    "ok, à demain", "labas 3lik?", "wach kayn chi rendez-vous ghda?",
)
ENDINGS = ("", "bslama", "à bientôt", "mrc", "nchoufk", "bonne journée")


@dataclass
class Sent:
    """One client message: who, what, when (monotonic), and whether it joined an alert."""

    client: int
    text: str
    at: float
    urgent: bool = False
    joined: bool = False  # written after the client's urgent message: it joins that alert


@dataclass
class Seen:
    """What reached the staff chats, as the fake server emitted it (monotonic times)."""

    events: list[tuple[float, str, int, str, bool]] = field(default_factory=list)

    def on_event(self, event: Event) -> None:
        if event.kind in ("sent", "edited") and event.message is not None \
                and event.chat_id is not None and event.chat_id < CLIENT_BASE:
            message = event.message
            is_card = any(t.startswith("✋") for t in message.button_texts())
            self.events.append((time.monotonic(), event.kind, event.chat_id,
                                plain(message.body), is_card))


def texts_that_pass(model: FlagModel) -> tuple[list[str], list[str]]:
    """The ordinary texts the classifier leaves alone, the urgent ones it flags urgent."""
    ordinary = []
    for greeting in GREETINGS:
        for ending in ENDINGS:
            text = f"{greeting} {ending}".strip()
            result = classify(text, model)
            if not result.flagged and not result.ask and result.severity is None:
                ordinary.append(text)
    urgent = [t for t in URGENT if classify(t, model).severity == "urgent"]
    return ordinary, urgent


async def seed(db: Database, clients: int) -> None:
    """3 casemanagers (CM_BASE+j), consented clients c0.. (CLIENT_BASE+i), spread evenly."""
    now = datetime.now(UTC)
    async with db.tx() as tx:
        cms = [(await tx.create_person(role="casemanager", alias=f"cm{j}", timezone=ZONE,
                                       now=now, language="en", telegram_user_id=CM_BASE + j,
                                       chat_id=CM_BASE + j)).id for j in range(MANAGERS)]
        for i in range(clients):
            person = await tx.create_person(
                role="client", alias=f"c{i}", timezone=ZONE, now=now, language="ary",
                casemanager_id=cms[i % MANAGERS], telegram_user_id=CLIENT_BASE + i,
                chat_id=CLIENT_BASE + i)
            await tx.update_person(person.id, consent="given")


async def write(users: list[FakeUser], args: argparse.Namespace, ordinary: list[str],
                urgent: list[str]) -> list[Sent]:
    """The load: clients in turn (a fixed shuffle), --rate a second for --seconds."""
    rng = random.Random(7)
    order = list(range(len(users)))
    rng.shuffle(order)
    total = int(args.seconds * args.rate)
    written: list[Sent] = []
    counts = [0] * len(users)
    alerted: set[int] = set()
    owed = 0.0  # urgent messages due but not yet written (their client had an alert)
    start = time.monotonic()
    for n in range(total):
        delay = start + n / args.rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        client = order[n % len(order)]
        owed += args.urgent
        if owed >= 1 and client not in alerted:
            owed -= 1
            alerted.add(client)
            sent = Sent(client, urgent[len(alerted) % len(urgent)], time.monotonic(), True)
        else:
            sent = Sent(client, ordinary[counts[client] % len(ordinary)], time.monotonic(),
                        joined=client in alerted)
            counts[client] += 1
        await users[client].send(sent.text)
        written.append(sent)
    if max(counts) > len(ordinary):
        print(f"  note: up to {max(counts)} ordinary messages per client for {len(ordinary)}"
              " texts: repeated texts are matched to their first arrival")
    return written


class Backlog:
    """Samples the outbox (its own read-only connection): the most rows due and not yet
    sent for one chat at any moment."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.worst: dict[int, int] = collections.Counter()
        self._stop = asyncio.Event()

    def sample(self) -> None:
        connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5)
        try:
            rows = connection.execute(
                "SELECT chat_id, count(*) FROM outbox WHERE status IN ('pending', 'sending')"
                " AND due_at <= ? GROUP BY chat_id", (to_db(datetime.now(UTC)),)).fetchall()
        finally:
            connection.close()
        for chat_id, count in rows:
            self.worst[chat_id] = max(self.worst.get(chat_id, 0), count)

    async def run(self) -> None:
        while not self._stop.is_set():
            await asyncio.to_thread(self.sample)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), 0.5)

    def stop(self) -> None:
        self._stop.set()


async def drain(runtime: Runtime, api: FakeBotApi, timeout: float) -> tuple[float, int]:  # noqa: ASYNC109
    """Until every update is processed and the outbox is empty (deferred rows too), at
    most `timeout` seconds; returns the seconds it took and the rows left."""
    assert runtime.deps is not None
    start = time.monotonic()
    deadline = start + timeout
    left = -1
    try:
        await asyncio.wait_for(runtime.dispatcher.wait_processed(api.state.last_update_id),
                               timeout)
    except TimeoutError:
        return timeout, -1
    while time.monotonic() < deadline:
        async with runtime.deps.db.tx() as tx:
            counts = await tx.outbox_counts()
        left = counts.get("pending", 0) + counts.get("sending", 0)
        if not left:
            break
        await asyncio.sleep(0.5)
    return time.monotonic() - start, left


def kind_of(chat_id: int) -> str:
    if chat_id < 0:
        return "team group"
    return "casemanager" if chat_id < CLIENT_BASE else "client"


def quantiles(values: list[float]) -> str:
    if not values:
        return "none arrived"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (f"p50 {ordered[len(ordered) // 2]:6.2f} s   p95 {p95:6.2f} s   max"
            f" {ordered[-1]:6.2f} s   ({len(ordered)})")


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


@dataclass
class Arrivals:
    """First arrivals at the staff: a client's card per chat, a client's text at its
    casemanager (and how: "relay", "batch" or "card")."""

    cards: dict[tuple[int, int], float] = field(default_factory=dict)
    texts: dict[tuple[int, str], tuple[float, str]] = field(default_factory=dict)


def arrivals(seen: Seen, clients: int) -> Arrivals:
    found = Arrivals()
    for at, kind, chat_id, body, is_card in seen.events:
        lines = body.splitlines()
        if chat_id < 0:  # the team group: several cards may share one message
            if is_card and kind == "sent":
                for card in CARD_HEADER.finditer(body):
                    found.cards.setdefault((int(card.group(1)), chat_id), at)
            continue
        alias = ALIAS.search(lines[0]) if lines else None
        client = int(alias.group(1)) if alias else clients
        if client >= clients or chat_id != CM_BASE + client % MANAGERS:
            continue  # not about a client, or not at that client's casemanager
        if is_card and kind == "sent":
            found.cards.setdefault((client, chat_id), at)
        how = "card" if is_card else "batch" if "several messages" in lines[0] else "relay"
        for line in lines[1:]:
            found.texts.setdefault((client, line.removeprefix("› ").strip()), (at, how))
    return found


def latencies(written: list[Sent], seen: Arrivals) -> dict[str, list[float]]:
    result: dict[str, list[float]] = collections.defaultdict(list)
    for sent in written:
        if sent.urgent:
            for chat_id, label in ((CM_BASE + sent.client % MANAGERS, "urgent at casemanager"),
                                   (TEAM_CHAT, "urgent in team chat")):
                arrived = seen.cards.get((sent.client, chat_id))
                if arrived is not None:
                    result[label].append(arrived - sent.at)
        elif not sent.joined and (sent.client, sent.text) in seen.texts:
            arrived, how = seen.texts[(sent.client, sent.text)]
            result[f"ordinary {how}"].append(arrived - sent.at)
    return result


def losses(written: list[Sent], seen: Arrivals) -> tuple[int, int]:
    """(not shown, but a later message of the same alert was: merged edits; lost)."""
    merged = lost = 0
    in_card = {client for (client, _), (_, how) in seen.texts.items() if how == "card"}
    last_in_card: dict[int, int] = {}
    for index, sent in enumerate(written):
        if sent.client in in_card and seen.texts.get((sent.client, sent.text), ("", ""))[1] \
                == "card":
            last_in_card[sent.client] = index
    for index, sent in enumerate(written):
        if (sent.client, sent.text) in seen.texts:
            continue
        if sent.joined and last_in_card.get(sent.client, -1) > index:
            merged += 1
        else:
            lost += 1
    return merged, lost


@dataclass(frozen=True)
class Rates:
    """Peak sends+edits the fake server accepted, and the 429s it answered."""

    overall: int  # in any second, all chats
    per_chat: int  # in any second, one chat
    busiest_chat: int
    closest: float  # seconds between the two closest calls to one chat
    per_group: int  # in any minute, one group
    refused: int


def rates(api: FakeBotApi) -> Rates:
    counted = [c for c in api.calls if c.status == 200
               and (is_message_send(c.method) or c.method.startswith("editMessage"))]
    per_chat: dict[int, list[float]] = collections.defaultdict(list)
    for call in counted:
        chat_id = call.params.get("chat_id")
        per_chat[chat_id if isinstance(chat_id, int) else 0].append(call.at)
    peak, busiest = max(((peak_in_window(times, 1.0), chat) for chat, times in per_chat.items()),
                        default=(0, 0))
    closest = min((b - a for times in per_chat.values()
                   for a, b in itertools.pairwise(sorted(times))), default=float("inf"))
    group = max((peak_in_window(times, 60.0) for chat, times in per_chat.items() if chat < 0),
                default=0)
    return Rates(peak_in_window([c.at for c in counted], 1.0), peak, busiest, closest, group,
                 sum(1 for c in api.calls if c.status == 429))


def report(args: argparse.Namespace, api: FakeBotApi, written: list[Sent], seen: Seen,
           backlog: Backlog, left: int, drained: float, dead: int) -> None:
    found = arrivals(seen, args.clients)
    times = latencies(written, found)
    urgent = sum(1 for s in written if s.urgent)
    cm, team = times["urgent at casemanager"], times["urgent in team chat"]
    print(f"  urgent card at the casemanager: {quantiles(cm)} of {urgent}"
          f"  (goal p95 < 2 s): {verdict(len(cm) == urgent and p95(cm) < 2)}")
    print(f"  urgent card in the team chat:   {quantiles(team)} of {urgent}"
          f"  (goal p95 < 5 s): {verdict(len(team) == urgent and p95(team) < 5)}")
    print(f"  ordinary, relayed at once:      {quantiles(times['ordinary relay'])}")
    print(f"  ordinary, in a flood's batch:   {quantiles(times['ordinary batch'])}"
          "  (a client's 4th+ message in a minute: collected, sent a minute later)")
    worst = max(backlog.worst.items(), key=lambda item: item[1], default=(0, 0))
    by_kind: dict[str, int] = collections.Counter()
    for chat_id, count in backlog.worst.items():
        by_kind[kind_of(chat_id)] = max(by_kind[kind_of(chat_id)], count)
    print(f"  longest backlog: {worst[1]} rows due at once for one chat ({kind_of(worst[0])}"
          f" {worst[0]}); worst per kind: "
          + ", ".join(f"{kind} {count}" for kind, count in sorted(by_kind.items())))
    seen_rates = rates(api)
    within = seen_rates.overall <= 30 and seen_rates.per_chat <= 1 \
        and seen_rates.per_group <= 20 and seen_rates.refused == 0
    print(f"  peak sends+edits: {seen_rates.overall}/s overall (limit 30), {seen_rates.per_chat}"
          f"/s in one chat ({kind_of(seen_rates.busiest_chat)}; limit 1; the closest two calls"
          f" to one chat {seen_rates.closest:.3f} s apart), {seen_rates.per_group}/min in the"
          f" group (limit 20; fake server's count {api.group_peak()}); 429s:"
          f" {seen_rates.refused} ({api.group_limited} by the group limit): {verdict(within)}")
    print(f"  calls to the casemanagers: {calls_to(api, lambda c: 0 <= c < CLIENT_BASE)};"
          f" to the team group: {calls_to(api, lambda c: c == TEAM_CHAT)} (new urgent cards"
          f" alone: {urgent / args.seconds * 60:.0f} a minute, for 20 allowed)")
    merged, lost = losses(written, found)
    state = "drained" if left == 0 else f"NOT drained, {left} rows still queued,"
    ok = verdict(lost == 0 and dead == 0) if left == 0 else "UNDECIDED (rerun with --drain)"
    print(f"  delivered: {len(written) - lost - merged}/{len(written)} client messages shown"
          f" at their casemanager, {merged} only in a card's later state (merged edits),"
          f" {lost} {'missing' if left == 0 else 'not (yet) shown'}; outbox {state}"
          f" {drained:.0f} s after the load; dead letters"
          f" {dead} (goal nothing lost): {ok}")


def calls_to(api: FakeBotApi, chats: Callable[[int], bool]) -> str:
    methods = collections.Counter(
        c.method for c in api.calls if c.status == 200
        and isinstance(c.params.get("chat_id"), int) and chats(c.params["chat_id"]))
    return ", ".join(f"{count} {method}" for method, count in methods.most_common())


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] if ordered else float("inf")


def default_drain(seconds: float) -> float:
    """A smoke run (under a minute of load) waits as long as it wrote; a real one up to
    10 minutes (the default load leaves a casemanager about 400 forwards at 1 a second)."""
    return max(10.0, seconds) if seconds < 60 else 600.0


async def main(args: argparse.Namespace) -> None:
    api = FakeBotApi(token=TOKEN, group_per_minute=20)
    api.group(TEAM_CHAT, "Casemanagers")
    await api.start()
    with tempfile.TemporaryDirectory() as tmp:
        settings = make_settings(api, Path(tmp) / "data", rate_global=30.0, rate_per_chat=1.0,
                                 rate_group=20.0, retry_base=0.5, request_timeout=15.0)
        runtime = Runtime(settings, clock=SystemClock())
        await runtime.start()
        assert runtime.deps is not None and runtime.deps.flag_model is not None
        ordinary, urgent = texts_that_pass(runtime.deps.flag_model)
        for j in range(MANAGERS):
            api.user(CM_BASE + j, f"Casemanager{j}")
        users = [api.user(CLIENT_BASE + i, f"Client{i}", "fr") for i in range(args.clients)]
        await seed(runtime.deps.db, args.clients)
        print(f"alert latency: {args.rate:g} messages/s from {args.clients} clients"
              f" ({MANAGERS} casemanagers) for {args.seconds:g} s, {args.urgent:.0%} urgent;"
              " limits 30/s, 1/s per chat, 20/min per group")
        seen = Seen()
        unsubscribe = api.subscribe(seen.on_event)
        backlog = Backlog(settings.database_path)
        sampler = asyncio.create_task(backlog.run())
        written = await write(users, args, ordinary, urgent)
        drained, left = await drain(runtime, api, args.drain or default_drain(args.seconds))
        backlog.stop()
        await sampler
        async with runtime.deps.db.tx() as tx:
            dead = await tx.count_dead_letters()
        await runtime.stop()
        unsubscribe()
    report(args, api, written, seen, backlog, left, drained, dead)
    await api.stop()


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=180.0, help="how long clients write")
    parser.add_argument("--rate", type=float, default=30.0, help="client messages a second")
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--urgent", type=float, default=0.02, help="share of urgent messages")
    parser.add_argument("--drain", type=float, default=0.0,
                        help="seconds to wait for the outbox to empty (default: 600, or"
                             " --seconds when that is under a minute)")
    asyncio.run(main(parser.parse_args()))
