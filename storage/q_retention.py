"""Retention: the daily purge of what is kept no longer, and closing and reopening a case.
Erasure of one person is in q_erase.py. Every count is of rows (or values) removed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from storage.q_state import StateQueries
from storage.timefmt import to_db

__all__ = ["Retention", "RetentionQueries"]

# A sent (or given up, or withdrawn) message's payload is emptied when sent; what is left
# after this long (an older row, a cancelled one) the purge empties.
PAYLOAD_GRACE = timedelta(days=1)
# A resolved alert's card (and a bundle of resolved cards) may still be edited for a while
# (a copy in flight is brought up to date); after this the purge removes it.
CARD_GRACE = timedelta(days=1)

_CLOSED = "SELECT id FROM people WHERE role = 'client' AND closed_at IS NOT NULL" \
    " AND closed_at < ?"


@dataclass(frozen=True)
class Retention:
    """How long each kind of data is kept (bot/config.py reads them from MELDBOT_RETAIN_*)."""

    texts: timedelta = timedelta(days=365)  # texts of a case, after it was closed
    street: timedelta = timedelta(days=365)  # street people never clients, since last met
    strangers: timedelta = timedelta(days=7)  # chat ids of people who never became anyone
    log: timedelta = timedelta(days=730)  # the contact log of a case, after it was closed
    inbox: timedelta = timedelta(days=30)  # processed and failed updates


class RetentionQueries(StateQueries):
    """(A StateQueries: card state is read and removed through it.)"""

    async def purge(self, now: datetime, keep: Retention) -> dict[str, int]:
        """Remove what is kept no longer; how many rows (or values) of each kind. The
        caller commits (or, for a dry run, rolls back)."""
        report = {
            "outbox-payloads": await self._purge_payloads(now - PAYLOAD_GRACE),
            "closed-case-texts": await self._purge_texts(to_db(now - keep.texts)),
            "closed-case-log": await self._run(
                f"DELETE FROM contact_log WHERE person_id IN ({_CLOSED})",
                (to_db(now - keep.log),)),
        }
        street_people, street_contacts, alerts = await self._purge_street(now - keep.street)
        report["street-people"] = street_people
        report["street-contacts"] = street_contacts
        report["street-alerts"] = alerts
        report["strangers"] = await self._purge_strangers(to_db(now - keep.strangers))
        report["inbox"] = await self._run(
            "DELETE FROM inbox WHERE (processed_at IS NOT NULL OR failed = 1)"
            " AND received_at < ? AND update_id < (SELECT max(update_id) FROM inbox)",
            (to_db(now - keep.inbox),))
        report["card-state"] = await self._purge_cards(now - CARD_GRACE)
        return report

    async def _purge_payloads(self, before: datetime) -> int:
        return await self._run(
            "UPDATE outbox SET payload = ? WHERE status IN ('sent', 'dead', 'cancelled')"
            " AND length(payload) > 0 AND COALESCE(sent_at, dead_at, created_at) < ?",
            (b"", to_db(before)))

    async def _purge_texts(self, before: str) -> int:
        """Texts and voice references of cases closed before `before`; ids, times and
        codes stay (for the contact log and the figures)."""
        p = (before,)
        client_alerts = f"SELECT id FROM alerts WHERE client_id IN ({_CLOSED})"
        linked = f"SELECT id FROM street_people WHERE client_id IN ({_CLOSED})"
        count = 0
        for sql in (
            f"UPDATE alert_messages SET text = NULL WHERE text IS NOT NULL"
            f" AND alert_id IN ({client_alerts})",
            f"UPDATE alerts SET terms = NULL WHERE terms IS NOT NULL AND client_id IN ({_CLOSED})",
            f"UPDATE contact_log SET text = NULL WHERE text IS NOT NULL"
            f" AND person_id IN ({_CLOSED})",
            f"UPDATE checkin_answers SET text = NULL WHERE text IS NOT NULL"
            f" AND client_id IN ({_CLOSED})",
            f"UPDATE flag_feedback SET text = NULL WHERE text IS NOT NULL"
            f" AND client_id IN ({_CLOSED})",
            f"UPDATE appointments SET note = NULL, place = NULL, pin = NULL"
            f" WHERE (note IS NOT NULL OR place IS NOT NULL OR pin IS NOT NULL)"
            f" AND client_id IN ({_CLOSED})",
            f"UPDATE street_contacts SET note = NULL WHERE note IS NOT NULL"
            f" AND street_person_id IN ({linked})",
            f"DELETE FROM conversations WHERE person_key IN"
            f" (SELECT 'p:' || id FROM people WHERE id IN ({_CLOSED}))",
        ):
            count += await self._run(sql, p)
        return count

    async def _purge_street(self, before: datetime) -> tuple[int, int, int]:
        """Street people who never became clients, not met since `before`: them, their
        contacts and the alerts those raised."""
        rows = await self._all(
            "SELECT sp.id FROM street_people sp WHERE sp.client_id IS NULL AND COALESCE("
            "(SELECT max(at) FROM street_contacts WHERE street_person_id = sp.id),"
            " sp.created_at) < ?", (to_db(before),))
        ids = [int(r[0]) for r in rows]
        if not ids:
            return 0, 0, 0
        marks = ",".join("?" * len(ids))
        contacts = f"SELECT id FROM street_contacts WHERE street_person_id IN ({marks})"
        alert_ids = [int(r[0]) for r in await self._all(
            f"SELECT id FROM alerts WHERE street_contact_id IN ({contacts})", ids)]
        for kind, table, at, where in (  # the yearly figures keep the counts
                ("street-contacts", "street_contacts", "at",
                 f"undone_at IS NULL AND street_person_id IN ({marks})"),
                ("alerts", "alerts", "created_at", f"street_contact_id IN ({contacts})")):
            await self._run(
                "INSERT INTO erased_counts (year, kind, count)"
                f" SELECT CAST(substr({at}, 1, 4) AS INTEGER), ?, count(*) FROM {table}"
                f" WHERE {where} GROUP BY 1"
                " ON CONFLICT (year, kind) DO UPDATE"
                " SET count = erased_counts.count + excluded.count",
                (kind, *ids))
        await self.drop_alerts(alert_ids)
        removed_contacts = await self._run(
            f"DELETE FROM street_contacts WHERE street_person_id IN ({marks})", ids)
        removed_people = await self._run(f"DELETE FROM street_people WHERE id IN ({marks})", ids)
        return removed_people, removed_contacts, len(alert_ids)

    async def drop_alerts(self, alert_ids: list[int]) -> dict[str, int]:
        """Remove alerts with everything that hangs on them: messages, feedback, timers,
        card state, and the outbox rows of their cards. Rows removed, by table."""
        counts = {"alerts": 0, "alert_messages": 0, "flag_feedback": 0, "timers": 0,
                  "state": 0, "outbox": 0}
        if not alert_ids:
            return counts
        marks = ",".join("?" * len(alert_ids))
        refs = [f"alert:{a}" for a in alert_ids]
        counts["outbox"] = await self.drop_outbox_refs(refs)
        counts["alert_messages"] = await self._run(
            f"DELETE FROM alert_messages WHERE alert_id IN ({marks})", alert_ids)
        counts["flag_feedback"] = await self._run(
            f"DELETE FROM flag_feedback WHERE alert_id IN ({marks})", alert_ids)
        counts["timers"] = await self._run(
            f"DELETE FROM timers WHERE kind LIKE 'alert-%' AND subject IN ({marks})", alert_ids)
        counts["state"] = await self._run(
            f"DELETE FROM state WHERE name IN ({marks})", [f"card:{a}" for a in alert_ids])
        counts["state"] += await self._drop_bundles(set(alert_ids))
        counts["alerts"] = await self._run(f"DELETE FROM alerts WHERE id IN ({marks})", alert_ids)
        return counts

    async def drop_outbox_refs(self, refs: list[str]) -> int:
        """Outbox rows with these refs, and the edits of the messages they became."""
        if not refs:
            return 0
        marks = ",".join("?" * len(refs))
        sent = await self._all(
            f"SELECT chat_id, telegram_message_id FROM outbox WHERE ref IN ({marks})"
            " AND telegram_message_id IS NOT NULL", refs)
        edits = [f"edit:{r[0]}:{r[1]}" for r in sent]
        removed = await self._run(f"DELETE FROM outbox WHERE ref IN ({marks})", refs)
        for start in range(0, len(edits), 500):
            part = edits[start:start + 500]
            removed += await self._run(
                f"DELETE FROM outbox WHERE ref IN ({','.join('?' * len(part))})", part)
        return removed

    async def _drop_bundles(self, alert_ids: set[int]) -> int:
        """Bundled cards (state `bundle:…`) that hold any of these alerts."""
        removed = 0
        for row in await self._all("SELECT name FROM state WHERE name LIKE 'bundle:%'"):
            name = str(row[0])
            if self._bundle_alerts(await self.get_secret(name)) & alert_ids:
                removed += await self._run("DELETE FROM state WHERE name = ?", (name,))
        return removed

    async def _purge_cards(self, before: datetime) -> int:
        """Card state of alerts resolved before `before` (or gone), and bundles of cards
        none of which is still live."""
        live = {int(r[0]) for r in await self._all(
            "SELECT id FROM alerts WHERE status != 'resolved' OR resolved_at >= ?",
            (to_db(before),))}
        removed = 0
        for row in await self._all("SELECT name FROM state WHERE name LIKE 'card:%'"):
            name = str(row[0])
            if not name[5:].isdigit() or int(name[5:]) not in live:
                removed += await self._run("DELETE FROM state WHERE name = ?", (name,))
        for row in await self._all("SELECT name FROM state WHERE name LIKE 'bundle:%'"):
            name = str(row[0])
            if not self._bundle_alerts(await self.get_secret(name)) & live:
                removed += await self._run("DELETE FROM state WHERE name = ?", (name,))
        return removed

    @staticmethod
    def _bundle_alerts(stored: str | None) -> set[int]:
        alerts = json.loads(stored).get("alerts", []) if stored else []
        return {int(a) for a in alerts}

    async def _purge_strangers(self, before: str) -> int:
        """What was logged or sent for chats of people who never became anyone."""
        known = "SELECT chat_id FROM people WHERE chat_id IS NOT NULL"
        logged = await self._run(
            "DELETE FROM contact_log WHERE actor_id IS NULL AND person_id IS NULL"
            f" AND chat_id > 0 AND at < ? AND chat_id NOT IN ({known})",
            (before,))
        sent = await self._run(
            "DELETE FROM outbox WHERE person_id IS NULL AND chat_id > 0"
            f" AND status NOT IN ('pending', 'sending') AND created_at < ?"
            f" AND chat_id NOT IN ({known})", (before,))
        return logged + sent

    async def close_case(self, client_id: int, now: datetime, reason: str) -> dict[str, int]:
        """Close: nothing more goes out to the client (their pending messages withdrawn,
        their reminders' and check-ins' timers ended, their aftercare plan ended), and the
        retention clock starts. Counts of what was stopped."""
        p = (client_id,)
        await self._run("UPDATE people SET closed_at = ?, closed_reason = ? WHERE id = ?",
                        (to_db(now), reason, client_id))
        outbox = await self._run(
            "UPDATE outbox SET status = 'cancelled' WHERE status = 'pending' AND person_id = ?", p)
        checkins = await self._run(
            "UPDATE checkins SET status = 'cancelled' WHERE status = 'scheduled'"
            " AND client_id = ?", p)
        plans = await self._run(
            "UPDATE aftercare_plans SET status = 'ended' WHERE status != 'ended'"
            " AND client_id = ?", p)
        timers = await self._run(
            "UPDATE timers SET done = 1 WHERE done = 0 AND ("
            " (kind LIKE 'checkin-%' AND subject IN (SELECT id FROM checkins WHERE client_id = ?))"
            " OR (kind LIKE 'appt-%' AND subject IN"
            " (SELECT id FROM appointments WHERE client_id = ?))"
            " OR (kind IN ('unsure-timeout', 'person-unreachable') AND subject = ?))",
            (client_id, client_id, client_id))
        return {"outbox": outbox, "checkins": checkins, "plans": plans, "timers": timers}

    async def reopen_case(self, client_id: int) -> bool:
        """Reopen: messages may go out again (nothing withdrawn is brought back)."""
        return await self._run(
            "UPDATE people SET closed_at = NULL, closed_reason = NULL"
            " WHERE id = ? AND closed_at IS NOT NULL", (client_id,)) > 0

    async def case_closed(self, client_id: int) -> bool:
        row = await self._one("SELECT closed_at FROM people WHERE id = ?", (client_id,))
        return row is not None and row[0] is not None
