"""`meldbot purge [--dry-run]` and `meldbot erase --person ALIAS [--yes]`, and compacting
the database file afterwards so that removed bytes are gone from it and from its WAL."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TextIO

from bot.config import Settings
from flows.casefile.effects import RetentionDays
from storage import Database, Tx
from storage.compact import compact_file, database_file
from storage.q_retention import Retention

__all__ = ["compact_soon", "erase_person", "retention", "run_erase",
           "run_purge"]

log = logging.getLogger(__name__)
_tasks: set[asyncio.Future[bool]] = set()


def retention(days: RetentionDays) -> Retention:
    return Retention(texts=timedelta(days=days.texts), street=timedelta(days=days.street),
                     strangers=timedelta(days=days.strangers), log=timedelta(days=days.log),
                     inbox=timedelta(days=days.inbox))


def _settings_retention(settings: Settings) -> Retention:
    return retention(RetentionDays(
        texts=settings.retain_texts_days, street=settings.retain_street_days,
        strangers=settings.retain_strangers_days, log=settings.retain_log_days,
        inbox=settings.retain_inbox_days))


def compact_soon(tx: Tx, vacuum: bool) -> None:
    """From inside the bot's transaction: compact the file on a thread once it committed."""
    path = database_file(tx.raw) if tx.dialect == "sqlite" else None
    if path is None:  # PostgreSQL: autovacuum reclaims the space
        return
    future = asyncio.get_running_loop().run_in_executor(None, compact_file, path, vacuum)
    _tasks.add(future)

    def done(finished: asyncio.Future[bool]) -> None:
        _tasks.discard(finished)
        if not finished.cancelled() and finished.exception() is not None:
            log.error("compacting the database failed: %s",
                      type(finished.exception()).__name__)

    future.add_done_callback(done)


async def erase_person(tx: Tx, person_id: int) -> dict[str, int]:
    """Everything about the client, in the caller's transaction, with the failed updates
    (kept whole for inspection) that came from their chat or account."""
    person = await tx.person(person_id)
    if person is None:
        return {}
    theirs = {person.chat_id, person.telegram_user_id} - {None}
    extra = [update_id for update_id, payload in await tx.failed_updates(limit=100_000)
             if _ids_in(json.loads(payload)) & theirs]
    return await tx.erase_person(person_id, update_ids=extra)


def _ids_in(update: object) -> set[int]:
    """Every chat and user id in an update (wherever a message or callback carries it)."""
    found: set[int] = set()
    if isinstance(update, Mapping):
        for key, value in update.items():
            if key == "id" and isinstance(value, int):
                found.add(value)
            else:
                found |= _ids_in(value)
    elif isinstance(update, list):
        for value in update:
            found |= _ids_in(value)
    return found


def _report(out: TextIO, title: str, counts: Mapping[str, int]) -> None:
    print(title, file=out)
    width = max((len(kind) for kind in counts), default=0)
    for kind, count in counts.items():
        print(f"  {kind:<{width}}  {count}", file=out)
    print(f"  {'total':<{width}}  {sum(counts.values())}", file=out)


async def _open(settings: Settings) -> Database:
    from bot.runtime import open_storage

    return await open_storage(settings)


async def run_purge(settings: Settings, out: TextIO, dry_run: bool,
                    now: datetime | None = None) -> int:
    """Remove (or, with dry_run, only count) what is kept no longer; print it by kind."""
    now = now or datetime.now(UTC)
    db = await _open(settings)
    try:
        if dry_run:
            async with db.read() as tx:  # undone at the end
                counts = await tx.purge(now, _settings_retention(settings))
        else:
            async with db.tx() as tx:
                counts = await tx.purge(now, _settings_retention(settings))
    finally:
        await db.close()
    if not dry_run and settings.database_url is None:  # PostgreSQL: autovacuum
        await asyncio.to_thread(compact_file, settings.database_path, any(counts.values()))
    _report(out, "would remove (dry run):" if dry_run else "removed:", counts)
    return 0


async def run_erase(settings: Settings, alias: str, yes: bool, out: TextIO,
                    err: TextIO) -> int:
    """Erase the client with this alias; without `yes`, only say what would go (exit 1)."""
    db = await _open(settings)
    try:
        async with (db.tx() if yes else db.read()) as tx:
            found = await tx.client_by_alias(alias)
            if len(found) != 1:
                print("meldbot: no client has this alias" if not found else
                      f"meldbot: {len(found)} clients have this alias; nothing erased",
                      file=err)
                return 1
            counts = await erase_person(tx, found[0])
            if yes:
                await tx.audit(at=datetime.now(UTC), actor_id=None, action="erase",
                               person_id=found[0], detail="cli")
    finally:
        await db.close()
    if not yes:
        _report(out, f"would remove (person {found[0]}; add --yes to erase):", counts)
        return 1
    if settings.database_url is None:  # PostgreSQL: see PRIVACY.md on VACUUM FULL
        await asyncio.to_thread(compact_file, settings.database_path, True)
    _report(out, f"erased person {found[0]}:", counts)
    return 0
