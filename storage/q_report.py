"""The factsheet's reads (issue 15): plain rows for a period, no sealed text opened."""

from __future__ import annotations

from datetime import datetime

from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["ReportQueries"]


def _maybe(text: str | None) -> datetime | None:
    return None if text is None else from_db(text)


class ReportQueries(QueryBase):
    async def report_clients(self, before: datetime
                             ) -> list[tuple[int, datetime, datetime | None]]:
        """(id, created_at, closed_at) of every client registered before `before`."""
        rows = await self._all("SELECT id, created_at, closed_at FROM people WHERE role ="
                               " 'client' AND created_at < ? ORDER BY id", (to_db(before),))
        return [(int(r[0]), from_db(r[1]), _maybe(r[2])) for r in rows]

    async def logged_people(self, start: datetime, end: datetime) -> set[int]:
        """The people with any contact-log row in [start, end)."""
        rows = await self._all("SELECT DISTINCT person_id FROM contact_log WHERE at >= ?"
                               " AND at < ? AND person_id IS NOT NULL",
                               (to_db(start), to_db(end)))
        return {int(r[0]) for r in rows}

    async def report_street_contacts(self, start: datetime, end: datetime
                                     ) -> list[tuple[datetime, str | None]]:
        """(at, shift) of the street contacts in [start, end) that were not undone."""
        rows = await self._all("SELECT at, shift FROM street_contacts WHERE at >= ? AND at < ?"
                               " AND undone_at IS NULL ORDER BY at", (to_db(start), to_db(end)))
        return [(from_db(r[0]), r[1]) for r in rows]

    async def report_alerts(self, start: datetime, end: datetime
                            ) -> list[tuple[datetime, datetime | None]]:
        """(created_at, claimed_at) of the alerts raised in [start, end)."""
        rows = await self._all("SELECT created_at, claimed_at FROM alerts WHERE created_at >= ?"
                               " AND created_at < ? ORDER BY id", (to_db(start), to_db(end)))
        return [(from_db(r[0]), _maybe(r[1])) for r in rows]

    async def count_checkins_answered(self, start: datetime, end: datetime) -> int:
        row = await self._one("SELECT count(*) FROM checkins WHERE status = 'answered' AND"
                              " answered_at >= ? AND answered_at < ?",
                              (to_db(start), to_db(end)))
        return 0 if row is None else int(row[0])

    async def report_appointments(self, start: datetime, end: datetime
                                  ) -> list[tuple[datetime, str, str | None]]:
        """(starts_at, status, answer) of the appointments starting in [start, end)."""
        rows = await self._all("SELECT starts_at, status, answer FROM appointments WHERE"
                               " starts_at >= ? AND starts_at < ? ORDER BY starts_at",
                               (to_db(start), to_db(end)))
        return [(from_db(r[0]), str(r[1]), r[2]) for r in rows]
