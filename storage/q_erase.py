"""Erasure of one client (GDPR Art. 17): every row about them, in one transaction; what the
yearly figures need stays as counts per year and kind (`erased_counts`), with no link."""

from __future__ import annotations

from collections.abc import Iterable

from storage.q_profile import ProfileQueries
from storage.q_retention import RetentionQueries

__all__ = ["ErasureQueries"]

# (kind counted, table, time column, the rows about the client): what stays as a count
_FIGURES = (
    ("clients", "people", "created_at", "id = ?"),
    ("alerts", "alerts", "created_at", "client_id = ?"),
    ("appointments", "appointments", "created_at", "client_id = ?"),
    ("checkins-answered", "checkins", "answered_at",
     "client_id = ? AND status = 'answered'"),
    ("messages-in", "contact_log", "at", "person_id = ? AND direction = 'in'"),
    ("street-contacts", "street_contacts", "at",
     "undone_at IS NULL AND"
     " street_person_id IN (SELECT id FROM street_people WHERE client_id = ?)"),
)


class ErasureQueries(RetentionQueries, ProfileQueries):
    async def erase_person(self, person_id: int,
                           update_ids: Iterable[int] = ()) -> dict[str, int]:
        """Remove the client and everything about them; rows removed, by table. The
        figures keep counts only. `update_ids`: more inbox rows of theirs (failed updates
        the caller found by their chat)."""
        person = await self._one("SELECT chat_id FROM people WHERE id = ?", (person_id,))
        if person is None:
            return {}
        chat = person[0]
        p = (person_id,)
        for kind, table, at, where in _FIGURES:
            await self._run(
                "INSERT INTO erased_counts (year, kind, count)"
                f" SELECT CAST(substr({at}, 1, 4) AS INTEGER), ?, count(*) FROM {table}"
                f" WHERE {at} IS NOT NULL AND {where} GROUP BY 1"
                " ON CONFLICT (year, kind) DO UPDATE"
                " SET count = erased_counts.count + excluded.count",
                (kind, person_id))
        street = [int(r[0]) for r in await self._all(
            "SELECT id FROM street_people WHERE client_id = ?", p)]
        smarks = ",".join("?" * len(street))
        contacts = f"SELECT id FROM street_contacts WHERE street_person_id IN ({smarks})"
        alert_ids = [int(r[0]) for r in await self._all(
            f"SELECT id FROM alerts WHERE client_id = ? OR street_contact_id IN ({contacts})",
            (person_id, *street))]
        appointments = [int(r[0]) for r in await self._all(
            "SELECT id FROM appointments WHERE client_id = ?", p)]
        checkins = [int(r[0]) for r in await self._all(
            "SELECT id FROM checkins WHERE client_id = ?", p)]
        updates = {int(r[0]) for r in await self._all(
            "SELECT update_id FROM contact_log WHERE update_id IS NOT NULL AND"
            " (person_id = ? OR actor_id = ? OR chat_id = ?)", (person_id, person_id, chat))}
        updates.update(update_ids)

        report: dict[str, int] = {}

        def add(table: str, count: int) -> None:
            report[table] = report.get(table, 0) + count

        for table, count in (await self.drop_alerts(alert_ids)).items():
            add(table, count)
        add("outbox", await self.drop_outbox_refs(
            [f"appt:{a}" for a in appointments] + [f"client:{person_id}"]))
        add("outbox", await self._run(
            "DELETE FROM outbox WHERE person_id = ? OR chat_id = ?", (person_id, chat)))
        add("flag_feedback", await self._run(
            "DELETE FROM flag_feedback WHERE client_id = ?", p))
        add("timers", await self._delete_in(
            "DELETE FROM timers WHERE kind LIKE 'appt-%' AND subject IN", appointments))
        add("timers", await self._delete_in(
            "DELETE FROM timers WHERE kind LIKE 'checkin-%' AND subject IN", checkins))
        add("timers", await self._run(
            "DELETE FROM timers WHERE kind IN ('unsure-timeout', 'person-unreachable')"
            " AND subject = ?", p))
        for table in ("checkin_answers", "checkins", "aftercare_plans", "appointments"):
            add(table, await self._run(f"DELETE FROM {table} WHERE client_id = ?", p))
        add("street_contacts", await self._delete_in(
            "DELETE FROM street_contacts WHERE street_person_id IN", street))
        add("street_people", await self._run(
            "DELETE FROM street_people WHERE client_id = ?", p))
        add("contact_log", await self._run(
            "DELETE FROM contact_log WHERE person_id = ? OR actor_id = ? OR chat_id = ?",
            (person_id, person_id, chat)))
        add("conversations", await self._run(
            "DELETE FROM conversations WHERE person_key = ? OR person_key LIKE ?",
            (f"p:{person_id}", f"%:p:{person_id}")))
        add("invites", await self._run(
            "DELETE FROM invites WHERE person_id = ? OR used_by = ?", (person_id, person_id)))
        add("inbox", await self._delete_in("DELETE FROM inbox WHERE update_id IN",
                                           sorted(updates)))
        add("safety", await self._run("DELETE FROM safety WHERE person_id = ?", p))
        for outcome in await self.outcomes(person_id):  # the yearly figures keep the count
            await self._run(
                "INSERT INTO erased_counts (year, kind, count) VALUES (?, ?, 1)"
                " ON CONFLICT (year, kind) DO UPDATE SET count = erased_counts.count + 1",
                (outcome.on.year, f"outcome:{outcome.kind}"))
        add("outcomes", await self._run("DELETE FROM outcomes WHERE person_id = ?", p))
        add("profiles", await self._run("DELETE FROM profiles WHERE person_id = ?", p))
        await self._run("UPDATE people SET created_by = NULL WHERE created_by = ?", p)
        add("people", await self._run("DELETE FROM people WHERE id = ?", p))
        return {table: count for table, count in sorted(report.items()) if count}

    async def _delete_in(self, sql: str, ids: list[int]) -> int:
        removed = 0
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            removed += await self._run(f"{sql} ({','.join('?' * len(part))})", part)
        return removed

    async def client_by_alias(self, alias: str) -> list[int]:
        """Clients whose alias is exactly this (case-insensitive): their ids."""
        rows = await self._all(
            "SELECT id FROM people WHERE role = 'client' AND lower(alias) = lower(?)"
            " ORDER BY id", (alias,))
        return [int(r[0]) for r in rows]

    async def erased_counts(self) -> list[tuple[int, str, int]]:
        rows = await self._all("SELECT year, kind, count FROM erased_counts ORDER BY year, kind")
        return [(int(r[0]), str(r[1]), int(r[2])) for r in rows]
