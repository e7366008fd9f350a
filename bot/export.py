"""`meldbot export`: CSV reports to stdout. Every export is audited first; every text cell
that a spreadsheet would run as a formula is neutralised."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, TextIO

from bot.clock import SystemClock
from bot.config import ConfigError, Settings
from bot.export_audit import SafeWriter, audit_export, export_audit
from bot.export_outcomes import export_outcomes
from bot.export_street import export_contacts
from bot.runtime import open_storage
from flows.time.zones import zone
from storage import Tx
from storage.timefmt import to_db

__all__ = [
    "ALERT_COLUMNS", "APPOINTMENT_COLUMNS", "CHECKIN_COLUMNS", "LOG_COLUMNS", "run_export",
]

LOG_COLUMNS = ["time_utc", "actor_id", "actor_role", "person_id", "direction", "kind",
               "chat_id", "message_id", "update_id"]
ALERT_COLUMNS = ["alert_id", "created_utc", "client_id", "client_alias", "casemanager_id",
                 "source", "categories", "severity", "status", "claimed_utc", "claimed_by",
                 "seconds_to_claim", "resolved_utc", "resolved_by", "messages", "replies",
                 "escalations"]


APPOINTMENT_COLUMNS = ["appointment_id", "client_alias", "kind", "local_date", "local_time",
                       "timezone", "utc_time", "status", "answer", "reminders"]


async def _export_appointments(tx: Tx, writer: Any) -> None:
    """One row per appointment; `reminders` lists each reminder as <UTC due time>=<status>."""
    writer.writerow(APPOINTMENT_COLUMNS)
    for appointment in await tx.all_appointments():
        client = await tx.person(appointment.client_id)
        local = appointment.starts_at.astimezone(zone(appointment.timezone))
        reminders = await tx.reminders_of(f"appt:{appointment.id}")
        writer.writerow([
            appointment.id, client.alias if client else "", appointment.kind,
            local.date().isoformat(), local.strftime("%H:%M"), appointment.timezone,
            _utc(appointment.starts_at), appointment.status, appointment.answer or "",
            " ".join(f"{_utc(due)}={status}" for due, status in reminders)])


CHECKIN_COLUMNS = ["record", "client_alias", "checkin_id", "day", "due_utc", "status",
                   "sent_utc", "answered_utc", "domain", "level", "answer_utc"]


async def _export_checkins(tx: Tx, writer: Any) -> None:
    """One row per scheduled check-in (record=checkin), one per answer (record=answer)."""
    writer.writerow(CHECKIN_COLUMNS)
    aliases: dict[int, str] = {}

    async def alias(person_id: int) -> str:
        if person_id not in aliases:
            person = await tx.person(person_id)
            aliases[person_id] = person.alias if person else ""
        return aliases[person_id]

    for checkin in await tx.all_checkins():
        writer.writerow(["checkin", await alias(checkin.client_id), checkin.id, checkin.day,
                         _utc(checkin.due_at), checkin.status, _utc(checkin.sent_at),
                         _utc(checkin.answered_at), "", "", ""])
    for client_id, answer in await tx.all_answers():
        writer.writerow(["answer", await alias(client_id), answer.checkin_id, "", "", "", "",
                         "", answer.domain, "" if answer.level is None else answer.level,
                         _utc(answer.at)])


def _utc(moment: datetime | None) -> str:
    return "" if moment is None else to_db(moment)


async def _export_alerts(tx: Tx, start: datetime | None, writer: Any) -> None:
    writer.writerow(ALERT_COLUMNS)
    aliases: dict[int, str] = {}
    for alert in await tx.all_alerts(start):
        key = alert.client_id or 0
        if key not in aliases:
            client = await tx.person(key) if key else None
            aliases[key] = client.alias if client else ""
        if alert.street_contact_id is not None:  # a street contact: their alias or code
            contact = await tx.street_contact(alert.street_contact_id)
            aliases[key] = contact.person.label if contact else ""
        to_claim = "" if alert.claimed_at is None else \
            int((alert.claimed_at - alert.created_at).total_seconds())
        writer.writerow([
            alert.id, _utc(alert.created_at), alert.client_id or "", aliases[key],
            alert.casemanager_id or "", alert.source, " ".join(alert.categories),
            alert.severity, alert.status, _utc(alert.claimed_at), alert.claimed_by or "",
            to_claim, _utc(alert.resolved_at), alert.resolved_by or "", alert.message_count,
            alert.replies, alert.escalations])


async def _export_log(tx: Tx, start: datetime | None, with_text: bool, writer: Any) -> None:
    writer.writerow(LOG_COLUMNS + (["text"] if with_text else []))
    async for entry in tx.iter_log(start, with_text=with_text):
        row = [to_db(entry.at), entry.actor_id, entry.actor_role, entry.person_id,
               entry.direction, entry.kind, entry.chat_id, entry.message_id, entry.update_id]
        writer.writerow(row + ([entry.text or ""] if with_text else []))


FEEDBACK_COLUMNS = ["feedback_id", "created_utc", "kind", "alert_id", "client_id", "staff_id",
                    "language", "categories", "severity", "text"]


async def _export_flag_feedback(tx: Tx, start: datetime | None, writer: Any) -> None:
    """Staff saying a flag was wrong (`wrongly_flagged`) or missing (`missed`), with the
    client's words: training data for the flagger."""
    writer.writerow(FEEDBACK_COLUMNS)
    for item in await tx.flag_feedback():
        if start is not None and item.created_at < start:
            continue
        writer.writerow([item.id, _utc(item.created_at), item.kind, item.alert_id or "",
                         item.client_id or "", item.staff_id or "", item.language or "",
                         " ".join(item.categories), item.severity or "", item.text or ""])


