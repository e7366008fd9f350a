"""Applying a flow's effects inside the caller's transaction, through a table of appliers
keyed by effect type (bot/appliers/, one module per feature; street in bot/street_apply)."""

from __future__ import annotations

from typing import get_args

from bot.appliers import (
    Table,
    access,
    aftercare,
    alerts,
    appointments,
    casefile,
    factsheet,
    messages,
    outcomes,
    people,
    safety,
)
from bot.appliers.applier import Applier
from bot.appliers.messages import send_payload
from bot.parse import Incoming
from bot.street_apply import apply_street
from flows.core.context import Context
from flows.core.effects import Effect
from flows.street.effects import StreetEffect
from storage import Tx

__all__ = ["APPLIERS", "Applier", "apply_effects", "send_payload"]

APPLIERS: Table = {
    **messages.APPLIERS,
    **people.APPLIERS,
    **alerts.APPLIERS,
    **appointments.APPLIERS,
    **aftercare.APPLIERS,
    **access.APPLIERS,
    **casefile.APPLIERS,
    **factsheet.APPLIERS,
    **outcomes.APPLIERS,
    **safety.APPLIERS,
    **{kind: apply_street for kind in get_args(StreetEffect)},
}


async def apply_effects(
    tx: Tx, ctx: Context, effects: tuple[Effect, ...], incoming: Incoming | None = None
) -> int:
    """Apply in order; returns how many outbox rows were written. An effect of a type
    without an applier raises (and the transaction is rolled back): none is dropped."""
    applier = Applier(tx, ctx, incoming)
    for effect in effects:
        apply = APPLIERS.get(type(effect))
        if apply is None:
            raise TypeError(f"no applier for effect {type(effect).__name__}")
        await apply(applier, effect)
    await applier.keep_exchanges_together()
    return applier.outbox_rows
