"""The sender: drains the outbox, paced to Telegram's limits, with retries and dead letters.
What a delivery outcome means for people (a reminder that expired, a person who blocked the
bot) is decided by flows (flows/core/delivery.py); the sender reports it and applies that."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.apply import apply_effects
from bot.deps import Deps
from bot.failures import describe_failure, retry_busy
from bot.pacing import Pacer
from bot.render import Recipient, render_and_send
from bot.sent_followups import bundle, catch_up_card, deletable, delete_later, record_bundle
from flows.core.context import Context
from flows.core.delivery import DeliveryEvent, Expired, Unreachable, on_delivery
from flows.core.effects import SetTimer
from storage import LogEntry, OutboxRow, Person, Tx

__all__ = ["Sender"]

log = logging.getLogger(__name__)
_MAX_BACKOFF = 300.0
# sent, not yet recorded: the row, its Telegram message id, when, the cards sent with it
# (and the client's safety-mode hours, looked up once when the send started)
Finished = tuple[OutboxRow, int | None, datetime, tuple[OutboxRow, ...], int | None]


class Sender:
    def __init__(self, deps: Deps, bot: Bot, max_in_flight: int = 8) -> None:
        # 30 calls a second at up to 0.25 s each need several at once (one per chat); more
        # would cost more than they bring: httpx scans its whole pool on every request
        self.deps, self.bot = deps, bot
        self.pacer = self._new_pacer()
        self._wake = asyncio.Event()
        self._stopping = False
        self._in_flight: dict[int, asyncio.Task[None]] = {}  # by chat: one send per chat
        self._max_in_flight = max_in_flight
        # retry back-off is mechanical, so it runs on the monotonic clock, not business time
        self._held_until: dict[int, tuple[int, float]] = {}  # row id -> (chat, until)
        self._finished: list[Finished] = []
        # cards going out in the same message as a row (a group's burst of alerts)
        self._companions: dict[int, tuple[OutboxRow, ...]] = {}
        self._parts: dict[int, list[int]] = {}  # a row sent in parts: the ids before the last
        self.wake_ticker: Callable[[], None] = lambda: None
        deps.clock.on_change(self.wake)

    def wake(self) -> None:
        self._wake.set()

    def fresh_pacing(self) -> bool:
        """Forget the calls made so far, if none is in flight. For the sandbox, whose clock
        jumps: between two due moments of a jump a day may pass in the bot's time, in which
        any Telegram window would have emptied (the real bot never calls this)."""
        if self._in_flight:
            return False
        self.pacer = self._new_pacer()
        return True

    def _new_pacer(self) -> Pacer:
        settings = self.deps.settings
        return Pacer(settings.rate_global, settings.rate_per_chat, margin=0.02,
                     group_per_minute=settings.rate_group, group_window=settings.group_window)

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        now, mono = self.deps.clock.now(), loop.time()

        async def start() -> tuple[int, list[datetime]]:
            async with self.deps.db.tx() as tx:
                return (await tx.reset_interrupted_sends(),
                        await tx.sent_since(now - timedelta(seconds=self.pacer.window)))

        reset, recent = await retry_busy(start, "sender start")
        if reset:
            log.warning("%s messages were interrupted mid-send and will go out again", reset)
        # After a quick restart the previous process's last second still counts at Telegram:
        # its recorded calls, and the interrupted ones (assumed made just now).
        self.pacer.assume_calls([mono - max(0.0, (now - at).total_seconds()) for at in recent]
                                + [mono] * reset)
        while not self._stopping:
            self._wake.clear()
            wait = await retry_busy(lambda: self._dispatch_due(loop), "sender")
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait)
        if self._in_flight:
            await asyncio.gather(*self._in_flight.values(), return_exceptions=True)
        if self._finished:
            finished, self._finished = self._finished, []

            async def record() -> None:
                async with self.deps.db.tx() as tx:
                    await self._record_sent(tx, finished)

            await retry_busy(record, "sender stop")

    async def _dispatch_due(self, loop: asyncio.AbstractEventLoop) -> float:
        """Record the sends that went out and start the ones the pacing allows now, in one
        transaction (one commit for both); return how long to wait before looking again.
        Nothing is read while every slot is busy or the overall rate is used up."""
        free = self._max_in_flight - len(self._in_flight)
        mono = loop.time()
        ready = self.pacer.global_ready_at(mono)
        look = free > 0 and ready <= mono
        wait = 60.0 if look else 1.0 if free <= 0 else ready - mono  # a finished send wakes us
        if not look and not self._finished:
            return wait
        finished, self._finished = self._finished, []
        now = self.deps.clock.now()
        started: list[tuple[OutboxRow, Person | None, int | None]] = []
        rows: list[OutboxRow] = []
        next_due = None
        try:
            async with self.deps.db.tx() as tx:
                await self._record_sent(tx, finished)
                if look:
                    # busy, paced and held chats are left out, and a chat comes once: every
                    # row found can start now
                    skip = {*self._in_flight, *self.pacer.paced_chats(mono),
                            *(chat for chat, until in self._held_until.values() if until > mono)}
                    rows = await tx.due_outbox(now, limit=free, skip_chats=skip,
                                               one_per_chat=True,
                                               hold_edits=self.pacer.groups_saving(mono))
                    for row in rows:
                        if await tx.mark_sending(row.id):
                            person = await tx.person(row.person_id) if row.person_id else None
                            safety = await tx.safety_hours(person.id) \
                                if person is not None and person.role == "client" else None
                            lead, taken = await bundle(tx, row, now)
                            if taken:
                                self._companions[row.id] = taken
                            started.append((lead, person, safety))
                    next_due = None if rows else await tx.next_due_at()
        except BaseException:
            self._finished[:0] = finished  # not recorded: keep them for the next try
            raise
        if next_due is not None and next_due > now:
            wait = min(wait, (next_due - now).total_seconds())
        elif next_due is not None:  # due rows, all in chats that must wait: until the first
            soon = [self.pacer.chat_ready_at(c, mono) for c in self.pacer.paced_chats(mono)]
            soon += [until for _, until in self._held_until.values() if until > mono]
            wait = min(wait, max(min(soon, default=mono + 1.0) - mono, 0.005))
        for row, person, safety in started:
            self._held_until.pop(row.id, None)
            self._in_flight[row.chat_id] = asyncio.create_task(self._send(row, person, safety))
        return max(wait, 0.001)

    async def _send(self, row: OutboxRow, person: Person | None, safety: int | None = None
                    ) -> None:
        quiet = safety is not None  # safety mode: deleted after `safety` hours
        try:
            if await self._expired(row):
                return
            if row.kind == "location" and quiet:  # safety mode: never a map pin
                log.info("outbox row %s: map pin withheld (safety mode)", row.id)
                await self._done(row, None)
                return
            if row.kind == "delete":
                row = deletable(row, self.deps.clock.now())
                if not row.payload["messages"]:
                    await self._done(row, None)
                    return
            await self._attempt(row, person, safety)
        except Exception as error:  # a bug: counted like a failed send, with what failed where
            failure = describe_failure(error)
            log.error("outbox row %s: unexpected failure (%s)", row.id, failure)
            await self._retry(row, failure, count=True)
        finally:
            self._in_flight.pop(row.chat_id, None)
            leftover = self._companions.pop(row.id, ())
            if leftover:  # the message did not go out: its other cards wait again
                await self._release(leftover)
            self._wake.set()

    async def _release(self, rows: tuple[OutboxRow, ...]) -> None:
        async def unit() -> None:
            async with self.deps.db.tx() as tx:
                for row in rows:
                    await tx.retry_later(row.id, row.due_at, "sent-with-failed",
                                         count_attempt=False)

        await retry_busy(unit, "bundled cards")

    async def _expired(self, row: OutboxRow) -> bool:
        """Too late to be useful (e.g. a reminder after the appointment): given up on, and
        flows decide who hears of it."""
        expires = row.payload.get("expires_at")
        if not expires or datetime.fromisoformat(expires) > self.deps.clock.now():
            return False
        notify = row.payload.get("expiry_notify")
        await self._give_up(row, "expired", Expired(
            row_id=row.id, person_id=row.person_id, key=row.payload.get("key"),
            notify=int(notify) if notify else None, notify_key=row.payload.get("expiry_key"),
            args=row.payload.get("args") or {}))
        log.warning("outbox row %s expired before it could be sent", row.id)
        return True

    async def _give_up(self, row: OutboxRow, error: str, event: DeliveryEvent) -> None:
        """Mark the row dead and apply, in the same transaction, what the outcome means
        (flows.core.delivery.on_delivery)."""
        now = self.deps.clock.now()
        effects = on_delivery(event, now)
        ctx = Context(now=now, telegram_user_id=0, chat_id=row.chat_id, person=None,
                      state=None)

        async def unit() -> int:
            async with self.deps.db.tx() as tx:
                await tx.mark_dead(row.id, error, now)
                return await apply_effects(tx, ctx, effects)

        if await retry_busy(unit, f"outbox row {row.id}"):
            self._wake.set()
        if any(isinstance(effect, SetTimer) for effect in effects):
            self.wake_ticker()

    async def _attempt(self, row: OutboxRow, person: Person | None, safety: int | None = None
                       ) -> None:
        who = Recipient.of(person, row, self.deps.settings.timezone, safety is not None)
        loop = asyncio.get_running_loop()
        sent_at = await self.pacer.acquire(row.chat_id, loop.time)

        async def next_call() -> None:  # a further part of the same row: paced the same way
            nonlocal sent_at
            self.pacer.answered(sent_at, loop.time())
            sent_at = await self.pacer.acquire(row.chat_id, loop.time)

        earlier: list[int] = []  # the parts before the last, of a row sent in several
        try:
            try:
                message_id = await render_and_send(self.bot, self.deps.translator, row, who,
                                                   next_call, db=self.deps.db, earlier=earlier)
            except BaseException as err:
                self._call_over(sent_at, err, loop.time())
                raise
            self.pacer.answered(sent_at, loop.time())
        except RetryAfter as err:
            delay = float(err.retry_after if isinstance(err.retry_after, int | float)
                          else err.retry_after.total_seconds())
            log.warning("429 for outbox row %s: retry after %ss", row.id, delay)
            self.pacer.throttled(row.chat_id, sent_at, delay, loop.time())
            await self._retry(row, "429", count=False, delay=delay)
        except Forbidden:
            await self._unreachable(row, person)
        except BadRequest as err:
            if "not modified" in str(err).lower():
                await self._done(row, None)
            else:
                log.error("outbox row %s rejected by Telegram (bad request)", row.id)
                await self._dead(row, "bad-request")
        except (TimedOut, NetworkError) as err:
            log.warning("outbox row %s: %s, will retry", row.id, type(err).__name__)
            await self._retry(row, type(err).__name__, count=True)
        else:
            if earlier:
                self._parts[row.id] = earlier
            await self._done(row, message_id, safety)

    def _call_over(self, sent_at: float, err: BaseException, now: float) -> None:
        """A call that failed still frees its place in the pacing window (see Pacer)."""
        if isinstance(err, RetryAfter):
            return  # `Pacer.throttled` refunds it
        if isinstance(err, NetworkError) and not isinstance(err, TimedOut | BadRequest):
            self.pacer.refund(sent_at)  # answered with an error: nothing went out
        else:
            self.pacer.answered(sent_at, now)

    async def _done(self, row: OutboxRow, message_id: int | None,
                    safety: int | None = None) -> None:
        """Sent. Recorded by the sender loop's next transaction, together with the sends it
        starts and any others that finished meanwhile: one commit (and fsync) for them all.
        Until then the row stays 'sending', so a crash sends it again (at most once more)."""
        self._finished.append((row, message_id, self.deps.clock.now(),
                               self._companions.pop(row.id, ()), safety))

    async def _record_sent(self, tx: Tx, finished: list[Finished]) -> None:
        for lead, message_id, now, companions, safety in finished:
            rows = (lead, *companions) if not companions else (
                replace(lead, payload=lead.payload["bundle"][0]), *companions)
            for row in rows:
                await tx.mark_sent(row.id, message_id, now)
                await tx.log(LogEntry(at=now, actor_role="bot", direction="out",
                                      kind=f"{row.kind}:{row.payload.get('key', '')}",
                                      person_id=row.person_id, chat_id=row.chat_id,
                                      message_id=message_id))
            parts = self._parts.pop(lead.id, [])
            for part in parts:  # logged too: /wipe finds a chat's messages in the log
                await tx.log(LogEntry(at=now, actor_role="bot", direction="out",
                                      kind=f"{lead.kind}:part", person_id=lead.person_id,
                                      chat_id=lead.chat_id, message_id=part))
            if message_id and lead.person_id and lead.chat_id > 0 and not companions:
                await delete_later(tx, lead, [*parts, message_id], now, safety)
            edited = False
            if companions and message_id:
                edited = await record_bundle(tx, rows, message_id, now)
            elif lead.kind == "message" and (lead.ref or "").startswith("alert:") \
                    and message_id:
                edited = await catch_up_card(tx, lead, message_id, now)
            if edited:
                self._wake.set()

    async def _retry(self, row: OutboxRow, error: str, count: bool,
                     delay: float | None = None) -> None:
        attempts = row.attempts + 1
        if count and attempts >= self.deps.settings.max_attempts:
            await self._dead(row, error)
            return
        if delay is None:
            delay = min(_MAX_BACKOFF, self.deps.settings.retry_base * 2.0 ** (attempts - 1))
        self._held_until[row.id] = (row.chat_id, asyncio.get_running_loop().time() + delay)

        async def unit() -> None:
            async with self.deps.db.tx() as tx:
                await tx.retry_later(row.id, row.due_at, error, count_attempt=count)

        await retry_busy(unit, f"outbox row {row.id}")

    async def _dead(self, row: OutboxRow, error: str) -> None:
        """Set aside for good (`meldbot status` lists it), with why, never the content."""
        now = self.deps.clock.now()
        log.error("outbox row %s dead-lettered after %s attempts (%s)", row.id,
                  row.attempts + 1, error)

        async def unit() -> None:
            async with self.deps.db.tx() as tx:
                await tx.mark_dead(row.id, error, now)
                await tx.log(LogEntry(at=now, actor_role="bot", direction="internal",
                                      kind=f"dead-letter:{error.split(' ')[0]}",
                                      person_id=row.person_id, chat_id=row.chat_id))

        await retry_busy(unit, f"outbox row {row.id}")

    async def _unreachable(self, row: OutboxRow, person: Person | None) -> None:
        """403: the person blocked the bot. Flows decide: marked, their casemanager told."""
        await self._give_up(row, "forbidden", Unreachable(
            person_id=person.id if person else None, chat_id=row.chat_id,
            already_unreachable=person is None or person.unreachable))
        if person is not None and not person.unreachable:
            log.warning("person %s is unreachable (403)", person.id)

