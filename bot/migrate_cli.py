"""`meldbot migrate-data --to postgresql://…`: copy the SQLite installation (MELDBOT_DATA,
MELDBOT_KEY_FILE) into an empty PostgreSQL database (storage/transfer.py). Progress goes to
stderr, the table-by-table report to stdout. The URL's user and password are never shown."""

from __future__ import annotations

import asyncio
import re
import time
from typing import TextIO

from bot.config import ConfigError, Settings
from storage import DatabaseInUseError, WrongKeyError
from storage.transfer import TableCopy, TransferError, describe_url, transfer

__all__ = ["run_migrate_data"]


class _Progress:
    """"people 120/120 (all 560/4000)": each table when it is done, and in between at most
    two lines a second."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._shown = 0.0

    def __call__(self, table: str, done: int, total: int, all_done: int, all_total: int
                 ) -> None:
        now = time.monotonic()
        if done < total and now - self._shown < 0.5:
            return
        self._shown = now
        print(f"{table} {done}/{total} (all {all_done}/{all_total})", file=self._out,
              flush=True)


def _report(copies: list[TableCopy], out: TextIO) -> None:
    width = max([len("total"), *(len(c.table) for c in copies)])
    print(f"{'table':<{width}}  {'SQLite':>9}  {'PostgreSQL':>10}", file=out)
    for copy in copies:
        mark = "OK" if copy.source == copy.copied else "DIFFERENT"
        print(f"{copy.table:<{width}}  {copy.source:>9}  {copy.copied:>10}  {mark}", file=out)
    source = sum(c.source for c in copies)
    copied = sum(c.copied for c in copies)
    print(f"{'total':<{width}}  {source:>9}  {copied:>10}  "
          f"{'OK' if source == copied else 'DIFFERENT'}", file=out)


def run_migrate_data(settings: Settings, url: str, out: TextIO, err: TextIO) -> int:
    if not re.match(r"^postgres(ql)?://\S*$", url):
        raise ConfigError("--to must be a postgresql:// URL")
    if not settings.database_path.exists():
        raise ConfigError("MELDBOT_DATA holds no SQLite database to copy")
    if not settings.key_path.exists():
        raise ConfigError("MELDBOT_KEY_FILE: the key file is missing")
    where = describe_url(url)
    print(f"copying {settings.database_path} to PostgreSQL at {where}", file=err, flush=True)
    try:
        copies = asyncio.run(transfer(settings.database_path, settings.key_path, url,
                                      _Progress(err)))
    except DatabaseInUseError:
        print("meldbot: the SQLite database is in use (the bot or an export is running);"
              " stop it and try again", file=err)
        return 1
    except WrongKeyError as error:
        print(f"meldbot: {error} (MELDBOT_KEY_FILE): the same key file must be used, or the"
              " copied values cannot be read", file=err)
        return 2
    except TransferError as error:
        print(f"meldbot: {error}; PostgreSQL was left as it was", file=err)
        return 1
    except KeyboardInterrupt:
        print("meldbot: interrupted; PostgreSQL was left as it was", file=err)
        return 130
    _report(copies, out)
    print(f"done: everything is in PostgreSQL at {where}. Set MELDBOT_DATABASE_URL to it and"
          " keep the key file (MELDBOT_KEY_FILE): the copied values are sealed with it.",
          file=err)
    return 0
