"""Taking access back: /staff, /invites, /reassign, /detach; the audit effect; the inviter
told when someone joins with their link."""

from __future__ import annotations

from flows.access import client, staff
from flows.access.buttons import DetachConfirm, InviteRevoke, ReassignTo, StaffAction, StaffRole
from flows.access.effects import (
    DetachClient,
    DisableStaff,
    EnableStaff,
    NotifyInviter,
    ReassignClient,
    RestoreDetached,
    RevokeInvite,
)
from flows.core.access import ADMIN, CASEWORK
from flows.core.effects import Audit
from flows.core.feature import ButtonSpec, CommandSpec, Feature

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="access",
    commands=(
        CommandSpec("staff", ADMIN, staff.on_staff, needs=("access",)),
        CommandSpec("invites", ADMIN, staff.on_invites, needs=("access",)),
        CommandSpec("reassign", ADMIN, client.on_reassign, needs=("access",)),
        CommandSpec("detach", CASEWORK, client.on_detach, needs=("access",)),
    ),
    buttons=(
        ButtonSpec((StaffAction, StaffRole), ADMIN, staff.on_staff_button, needs=("access",)),
        ButtonSpec((InviteRevoke,), ADMIN, staff.on_invite_revoke, needs=("access",)),
        ButtonSpec((ReassignTo,), ADMIN, client.on_reassign_button, needs=("access",)),
        ButtonSpec((DetachConfirm,), CASEWORK, client.on_detach_button, needs=("access",)),
    ),
    effects=(Audit, DetachClient, DisableStaff, EnableStaff, NotifyInviter, ReassignClient,
             RestoreDetached, RevokeInvite),
)
