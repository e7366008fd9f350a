"""What follows a send, decided in the sender's transactions: cards that wait for a group go
out together (and are kept as one), a card that changed on its way is brought up to date,
a message that must not stay in a client's chat is deleted later, and a deletion only
touches what Telegram still allows."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import datetime, timedelta

from flows.safety.effects import DELETE_WITHIN
from storage import OutboxRow, Tx

__all__ = ["CARD", "bundle", "catch_up_card", "deletable", "delete_later", "record_bundle"]

log = logging.getLogger(__name__)
CARD = "alert-card"
_BUNDLE = 5  # alert cards at most in one message to a group
_BUNDLE_CHARS = 3000  # and about this much of their text, so they fit in one message


async def bundle(tx: Tx, row: OutboxRow, now: datetime
                 ) -> tuple[OutboxRow, tuple[OutboxRow, ...]]:
    """A new alert card to a group takes the other cards waiting for that group along, in
    one message (a group gets 20 messages a minute, a burst of alerts more than that): the
    row to send, and the cards it carries besides its own (marked sending)."""
    if row.chat_id >= 0 or row.kind != "message" or row.payload.get("key") != CARD \
            or not (row.ref or "").startswith("alert:"):
        return row, ()
    size, taken = _card_size(row.payload), list[OutboxRow]()
    for other in await tx.waiting_cards(row.chat_id, now, row.id, 2 * _BUNDLE):
        if other.payload.get("key") != CARD or len(taken) + 1 >= _BUNDLE:
            continue
        if size + _card_size(other.payload) > _BUNDLE_CHARS:
            break
        if await tx.mark_sending(other.id):
            taken.append(other)
            size += _card_size(other.payload)
    if not taken:
        return row, ()
    parts = [row.payload, *(o.payload for o in taken)]
    return replace(row, payload={"bundle": parts}), tuple(taken)


async def record_bundle(tx: Tx, rows: tuple[OutboxRow, ...], message_id: int,
                        now: datetime) -> bool:
    """Cards sent as one message: kept (sealed) as one, so an edit of any of them edits that
    message with all of them in their latest state; brought up to date now (True: an edit
    was queued)."""
    for row in rows:
        await tx.touch_alert(_alert_of(row))
    parts = [await _latest_card(tx, row) or row.payload for row in rows]
    chat_id = rows[0].chat_id
    await tx.set_secret(f"bundle:{chat_id}:{message_id}", json.dumps(
        {"alerts": [int((row.ref or "")[6:]) for row in rows], "parts": parts},
        ensure_ascii=False))
    if parts == [row.payload for row in rows]:
        return False
    await tx.enqueue(chat_id=chat_id, kind="edit", now=now, language=rows[0].language,
                     ref=f"edit:{chat_id}:{message_id}",
                     payload={"bundle": parts, "message_id": message_id},
                     priority=min(row.priority for row in rows))
    return True


async def catch_up_card(tx: Tx, row: OutboxRow, message_id: int, now: datetime) -> bool:
    """A card that was on its way while the alert changed (e.g. claimed) gets the edit."""
    await tx.touch_alert(_alert_of(row))
    payload = await _latest_card(tx, row)
    if payload is None:
        return False
    await tx.enqueue(chat_id=row.chat_id, kind="edit", now=now, person_id=row.person_id,
                     language=row.language, ref=f"edit:{row.chat_id}:{message_id}",
                     payload={**payload, "message_id": message_id}, priority=row.priority)
    return True


async def delete_later(tx: Tx, row: OutboxRow, message_ids: list[int], now: datetime,
                       safety: int | None) -> None:
    """A message that must not stay in the chat (safety mode: `safety` hours, as they were
    when the send started; a wipe's last line) is deleted later (with all its parts) by a
    durable row of its own."""
    seconds = row.payload.get("delete_after")
    if seconds is None and row.kind != "edit" and safety is not None:
        seconds = safety * 3600
    if seconds is None:
        return
    await tx.enqueue(chat_id=row.chat_id, kind="delete", now=now, person_id=row.person_id,
                     due_at=now + timedelta(seconds=float(seconds)), system=True,
                     payload={"messages": [[m, now.isoformat()] for m in message_ids]})


def deletable(row: OutboxRow, now: datetime) -> OutboxRow:
    """Only messages Telegram still lets the bot delete (48 hours, less a margin); the
    others are left alone (logged), never tried."""
    young = [[m, at] for m, at in row.payload["messages"]
             if now - datetime.fromisoformat(at) < DELETE_WITHIN]
    if len(young) < len(row.payload["messages"]):
        log.warning("outbox row %s: %s messages too old to delete", row.id,
                    len(row.payload["messages"]) - len(young))
    return replace(row, payload={**row.payload, "messages": young})


def _card_size(payload: dict[str, object]) -> int:
    """About how long a card is when rendered: its fixed lines and the client's words."""
    return 400 + len(str(payload.get("tail") or ""))


def _alert_of(row: OutboxRow) -> int:
    return int((row.ref or "")[6:])  # "alert:12"


async def _latest_card(tx: Tx, row: OutboxRow) -> dict[str, object] | None:
    """The card's state if it changed after this copy was queued (e.g. claimed), else None."""
    latest = await tx.get_secret(f"card:{_alert_of(row)}")
    if latest is None:
        return None
    payload = json.loads(latest)
    edited_at = datetime.fromisoformat(payload.pop("edited_at"))
    if edited_at < row.due_at or payload.get("key") != row.payload.get("key") or all(
            row.payload.get(k) == payload.get(k) for k in ("args", "tail", "buttons")):
        return None
    return {**row.payload, **payload}
