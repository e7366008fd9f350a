"""People: invites, clients, binding a Telegram account, settings, conversation state."""

from __future__ import annotations

from datetime import timedelta

from bot.appliers import Table, entry
from bot.appliers.applier import Applier
from bot.deps import hash_code
from flows.core.effects import (
    BindInvite,
    BindPerson,
    CreateClient,
    CreateInvite,
    SaveState,
    SetCommands,
    UpdatePerson,
)
from flows.onboarding.staff import INVITE_DAYS

__all__ = ["APPLIERS"]


async def update_person(applier: Applier, effect: UpdatePerson) -> None:
    applier.chats.clear()
    await applier.tx.update_person(applier.person(effect.person_id) or 0, **effect.fields)


async def create_invite(applier: Applier, effect: CreateInvite) -> None:
    now = applier.ctx.now
    await applier.tx.create_invite(
        code_hash=hash_code(effect.code), role=effect.role,  # type: ignore[arg-type]
        now=now, expires_at=now + timedelta(days=INVITE_DAYS), person_id=effect.person_id,
        name=effect.name, created_by=applier.self_id)


async def create_client(applier: Applier, effect: CreateClient) -> None:
    tx, now = applier.tx, applier.ctx.now
    client = await tx.create_person(
        role="client", alias=effect.alias, timezone=effect.timezone, now=now,
        language=effect.language, country=effect.country,
        casemanager_id=effect.casemanager_id, created_by=applier.self_id)
    await tx.create_invite(code_hash=hash_code(effect.code), role="client", now=now,
                           expires_at=now + timedelta(days=INVITE_DAYS),
                           person_id=client.id, created_by=applier.self_id)
    applier.new_client = client.id


async def bind_person(applier: Applier, effect: BindPerson) -> None:
    applier.chats.clear()
    await applier.tx.bind_telegram(effect.person_id, applier.ctx.telegram_user_id,
                                   applier.ctx.chat_id)
    applier.self_id = effect.person_id


async def bind_invite(applier: Applier, effect: BindInvite) -> None:
    applier.chats.clear()
    person = await applier.tx.create_person(
        role=effect.role, alias=effect.name, timezone=effect.timezone,  # type: ignore[arg-type]
        now=applier.ctx.now, language=effect.language,
        telegram_user_id=applier.ctx.telegram_user_id, chat_id=applier.ctx.chat_id)
    applier.self_id = person.id


async def set_commands(applier: Applier, effect: SetCommands) -> None:
    target = await applier.tx.person(applier.person(effect.person_id) or 0)
    if target is not None and target.chat_id is not None:
        await applier.enqueue(chat_id=target.chat_id, kind="commands", payload={},
                              person_id=target.id, system=True)


async def save_state(applier: Applier, effect: SaveState) -> None:
    await applier.tx.save_state(f"p:{effect.person_id}", effect.state, applier.ctx.now)


APPLIERS: Table = dict([
    entry(UpdatePerson, update_person), entry(CreateInvite, create_invite),
    entry(CreateClient, create_client), entry(BindPerson, bind_person),
    entry(BindInvite, bind_invite), entry(SetCommands, set_commands),
    entry(SaveState, save_state),
])
