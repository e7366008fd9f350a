"""The buttons of taking access back: staff, invites, reassigning, detaching."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from flows.core.buttons import ButtonData, button

__all__ = ["DetachConfirm", "InviteRevoke", "ReassignTo", "StaffAction", "StaffRole"]

StaffRoleName = Literal["admin", "casemanager", "fieldworker"]


@button
@dataclass(frozen=True)
class StaffAction(ButtonData):
    """Disable or enable a staff member, or ask which role they get (admins only; the
    handler checks the member against the loaded staff list)."""

    PREFIX = "staff"
    action: Literal["disable", "enable", "role"]
    id: int


@button
@dataclass(frozen=True)
class StaffRole(ButtonData):
    PREFIX = "staffrole"
    role: StaffRoleName
    id: int


@button
@dataclass(frozen=True)
class InviteRevoke(ButtonData):
    """Revoke a pending invite, by its row id."""

    PREFIX = "invrevoke"
    id: int


@button
@dataclass(frozen=True)
class ReassignTo(ButtonData):
    """Give the client (`id`) to the casemanager `to`."""

    PREFIX = "reassign"
    ROW = "client"
    id: int
    to: int


@button
@dataclass(frozen=True)
class DetachConfirm(ButtonData):
    PREFIX = "detach"
    ROW = "client"
    answer: Literal["yes", "no"]
    id: int
