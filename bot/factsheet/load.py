"""Reads what a factsheet needs from one read snapshot into plain records."""

from __future__ import annotations

from datetime import datetime

from flows.report import (
    AlertRecord,
    AppointmentRecord,
    ClientRecord,
    Period,
    Records,
    StreetRecord,
)
from storage import Tx

__all__ = ["load_records"]


async def load_records(tx: Tx, period: Period, now: datetime) -> Records:
    windows = period.windows()
    latest_end = max(end for _, end in windows.values())
    logged = {name: await tx.logged_people(start, end) for name, (start, end) in windows.items()}
    clients = tuple(
        ClientRecord(id=person_id, registered=registered, closed=closed,
                     logged_in=frozenset(name for name, ids in logged.items()
                                         if person_id in ids))
        for person_id, registered, closed in await tx.report_clients(latest_end))
    start, end = period.start, period.end
    erased = {kind: count for year, kind, count in await tx.erased_counts()
              if period.quarter is None and year == period.year}
    return Records(
        now=now, clients=clients,
        profiles={p.person_id: p for p in await tx.profiles()},
        outcomes=tuple(await tx.outcomes(start=period.first_day, end=period.end_day)),
        street=tuple(StreetRecord(at, shift)
                     for at, shift in await tx.report_street_contacts(start, end)),
        alerts=tuple(AlertRecord(created, claimed)
                     for created, claimed in await tx.report_alerts(start, end)),
        checkins_answered=await tx.count_checkins_answered(start, end),
        appointments=tuple(AppointmentRecord(starts, status == "cancelled", answer)
                           for starts, status, answer in await tx.report_appointments(start,
                                                                                     end)),
        erased=erased)
