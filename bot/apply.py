"""Applying a flow's effects inside the caller's transaction."""

from __future__ import annotations

import logging
from dataclasses import asdict
from datetime import timedelta
from typing import Any

from bot.deps import hash_code
from bot.parse import Incoming
from flows.context import Context
from flows.effects import (
    SELF,
    BindInvite,
    BindPerson,
    CreateClient,
    CreateInvite,
    Effect,
    Log,
    Send,
    SetCommands,
    UpdatePerson,
)
from flows.staff import INVITE_DAYS
from storage import LogEntry, Tx

__all__ = ["apply_effects", "send_payload"]

log = logging.getLogger(__name__)


def send_payload(effect: Send) -> dict[str, Any]:
    return {
        "key": effect.key,
        "args": dict(effect.args),
        "buttons": [[asdict(choice) for choice in row] for row in effect.buttons],
        "keyboard": effect.keyboard if effect.keyboard != "remove" else "remove",
        "qr": effect.qr,
        "tail": effect.tail,
    }


class _Applier:
    def __init__(self, tx: Tx, ctx: Context, incoming: Incoming | None) -> None:
        self.tx, self.ctx, self.incoming = tx, ctx, incoming
        self.self_id: int | None = ctx.person.id if ctx.person else None
        self.outbox_rows = 0

    def resolve(self, person_id: int | None) -> int | None:
        return self.self_id if person_id == SELF else person_id

    async def apply(self, effect: Effect) -> None:
        now, tx = self.ctx.now, self.tx
        match effect:
            case Send():
                await self.send(effect)
            case UpdatePerson(person_id=pid, fields=fields):
                await tx.update_person(self.resolve(pid) or 0, **fields)
            case CreateInvite(code=code, role=role, name=name, person_id=pid):
                await tx.create_invite(code_hash=hash_code(code), role=role,  # type: ignore[arg-type]
                                       now=now, expires_at=now + timedelta(days=INVITE_DAYS),
                                       person_id=pid, name=name, created_by=self.self_id)
            case CreateClient():
                client = await tx.create_person(
                    role="client", alias=effect.alias, timezone=effect.timezone, now=now,
                    language=effect.language, country=effect.country,
                    casemanager_id=effect.casemanager_id, created_by=self.self_id)
                await tx.create_invite(code_hash=hash_code(effect.code), role="client", now=now,
                                       expires_at=now + timedelta(days=INVITE_DAYS),
                                       person_id=client.id, created_by=self.self_id)
            case BindPerson(person_id=pid):
                await tx.bind_telegram(pid, self.ctx.telegram_user_id, self.ctx.chat_id)
                self.self_id = pid
            case BindInvite():
                person = await tx.create_person(
                    role=effect.role, alias=effect.name, timezone=effect.timezone,  # type: ignore[arg-type]
                    now=now, language=effect.language,
                    telegram_user_id=self.ctx.telegram_user_id, chat_id=self.ctx.chat_id)
                self.self_id = person.id
            case SetCommands(person_id=pid):
                target = await tx.person(self.resolve(pid) or 0)
                if target is not None and target.chat_id is not None:
                    await tx.enqueue(chat_id=target.chat_id, kind="commands", payload={},
                                     now=now, person_id=target.id, system=True)
                    self.outbox_rows += 1
            case Log():
                await self.write_log(effect)

    async def send(self, effect: Send) -> None:
        person_id = self.resolve(effect.person_id)
        chat_id = effect.chat_id
        if person_id is not None:
            person = await self.tx.person(person_id)
            chat_id = person.chat_id if person else None
            if chat_id is None:
                log.warning("no chat for person %s; message %s not queued", person_id, effect.key)
                return
        if chat_id is None:
            return
        await self.tx.enqueue(
            chat_id=chat_id, kind="photo" if effect.qr else "message",
            payload=send_payload(effect), now=self.ctx.now, due_at=effect.due_at,
            person_id=person_id, language=effect.language, system=effect.system, ref=effect.ref)
        self.outbox_rows += 1

    async def write_log(self, effect: Log) -> None:
        actor = self.ctx.person
        await self.tx.log(LogEntry(
            at=self.ctx.now, actor_role=actor.role if actor else "unknown",
            direction=effect.direction, kind=effect.kind,
            actor_id=self.self_id, person_id=self.resolve(effect.person_id),
            chat_id=self.ctx.chat_id,
            message_id=self.incoming.message_id if self.incoming else None,
            update_id=self.incoming.update_id if self.incoming else None,
            text=effect.text,
        ))


async def apply_effects(
    tx: Tx, ctx: Context, effects: tuple[Effect, ...], incoming: Incoming | None = None
) -> int:
    """Apply in order; returns how many outbox rows were written."""
    applier = _Applier(tx, ctx, incoming)
    for effect in effects:
        await applier.apply(effect)
    return applier.outbox_rows
