"""Profiles and outcomes: saved sealed (storage/q_profile.py)."""

from __future__ import annotations

import logging

from bot.appliers import Table, entry
from bot.appliers.applier import Applier
from flows.outcomes.effects import AddOutcome, DeleteOutcome, SaveProfile

__all__ = ["APPLIERS"]

log = logging.getLogger(__name__)


async def save_profile(applier: Applier, effect: SaveProfile) -> None:
    await applier.tx.save_profile(effect.profile, applier.ctx.now, applier.self_id)


async def add_outcome(applier: Applier, effect: AddOutcome) -> None:
    """Later effects of the transition (a 🗑 button) name it New("outcome")."""
    applier.new["outcome"] = await applier.tx.add_outcome(
        person_id=effect.person_id, kind=effect.kind, on=effect.on, country=effect.country,
        aftercare=effect.aftercare, now=applier.ctx.now, by=applier.self_id)


async def delete_outcome(applier: Applier, effect: DeleteOutcome) -> None:
    removed = await applier.tx.delete_outcome(effect.outcome_id)
    log.info("outcome %s removed: %s", effect.outcome_id, removed)


APPLIERS: Table = dict([
    entry(SaveProfile, save_profile), entry(AddOutcome, add_outcome),
    entry(DeleteOutcome, delete_outcome),
])
