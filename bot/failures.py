"""The one failure policy, shared by intake, dispatch, the ticker and the sender.

What fails is set aside with `describe_failure(error)`, logged with ids only, retried where
that makes sense, and listed by `meldbot status`; a busy database is waited out."""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from storage import is_busy

__all__ = ["describe_failure", "retry_busy"]

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_ROOT = Path(__file__).resolve().parents[1]
_OURS = ("bot", "flows", "storage")


def describe_failure(error: BaseException) -> str:
    """The exception's class and the innermost place in our code where it was raised, e.g.
    "KeyError at flows/alerts/cards.py:40 in card_args". Never its message or traceback:
    they may carry values from the input (security review L6)."""
    where = ""
    for frame, line in traceback.walk_tb(error.__traceback__):
        try:
            path = Path(frame.f_code.co_filename).resolve().relative_to(_ROOT)
        except ValueError:
            continue
        if path.parts and path.parts[0] in _OURS:
            where = f" at {path.as_posix()}:{line} in {frame.f_code.co_name}"
    return type(error).__name__ + where


async def retry_busy(unit: Callable[[], Awaitable[_T]], what: str) -> _T:
    """Run `unit` (one whole transaction) until the database is not busy (`is_busy`): each
    try that meets a busy database is undone, waited out (0.05 s doubling up to 5 s) and
    done again. Any other error is the caller's."""
    pause, waits = 0.05, 0
    while True:
        try:
            return await unit()
        except Exception as error:
            if not is_busy(error):
                raise
        waits += 1
        log.warning("database busy during %s (%s); trying again in %.2f s", what, waits, pause)
        await asyncio.sleep(pause)
        pause = min(pause * 2, 5.0)
