"""Sending an outbox row of kind "factsheet" (bot/appliers/factsheet.py): the year's
factsheet, made now from the database (bot/factsheet), as a picture (PNG) and a document
(PDF) in the admin's private chat. Exact numbers: it is for the team, never for a group."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Literal

from telegram import Bot, InputFile

from bot.failures import describe_failure
from bot.i18n import Translator
from storage import Database, OutboxRow

__all__ = ["send_factsheet"]

log = logging.getLogger(__name__)


async def _build(db: Database, row: OutboxRow) -> tuple[bytes, bytes]:
    from bot.factsheet import build_factsheet  # matplotlib loads only when one is asked for

    payload = row.payload
    year, timezone = int(payload["year"]), str(payload["timezone"])
    lang: Literal["nl", "en"] = "nl" if payload.get("lang") == "nl" else "en"
    now = datetime.fromisoformat(payload["now"]) if payload.get("now") else None
    png = await build_factsheet(db, year=year, fmt="png", lang=lang, timezone=timezone, now=now)
    pdf = await build_factsheet(db, year=year, fmt="pdf", lang=lang, timezone=timezone, now=now)
    return png, pdf


async def send_factsheet(bot: Bot, translator: Translator, row: OutboxRow, language: str,
                         db: Database | None,
                         next_call: Callable[[], Awaitable[object]] | None = None,
                         earlier: list[int] | None = None) -> int:
    """Make the factsheet and send it; returns the id of the last message. If it cannot be
    made, the admin is told so (a retry would only fail the same way)."""
    year = str(row.payload["year"])
    try:
        if db is None:
            raise RuntimeError("the sender passed no database")
        png, pdf = await _build(db, row)
    except Exception as error:  # told; the log says what failed where, nothing more
        log.error("outbox row %s: factsheet %s could not be made (%s)", row.id, year,
                  describe_failure(error))
        failed = await bot.send_message(
            row.chat_id, translator.format(language, "factsheet-failed", {"year": year}))
        return int(failed.message_id)
    caption = translator.format(language, "factsheet-caption", {"year": year})
    photo = await bot.send_photo(row.chat_id, InputFile(png, filename=f"factsheet-{year}.png"),
                                 caption=caption)
    if earlier is not None:
        earlier.append(int(photo.message_id))
    if next_call is not None:
        await next_call()
    document = await bot.send_document(
        row.chat_id, InputFile(pdf, filename=f"factsheet-{year}.pdf"))
    return int(document.message_id)
