"""Exports that are safe to open and never unrecorded: the spreadsheet-safe CSV writer, the
audit row every export leaves, `meldbot export audit`, and the question `--with-text` asks
on a terminal."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TextIO

from storage import Tx
from storage.timefmt import to_db

__all__ = ["AUDIT_COLUMNS", "SafeWriter", "audit_export", "confirm_with_text", "export_audit",
           "neutralise"]

AUDIT_COLUMNS = ["audit_id", "at_utc", "actor_id", "actor_role", "action", "person_id",
                 "detail"]
# A cell starting with one of these is a formula (or becomes one) in a spreadsheet.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run starts with a single quote (OWASP's advice);
    numbers and everything else are left as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class SafeWriter:
    """csv.writer whose text cells cannot start a formula, in every export."""

    def __init__(self, out: TextIO) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([neutralise(cell) for cell in row])


async def audit_export(tx: Tx, now: datetime, report: str, since: str | None,
                       with_text: bool, shift: str | None, person_id: int | None = None
                       ) -> None:
    """The command line is the actor (no person): what was exported, with which options,
    and about whom when only one person's rows were asked for (`--person`)."""
    detail = " ".join([report, *(["with-text"] if with_text else []),
                       *([f"since={since}"] if since else []),
                       *(["shift"] if shift else [])])
    await tx.audit(at=now, actor_id=None, action="export", person_id=person_id,
                   detail=detail)


async def export_audit(tx: Tx, start: datetime | None, writer: SafeWriter) -> None:
    writer.writerow(AUDIT_COLUMNS)
    async for entry in tx.iter_audit(start):
        writer.writerow([entry.id, to_db(entry.at), entry.actor_id or "", entry.actor_role,
                         entry.action, entry.person_id or "", entry.detail])


def confirm_with_text(stdin: TextIO, stderr: TextIO) -> bool:
    """`--with-text` writes people's own words in clear: on a terminal it asks for "yes"
    first; run from a script (no terminal) it goes on. It is audited either way."""
    if not stdin.isatty():
        return True
    stderr.write("This export holds people's own words, decrypted. Keep the file safe and "
                 "delete it when done.\nType yes to go on: ")
    stderr.flush()
    return stdin.readline().strip().lower() == "yes"
