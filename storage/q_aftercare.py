"""Aftercare plans, check-ins, answers, and voice recordings of the questions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from storage.models import Answer, Checkin, Plan
from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["AftercareQueries"]

_PLAN = "id, client_id, return_date, country, local_hour, days, status"
_CHECKIN = "id, plan_id, client_id, day, due_at, status, sent_at, answered_at"


def _plan(row: aiosqlite.Row) -> Plan:
    return Plan(id=row[0], client_id=row[1], return_date=row[2], country=row[3],
                local_hour=row[4], days=tuple(int(d) for d in row[5].split(",") if d),
                status=row[6])


def _checkin(row: aiosqlite.Row) -> Checkin:
    return Checkin(id=row[0], plan_id=row[1], client_id=row[2], day=row[3],
                   due_at=from_db(row[4]), status=row[5],
                   sent_at=None if row[6] is None else from_db(row[6]),
                   answered_at=None if row[7] is None else from_db(row[7]))


class AftercareQueries(QueryBase):
    async def create_plan(self, *, client_id: int, return_date: str, country: str,
                          local_hour: int, days: tuple[int, ...], now: datetime,
                          created_by: int | None) -> int:
        return await self._insert(
            "INSERT INTO aftercare_plans (client_id, return_date, country, local_hour, days,"
            " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (client_id, return_date, country, local_hour, ",".join(map(str, days)),
             to_db(now), created_by))

    async def plan_of(self, client_id: int) -> Plan | None:
        row = await self._one(
            f"SELECT {_PLAN} FROM aftercare_plans WHERE client_id = ? AND status != 'ended'"
            " ORDER BY id DESC LIMIT 1", (client_id,))
        return None if row is None else _plan(row)

    async def plan(self, plan_id: int) -> Plan | None:
        row = await self._one(f"SELECT {_PLAN} FROM aftercare_plans WHERE id = ?", (plan_id,))
        return None if row is None else _plan(row)

    async def update_plan(self, plan_id: int, **fields: Any) -> None:
        allowed = {"status", "days", "local_hour"}
        if set(fields) - allowed:
            raise ValueError(f"not editable: {sorted(set(fields) - allowed)}")
        values = [",".join(map(str, v)) if isinstance(v, tuple) else v for v in fields.values()]
        names = ", ".join(f"{name} = ?" for name in fields)
        await self._run(f"UPDATE aftercare_plans SET {names} WHERE id = ?", (*values, plan_id))

    async def add_checkin(self, plan_id: int, client_id: int, day: int, due_at: datetime
                          ) -> int:
        return await self._insert(
            "INSERT INTO checkins (plan_id, client_id, day, due_at) VALUES (?, ?, ?, ?)",
            (plan_id, client_id, day, to_db(due_at)))

    async def checkin(self, checkin_id: int) -> Checkin | None:
        row = await self._one(f"SELECT {_CHECKIN} FROM checkins WHERE id = ?", (checkin_id,))
        return None if row is None else _checkin(row)

    async def checkins_of(self, client_id: int) -> list[Checkin]:
        rows = await self._all(f"SELECT {_CHECKIN} FROM checkins WHERE client_id = ?"
                               " ORDER BY due_at", (client_id,))
        return [_checkin(row) for row in rows]

    async def all_checkins(self) -> list[Checkin]:
        rows = await self._all(f"SELECT {_CHECKIN} FROM checkins ORDER BY due_at, id")
        return [_checkin(row) for row in rows]

    async def update_checkin(self, checkin_id: int, **fields: Any) -> None:
        allowed = {"status", "sent_at", "answered_at", "due_at"}
        if set(fields) - allowed:
            raise ValueError(f"not editable: {sorted(set(fields) - allowed)}")
        values = [to_db(v) if isinstance(v, datetime) else v for v in fields.values()]
        names = ", ".join(f"{name} = ?" for name in fields)
        await self._run(f"UPDATE checkins SET {names} WHERE id = ?", (*values, checkin_id))

    async def add_answer(self, checkin_id: int, client_id: int, domain: str,
                         level: int | None, text: str | None, at: datetime) -> None:
        await self._insert_sealed(
            "checkin_answers",
            {"checkin_id": checkin_id, "client_id": client_id, "domain": domain,
             "at": to_db(at)},
            {"level": None if level is None else str(level), "text": text})

    async def answers_of(self, client_id: int, limit: int = 200) -> list[Answer]:
        rows = await self._all(
            "SELECT checkin_id, domain, level, at, text, id FROM checkin_answers"
            " WHERE client_id = ? ORDER BY at DESC, id DESC LIMIT ?", (client_id, limit))
        return [Answer(r[0], r[1], self._level(r[5], r[2]), from_db(r[3]),
                       self._open_row("checkin_answers", "text", r[5], r[4]))
                for r in reversed(rows)]

    async def all_answers(self) -> list[tuple[int, Answer]]:
        rows = await self._all(
            "SELECT client_id, checkin_id, domain, level, at, id FROM checkin_answers"
            " ORDER BY at, id")
        return [(r[0], Answer(r[1], r[2], self._level(r[5], r[3]), from_db(r[4])))
                for r in rows]

    def _level(self, answer_id: int, sealed: bytes | None) -> int | None:
        level = self._open_row("checkin_answers", "level", answer_id, sealed)
        return None if level is None else int(level)

    async def set_question_voice(self, question: str, language: str, file_id: str) -> None:
        await self._run(
            "INSERT INTO question_voices (question, language, file_id) VALUES (?, ?, ?)"
            " ON CONFLICT(question, language) DO UPDATE SET file_id = excluded.file_id",
            (question, language, file_id))

    async def question_voices(self, language: str) -> dict[str, str]:
        rows = await self._all("SELECT question, file_id FROM question_voices"
                               " WHERE language = ?", (language,))
        return {r[0]: r[1] for r in rows}
