"""Every feature's declaration, gathered: the tables the router, the access checks, the
command menus, /help, the loader and the appliers' check are built from. Adding a command,
button, conversation or timer means adding it to its feature's `feature.py`; nothing here
or anywhere else lists them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from flows.access.feature import FEATURE as ACCESS
from flows.aftercare.feature import FEATURE as AFTERCARE
from flows.alerts.feature import FEATURE as ALERTS
from flows.appointments.feature import FEATURE as APPOINTMENTS
from flows.casefile.feature import FEATURE as CASEFILE
from flows.core.access import STAFF
from flows.core.buttons import ButtonData
from flows.core.common import reply
from flows.core.effects import (
    CancelTimers,
    Edit,
    Log,
    SaveState,
    Send,
    SetTimer,
    Toast,
    Transition,
)
from flows.core.feature import (
    ButtonSpec,
    CommandSpec,
    Conversation,
    Feature,
    LocationSpec,
    Need,
    TimerSpec,
)
from flows.factsheet.feature import FEATURE as FACTSHEET
from flows.onboarding.feature import FEATURE as ONBOARDING
from flows.outcomes.feature import FEATURE as OUTCOMES
from flows.safety.feature import FEATURE as SAFETY
from flows.street.feature import FEATURE as STREET

__all__ = [
    "BUTTONS",
    "COMMANDS",
    "CONVERSATIONS",
    "FEATURES",
    "KEYBOARD_COMMANDS",
    "LOCATION",
    "TIMERS",
    "always_needs",
    "commands_for",
]

CORE = Feature(
    name="core",
    commands=(CommandSpec("cancel", STAFF,
                          lambda ctx, _: Transition(None, (reply(ctx, "cancelled"),))),),
    effects=(CancelTimers, Edit, Log, SaveState, Send, SetTimer, Toast),
)

# The order is the order of the command menus and of /help.
FEATURES: tuple[Feature, ...] = (ONBOARDING, ALERTS, APPOINTMENTS, AFTERCARE, OUTCOMES, STREET,
                                 ACCESS, CASEFILE, SAFETY, FACTSHEET, CORE)


def _unique(kind: str, pairs: Iterator[tuple[Any, Any]]) -> dict[Any, Any]:
    table: dict[Any, Any] = {}
    for key, value in pairs:
        if key in table:
            raise ValueError(f"{kind} {key!r} is declared twice")
        table[key] = value
    return table


COMMANDS: dict[str, CommandSpec] = _unique(
    "command", ((c.name, c) for f in FEATURES for c in f.commands))
BUTTONS: dict[type[ButtonData], ButtonSpec] = _unique(
    "button kind", ((k, b) for f in FEATURES for b in f.buttons for k in b.kinds))
CONVERSATIONS: dict[str, Conversation] = _unique(
    "conversation", ((c.flow, c) for f in FEATURES for c in f.conversations))
TIMERS: dict[str, TimerSpec] = _unique(
    "timer", ((t.kind, t) for f in FEATURES for t in f.timers))
KEYBOARD_COMMANDS: dict[str, str] = _unique(
    "keyboard label", (pair for f in FEATURES for pair in f.keyboard))
_LOCATIONS = [f.location for f in FEATURES if f.location is not None]
LOCATION: LocationSpec | None = _LOCATIONS[0] if _LOCATIONS else None
EFFECTS: frozenset[type[Any]] = frozenset(e for f in FEATURES for e in f.effects)


def always_needs(role: str) -> tuple[Need, ...]:
    """What is loaded for every event of a person with this role."""
    return tuple(dict.fromkeys(need for f in FEATURES for r, need in f.always if r == role))


def commands_for(role: str) -> list[str]:
    """The commands in this role's Telegram menu and /help, in the features' order."""
    return [name for name, spec in COMMANDS.items() if spec.menu and role in spec.roles]
