"""Street outreach: places, people met on the street, their contacts, shifts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from storage.models import Place, StreetContact, StreetPerson
from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["StreetQueries"]

_PERSON = ("sp.id, sp.code, sp.alias, sp.nationality, sp.language, sp.gender, sp.age_band,"
           " sp.client_id, sp.created_at")
_LAST_SEEN = ("(SELECT max(c.at) FROM street_contacts c WHERE c.street_person_id = sp.id"
              " AND c.undone_at IS NULL)")
_CONTACT = (f"sc.id, sc.fieldworker_id, sc.at, sc.saved_at, sc.place_id, pl.name, sc.latitude,"
            f" sc.longitude, sc.needs, sc.note, sc.note_kind, sc.followup, sc.shift,"
            f" sc.undone_at, fw.alias, {_PERSON}")
_CONTACT_FROM = ("street_contacts sc JOIN street_people sp ON sp.id = sc.street_person_id"
                 " JOIN people fw ON fw.id = sc.fieldworker_id"
                 " LEFT JOIN places pl ON pl.id = sc.place_id")
_PERSON_FIELDS = {"alias", "nationality", "language", "gender", "age_band", "client_id"}
_PERSON_SEALED = ("alias", "nationality", "language", "gender", "age_band")


def _maybe(text: str | None) -> datetime | None:
    return None if text is None else from_db(text)


class StreetQueries(QueryBase):
    def _person(self, row: Any, offset: int = 0, last_seen: str | None = None
                ) -> StreetPerson:
        r = row[offset:]
        alias, nationality, language, gender, age_band = (
            self._open_row("street_people", name, r[0], value)
            for name, value in zip(_PERSON_SEALED, r[2:7], strict=True))
        return StreetPerson(id=r[0], code=r[1], alias=alias, nationality=nationality,
                            language=language, gender=gender, age_band=age_band,
                            client_id=r[7], created_at=from_db(r[8]),
                            last_seen=_maybe(last_seen))

    # -- places ---------------------------------------------------------------------------

    async def places(self, active_only: bool = True) -> list[Place]:
        where = " WHERE active = 1" if active_only else ""
        rows = await self._all(
            f"SELECT id, name, latitude, longitude, active FROM places{where} ORDER BY id")
        return [Place(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    async def add_place(self, name: str, latitude: float | None, longitude: float | None,
                        now: datetime, created_by: int | None = None) -> int:
        return await self._insert(
            "INSERT INTO places (name, latitude, longitude, created_at, created_by)"
            " VALUES (?, ?, ?, ?, ?)", (name, latitude, longitude, to_db(now), created_by))

    async def update_place(self, place_id: int, *, name: str | None = None,
                           active: bool | None = None) -> None:
        if name is not None:
            await self._run("UPDATE places SET name = ? WHERE id = ?", (name, place_id))
        if active is not None:
            await self._run("UPDATE places SET active = ? WHERE id = ?", (int(active), place_id))

    # -- people met on the street -----------------------------------------------------------

    async def street_code_taken(self, code: str) -> bool:
        return await self._one("SELECT 1 FROM street_people WHERE code = ?", (code,)) is not None

    async def create_street_person(self, *, code: str, alias: str | None, now: datetime,
                                   created_by: int | None, **fields: str | None) -> int:
        unknown = set(fields) - _PERSON_FIELDS
        if unknown:
            raise ValueError(f"not a street person field: {sorted(unknown)}")
        given = {"alias": alias, **fields}
        plain = {"code": code, "created_at": to_db(now), "created_by": created_by,
                 **{name: value for name, value in given.items()
                    if name not in _PERSON_SEALED}}
        return await self._insert_sealed(
            "street_people", plain,
            {name: value for name, value in given.items() if name in _PERSON_SEALED})

    async def update_street_person(self, street_person_id: int, **fields: Any) -> None:
        unknown = set(fields) - _PERSON_FIELDS
        if unknown:
            raise ValueError(f"not a street person field: {sorted(unknown)}")
        values = {name: self._seal_row("street_people", name, street_person_id, value)
                  if name in _PERSON_SEALED else value for name, value in fields.items()}
        if values:
            names = ", ".join(f"{name} = ?" for name in values)
            await self._run(f"UPDATE street_people SET {names} WHERE id = ?",
                            (*values.values(), street_person_id))

    async def street_person(self, street_person_id: int) -> StreetPerson | None:
        row = await self._one(f"SELECT {_PERSON}, {_LAST_SEEN} FROM street_people sp"
                              " WHERE sp.id = ?", (street_person_id,))
        return None if row is None else self._person(row, last_seen=row[9])

    async def street_people(self, *, met_by: int | None = None, since: datetime | None = None,
                            unlinked: bool = False, limit: int = 2000) -> list[StreetPerson]:
        """People with a registration (not undone), the most recently met first."""
        sql = (f"SELECT {_PERSON}, max(c.at) AS seen FROM street_people sp"
               " JOIN street_contacts c ON c.street_person_id = sp.id AND c.undone_at IS NULL")
        conditions: list[str] = []
        params: list[object] = []
        if met_by is not None:
            conditions.append("c.fieldworker_id = ?")
            params.append(met_by)
        if since is not None:
            conditions.append("c.at >= ?")
            params.append(to_db(since))
        if unlinked:
            conditions.append("sp.client_id IS NULL")
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = await self._all(f"{sql}{where} GROUP BY sp.id ORDER BY seen DESC, sp.id DESC"
                               " LIMIT ?", (*params, limit))
        return [self._person(row, last_seen=row[9]) for row in rows]

    # -- contacts ---------------------------------------------------------------------------

    def _contact(self, row: aiosqlite.Row) -> StreetContact:
        return StreetContact(
            id=row[0], fieldworker_id=row[1], at=from_db(row[2]), saved_at=from_db(row[3]),
            place_id=row[4], place_name=row[5],
            latitude=self._coordinate(row[0], "latitude", row[6]),
            longitude=self._coordinate(row[0], "longitude", row[7]),
            needs=tuple(n for n in (self._open_row("street_contacts", "needs", row[0], row[8])
                                    or "").split(",") if n),
            note=self._open_row("street_contacts", "note", row[0], row[9]),
            note_kind=row[10], followup=bool(row[11]),
            shift=row[12], undone_at=_maybe(row[13]), fieldworker_alias=row[14],
            person=self._person(row, 15))

    async def save_street_contact(
        self, *, street_person_id: int, fieldworker_id: int, at: datetime, now: datetime,
        place_id: int | None, latitude: float | None, longitude: float | None,
        needs: tuple[str, ...], note: str | None, note_kind: str | None, followup: bool,
        shift: str | None,
    ) -> int:
        return await self._insert_sealed(
            "street_contacts",
            {"street_person_id": street_person_id, "fieldworker_id": fieldworker_id,
             "at": to_db(at), "saved_at": to_db(now), "place_id": place_id,
             "note_kind": note_kind, "followup": int(followup), "shift": shift},
            {"latitude": None if latitude is None else repr(latitude),
             "longitude": None if longitude is None else repr(longitude),
             "needs": ",".join(needs), "note": note})

    def _coordinate(self, contact_id: int, column: str, sealed: bytes | None) -> float | None:
        value = self._open_row("street_contacts", column, contact_id, sealed)
        return None if value is None else float(value)

    async def street_contact(self, contact_id: int) -> StreetContact | None:
        row = await self._one(f"SELECT {_CONTACT} FROM {_CONTACT_FROM} WHERE sc.id = ?",
                              (contact_id,))
        return None if row is None else self._contact(row)

    async def undo_street_contact(self, contact_id: int, now: datetime) -> None:
        await self._run("UPDATE street_contacts SET undone_at = ? WHERE id = ?"
                        " AND undone_at IS NULL", (to_db(now), contact_id))

    async def street_contacts(
        self, *, since: datetime | None = None, fieldworker_id: int | None = None,
        shift: str | None = None, limit: int | None = None,
    ) -> list[StreetContact]:
        """Registrations that were not undone, oldest first."""
        conditions = ["sc.undone_at IS NULL"]
        params: list[object] = []
        if since is not None:
            conditions.append("sc.at >= ?")
            params.append(to_db(since))
        if fieldworker_id is not None:
            conditions.append("sc.fieldworker_id = ?")
            params.append(fieldworker_id)
        if shift is not None:
            conditions.append("sc.shift = ?")
            params.append(shift)
        sql = (f"SELECT {_CONTACT} FROM {_CONTACT_FROM} WHERE {' AND '.join(conditions)}"
               " ORDER BY sc.at, sc.id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self._contact(row) for row in await self._all(sql, params)]

    async def alert_of_street_contact(self, contact_id: int) -> int | None:
        row = await self._one("SELECT id FROM alerts WHERE street_contact_id = ?"
                              " ORDER BY id DESC LIMIT 1", (contact_id,))
        return None if row is None else int(row[0])

    # -- shifts -----------------------------------------------------------------------------

    async def current_shift(self, person_id: int) -> str | None:
        row = await self._one("SELECT name FROM shifts WHERE person_id = ? AND ended_at IS NULL"
                              " ORDER BY id DESC LIMIT 1", (person_id,))
        return None if row is None else str(row[0])

    async def start_shift(self, person_id: int, name: str, now: datetime) -> None:
        await self.end_shift(person_id, now)
        await self._insert("INSERT INTO shifts (person_id, name, started_at) VALUES (?, ?, ?)",
                           (person_id, name, to_db(now)))

    async def end_shift(self, person_id: int, now: datetime) -> None:
        await self._run("UPDATE shifts SET ended_at = ? WHERE person_id = ? AND ended_at IS NULL",
                        (to_db(now), person_id))
