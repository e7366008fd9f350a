"""Messages: sent, edited, copied, collected in a batch, withdrawn; the log."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from bot.appliers import Table, entry
from bot.appliers.applier import Applier
from bot.appliers.handles import Handles, resolve
from flows.core.effects import (
    Batch,
    CancelOutbox,
    Choice,
    Copy,
    Edit,
    Log,
    Send,
    Toast,
)
from storage import LogEntry

__all__ = ["APPLIERS", "buttons_payload", "send_payload"]

log = logging.getLogger(__name__)


def buttons_payload(rows: Iterable[Iterable[Choice]], new: Handles) -> list[list[dict[str, Any]]]:
    """Inline buttons as the outbox stores them: the data as its wire string."""
    return [[{"key": choice.key, "data": resolve(choice.data, new).encode(),
              "args": resolve(choice.args, new), "literal": choice.literal}
             for choice in row] for row in rows]


def send_payload(effect: Send, new: Handles | None = None) -> dict[str, Any]:
    """A Send's outbox payload; `new` fills in the rows made earlier in the transition."""
    new = new or {}
    return {
        "key": effect.key,
        "args": resolve(effect.args, new),
        "buttons": buttons_payload(effect.buttons, new),
        "keyboard": effect.keyboard,
        "qr": effect.qr,
        "tail": effect.tail,
    }


async def send(applier: Applier, effect: Send) -> None:
    person_id = applier.person(effect.person_id)
    chat_id = effect.chat_id
    if person_id is not None:
        chat_id = await applier.chat_of(person_id)
        if chat_id is None:
            log.warning("no chat for person %s; message %s not queued", person_id, effect.key)
            return
    if chat_id is None:
        return
    payload = send_payload(effect, applier.new)
    if effect.expires_at is not None:
        payload["expires_at"] = effect.expires_at.isoformat()
        payload["expiry_notify"] = effect.expiry_notify
        payload["expiry_key"] = effect.expiry_key
    if effect.location is not None:
        payload["latitude"], payload["longitude"] = effect.location
    kind = "photo" if effect.qr else "location" if effect.location else "message"
    await applier.enqueue(chat_id=chat_id, kind=kind, payload=payload, due_at=effect.due_at,
                          person_id=person_id, language=effect.language, system=effect.system,
                          ref=applier.optional_ref(effect.ref), priority=effect.priority)


async def edit(applier: Applier, effect: Edit) -> None:
    """A change to one of the bot's messages in the caller's chat; the newest one wins."""
    ref = f"edit:{applier.ctx.chat_id}:{effect.message_id}"
    payload = send_payload(Send(effect.key, effect.args, buttons=effect.buttons,
                                tail=effect.tail), applier.new)
    await applier.enqueue_edit(chat_id=applier.ctx.chat_id, ref=ref, person_id=applier.self_id,
                               payload={**payload, "message_id": effect.message_id})


async def copy(applier: Applier, effect: Copy) -> None:
    person_id, chat_id = await applier.target_chat(effect.person_id, effect.chat_id)
    if chat_id is not None:
        await applier.enqueue(chat_id=chat_id, kind="copy", person_id=person_id,
                              payload={"from_chat": effect.from_chat_id,
                                       "message_id": effect.message_id},
                              ref=applier.optional_ref(effect.ref), priority=effect.priority)


async def batch(applier: Applier, effect: Batch) -> None:
    ref = applier.ref(effect.ref)
    pending = await applier.tx.pending_by_ref(ref)
    if pending is not None:
        payload = dict(pending.payload)
        payload["tail"] = f"{payload.get('tail') or ''}\n{effect.tail}".strip()
        await applier.tx.replace_payload(pending.id, payload)
        return
    person_id, chat_id = await applier.target_chat(effect.person_id, effect.chat_id)
    if chat_id is None:
        return
    await applier.enqueue(chat_id=chat_id, kind="message", due_at=effect.due_at,
                          person_id=person_id, language=effect.language, ref=ref,
                          priority=effect.priority,
                          payload={"key": effect.key, "args": applier.resolve(effect.args),
                                   "tail": effect.tail, "buttons": []})


async def cancel_outbox(applier: Applier, effect: CancelOutbox) -> None:
    await applier.tx.cancel_outbox(applier.ref(effect.ref))


async def toast(applier: Applier, effect: Toast) -> None:
    """Answered with the callback by the dispatcher, after the commit: nothing to store."""


async def write_log(applier: Applier, effect: Log) -> None:
    actor, incoming = applier.ctx.person, applier.incoming
    # nobody's update (a timer, a delivery the sender reports): the bot's own doing
    role = actor.role if actor else ("unknown" if incoming else "bot")
    await applier.tx.log(LogEntry(
        at=applier.ctx.now, actor_role=role,
        direction=effect.direction, kind=effect.kind,
        actor_id=applier.self_id, person_id=applier.person(effect.person_id),
        chat_id=applier.ctx.chat_id,
        message_id=incoming.message_id if incoming else None,
        update_id=incoming.update_id if incoming else None,
        text=effect.text,
    ))


APPLIERS: Table = dict([
    entry(Send, send), entry(Edit, edit), entry(Copy, copy), entry(Batch, batch),
    entry(CancelOutbox, cancel_outbox), entry(Toast, toast), entry(Log, write_log),
])
