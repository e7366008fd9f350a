"""What the access flows may know: the staff, the pending invites, the client in question."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flows.model import Person

__all__ = ["AccessView", "InviteLine", "StaffMember"]


@dataclass(frozen=True)
class StaffMember:
    person: Person
    disabled: bool = False


@dataclass(frozen=True)
class InviteLine:
    """A pending invite: its row id, role, who it is for and who made it."""

    id: int
    role: str
    expires_at: datetime
    for_name: str | None = None  # the staff name given, or the client's alias
    made_by: str | None = None  # the inviter's alias; None when made on the command line


@dataclass(frozen=True)
class AccessView:
    staff: tuple[StaffMember, ...] = ()
    invites: tuple[InviteLine, ...] = ()
    client: Person | None = None  # the client a /reassign or /detach (or its button) names
    matches: int = 0  # how many clients the typed alias matched

    def member(self, person_id: int) -> StaffMember | None:
        return next((m for m in self.staff if m.person.id == person_id), None)

    def active_admins(self) -> int:
        return sum(1 for m in self.staff if m.person.role == "admin" and not m.disabled)
