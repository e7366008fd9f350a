"""Taking access back and the audit trail: disabling staff, revoking invites, detaching and
reassigning clients, telling an inviter who joined."""

from __future__ import annotations

import logging

from bot.appliers import Table, entry
from bot.appliers.applier import Applier
from bot.appliers.messages import send_payload
from flows.access.effects import (
    DetachClient,
    DisableStaff,
    EnableStaff,
    NotifyInviter,
    ReassignClient,
    RestoreDetached,
    RevokeInvite,
)
from flows.core.effects import SELF, Audit, Send

__all__ = ["APPLIERS"]

log = logging.getLogger(__name__)


async def audit(applier: Applier, effect: Audit) -> None:
    await applier.tx.audit(at=applier.ctx.now, actor_id=applier.self_id, action=effect.action,
                           person_id=effect.person_id, detail=effect.detail)


async def disable_staff(applier: Applier, effect: DisableStaff) -> None:
    applier.chats.clear()
    withdrawn = await applier.tx.disable_staff(effect.person_id, applier.ctx.now,
                                               applier.self_id)
    await applier.tx.save_state(f"p:{effect.person_id}", None, applier.ctx.now)
    log.info("staff %s disabled; %s pending messages withdrawn", effect.person_id, withdrawn)


async def enable_staff(applier: Applier, effect: EnableStaff) -> None:
    applier.chats.clear()
    if not await applier.tx.enable_staff(effect.person_id):
        log.warning("staff %s not enabled: their Telegram account is bound to someone else",
                    effect.person_id)


async def revoke_invite(applier: Applier, effect: RevokeInvite) -> None:
    await applier.tx.revoke_invite(effect.invite_id, applier.ctx.now, applier.self_id)


async def reassign_client(applier: Applier, effect: ReassignClient) -> None:
    await applier.tx.reassign_client(effect.client_id, effect.casemanager_id, applier.ctx.now)


async def detach_client(applier: Applier, effect: DetachClient) -> None:
    applier.chats.clear()
    tx, now = applier.tx, applier.ctx.now
    await tx.revoke_invites_of(effect.client_id, now, applier.self_id)
    withdrawn = await tx.unbind_client(effect.client_id)
    await tx.save_state(f"p:{effect.client_id}", None, now)
    log.info("client %s detached; %s pending messages withdrawn", effect.client_id, withdrawn)


async def restore_detached(applier: Applier, effect: RestoreDetached) -> None:
    restored = await applier.tx.restore_detached(effect.person_id, applier.ctx.chat_id,
                                                 applier.ctx.now)
    if restored:
        applier.outbox_rows += restored
        log.info("client %s: %s withdrawn messages go to the new chat", effect.person_id,
                 restored)


async def notify_inviter(applier: Applier, effect: NotifyInviter) -> None:
    """The invite's maker learns who joined with it (a leaked link is noticed)."""
    joined = await applier.tx.person(applier.person(SELF) or 0)
    inviter = await applier.tx.person(effect.inviter_id)
    if joined is None or inviter is None or inviter.chat_id is None:
        return
    message = Send("access-invite-used", {
        "alias": joined.alias, "role": effect.role,
        "when": {"$dt": applier.ctx.now.isoformat()}})
    await applier.enqueue(chat_id=inviter.chat_id, kind="message", person_id=inviter.id,
                          payload=send_payload(message, applier.new))


APPLIERS: Table = dict([
    entry(Audit, audit), entry(DisableStaff, disable_staff), entry(EnableStaff, enable_staff),
    entry(RevokeInvite, revoke_invite), entry(ReassignClient, reassign_client),
    entry(DetachClient, detach_client), entry(NotifyInviter, notify_inviter),
    entry(RestoreDetached, restore_detached),
])
