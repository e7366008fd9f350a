"""`meldbot rotate-key` on a database with 10,000 clients. Goal: under 60 s.

    .venv/bin/python benchmarks/rotate_key.py [--clients 10000] [--seed 4]

Seeds through the repository (so every value is sealed as the bot seals it): per client a
conversation, 20 logged messages, 2 appointments with place and note, 10 check-in answers,
a pending message; every third client an alert with 5 messages and its card in `state`;
every second one a street contact with location, needs and note. Then times `rotate_key`
(one transaction, progress to stderr) and prints the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage import LogEntry, Tx, open_store, rotate_key  # noqa: E402

GOAL = 60.0
WORDS = ("salam", "3afak", "ana", "mrid", "bzaf", "fin", "nmchi", "chokran", "flous", "dar",
         "rendez-vous", "avocat", "papiers", "wach", "ghadi", "daba", "mzyan", "khoya")


def sentence(rng: random.Random, words: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


async def seed_client(tx: Tx, i: int, rng: random.Random, now: datetime,
                      fieldworker: int) -> int:
    person = await tx.create_person(role="client", alias=f"c{i}", timezone="Europe/Amsterdam",
                                    now=now, telegram_user_id=10**6 + i, chat_id=10**6 + i)
    await tx.save_state(str(10**6 + i), {"flow": "idle", "draft": sentence(rng, 6)}, now)
    for n in range(20):
        await tx.log(LogEntry(at=now, actor_role="client", direction="in", kind="text",
                              person_id=person.id, update_id=i * 100 + n,
                              text=sentence(rng, rng.randrange(4, 40))))
    for _ in range(2):
        await tx.create_appointment(
            client_id=person.id, casemanager_id=None, kind="doctor",
            starts_at=now + timedelta(days=rng.randrange(1, 30)), timezone="Europe/Amsterdam",
            reminders=(1440, 60), place="Huisarts Oost, Oudegracht 1", note=sentence(rng, 8),
            now=now, pin=(52.09, 5.11))
    plan = await tx.create_plan(client_id=person.id, return_date="2026-11-01", country="MA",
                                local_hour=12, days=(1, 3), now=now, created_by=None)
    for day in (1, 3):
        checkin = await tx.add_checkin(plan, person.id, day, now)
        for domain in ("mood", "health", "housing", "income", "family"):
            await tx.add_answer(checkin, person.id, domain, rng.randrange(3), None, now)
    await tx.enqueue(chat_id=10**6 + i, kind="message", now=now, person_id=person.id,
                     payload={"key": "appointment-reminder", "args": {"place": "Huisarts"}})
    values = 1 + 20 + 2 * 4 + 10 + 1
    if i % 3 == 0:
        alert = await tx.create_alert(client_id=person.id, casemanager_id=None, source="flag",
                                      categories=("medical",), severity="urgent",
                                      terms=("mrid",), now=now)
        for _ in range(5):
            await tx.add_alert_message(alert, now, "in", "text", sentence(rng))
        await tx.set_secret(f"card:{alert}", json.dumps({"tail": sentence(rng, 30)}))
        values += 2 + 5 + 1
    if i % 2 == 0:
        street = await tx.create_street_person(code=f"S{i}", alias=None, now=now,
                                               created_by=fieldworker)
        await tx.save_street_contact(
            street_person_id=street, fieldworker_id=fieldworker, at=now, now=now,
            place_id=None, latitude=52.091, longitude=5.122, needs=("medical", "shelter"),
            note=sentence(rng, 10), note_kind="text", followup=False, shift=None)
        values += 4
    return values


async def seed(data: Path, clients: int, rng: random.Random) -> int:
    db = await open_store(data / "meldbot.sqlite3", data / "secret.key")
    now = datetime.now(UTC)
    values = 0
    try:
        async with db.tx() as tx:
            fieldworker = (await tx.create_person(role="fieldworker", alias="fw", now=now,
                                                  timezone="Europe/Amsterdam")).id
        for start in range(0, clients, 500):
            async with db.tx() as tx:
                for i in range(start, min(start + 500, clients)):
                    values += await seed_client(tx, i, rng, now, fieldworker)
    finally:
        await db.close()
    return values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        started = time.monotonic()
        seeded = asyncio.run(seed(data, args.clients, random.Random(args.seed)))
        size = (data / "meldbot.sqlite3").stat().st_size / 2**20
        print(f"seeded {args.clients} clients, {seeded} sealed values ({size:.0f} MiB)"
              f" in {time.monotonic() - started:.1f} s", file=sys.stderr)
        shown = [0.0]

        def progress(what: str, done: int, total: int) -> None:
            now = time.monotonic()
            if done == total or now - shown[0] > 2:
                shown[0] = now
                print(f"re-encrypting {what}: {done}/{total}", file=sys.stderr)

        started = time.monotonic()
        rotation = rotate_key(data / "meldbot.sqlite3", data / "secret.key", progress)
        total = time.monotonic() - started
    rate = rotation.values / rotation.seconds
    verdict = "ok" if total < GOAL else "TOO SLOW"
    print(f"rotate-key: {rotation.values} values re-encrypted in {rotation.seconds:.1f} s"
          f" ({rate:,.0f} values/s); {total:.1f} s with key files and checkpoint;"
          f" goal < {GOAL:.0f} s: {verdict}")
    return 0 if total < GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
