"""The table of Bot API methods the fake implements (names are case-insensitive)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fakebotapi.state import TelegramState

__all__ = ["METHODS", "Handler", "api_method", "canonical_name"]

Handler = Callable[[TelegramState, dict[str, Any]], Awaitable[Any]]
METHODS: dict[str, tuple[str, Handler]] = {}


def api_method(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler under one or more Bot API method names."""

    def register(handler: Handler) -> Handler:
        for name in names:
            METHODS[name.lower()] = (name, handler)
        return handler

    return register


def canonical_name(method: str) -> str:
    """`sendmessage` -> `sendMessage` for known methods; unknown names unchanged."""
    entry = METHODS.get(method.lower())
    return entry[0] if entry else method
