"""`meldbot export contacts`: street registrations as CSV (undone ones left out)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flows.time.zones import zone
from storage import StreetContact, Tx
from storage.timefmt import to_db

__all__ = ["CONTACT_COLUMNS", "export_contacts"]

CONTACT_COLUMNS = ["time_local", "time_utc", "fieldworker", "person_alias", "person_code",
                   "place", "nationality", "language", "gender", "age_band", "needs", "shift",
                   "followup_consent", "client_id"]
AGE_LABELS = {"under18": "<18", "age18to25": "18-25", "age26to40": "26-40", "over40": "41+"}


def place_of(contact: StreetContact) -> str:
    """The saved place's name, else the shared location rounded to 3 decimals (~100 m)."""
    if contact.place_name:
        return contact.place_name
    if contact.latitude is None or contact.longitude is None:
        return ""
    return f"{contact.latitude:.3f},{contact.longitude:.3f}"


async def export_contacts(tx: Tx, start: datetime | None, shift: str | None, timezone: str,
                          writer: Any) -> None:
    writer.writerow(CONTACT_COLUMNS)
    local = zone(timezone)
    for contact in await tx.street_contacts(since=start, shift=shift):
        person = contact.person
        writer.writerow([
            contact.at.astimezone(local).strftime("%Y-%m-%d %H:%M"), to_db(contact.at),
            contact.fieldworker_alias, person.alias or "", person.code, place_of(contact),
            person.nationality or "", person.language or "", person.gender or "",
            AGE_LABELS.get(person.age_band or "", ""), " ".join(contact.needs),
            contact.shift or "", "yes" if contact.followup else "no", person.client_id or ""])
