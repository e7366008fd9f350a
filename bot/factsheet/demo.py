"""Regenerate the README's picture of the factsheet from the demo year (demo_data.py):

    python -m bot.factsheet.demo docs/factsheet.png [--format png|pdf|html|csv] [--lang nl|en]
                                 [--team]

The demo year goes into a temporary database that is deleted afterwards; the page is the
public version (small numbers suppressed) unless --team."""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, cast

from bot.factsheet import Format, build_factsheet
from bot.factsheet.demo_data import seed_year
from storage import open_store

__all__ = ["main"]

MADE = datetime(2025, 1, 15, 9, tzinfo=UTC)


async def _make(folder: Path, fmt: str, lang: str, public: bool) -> bytes:
    db = await open_store(folder / "meldbot.sqlite3", folder / "secret.key")
    try:
        async with db.tx() as tx:
            await seed_year(tx, year=2024)
        return await build_factsheet(db, year=2024, fmt=cast(Format, fmt),
                                     lang=cast(Literal["nl", "en"], lang), public=public,
                                     now=MADE)
    finally:
        await db.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.factsheet.demo")
    parser.add_argument("output", type=Path)
    parser.add_argument("--format", dest="fmt", default="png",
                        choices=["png", "pdf", "html", "csv"])
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    parser.add_argument("--team", action="store_true", help="exact numbers (not public)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        data = asyncio.run(_make(Path(folder), args.fmt, args.lang, not args.team))
    args.output.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
