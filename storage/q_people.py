"""People and invites."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

import aiosqlite

from storage.models import InviteOutcome, Person, Role
from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["PeopleQueries"]

_COLUMNS = (
    "id, role, alias, timezone, telegram_user_id, chat_id, language, country, casemanager_id,"
    " consent, stopped, unreachable, created_at, on_duty"
)
_EDITABLE = {
    "alias", "language", "country", "timezone", "casemanager_id", "consent", "stopped",
    "unreachable", "role", "on_duty",
}


def _person(row: aiosqlite.Row | tuple[Any, ...]) -> Person:
    return Person(
        id=row[0], role=row[1], alias=row[2], timezone=row[3], telegram_user_id=row[4],
        chat_id=row[5], language=row[6], country=row[7], casemanager_id=row[8],
        consent=row[9], stopped=bool(row[10]), unreachable=bool(row[11]),
        created_at=from_db(row[12]), on_duty=bool(row[13]),
    )


class PeopleQueries(QueryBase):
    async def person(self, person_id: int) -> Person | None:
        row = await self._one(f"SELECT {_COLUMNS} FROM people WHERE id = ?", (person_id,))
        return None if row is None else _person(row)

    async def person_by_telegram(self, telegram_user_id: int) -> Person | None:
        row = await self._one(
            f"SELECT {_COLUMNS} FROM people WHERE telegram_user_id = ?", (telegram_user_id,)
        )
        return None if row is None else _person(row)

    async def person_and_casemanager(self, telegram_user_id: int
                                     ) -> tuple[Person | None, Person | None]:
        """The person with this Telegram account and their casemanager, in one query."""
        columns = ", ".join(f"{table}.{c.strip()}" for table in ("p", "c")
                            for c in _COLUMNS.split(","))
        row = await self._one(
            f"SELECT {columns} FROM people p LEFT JOIN people c ON c.id = p.casemanager_id"
            " WHERE p.telegram_user_id = ?", (telegram_user_id,))
        if row is None:
            return None, None
        width = len(_COLUMNS.split(","))
        manager = None if row[width] is None else _person(tuple(row)[width:])
        return _person(tuple(row)[:width]), manager

    async def people(self, role: Role | None = None) -> list[Person]:
        if role is None:
            rows = await self._all(f"SELECT {_COLUMNS} FROM people ORDER BY id")
        else:
            rows = await self._all(
                f"SELECT {_COLUMNS} FROM people WHERE role = ? ORDER BY id", (role,)
            )
        return [_person(row) for row in rows]

    async def count_people(self) -> int:
        row = await self._one("SELECT count(*) FROM people")
        return 0 if row is None else int(row[0])

    async def create_person(
        self, *, role: Role, alias: str, timezone: str, now: datetime,
        language: str | None = None, country: str | None = None,
        casemanager_id: int | None = None, created_by: int | None = None,
        telegram_user_id: int | None = None, chat_id: int | None = None,
    ) -> Person:
        consent = "pending" if role == "client" else "given"
        new_id = await self._insert(
            "INSERT INTO people (role, alias, timezone, language, country, casemanager_id,"
            " created_by, telegram_user_id, chat_id, consent, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (role, alias, timezone, language, country, casemanager_id, created_by,
             telegram_user_id, chat_id, consent, to_db(now)),
        )
        return cast(Person, await self.person(new_id))

    async def update_person(self, person_id: int, **fields: Any) -> None:
        unknown = set(fields) - _EDITABLE
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        if not fields:
            return
        names = ", ".join(f"{name} = ?" for name in fields)
        await self._run(
            f"UPDATE people SET {names} WHERE id = ?", (*fields.values(), person_id)
        )

    async def bind_telegram(self, person_id: int, telegram_user_id: int, chat_id: int) -> None:
        await self._run(
            "UPDATE people SET telegram_user_id = ?, chat_id = ?, unreachable = 0 WHERE id = ?",
            (telegram_user_id, chat_id, person_id),
        )

    async def create_invite(
        self, *, code_hash: str, role: Role, now: datetime, expires_at: datetime,
        person_id: int | None = None, name: str | None = None, created_by: int | None = None,
    ) -> None:
        await self._run(
            "INSERT INTO invites (code_hash, role, person_id, name, created_by, created_at,"
            " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (code_hash, role, person_id, name, created_by, to_db(now), to_db(expires_at)),
        )

    async def redeem_invite(
        self, code_hash: str, now: datetime, telegram_user_id: int
    ) -> InviteOutcome:
        """Use the invite if it is valid; single use is enforced in the same statement."""
        row = await self._one(
            "SELECT role, person_id, name, created_by, expires_at, used_at FROM invites"
            " WHERE code_hash = ?",
            (code_hash,),
        )
        if row is None:
            return InviteOutcome(status="unknown")
        if row[5] is not None:
            return InviteOutcome(status="used")
        if from_db(row[4]) <= now:
            return InviteOutcome(status="expired")
        changed = await self._run(
            "UPDATE invites SET used_at = ?, used_by = ? WHERE code_hash = ? AND used_at IS NULL",
            (to_db(now), telegram_user_id, code_hash),
        )
        if changed != 1:
            return InviteOutcome(status="used")
        return InviteOutcome(
            status="valid", role=row[0], person_id=row[1], name=row[2], created_by=row[3]
        )
