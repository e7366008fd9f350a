"""Moving the sandbox clock forward as if the time had passed with the bot running.

A jump does not leap to its end: it stops at every moment something falls due on the way
(a timer, an outbox row such as an appointment reminder), in order, holds the clock still
there, and lets the bot do everything due at that moment (until it is quiet) before going on.
So each timer's flow sees its own due time as `now`, a reminder goes out at its time, and
a daily timer that sets the next one fires once for each day skipped.

One thing cannot be as if the time had passed: a person cannot answer during a jump. A
message that is only useful before a moment the jump passes (a reminder of an appointment
that is over when the jump ends: its `expires_at`) is withdrawn quietly ("skipped" in the
contact log) instead of arriving stale; it is never reported as missed, nothing was down.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.runtime import Runtime
from fakebotapi import FakeBotApi
from sandbox.clock import SandboxClock
from storage import LogEntry, OutboxRow, Timer, Tx

__all__ = ["Due", "TimeTravel", "label_of", "next_due"]

log = logging.getLogger(__name__)

STEP_TIMEOUT = 30.0  # at most this long (real seconds) for the bot to finish one moment
_SCAN = 500
_RATE_WINDOW = timedelta(seconds=2)  # longer than any of Telegram's rate windows
_LABELS = {
    "alert-escalate": "alert escalation",
    "appt-noanswer": "appointment no-answer check",
    "street-digest": "daily street digest",
    "person-unreachable": "lost-contact alert",
    "checkin-due": "aftercare check-in",
    "checkin-remind1": "check-in reminder",
    "checkin-remind2": "check-in reminder",
    "checkin-lost": "check-in lost-contact check",
    "unsure-timeout": "help-now question timeout",
    "purge": "daily purge",
    "delete": "deletion (safety mode, /wipe)",
}


def label_of(kind: str) -> str:
    """What a timer kind or outbox message key is called on the page."""
    return _LABELS.get(kind, kind.replace("-", " "))


@dataclass(frozen=True)
class Due:
    """Something that falls due: a timer, a message (outbox row) or a withdrawn message."""

    what: str  # "timer", "message" or "skipped"
    kind: str  # the timer kind or the message key
    at: datetime
    row_id: int | None = None  # the outbox row of a message

    def view(self) -> dict[str, str]:
        return {"what": self.what, "kind": self.kind, "label": label_of(self.kind),
                "at": self.at.isoformat()}


def _row_due(row: OutboxRow, what: str = "message") -> Due:
    return Due(what, str(row.payload.get("key") or row.kind), row.due_at, row.id)


def _expires(row: OutboxRow) -> datetime | None:
    value = row.payload.get("expires_at")
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


async def _upcoming(tx: Tx, after: datetime, until: datetime) -> list[Due]:
    """Timers and pending outbox rows due in (after, until], soonest first. The minimum is
    enough unless something overdue is still waiting; only then are they scanned."""
    found: list[Due] = []
    first_timer, first_row = await tx.next_timer_at(), await tx.next_due_at()
    if first_timer is not None and first_timer <= until:
        timers: list[Timer] = await tx.due_timers(until, limit=_SCAN)
        found += [Due("timer", t.kind, t.due_at) for t in timers if t.due_at > after]
    if first_row is not None and first_row <= until:
        rows = await tx.due_outbox(until, limit=_SCAN)
        found += [_row_due(r) for r in rows if r.due_at > after]
    return sorted(found, key=lambda due: (due.at, due.what != "message"))


async def next_due(runtime: Runtime, now: datetime) -> Due | None:
    """The next timer or scheduled message after `now` (what the page shows as "next")."""
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        upcoming = await _upcoming(tx, now, now + timedelta(days=3660))
    return upcoming[0] if upcoming else None


class TimeTravel:
    """`await jump(delta)`: the clock moves through every due moment up to now + delta."""

    def __init__(self, runtime: Runtime, api: FakeBotApi, clock: SandboxClock) -> None:
        self.runtime, self.api, self.clock = runtime, api, clock
        self._lock = asyncio.Lock()
        self._stuck: set[int] = set()  # outbox rows that did not go out in a step's time

    async def jump(self, delta: timedelta) -> list[Due]:
        """Returns what fell due on the way, in order (messages withdrawn included)."""
        if delta <= timedelta(0):
            raise ValueError("the sandbox clock only moves forward")
        async with self._lock:
            start = self.clock.hold()
            target = start + delta
            happened: list[Due] = []
            try:
                await self.settle(start)  # what was due already, and updates in hand
                moment = start
                while True:
                    assert self.runtime.deps is not None
                    async with self.runtime.deps.db.tx() as tx:
                        upcoming = await _upcoming(tx, moment, target)
                        if not upcoming:
                            break
                        before, moment = moment, upcoming[0].at
                        skipped = await self._withdraw_stale(tx, start, moment, target)
                    gone = {due.row_id for due in skipped}
                    happened += skipped
                    happened += [due for due in upcoming
                                 if due.at == moment and (due.row_id is None
                                                          or due.row_id not in gone)]
                    if moment - before >= _RATE_WINDOW:  # so any Telegram window is over
                        self.runtime.sender.fresh_pacing()
                    self.clock.hold(moment)  # wakes the ticker and the sender
                    await self.settle(moment)
            except BaseException:
                self.clock.release()  # from where it got to: the rest is not skipped
                raise
            self.clock.release(target)
            return happened

    async def _withdraw_stale(self, tx: Tx, start: datetime, moment: datetime,
                              target: datetime) -> list[Due]:
        """Rows falling due in this jump that would be useless by its end: never sent."""
        skipped: list[Due] = []
        for row in await tx.due_outbox(moment, limit=_SCAN):
            expires = _expires(row)
            if row.due_at <= start or expires is None or expires > target:
                continue
            await tx.mark_dead(row.id, "skipped: the sandbox clock jumped past it")
            await tx.log(LogEntry(at=moment, actor_role="bot", direction="internal",
                                  kind="skipped:" + str(row.payload.get("key")),
                                  person_id=row.person_id, chat_id=row.chat_id))
            skipped.append(_row_due(row, "skipped"))
        return skipped

    async def settle(self, moment: datetime, timeout: float = STEP_TIMEOUT) -> bool:  # noqa: ASYNC109
        """Until everything due at `moment` is done: updates taken and processed, timers
        run, messages sent and recorded (twice in a row, so nothing is on its way between
        two of those). False if the bot is not done within `timeout`: the clock goes on,
        and messages still waiting then (e.g. a chat held back after errors) no longer
        hold up later moments."""
        assert self.runtime.deps is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        quiet_rounds = 0
        while quiet_rounds < 2:
            async with self.runtime.deps.db.tx() as tx:
                waiting = [row.id for row in await tx.due_outbox(moment, limit=_SCAN)
                           if row.id not in self._stuck]
                busy = bool(waiting or await tx.due_timers(moment, limit=1)
                            or (await tx.outbox_counts()).get("sending", 0)
                            or await tx.count_unprocessed_updates())
            busy = busy or self.api.pending_updates > 0
            quiet_rounds = 0 if busy else quiet_rounds + 1
            if loop.time() > deadline:
                log.warning("the bot was still busy at %s; the clock moves on", moment)
                self._stuck.update(waiting)
                return False
            await asyncio.sleep(0.01)  # polling a condition, not waiting for time to pass
        return True