def parse_since(text: str | None, timezone: str) -> datetime | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ConfigError("--since must be a date like 2026-01-31") from None
    return datetime(day.year, day.month, day.day, tzinfo=zone(timezone))


class _OnlyPerson:
    """Passes the header, then only the rows about one person (their id or alias in the
    report's person column: person_id, client_id or client_alias)."""

    def __init__(self, writer: SafeWriter, person_id: int, alias: str) -> None:
        self._writer, self._wanted = writer, {str(person_id), alias}
        self._column: int | None = None

    def writerow(self, row: Iterable[Any]) -> None:
        cells = list(row)
        if self._column is None:
            names = [str(c) for c in cells]
            self._column = next((names.index(n) for n in _PERSON_COLUMNS if n in names), -1)
            self._writer.writerow(cells)
        elif self._column >= 0 and str(cells[self._column]) in self._wanted:
            self._writer.writerow(cells)


_PERSON_COLUMNS = ("person_id", "client_id", "client_alias")


async def run_export(settings: Settings, report: str, since: str | None, with_text: bool,
                     out: TextIO, shift: str | None = None, now: datetime | None = None,
                     person: str | None = None) -> int:
    start = parse_since(since, settings.timezone)
    db = await open_storage(settings)
    writer: Any = SafeWriter(out)
    try:
        async with db.tx() as tx:  # recorded before anything is read
            person_id = None
            if person is not None:
                found = await tx.client_by_alias(person)
                if len(found) != 1:
                    raise ConfigError(f"--person: no single client is called {person!r}")
                person_id = found[0]
                writer = _OnlyPerson(writer, person_id, person)
            await audit_export(tx, now or SystemClock().now(), report, since, with_text, shift,
                               person_id)
        async with db.read() as tx:  # a snapshot: the running bot keeps writing meanwhile
            if report == "audit":
                await export_audit(tx, start, writer)
            elif report == "alerts":
                await _export_alerts(tx, start, writer)
            elif report == "appointments":
                await _export_appointments(tx, writer)
            elif report == "checkins":
                await _export_checkins(tx, writer)
            elif report == "contacts":
                await export_contacts(tx, start, shift, settings.timezone, writer)
            elif report == "outcomes":
                await export_outcomes(tx, start, writer)
            elif report == "flag-feedback":
                await _export_flag_feedback(tx, start, writer)
            else:
                await _export_log(tx, start, with_text, writer)
    finally:
        await db.close()
    return 0
