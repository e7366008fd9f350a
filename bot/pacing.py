"""Pacing: at most N sends in any one-second window overall, a gap per chat, and at most M
sends and edits to one group (the team chat) in any minute."""

from __future__ import annotations

import asyncio
import bisect
from collections import deque
from collections.abc import Callable, Iterable

__all__ = ["Pacer"]

_POLL = 0.002  # seconds: how soon to look again when only an unanswered call holds us


class Pacer:
    """Decides when the next send may start. Times are monotonic seconds (loop.time())."""

    def __init__(self, per_second: float, per_chat_per_second: float,
                 margin: float = 0.0, group_per_minute: float = 20.0,
                 group_window: float = 60.0) -> None:
        # `margin` widens the window a little, so jitter on the way to Telegram cannot
        # squeeze N+1 calls into one of its seconds
        self.window = 1.0 + margin
        self.capacity = max(1, int(per_second))
        # With a margin, calls are also spread out (no burst of N at the top of a second).
        # The gap is 30 % shorter than the even spacing: a refused call (429, 5xx) is
        # refunded, and its slot can then be used again within the same window. The window
        # alone keeps what Telegram accepts at N per second.
        self.gap = 0.7 * self.window / self.capacity if margin else 0.0
        self.chat_gap = 1.0 / per_chat_per_second
        # calls that count in the window, by the latest moment Telegram may have counted
        # them (sorted); those in `_open` are not answered yet, so they cannot expire
        self._recent: deque[float] = deque()
        self._open: set[float] = set()
        # chat -> its last call, oldest first (times only grow: re-inserted on each call)
        self._chat_last: dict[int, float] = {}
        self._chat_hold: dict[int, float] = {}  # chat -> until when a 429 holds it
        # groups (chat id < 0): Telegram allows about 20 messages a minute in one group;
        # each call counts from its answer (the latest moment Telegram may have counted it)
        self.group_capacity = max(1, int(group_per_minute))
        self.group_window = group_window * (1.0 + margin) + margin
        # and spread out: after a few quick ones, one call per even share of the minute, so
        # the next new urgent card never waits long (while it waits, others join it)
        self.group_burst = 3 if self.group_capacity > 6 else self.group_capacity
        self.group_gap = self.group_window / (self.group_capacity - self.group_burst + 1)
        self._group_calls: dict[int, deque[float]] = {}
        self._chat_of_call: dict[float, int] = {}  # an unanswered call -> its chat
        self._paused_until = 0.0
        self._last = float("-inf")
        self._lock = asyncio.Lock()
        self._throttled: deque[float] = deque()

    def global_ready_at(self, now: float) -> float:
        recent = self._recent
        while recent and recent[0] + self.window <= now and recent[0] not in self._open:
            recent.popleft()
        ready = self._paused_until
        if len(recent) >= self.capacity:
            head = recent[0] + self.window
            # a call still unanswered may yet be counted now: its place waits for the answer
            ready = max(ready, head if head > now else now + _POLL)
        return max(ready, now)

    def chat_ready_at(self, chat_id: int, now: float) -> float:
        last = self._chat_last.get(chat_id)
        ready = now if last is None else max(now, last + self.chat_gap)
        return max(ready, self._chat_hold.get(chat_id, now), self.group_ready_at(chat_id, now))

    def group_ready_at(self, chat_id: int, now: float) -> float:
        """When a group may get its next message: once fewer than M of its calls fall in the
        last minute (an unanswered one holds its place until its answer), and, past the
        first few of that minute, a gap of an even share of it after the last call."""
        calls = self._group_calls.get(chat_id)
        if not calls:
            return now
        while calls and calls[0] + self.group_window <= now:
            calls.popleft()
        spread = calls[-1] + self.group_gap \
            if self.group_burst <= len(calls) < self.group_capacity else now
        if len(calls) < self.group_capacity:
            return max(now, spread)
        head = calls[0] + self.group_window
        return head if calls[0] not in self._open else max(head, now + _POLL)

    def paced_chats(self, now: float) -> list[int]:
        """Chats that must wait for their per-chat gap or a 429. Only the newest calls are
        looked at, not every chat ever called."""
        paced = []
        for chat in reversed(self._chat_last):
            if self._chat_last[chat] + self.chat_gap <= now:
                break
            paced.append(chat)
        if self._chat_hold:
            self._chat_hold = {c: until for c, until in self._chat_hold.items() if until > now}
            paced += (chat for chat in self._chat_hold if chat not in paced)
        paced += (chat for chat in self._group_calls
                  if chat not in paced and self.group_ready_at(chat, now) > now)
        return paced

    def groups_saving(self, now: float) -> list[int]:
        """Groups that have used half their minute: the rest is kept for new messages (a
        new urgent card), their edits wait (edits of a card are merged while they wait)."""
        return [chat for chat, calls in self._group_calls.items()
                if self.group_ready_at(chat, now) <= now
                and len(calls) >= max(1, self.group_capacity // 2)]

    def record(self, chat_id: int, now: float) -> None:
        bisect.insort(self._recent, now)  # kept in order: see `answered`
        if chat_id < 0:
            self._group_calls.setdefault(chat_id, deque()).append(now)
        self._chat_last.pop(chat_id, None)
        self._chat_last[chat_id] = now
        while len(self._chat_last) > 10_000:  # forget chats idle for longer than their gap
            oldest = next(iter(self._chat_last))
            if self._chat_last[oldest] + self.chat_gap > now:
                break
            del self._chat_last[oldest]

    def assume_calls(self, times: Iterable[float]) -> None:
        """Calls made before this pacer existed (by the process that ran until a restart):
        they count in the window as if made here."""
        merged = sorted([*self._recent, *times])[-self.capacity:]
        self._recent = deque(merged)
        if merged:
            self._last = max(self._last, merged[-1])

    def pause(self, until: float) -> None:
        """Nobody sends until then."""
        self._paused_until = max(self._paused_until, until)

    def call_ready_at(self, chat_id: int, now: float) -> float:
        """When a call to this chat may be made: the window, the chat's gap and the spread."""
        return max(self.global_ready_at(now), self.chat_ready_at(chat_id, now),
                   self._last + self.gap)

    def called(self, chat_id: int, now: float) -> float:
        """A call is being made now (after `call_ready_at` said so); returns its time, by
        which `answered` or `refund` must close it."""
        self._last = now
        self.record(chat_id, now)
        self._open.add(now)
        self._chat_of_call[now] = chat_id
        return now

    async def acquire(self, chat_id: int, clock: Callable[[], float]) -> float:
        """Wait for this chat's turn at the moment of the call; returns the recorded time."""
        async with self._lock:
            while True:
                now = clock()
                ready = self.call_ready_at(chat_id, now)
                if ready <= now:
                    return self.called(chat_id, now)
                await asyncio.sleep(ready - now)

    def answered(self, sent_at: float, now: float) -> None:
        """The call went through. Telegram counted it somewhere between `sent_at` and now:
        if the answer took longer than the margin (a slow network, a stalled loop before
        the request was written), it counts from the latest moment it could have arrived,
        so no later call can make N + 1 in any second as Telegram sees them."""
        self._open.discard(sent_at)
        chat_id = self._chat_of_call.pop(sent_at, None)
        self._group_answered(chat_id, sent_at, now)
        if chat_id is not None and self._chat_last.get(chat_id) == sent_at:
            # the chat's gap runs from the answer: the call reached Telegram by then, so
            # the next one cannot arrive less than a gap after it, however late this was
            del self._chat_last[chat_id]
            self._chat_last[chat_id] = now
        latest = now - (self.window - 1.0)
        if latest <= sent_at or sent_at not in self._recent:
            return
        self._recent.remove(sent_at)
        bisect.insort(self._recent, latest)

    def refund(self, sent_at: float) -> None:
        """The call was refused (429, 5xx): it delivered nothing, so it does not count."""
        self._open.discard(sent_at)
        self._group_answered(self._chat_of_call.pop(sent_at, None), sent_at, None)
        with_time = [t for t in self._recent if t != sent_at]
        if len(with_time) != len(self._recent):
            self._recent = deque(with_time)
        if self._last == sent_at:  # nor does it hold up the next call
            self._last = max(with_time, default=float("-inf"))

    def _group_answered(self, chat_id: int | None, sent_at: float, now: float | None) -> None:
        """A group call's answer: it counts from now on (None: refused, it does not)."""
        calls = self._group_calls.get(chat_id) if chat_id is not None else None
        if calls is None or sent_at not in calls:
            return
        calls.remove(sent_at)
        if now is not None:
            bisect.insort(calls, now)

    def throttled(self, chat_id: int, sent_at: float, retry_after: float, now: float) -> None:
        """A 429: the call did not count; that chat waits, everyone waits if they pile up."""
        self.refund(sent_at)
        self._chat_hold[chat_id] = max(self._chat_hold.get(chat_id, now), now + retry_after)
        self._throttled.append(now)
        while self._throttled and self._throttled[0] < now - 1.0:
            self._throttled.popleft()
        # a quarter of a second's calls refused: a flood limit for the whole bot, not one chat
        if len(self._throttled) >= max(5, self.capacity // 4):
            self.pause(now + retry_after)
