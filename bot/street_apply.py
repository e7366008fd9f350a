"""Applying the street-outreach effects inside the update's transaction."""

from __future__ import annotations

import secrets
from typing import Protocol

from bot.street_loader import draft_key
from flows.core.context import Context
from flows.street.effects import (
    LinkStreetPerson,
    SavePlace,
    SaveStreetContact,
    SaveStreetDraft,
    SetShift,
    StreetEffect,
    UndoStreetContact,
)
from storage import Tx

__all__ = ["CODE_ALPHABET", "apply_street", "new_street_code"]

# Letters and digits that are hard to mishear or misread (no 0/O, 1/I, 2/Z, 5/S, 8/B).
CODE_ALPHABET = "ACDEFHJKLMNPRTUVWXY34679"


class Applier(Protocol):
    tx: Tx
    ctx: Context
    self_id: int | None
    new_client: int | None
    new: dict[str, int | str]  # New.kind -> the id (or street code) an effect made


async def new_street_code(tx: Tx, length: int = 4) -> str:
    """A short code to say aloud, unused so far; longer if the short ones run out."""
    for attempt in range(40):
        size = length if attempt < 20 else length + 2
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(size))
        if not await tx.street_code_taken(code):
            return code
    raise RuntimeError("no free street code")


async def _save_contact(applier: Applier, effect: SaveStreetContact) -> None:
    tx, now = applier.tx, applier.ctx.now
    details = {"nationality": effect.nationality, "language": effect.language,
               "gender": effect.gender, "age_band": effect.age_band}
    person_id = effect.street_person_id
    if person_id is None:
        code = await new_street_code(tx)
        person_id = await tx.create_street_person(
            code=code, alias=effect.alias, now=now, created_by=applier.self_id, **details)
    else:
        await tx.update_street_person(person_id, **{k: v for k, v in details.items() if v})
        known = await tx.street_person(person_id)
        code = known.code if known else ""
    contact_id = await tx.save_street_contact(
        street_person_id=person_id, fieldworker_id=effect.fieldworker_id, at=effect.at,
        now=now, place_id=effect.place_id, latitude=effect.latitude,
        longitude=effect.longitude, needs=effect.needs, note=effect.note,
        note_kind=effect.note_kind, followup=effect.followup, shift=effect.shift)
    applier.new["street_code"] = code
    applier.new["street_contact"] = contact_id


async def apply_street(applier: Applier, effect: StreetEffect) -> None:
    tx, now = applier.tx, applier.ctx.now
    match effect:
        case SaveStreetDraft(person_id=person_id, draft=draft):
            await tx.save_state(draft_key(person_id), dict(draft) if draft else None, now)
        case SaveStreetContact():
            await _save_contact(applier, effect)
        case UndoStreetContact(contact_id=contact_id):
            await tx.undo_street_contact(contact_id, now)
        case SavePlace(place_id=None):
            await tx.add_place(effect.name or "?", effect.latitude, effect.longitude, now,
                               applier.self_id)
        case SavePlace(place_id=place_id) if place_id is not None:
            await tx.update_place(place_id, name=effect.name, active=effect.active)
        case SetShift(person_id=person_id, name=None):
            await tx.end_shift(person_id, now)
        case SetShift(person_id=person_id, name=name) if name is not None:
            await tx.start_shift(person_id, name, now)
        case LinkStreetPerson(street_person_id=street_person_id):
            if applier.new_client is not None:
                await tx.update_street_person(street_person_id, client_id=applier.new_client)
