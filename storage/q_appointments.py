"""Appointments and the state of their reminders."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from storage.models import Appointment
from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["AppointmentQueries"]

_COLUMNS = ("id, client_id, casemanager_id, kind, starts_at, timezone, reminders, status,"
            " place, note, answer, answered_at, pin")


def _pin(text: str | None) -> tuple[float, float] | None:
    if not text:
        return None
    latitude, longitude = text.split(",")
    return float(latitude), float(longitude)


class AppointmentQueries(QueryBase):
    def _appointment(self, row: aiosqlite.Row) -> Appointment:
        return Appointment(
            id=row[0], client_id=row[1], casemanager_id=row[2],
            kind=self._open_row("appointments", "kind", row[0], row[3]) or "",
            starts_at=from_db(row[4]), timezone=row[5],
            reminders=tuple(int(m) for m in row[6].split(",") if m), status=row[7],
            place=self._open_row("appointments", "place", row[0], row[8]),
            note=self._open_row("appointments", "note", row[0], row[9]),
            answer=row[10], answered_at=None if row[11] is None else from_db(row[11]),
            pin=_pin(self._open_row("appointments", "pin", row[0], row[12])))

    async def create_appointment(
        self, *, client_id: int, casemanager_id: int | None, kind: str, starts_at: datetime,
        timezone: str, reminders: tuple[int, ...], place: str | None, note: str | None,
        now: datetime, pin: tuple[float, float] | None = None,
    ) -> int:
        return await self._insert_sealed(
            "appointments",
            {"client_id": client_id, "casemanager_id": casemanager_id,
             "starts_at": to_db(starts_at), "timezone": timezone,
             "reminders": ",".join(str(m) for m in reminders), "created_at": to_db(now)},
            {"kind": kind, "place": place, "note": note,
             "pin": None if pin is None else f"{pin[0]},{pin[1]}"})

    async def appointment(self, appointment_id: int) -> Appointment | None:
        row = await self._one(f"SELECT {_COLUMNS} FROM appointments WHERE id = ?",
                              (appointment_id,))
        return None if row is None else self._appointment(row)

    async def upcoming_appointments(self, now: datetime, client_id: int | None = None,
                                    casemanager_id: int | None = None) -> list[Appointment]:
        sql = f"SELECT {_COLUMNS} FROM appointments WHERE status = 'scheduled' AND starts_at > ?"
        params: list[Any] = [to_db(now)]
        if client_id is not None:
            sql += " AND client_id = ?"
            params.append(client_id)
        if casemanager_id is not None:
            sql += " AND casemanager_id = ?"
            params.append(casemanager_id)
        rows = await self._all(sql + " ORDER BY starts_at LIMIT 50", params)
        return [self._appointment(row) for row in rows]

    async def all_appointments(self) -> list[Appointment]:
        rows = await self._all(f"SELECT {_COLUMNS} FROM appointments ORDER BY starts_at")
        return [self._appointment(row) for row in rows]

    async def update_appointment(self, appointment_id: int, **fields: Any) -> None:
        allowed = {"status", "answer", "answered_at", "starts_at", "reminders"}
        if set(fields) - allowed:
            raise ValueError(f"not editable: {sorted(set(fields) - allowed)}")
        values = [to_db(v) if isinstance(v, datetime) else
                  ",".join(str(m) for m in v) if isinstance(v, tuple) else v
                  for v in fields.values()]
        names = ", ".join(f"{name} = ?" for name in fields)
        await self._run(f"UPDATE appointments SET {names} WHERE id = ?",
                        (*values, appointment_id))

    async def reminders_of(self, ref: str) -> list[tuple[datetime, str]]:
        """(due time, status) of every reminder row with this ref, oldest first."""
        rows = await self._all(
            "SELECT due_at, status, last_error FROM outbox WHERE ref = ? ORDER BY due_at, id",
            (ref,))
        return [(from_db(r[0]), _reminder_status(r[1], r[2])) for r in rows]


def _reminder_status(status: str, error: str | None) -> str:
    """missed: it fell due while the bot was down and was no longer useful; skipped: the
    sandbox's clock jumped past the appointment."""
    if error == "expired":
        return "missed"
    if error is not None and error.startswith("skipped"):
        return "skipped"
    return status
