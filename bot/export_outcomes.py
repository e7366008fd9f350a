"""`meldbot export outcomes`: every outcome on the clients' timelines, oldest first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from storage import Tx
from storage.timefmt import to_db

__all__ = ["OUTCOME_COLUMNS", "export_outcomes"]

OUTCOME_COLUMNS = ["outcome_id", "date", "client_id", "client_alias", "kind", "country",
                   "aftercare", "recorded_utc", "recorded_by"]


async def export_outcomes(tx: Tx, start: datetime | None, writer: Any) -> None:
    """One row per outcome (its date from `start` on); `aftercare` is yes, no or empty."""
    writer.writerow(OUTCOME_COLUMNS)
    aliases: dict[int, str] = {}
    for outcome in await tx.outcomes(start=None if start is None else start.date()):
        if outcome.person_id not in aliases:
            person = await tx.person(outcome.person_id)
            aliases[outcome.person_id] = person.alias if person else ""
        aftercare = "" if outcome.aftercare is None else ("yes" if outcome.aftercare else "no")
        writer.writerow([
            outcome.id, outcome.on.isoformat(), outcome.person_id, aliases[outcome.person_id],
            outcome.kind, outcome.country or "", aftercare,
            "" if outcome.created_at is None else to_db(outcome.created_at),
            outcome.created_by or ""])
