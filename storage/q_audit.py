"""The audit trail: who read or exported whose data, and who erased whom. Append-only (the
table's triggers refuse UPDATE and DELETE); ids and codes only, never a person's words."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime

from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["AuditEntry", "AuditQueries"]

_DETAIL_LENGTH = 200


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor_id: int | None
    actor_role: str  # the actor's role now; "system" for the command line
    action: str
    person_id: int | None
    detail: str


class AuditQueries(QueryBase):
    async def audit(self, *, at: datetime, actor_id: int | None, action: str,
                    person_id: int | None, detail: str = "") -> None:
        """One audit row. `detail` holds codes and ids (an export's kind), never words."""
        await self._insert(
            "INSERT INTO audit (at, actor_id, action, person_id, detail) VALUES (?, ?, ?, ?, ?)",
            (to_db(at), actor_id, action, person_id, detail[:_DETAIL_LENGTH]))

    async def iter_audit(self, since: datetime | None = None) -> AsyncIterator[AuditEntry]:
        """Oldest first, with each actor's current role (streamed on aiosqlite's thread)."""
        async for row in self._stream(
            "SELECT a.id, a.at, a.actor_id, CASE WHEN a.actor_id IS NULL THEN 'system'"
            " ELSE coalesce(p.role, 'unknown') END, a.action, a.person_id, a.detail"
            " FROM audit a LEFT JOIN people p ON p.id = a.actor_id"
            " WHERE a.at >= ? ORDER BY a.id",
            (to_db(since) if since is not None else "",),
        ):
            yield AuditEntry(id=row[0], at=from_db(row[1]), actor_id=row[2],
                             actor_role=row[3], action=row[4], person_id=row[5],
                             detail=row[6])
