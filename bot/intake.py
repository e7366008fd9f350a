"""Durable intake: getUpdates ourselves, store each batch, and only then confirm the offset."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any

from telegram import Bot
from telegram.error import Conflict, NetworkError, RetryAfter, TimedOut

from bot.deps import Deps
from bot.failures import retry_busy

__all__ = ["ALLOWED_UPDATES", "Intake", "store_updates"]

log = logging.getLogger(__name__)
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


def sender_of(update: dict[str, Any]) -> int | None:
    """The Telegram user an update comes from: one person's updates are handled in order."""
    for kind in ALLOWED_UPDATES:
        part = update.get(kind)
        if isinstance(part, dict):
            user = part.get("from")
            if isinstance(user, dict) and isinstance(user.get("id"), int):
                return int(user["id"])
    return None


async def store_updates(deps: Deps, batch: list[dict[str, Any]]) -> int:
    """Store raw updates in one committed transaction (polling and the webhook share it);
    a busy database is waited out, an update id seen before is ignored. How many were new."""
    rows = [(int(update["update_id"]), json.dumps(update, ensure_ascii=False))
            for update in batch]

    senders = {row[0]: who for row, update in zip(rows, batch, strict=True)
               if (who := sender_of(update)) is not None}

    async def unit() -> int:
        async with deps.db.tx() as tx:
            return await tx.store_updates(rows, deps.clock.now(), senders)

    new: int = await retry_busy(unit, "intake")
    if new < len(rows):
        log.info("ignored %s duplicated updates", len(rows) - new)
    return new


class Intake:
    def __init__(self, deps: Deps, bot: Bot, on_stored: Callable[[], None]) -> None:
        self.deps, self.bot, self.on_stored = deps, bot, on_stored
        self.offset: int | None = None

    async def run(self) -> None:
        highest = await retry_busy(self._highest, "intake start")
        self.offset = None if highest is None else highest + 1
        failures = 0
        while True:
            try:
                batch = await self._poll(self.deps.settings.poll_timeout)
            except RetryAfter as err:
                await asyncio.sleep(float(err.retry_after if isinstance(err.retry_after, int)
                                          else err.retry_after.total_seconds()))
                continue
            except (TimedOut, NetworkError, Conflict) as err:
                failures += 1
                log.warning("getUpdates failed (%s); retry %s", type(err).__name__, failures)
                await asyncio.sleep(min(30.0, 0.5 * 2 ** min(failures, 6)))
                continue
            failures = 0
            if batch:
                await self.store(batch)

    async def _highest(self) -> int | None:
        async with self.deps.db.tx() as tx:
            return await tx.highest_update_id()

    async def _poll(self, seconds: int) -> list[dict[str, Any]]:
        data: dict[str, Any] = {"timeout": seconds, "allowed_updates": ALLOWED_UPDATES}
        if self.offset is not None:
            data["offset"] = self.offset
        # The raw JSON, as stored: Bot.get_updates would build Update objects that we would
        # only turn back into dicts (a third of the intake's time). _post is PTB's own path
        # for getUpdates, with its own connection pool (pinned to PTB 22).
        result = await self.bot._post("getUpdates", data, read_timeout=seconds + 10)
        return [dict(update) for update in result or []]

    async def store(self, batch: list[dict[str, Any]]) -> None:
        """Commit the batch before the next getUpdates confirms it; a busy database is
        waited out (the updates are not confirmed meanwhile, so none is lost)."""
        await store_updates(self.deps, batch)
        self.offset = max(int(update["update_id"]) for update in batch) + 1
        self.on_stored()

    async def confirm(self) -> None:
        """On shutdown: tell Telegram what we stored, without waiting for more."""
        if self.offset is None:
            return
        try:
            batch = await self._poll(0)
        except (TimedOut, NetworkError):
            return
        if batch:
            await self.store(batch)
