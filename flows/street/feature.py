"""Street outreach: registering a street contact in a few taps, places, shifts, the day's
overview and the digest."""

from __future__ import annotations

from typing import get_args

from flows.core.access import ADMIN, STAFF
from flows.core.feature import (
    ButtonSpec,
    CommandSpec,
    Conversation,
    Feature,
    LocationSpec,
    TimerSpec,
)
from flows.street import admin, flow, places
from flows.street.buttons import PlaceAction, PlacesStep, StreetResume, StreetStep, StreetUndo
from flows.street.effects import StreetEffect

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="street",
    commands=(
        CommandSpec("contact", STAFF, flow.on_contact, needs=("street",)),
        CommandSpec("today", STAFF, admin.on_today, needs=("street",)),
        CommandSpec("shift", STAFF, admin.on_shift, needs=("street",)),
        CommandSpec("places", ADMIN, places.on_places, needs=("street",)),
    ),
    buttons=(
        ButtonSpec((StreetStep, StreetResume, StreetUndo), STAFF, flow.on_street_button,
                   needs=("street",)),
        ButtonSpec((PlacesStep, PlaceAction), ADMIN, places.on_places_event,
                   needs=("street",)),
    ),
    conversations=(
        Conversation("street", flow.on_street_event, needs=("street",)),
        Conversation("places", places.on_places_event, needs=("street",)),
    ),
    timers=(TimerSpec("street-digest", admin.on_digest),),
    location=LocationSpec(STAFF, flow.on_location_idle, needs=("street",)),
    keyboard=(("street-keyboard-button", "contact"),),
    effects=get_args(StreetEffect),
)
