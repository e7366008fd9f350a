"""`meldbot export`: CSV reports to stdout."""

from __future__ import annotations

import csv
from datetime import date, datetime
from typing import TextIO

from bot.config import ConfigError, Settings
from bot.runtime import open_storage
from flows.zones import zone
from storage.timefmt import to_db

__all__ = ["LOG_COLUMNS", "run_export"]

LOG_COLUMNS = ["time_utc", "actor_id", "actor_role", "person_id", "direction", "kind",
               "chat_id", "message_id", "update_id"]


def parse_since(text: str | None, timezone: str) -> datetime | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ConfigError("--since must be a date like 2026-01-31") from None
    return datetime(day.year, day.month, day.day, tzinfo=zone(timezone))


async def run_export(settings: Settings, report: str, since: str | None, with_text: bool,
                     out: TextIO) -> int:
    start = parse_since(since, settings.timezone)
    db = await open_storage(settings)
    writer = csv.writer(out)
    try:
        async with db.tx() as tx:
            writer.writerow(LOG_COLUMNS + (["text"] if with_text else []))
            async for entry in tx.iter_log(start, with_text=with_text):
                row = [to_db(entry.at), entry.actor_id, entry.actor_role, entry.person_id,
                       entry.direction, entry.kind, entry.chat_id, entry.message_id,
                       entry.update_id]
                writer.writerow(row + ([entry.text or ""] if with_text else []))
    finally:
        await db.close()
    return 0
