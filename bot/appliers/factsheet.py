"""/factsheet: an outbox row of kind "factsheet" to the admin's private chat. The sender
makes the factsheet when it sends the row (bot/factsheet_send.py), outside any
transaction: drawing the charts takes a moment."""

from __future__ import annotations

import logging

from bot.appliers import Table, entry
from bot.appliers.applier import Applier
from flows.factsheet.effects import SendFactsheet

__all__ = ["APPLIERS", "KIND"]

log = logging.getLogger(__name__)

KIND = "factsheet"


async def send_factsheet(applier: Applier, effect: SendFactsheet) -> None:
    chat_id = await applier.chat_of(effect.person_id)
    if chat_id is None or chat_id < 0:  # only ever a private chat, never a group
        log.warning("factsheet for person %s not sent: no private chat", effect.person_id)
        return
    ctx = applier.ctx
    await applier.enqueue(
        chat_id=chat_id, kind=KIND, person_id=effect.person_id, priority="low",
        payload={"key": "factsheet-caption", "args": {"year": str(effect.year)},
                 "year": effect.year, "lang": effect.lang,
                 "timezone": ctx.default_timezone, "now": ctx.now.isoformat()})


APPLIERS: Table = dict([entry(SendFactsheet, send_factsheet)])
