"""One stored update: who is this, which flow, apply its effects, all in one transaction."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import timedelta
from functools import partial

from bot.apply import apply_effects
from bot.deps import Deps
from bot.failures import describe_failure, retry_busy
from bot.loader import load_context
from bot.parse import Incoming, parse_update
from flows import step
from flows.alerts.inbox import text_of
from flows.core.context import STAFF_DEFAULT_LANGUAGE
from flows.core.effects import Toast
from flows.core.events import Command, Event, Media
from flows.features import COMMANDS
from storage import LogEntry, Person, Tx, is_busy

__all__ = ["Dispatcher"]

log = logging.getLogger(__name__)


class _BatchFailed(Exception):
    """An update of the batch failed: undo the batch and do it again carefully."""


_BATCH = 20  # updates per transaction: fewer commits, replies still within milliseconds


class Dispatcher:
    """Processes inbox rows exactly once: effects and the 'processed' mark commit together."""

    def __init__(self, deps: Deps, wake_sender: Callable[[], None],
                 answer_callback: Callable[[str, str | None], None]) -> None:
        self.deps = deps
        self.wake_sender = wake_sender
        self.answer_callback = answer_callback
        self.last_processed = 0
        self._toasts: dict[int, str] = {}  # update id -> the answer shown where it was tapped
        self._progress = asyncio.Condition()

    async def process_pending(self) -> int:
        """Process every unprocessed inbox row, oldest first, a batch per transaction. If an
        update fails, the batch is undone and done again with each update in a savepoint of
        its own, so the failing one is kept apart and the others still count. Returns how
        many were processed."""
        done = 0
        careful = False
        while True:
            try:  # a busy database is waited out and the same batch done again
                batch, outcomes = await retry_busy(partial(self._process_batch, careful),
                                                   "inbox batch")
            except _BatchFailed:
                careful = True
                continue
            careful = False
            if not batch:
                return done
            for _, incoming, queued in outcomes:
                if incoming is not None and incoming.callback_id:
                    self.answer_callback(incoming.callback_id,
                                         self._toasts.pop(incoming.update_id, None))
                if queued:
                    self.wake_sender()
            async with self._progress:
                self.last_processed = max(self.last_processed, batch[-1][0])
                self._progress.notify_all()
            done += len(batch)

    async def _process_batch(self, careful: bool) -> tuple[
            list[tuple[int, str]], list[tuple[int, Incoming | None, int]]]:
        """One transaction: the next batch of updates, processed and marked."""
        outcomes: list[tuple[int, Incoming | None, int]] = []
        async with self.deps.db.tx() as tx:
            batch = await tx.unprocessed_updates(limit=_BATCH)
            for update_id, payload in batch:
                outcomes.append(await (self._process_in(tx, update_id, payload) if careful
                                       else self._process_plain(tx, update_id, payload)))
                # statements run inline: let sends in flight move between updates
                await asyncio.sleep(0)
            if not careful:
                await tx.mark_processed_many([u for u, _ in batch], self.deps.clock.now())
        return batch, outcomes

    async def _process_plain(self, tx: Tx, update_id: int, payload: str
                             ) -> tuple[int, Incoming | None, int]:
        """The usual case: no savepoint (two fewer database round trips per update)."""
        try:
            return update_id, *await self._process_one(tx, update_id, payload, mark=False)
        except Exception as err:
            if is_busy(err):
                raise  # not the update's fault: the whole batch is tried again
            raise _BatchFailed from err

    async def _process_one(self, tx: Tx, update_id: int, payload: str, mark: bool = True
                           ) -> tuple[Incoming | None, int]:
        incoming = parse_update(json.loads(payload), self.deps.bot_username)
        queued = 0
        team = self.deps.settings.team_chat_id
        if incoming is not None and (incoming.private or (
                incoming.chat_id == team and await self._staff_in_group(tx, incoming))):
            queued = await self._handle(tx, incoming)
        elif incoming is not None:
            await self._log_group(tx, incoming)
            if incoming.chat_id != team:
                queued = await self._leave(tx, incoming.chat_id)
        if mark:
            await tx.mark_processed(update_id, self.deps.clock.now())
        return incoming, queued

    async def _process_in(self, tx: Tx, update_id: int, payload: str
                          ) -> tuple[int, Incoming | None, int]:
        incoming: Incoming | None = None
        try:
            async with tx.savepoint():
                incoming = parse_update(json.loads(payload), self.deps.bot_username)
                incoming, queued = await self._process_one(tx, update_id, payload)
        except Exception as err:
            if is_busy(err):
                raise  # not the update's fault: the whole batch is tried again
            failure = describe_failure(err)
            log.error("update %s failed (%s); set aside for inspection", update_id, failure)
            await self._mark_failed(tx, update_id, incoming, failure)
            queued = 1
        return update_id, incoming, queued

    async def wait_processed(self, update_id: int) -> None:
        """Until the update with this id (and every one before it) has been processed."""
        async with self._progress:
            await self._progress.wait_for(lambda: self.last_processed >= update_id)

    async def _handle(self, tx: Tx, incoming: Incoming) -> int:
        now = self.deps.clock.now()
        person, casemanager = await tx.person_and_casemanager(incoming.user_id)
        key = f"p:{person.id}" if person else f"tg:{incoming.user_id}"
        await self._log_inbound(tx, incoming, person)
        ctx = await load_context(tx, self.deps, incoming, person, key, casemanager)
        transition = step(ctx, incoming.event)
        queued = await apply_effects(tx, ctx, transition.effects, incoming)
        if ctx.safety_hours is not None and incoming.private and incoming.message_id \
                and person is not None:  # safety mode: the client's own words go too
            await tx.enqueue(chat_id=incoming.chat_id, kind="delete", now=now, system=True,
                             person_id=person.id,
                             due_at=now + timedelta(hours=ctx.safety_hours),
                             payload={"messages": [[incoming.message_id, now.isoformat()]]})
            queued += 1
        for toast in (e for e in transition.effects if isinstance(e, Toast)):
            language = (ctx.person.language if ctx.person else None) or \
                STAFF_DEFAULT_LANGUAGE
            self._toasts[incoming.update_id] = self.deps.translator.format(
                language, toast.key, dict(toast.args))[:200]
        bound = await tx.person_by_telegram(incoming.user_id) if person is None else person
        new_key = f"p:{bound.id}" if bound else key
        if new_key != key:
            await tx.save_state(key, None, now)
        if new_key != key or transition.state != ctx.state:
            await tx.save_state(new_key, transition.state, now)
        log.info("update %s: %s from person %s -> %s effects", incoming.update_id,
                 type(incoming.event).__name__, bound.id if bound else "unknown",
                 len(transition.effects))
        return queued

    @staticmethod
    async def _staff_in_group(tx: Tx, incoming: Incoming) -> bool:
        """In the team chat only staff taps on cards and replies to the bot count."""
        if incoming.callback_id is None and incoming.reply_to is None:
            return False
        person = await tx.person_by_telegram(incoming.user_id)
        return person is not None and person.is_staff

    async def _leave(self, tx: Tx, chat_id: int) -> int:
        """A group that is not the team chat: the bot leaves it (once) and does nothing there."""
        ref = f"leave:{chat_id}"
        if await tx.pending_by_ref(ref) is not None:
            return 0
        log.warning("added to group %s, which is not the team chat: leaving it", chat_id)
        await tx.enqueue(chat_id=chat_id, kind="leave", now=self.deps.clock.now(), payload={},
                         ref=ref, system=True)
        return 1

    async def _log_inbound(self, tx: Tx, incoming: Incoming, person: Person | None) -> None:
        """Every inbound update is in the contact log; text only from consented clients."""
        event = incoming.event
        keep_text = person is not None and person.role == "client" and person.consent == "given"
        await tx.log(LogEntry(
            at=self.deps.clock.now(), actor_role=person.role if person else "unknown",
            direction="in", kind=_kind(event), actor_id=person.id if person else None,
            person_id=person.id if person else None, chat_id=incoming.chat_id,
            message_id=incoming.message_id, update_id=incoming.update_id,
            text=text_of(event) if keep_text else None,  # the flows' own reading
        ))

    async def _log_group(self, tx: Tx, incoming: Incoming) -> None:
        await tx.log(LogEntry(
            at=self.deps.clock.now(), actor_role="group", direction="in",
            kind=f"group:{_kind(incoming.event)}", chat_id=incoming.chat_id,
            message_id=incoming.message_id, update_id=incoming.update_id,
        ))

    async def _mark_failed(self, tx: Tx, update_id: int, incoming: Incoming | None,
                           failure: str) -> None:
        """A bug must not lose the update: keep it (`meldbot status` lists it) with what
        failed where (never the error's message), tell the person, log the failure."""
        now = self.deps.clock.now()
        await tx.mark_processed(update_id, now, failed=True, error=failure)
        await tx.log(LogEntry(at=now, actor_role="system", direction="internal",
                              kind="processing-failed", update_id=update_id))
        if incoming is not None and incoming.private:
            person = await tx.person_by_telegram(incoming.user_id)
            ctx_language = person.language if person else None
            await tx.enqueue(
                chat_id=incoming.chat_id, kind="message",
                payload={"key": "error-generic", "args": {}, "buttons": []},
                now=now, person_id=person.id if person else None, language=ctx_language)


def _kind(event: Event) -> str:
    if isinstance(event, Command):  # a typed name we do not know is never logged
        return f"command:{event.name}" if event.name in COMMANDS else "command:unknown"
    if isinstance(event, Media):
        return event.kind
    return type(event).__name__.lower()


