"""Profiles and outcomes (issue 15): sealed as a whole, read back into domain records."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from flows.model import Outcome, Profile
from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["ProfileQueries"]

_FIELDS = ("nationality", "birth_year", "age_band", "years_nl", "asylum_nl", "eu_document",
           "medical", "children_nl")


class ProfileQueries(QueryBase):
    async def profile(self, person_id: int) -> Profile | None:
        row = await self._one("SELECT person_id, data, updated_at FROM profiles"
                              " WHERE person_id = ?", (person_id,))
        return None if row is None else self._profile(row)

    async def profiles(self) -> list[Profile]:
        """Every profile (the factsheet reads them all)."""
        rows = await self._all("SELECT person_id, data, updated_at FROM profiles"
                               " ORDER BY person_id")
        return [self._profile(row) for row in rows]

    def _profile(self, row: Any) -> Profile:
        data = json.loads(self._open_row("profiles", "data", row[0], row[1]) or "{}")
        medical = data.get("medical")
        return Profile(person_id=int(row[0]),
                       **{k: data.get(k) for k in _FIELDS if k != "medical"},
                       medical=None if medical is None else tuple(medical),
                       updated_at=from_db(row[2]))

    async def save_profile(self, profile: Profile, now: datetime, by: int | None) -> None:
        """The whole profile, replacing what was there."""
        data = {k: getattr(profile, k) for k in _FIELDS}
        if data["medical"] is not None:
            data["medical"] = list(data["medical"])
        sealed = self._seal_row("profiles", "data", profile.person_id,
                                json.dumps(data, ensure_ascii=False))
        await self._run(
            "INSERT INTO profiles (person_id, data, updated_at, updated_by) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(person_id) DO UPDATE SET data = excluded.data,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (profile.person_id, sealed, to_db(now), by))

    async def add_outcome(self, *, person_id: int, kind: str, on: date,
                          country: str | None, aftercare: bool | None, now: datetime,
                          by: int | None) -> int:
        detail = json.dumps({"kind": kind, "country": country, "aftercare": aftercare})
        return await self._insert_sealed(
            "outcomes", {"person_id": person_id, "on_date": on.isoformat(),
                         "created_at": to_db(now), "created_by": by}, {"detail": detail})

    async def outcomes(self, person_id: int | None = None, start: date | None = None,
                       end: date | None = None) -> list[Outcome]:
        """Outcomes (of one person, or everyone's), oldest first; `start` <= date < `end`."""
        where, params = ["1 = 1"], list[Any]()
        if person_id is not None:
            where.append("person_id = ?")
            params.append(person_id)
        if start is not None:
            where.append("on_date >= ?")
            params.append(start.isoformat())
        if end is not None:
            where.append("on_date < ?")
            params.append(end.isoformat())
        rows = await self._all(
            "SELECT id, person_id, on_date, detail, created_at, created_by FROM outcomes"
            f" WHERE {' AND '.join(where)} ORDER BY on_date, id", params)
        found = []
        for row in rows:
            detail = json.loads(self._open_row("outcomes", "detail", row[0], row[3]) or "{}")
            found.append(Outcome(id=int(row[0]), person_id=int(row[1]),
                                 kind=str(detail.get("kind")),
                                 on=date.fromisoformat(row[2]), country=detail.get("country"),
                                 aftercare=detail.get("aftercare"),
                                 created_at=from_db(row[4]), created_by=row[5]))
        return found

    async def delete_outcome(self, outcome_id: int) -> int:
        return await self._run("DELETE FROM outcomes WHERE id = ?", (outcome_id,))
