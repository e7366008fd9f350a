"""Pacing: at most N sends in any one-second window overall, and a gap per chat."""

from __future__ import annotations

from collections import deque

__all__ = ["Pacer"]


class Pacer:
    """Decides when the next send may start. Times are monotonic seconds (loop.time())."""

    def __init__(self, per_second: float, per_chat_per_second: float) -> None:
        self.window = 1.0
        self.capacity = max(1, int(per_second))
        self.chat_gap = 1.0 / per_chat_per_second
        self._recent: deque[float] = deque()
        self._chat_last: dict[int, float] = {}
        self._paused_until = 0.0

    def global_ready_at(self, now: float) -> float:
        while self._recent and self._recent[0] + self.window <= now:
            self._recent.popleft()
        ready = self._paused_until
        if len(self._recent) >= self.capacity:
            ready = max(ready, self._recent[0] + self.window)
        return max(ready, now)

    def chat_ready_at(self, chat_id: int, now: float) -> float:
        last = self._chat_last.get(chat_id)
        return now if last is None else max(now, last + self.chat_gap)

    def record(self, chat_id: int, now: float) -> None:
        self._recent.append(now)
        self._chat_last[chat_id] = now
        if len(self._chat_last) > 10_000:  # forget chats idle for longer than their gap
            self._chat_last = {c: t for c, t in self._chat_last.items()
                               if t > now - self.chat_gap}

    def pause(self, until: float) -> None:
        """Telegram said 429: nobody sends until then."""
        self._paused_until = max(self._paused_until, until)
