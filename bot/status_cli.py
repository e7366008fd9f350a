"""`meldbot status`: what is set aside (failed updates, dead messages, failed timers) and how
deep the queues are. Ids, kinds, errors and times only: never a message's content. Reads a
snapshot, so it is safe while the bot runs."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TextIO

from bot.clock import SystemClock
from bot.config import Settings
from bot.runtime import open_storage
from bot.workers import LEASE
from storage import DeadLetter, FailedTimer, FailedUpdate, Tx
from storage.pg_workers import Coordinator

__all__ = ["Status", "read_status", "run_status"]


@dataclass(frozen=True)
class Status:
    inbox_pending: int
    outbox_pending: int
    timers_due: int
    failed_update_count: int
    dead_letter_count: int
    failed_timer_count: int
    failed_updates: list[FailedUpdate]
    dead_letters: list[DeadLetter]
    failed_timers: list[FailedTimer]
    # PostgreSQL: the worker holding the duties (polling, sending, timers), seconds left
    duties: tuple[str, float] | None = None

    @property
    def set_aside(self) -> int:
        return self.failed_update_count + self.dead_letter_count + self.failed_timer_count


async def read_status(tx: Tx, now: datetime, limit: int) -> Status:
    return Status(
        inbox_pending=await tx.count_unprocessed_updates(),
        outbox_pending=(await tx.outbox_counts()).get("pending", 0),
        timers_due=await tx.count_due_timers(now),
        failed_update_count=await tx.count_failed_updates(),
        dead_letter_count=await tx.count_dead_letters(),
        failed_timer_count=await tx.count_failed_timers(),
        failed_updates=await tx.set_aside_updates(limit),
        dead_letters=await tx.dead_letters(limit),
        failed_timers=await tx.failed_timers(limit),
    )


async def run_status(settings: Settings, out: TextIO, as_json: bool = False, limit: int = 20,
                     now: datetime | None = None) -> int:
    db = await open_storage(settings)
    try:
        async with db.read() as tx:
            status = await read_status(tx, now or SystemClock().now(), limit)
    finally:
        await db.close()
    if settings.database_url is not None:
        status = replace(status, duties=await _duties(settings.database_url) or ("", 0.0))
    out.write(json.dumps(_as_dict(status), indent=2) + "\n" if as_json else _as_text(status))
    return 0


async def _duties(url: str) -> tuple[str, float] | None:
    coordinator = await Coordinator.connect(url)
    try:
        return await coordinator.lease(LEASE)
    finally:
        await coordinator.close()


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%SZ")


def _as_text(status: Status) -> str:
    lines = [
        f"inbox:  {status.inbox_pending} pending, {status.failed_update_count} failed",
        f"outbox: {status.outbox_pending} pending, {status.dead_letter_count} dead",
        f"timers: {status.timers_due} due, {status.failed_timer_count} failed",
    ]
    if status.duties is not None:  # several workers on PostgreSQL
        holder, left = status.duties
        lines.append(f"duties: worker {holder} (lease {left:.1f} s more)" if holder else
                     "duties: no worker holds them (is any `meldbot run` running?)")
    if status.failed_updates:
        lines += ["", "failed updates (update id, failed at, error):"]
        lines += [f"  {u.update_id}  {_when(u.failed_at)}  {u.error}"
                  for u in status.failed_updates]
    if status.dead_letters:
        lines += ["", "dead outbox rows (row id, chat id, kind, dead at, error):"]
        lines += [f"  {d.id}  {d.chat_id}  {d.kind}  {_when(d.dead_at)}  {d.error}"
                  for d in status.dead_letters]
    if status.failed_timers:
        lines += ["", "failed timers (timer id, kind, subject, failed at, attempts, error):"]
        lines += [f"  {t.id}  {t.kind}  {t.subject}  {_when(t.failed_at)}  {t.attempts}"
                  f"  {t.error}" for t in status.failed_timers]
    shown = len(status.failed_updates) + len(status.dead_letters) + len(status.failed_timers)
    if shown < status.set_aside:
        lines += ["", f"(the newest shown; {status.set_aside - shown} more: --limit N)"]
    return "\n".join(lines) + "\n"


def _as_dict(status: Status) -> dict[str, Any]:
    return {
        "queues": {"inbox_pending": status.inbox_pending,
                   "outbox_pending": status.outbox_pending, "timers_due": status.timers_due},
        "duties": None if status.duties is None else {
            "worker": status.duties[0] or None, "lease_seconds_left": status.duties[1]},
        "failed_updates": {
            "count": status.failed_update_count,
            "newest": [{"update_id": u.update_id, "received_at": u.received_at.isoformat(),
                        "failed_at": u.failed_at.isoformat(), "error": u.error}
                       for u in status.failed_updates]},
        "dead_letters": {
            "count": status.dead_letter_count,
            "newest": [{"row_id": d.id, "chat_id": d.chat_id, "person_id": d.person_id,
                        "kind": d.kind, "attempts": d.attempts, "error": d.error,
                        "dead_at": d.dead_at.isoformat()} for d in status.dead_letters]},
        "failed_timers": {
            "count": status.failed_timer_count,
            "newest": [{"timer_id": t.id, "kind": t.kind, "subject": t.subject,
                        "due_at": t.due_at.isoformat(), "attempts": t.attempts,
                        "error": t.error, "failed_at": t.failed_at.isoformat()}
                       for t in status.failed_timers]},
    }
