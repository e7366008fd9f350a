"""Safety mode switched, and the quick wipe: deletions queued like every other call."""

from __future__ import annotations

from bot.appliers import Table, entry
from bot.appliers.applier import Applier
from flows.safety.effects import DELETE_WITHIN, SetSafety, WipeChat

__all__ = ["APPLIERS", "DELETE_BATCH"]

DELETE_BATCH = 100  # message ids in one deleteMessages call (Telegram's limit)


async def set_safety(applier: Applier, effect: SetSafety) -> None:
    await applier.tx.set_safety(effect.person_id, effect.hours, applier.ctx.now,
                                applier.self_id)


async def wipe_chat(applier: Applier, effect: WipeChat) -> None:
    """Every message of the chat still young enough to delete, in calls of 100, first; then
    the one line, which goes after them (a client's chat is sent in order) and itself
    disappears a minute later."""
    tx, now = applier.tx, applier.ctx.now
    chat_id = await applier.chat_of(effect.person_id)
    if chat_id is None:
        return
    young, older = await tx.chat_messages(chat_id, now - DELETE_WITHIN)
    for start in range(0, len(young), DELETE_BATCH):
        batch = young[start:start + DELETE_BATCH]
        await applier.enqueue(chat_id=chat_id, kind="delete", person_id=effect.person_id,
                              system=True, priority="life",
                              payload={"messages": [[m, at.isoformat()] for m, at in batch]})
    await applier.enqueue(
        chat_id=chat_id, kind="message", person_id=effect.person_id, system=True,
        priority="life", payload={"key": effect.older_key if older else effect.done_key,
                                  "args": {}, "delete_after": effect.line_seconds})


APPLIERS: Table = dict([entry(SetSafety, set_safety), entry(WipeChat, wipe_chat)])
