"""`meldbot factsheet`: the factsheet from the database to a file or standard output."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import BinaryIO, Literal

from bot.config import ConfigError, Settings
from bot.factsheet import build_factsheet
from bot.runtime import open_storage

__all__ = ["run_factsheet"]


async def run_factsheet(settings: Settings, *, year: int, quarter: int | None,
                        fmt: Literal["csv", "html", "png", "pdf"],
                        lang: Literal["nl", "en"], public: bool, output: Path | None,
                        stdout: BinaryIO) -> int:
    if quarter is not None and not 1 <= quarter <= 4:
        raise ConfigError("--quarter must be 1, 2, 3 or 4")
    if not 1900 < year < 3000:
        raise ConfigError("--year must be a year like 2024")
    logging.getLogger("matplotlib").setLevel(logging.WARNING)  # its font cache notes
    db = await open_storage(settings)
    try:
        data = await build_factsheet(db, year=year, quarter=quarter, fmt=fmt, lang=lang,
                                     public=public, timezone=settings.timezone)
    finally:
        await db.close()
    if output is None:
        stdout.write(data)
        stdout.flush()
    else:
        await asyncio.to_thread(output.write_bytes, data)
    return 0
