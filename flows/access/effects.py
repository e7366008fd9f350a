"""What the access flows want done (applied by bot/appliers/access.py)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AccessEffect", "DetachClient", "DisableStaff", "EnableStaff", "NotifyInviter",
           "ReassignClient", "RestoreDetached", "RevokeInvite"]


@dataclass(frozen=True)
class DisableStaff:
    """The staff member is a stranger from now on; their pending messages are withdrawn."""

    person_id: int


@dataclass(frozen=True)
class EnableStaff:
    person_id: int


@dataclass(frozen=True)
class RevokeInvite:
    invite_id: int


@dataclass(frozen=True)
class ReassignClient:
    """The client's open alerts and upcoming appointments go to the new casemanager."""

    client_id: int
    casemanager_id: int


@dataclass(frozen=True)
class DetachClient:
    """The client's Telegram account is unbound, nothing pending goes to the old chat, their
    conversation is forgotten and their other pending invites are revoked."""

    client_id: int


@dataclass(frozen=True)
class NotifyInviter:
    """Someone joined with an invite: its maker is told who (the joined person, SELF, by
    alias), as which role and when."""

    inviter_id: int
    role: str


@dataclass(frozen=True)
class RestoreDetached:
    """A client joined on a new phone: messages still to come that a detach withdrew from
    the old phone (reminders) go to the new one."""

    person_id: int


AccessEffect = (DisableStaff | EnableStaff | RevokeInvite | ReassignClient | DetachClient
                | NotifyInviter | RestoreDetached)
