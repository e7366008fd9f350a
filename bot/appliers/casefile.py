"""The case file: closing and reopening a case, erasing a client, the daily purge."""

from __future__ import annotations

import logging

from bot.appliers import Table, entry
from bot.appliers.applier import Applier
from bot.purge import compact_soon, erase_person, retention
from flows.casefile.effects import CloseCase, ErasePerson, Purge, ReopenCase

__all__ = ["APPLIERS"]

log = logging.getLogger(__name__)


async def close_case(applier: Applier, effect: CloseCase) -> None:
    stopped = await applier.tx.close_case(effect.client_id, applier.ctx.now, effect.reason)
    log.info("case %s closed; stopped %s", effect.client_id, stopped)


async def reopen_case(applier: Applier, effect: ReopenCase) -> None:
    await applier.tx.reopen_case(effect.client_id)


async def erase(applier: Applier, effect: ErasePerson) -> None:
    """In the caller's transaction; the file is compacted once it committed."""
    counts = await erase_person(applier.tx, effect.person_id)
    await applier.tx.audit(at=applier.ctx.now, actor_id=applier.self_id, action="erase",
                           person_id=effect.person_id, detail="bot")
    log.info("person %s erased: %s rows", effect.person_id, sum(counts.values()))
    compact_soon(applier.tx, vacuum=True)


async def purge(applier: Applier, effect: Purge) -> None:
    counts = await applier.tx.purge(applier.ctx.now, retention(effect.retention))
    log.info("purge removed %s", counts)
    compact_soon(applier.tx, vacuum=any(counts.values()))


APPLIERS: Table = dict([
    entry(CloseCase, close_case), entry(ReopenCase, reopen_case),
    entry(ErasePerson, erase), entry(Purge, purge),
])
