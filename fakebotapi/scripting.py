"""Scripted misbehaviour of the fake Bot API: failures, delays, blocked chats; send rates."""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from fakebotapi.models import ApiError

__all__ = ["Delay", "Failure", "blocked_error", "is_message_send", "peak_in_window"]

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
