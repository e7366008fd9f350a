"""`meldbot factsheet` and /factsheet: the organisation's one-page factsheet from the
database, as CSV, HTML, PNG or PDF; with `public`, small numbers suppressed."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Literal

from bot.clock import SystemClock
from bot.factsheet.load import load_records
from bot.i18n import Translator, default_locales_folder
from flows.report import Factsheet, Period, compute, hidden_figures
from storage import Database

__all__ = ["Format", "build_factsheet", "compute_factsheet", "render"]

Format = Literal["csv", "html", "png", "pdf"]


async def compute_factsheet(db: Database, period: Period, now: datetime) -> Factsheet:
    """The figures, read in one snapshot (the running bot keeps writing meanwhile)."""
    async with db.read() as tx:
        records = await load_records(tx, period, now)
    return compute(period, records)


def render(sheet: Factsheet, fmt: Format, lang: str, public: bool, now: datetime,
           translator: Translator | None = None) -> bytes:
    """CPU-bound: run it in a worker thread from the event loop."""
    from bot.factsheet.formats import csv_text, html_page

    hidden = hidden_figures(sheet) if public else {}
    if fmt == "csv":
        return csv_text(sheet, hidden).encode("utf-8")
    from bot.factsheet.page import make_page

    page = make_page(sheet, hidden, translator or Translator(default_locales_folder()), lang,
                     now, sheet.period.timezone, public=public)
    if fmt == "html":
        return html_page(page, lang).encode("utf-8")
    from bot.factsheet.charts import page_bytes

    return page_bytes(page, fmt)


async def build_factsheet(db: Database, *, year: int, quarter: int | None = None,
                          fmt: Literal["csv", "html", "png", "pdf"] = "html",
                          lang: Literal["nl", "en"] = "nl", public: bool = False,
                          timezone: str = "Europe/Amsterdam", now: datetime | None = None
                          ) -> bytes:
    """The factsheet for a year (or one quarter of it) in `timezone`, as bytes of `fmt`.
    Opens its own read snapshot; the rendering runs in a worker thread."""
    moment = now or SystemClock().now()
    sheet = await compute_factsheet(db, Period(year, quarter, timezone), moment)
    return await asyncio.to_thread(render, sheet, fmt, lang, public, moment)
