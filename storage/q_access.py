"""Taking access back: disabling staff, revoking invites, detaching a client's Telegram
account, reassigning a client. Ids and codes only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.q_base import QueryBase
from storage.timefmt import from_db, to_db

__all__ = ["AccessQueries", "PendingInvite"]


@dataclass(frozen=True)
class PendingInvite:
    """An unused, unexpired invite; `id` is its row id (the code itself is never stored)."""

    id: int
    role: str
    name: str | None
    person_id: int | None  # the client it is for
    created_by: int | None
    created_at: datetime
    expires_at: datetime


class AccessQueries(QueryBase):
    async def disabled_staff(self) -> set[int]:
        rows = await self._all("SELECT person_id FROM staff_disabled")
        return {int(row[0]) for row in rows}

    async def disable_staff(self, person_id: int, now: datetime, by: int | None) -> int:
        """Take the Telegram account off a staff member (kept aside for enabling again):
        from now on they are a stranger. Their pending messages and the invites they made
        are withdrawn; returns how many messages."""
        row = await self._one("SELECT telegram_user_id, chat_id FROM people WHERE id = ?"
                              " AND role != 'client'", (person_id,))
        if row is None:
            return 0
        await self._run(
            "INSERT INTO staff_disabled (person_id, telegram_user_id, chat_id,"
            " disabled_at, disabled_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE"
            " SET telegram_user_id = excluded.telegram_user_id, chat_id = excluded.chat_id,"
            " disabled_at = excluded.disabled_at, disabled_by = excluded.disabled_by",
            (person_id, row[0], row[1], to_db(now), by))
        await self._run("UPDATE people SET telegram_user_id = NULL, chat_id = NULL WHERE id = ?",
                        (person_id,))
        await self._run(  # the links they handed out die with their access
            "UPDATE invites SET expires_at = ?, revoked_at = ?, revoked_by = ?"
            " WHERE created_by = ? AND used_at IS NULL AND expires_at > ?",
            (to_db(now), to_db(now), by, person_id, to_db(now)))
        return await self.cancel_pending_to_chat(row[1]) if row[1] is not None else 0

    async def enable_staff(self, person_id: int) -> bool:
        """Give a disabled staff member their Telegram account back; False when someone else
        has bound it meanwhile (then they stay disabled)."""
        row = await self._one("SELECT telegram_user_id, chat_id FROM staff_disabled"
                              " WHERE person_id = ?", (person_id,))
        if row is None:
            return False
        if row[0] is not None:
            taken = await self._one("SELECT 1 FROM people WHERE telegram_user_id = ?", (row[0],))
            if taken is not None:
                return False
        await self._run("UPDATE people SET telegram_user_id = ?, chat_id = ? WHERE id = ?",
                        (row[0], row[1], person_id))
        await self._run("DELETE FROM staff_disabled WHERE person_id = ?", (person_id,))
        return True

    async def cancel_pending_to_chat(self, chat_id: int, reason: str | None = None) -> int:
        return await self._run(
            "UPDATE outbox SET status = 'cancelled', last_error = coalesce(?, last_error)"
            " WHERE chat_id = ? AND status = 'pending'", (reason, chat_id))

    async def restore_detached(self, person_id: int, chat_id: int, now: datetime) -> int:
        """A detached client's new phone joined: what was still to come for them (reminders)
        goes to the new chat, if its payload is still there (the purge empties withdrawn
        messages after a day)."""
        return await self._run(
            "UPDATE outbox SET status = 'pending', chat_id = ?, last_error = NULL"
            " WHERE person_id = ? AND status = 'cancelled' AND last_error = 'detached'"
            " AND due_at > ? AND length(payload) > 0", (chat_id, person_id, to_db(now)))

    async def unbind_client(self, person_id: int) -> int:
        """A client's Telegram account is detached: the old account is a stranger from now
        on and nothing pending goes to the old chat. Returns how many messages were
        withdrawn."""
        row = await self._one("SELECT chat_id FROM people WHERE id = ? AND role = 'client'",
                              (person_id,))
        if row is None:
            return 0
        await self._run("UPDATE people SET telegram_user_id = NULL, chat_id = NULL WHERE id = ?",
                        (person_id,))
        return await self.cancel_pending_to_chat(row[0], "detached") if row[0] is not None \
            else 0

    async def pending_invites(self, now: datetime) -> list[PendingInvite]:
        rows = await self._all(
            "SELECT rowid, role, name, person_id, created_by, created_at, expires_at"
            " FROM invites WHERE used_at IS NULL AND expires_at > ? ORDER BY created_at",
            (to_db(now),))
        return [PendingInvite(id=r[0], role=r[1], name=r[2], person_id=r[3], created_by=r[4],
                              created_at=from_db(r[5]), expires_at=from_db(r[6]))
                for r in rows]

    async def revoke_invite(self, invite_id: int, now: datetime, by: int | None) -> bool:
        """A revoked invite expires now: opening it then gets the neutral greeting."""
        changed = await self._run(
            "UPDATE invites SET expires_at = ?, revoked_at = ?, revoked_by = ?"
            " WHERE rowid = ? AND used_at IS NULL AND expires_at > ?",
            (to_db(now), to_db(now), by, invite_id, to_db(now)))
        return changed == 1

    async def revoke_invites_of(self, person_id: int, now: datetime, by: int | None) -> int:
        """Every pending invite for this client (before a new one is made)."""
        return await self._run(
            "UPDATE invites SET expires_at = ?, revoked_at = ?, revoked_by = ?"
            " WHERE person_id = ? AND used_at IS NULL AND expires_at > ?",
            (to_db(now), to_db(now), by, person_id, to_db(now)))

    async def reassign_client(self, client_id: int, casemanager_id: int,
                              now: datetime) -> None:
        """The client's new casemanager takes their open alerts and upcoming
        appointments (the client's own row is changed by `update_person`)."""
        await self._run("UPDATE alerts SET casemanager_id = ? WHERE client_id = ?"
                        " AND status != 'resolved'", (casemanager_id, client_id))
        await self._run("UPDATE appointments SET casemanager_id = ? WHERE client_id = ?"
                        " AND status = 'scheduled' AND starts_at > ?",
                        (casemanager_id, client_id, to_db(now)))
