"""Scripted misbehaviour of the fake Bot API: failures, delays, blocked chats; send rates;
Telegram's limit on messages to a group."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from fakebotapi.models import ApiError

__all__ = [
    "Delay",
    "Failure",
    "GroupLimit",
    "blocked_error",
    "is_message_send",
    "peak_in_window",
]

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: scripted failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


def _matches(pattern: str, method: str) -> bool:
    return pattern == "*" or pattern.lower() == method.lower()


@dataclass
class Failure:
    method: str
    status: int
    count: int
    retry_after: int | None = None
    description: str | None = None
    chat_id: int | None = None

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.count <= 0 or not _matches(self.method, method):
            return False
        return self.chat_id is None or params.get("chat_id") == self.chat_id

    def error(self) -> ApiError:
        self.count -= 1
        retry_after = self.retry_after
        if self.status == 429 and retry_after is None:
            retry_after = 1
        description = self.description
        if description is None and self.status == 429:
            description = f"Too Many Requests: retry after {retry_after}"
        if description is None:
            description = _DEFAULT_DESCRIPTIONS.get(self.status) or _phrase(self.status)
        return ApiError(self.status, description, retry_after)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"Error {status}"


@dataclass
class Delay:
    method: str
    seconds: float
    count: int
    before: bool = False

    def matches(self, method: str) -> bool:
        return self.count > 0 and _matches(self.method, method)


def is_message_send(method: str) -> bool:
    """send*/copy*/forward* except sendChatAction: the calls Telegram rate-limits."""
    return method.startswith(("send", "copy", "forward")) and method != "sendChatAction"


def blocked_error(method: str, chat_id: object, blocked: set[int]) -> ApiError | None:
    if chat_id not in blocked or not method.startswith(("send", "copy", "forward", "edit")):
        return None
    if isinstance(chat_id, int) and chat_id < 0:
        return ApiError(403, "Forbidden: bot was kicked from the group chat")
    return ApiError(403, "Forbidden: bot was blocked by the user")


def peak_in_window(times: list[float], window: float) -> int:
    """The most `times` that fit in any half-open interval [t, t + window)."""
    ordered = sorted(times)
    best = start = 0
    for end, moment in enumerate(ordered):
        while moment - ordered[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


class GroupLimit:
    """Telegram's limit on one group: at most `per_window` message sends and edits in any
    `window` seconds (20 a minute); the next one is answered 429 with `retry_after`.

    Only successful calls count: `admit` records a call before it is performed and
    `withdraw` takes it back if the call then fails. `per_window=None` switches it off
    (calls are still recorded, for `peak`)."""

    def __init__(self, per_window: int | None = 20, window: float = 60.0) -> None:
        self.per_window = per_window
        self.window = window
        self.limited = 0  # calls answered 429 by this limit
        self._times: dict[int, list[float]] = {}  # group chat_id -> admitted calls, in order

    @staticmethod
    def applies(method: str, chat_id: object) -> bool:
        is_counted = is_message_send(method) or method.startswith("editMessage")
        return is_counted and isinstance(chat_id, int) and chat_id < 0

    def admit(self, method: str, chat_id: object, now: float) -> float | None:
        """Record the call at `now` (returned, for `withdraw`), or raise the 429 if it
        would exceed the limit; None for calls the limit does not count."""
        if not self.applies(method, chat_id):
            return None
        assert isinstance(chat_id, int)
        times = self._times.setdefault(chat_id, [])
        if self.per_window is not None:
            recent = times[bisect.bisect_right(times, now - self.window) :]
            if len(recent) >= self.per_window:
                self.limited += 1
                leaves_at = recent[len(recent) - self.per_window] + self.window
                retry_after = max(1, math.ceil(leaves_at - now))
                raise ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)
        bisect.insort(times, now)
        return now

    def withdraw(self, chat_id: object, admitted: float | None) -> None:
        if admitted is not None and isinstance(chat_id, int):
            self._times[chat_id].remove(admitted)

    def peak(self, chat_id: int | None = None, window: float = 60.0) -> int:
        """Most admitted calls to one group (or to `chat_id`) in any `window` seconds."""
        groups = self._times.values() if chat_id is None else [self._times.get(chat_id, [])]
        return max((peak_in_window(times, window) for times in groups), default=0)
