"""Safety mode and the quick wipe."""

from __future__ import annotations

from typing import get_args

from flows.core.access import CASEWORK, CLIENT
from flows.core.feature import ButtonSpec, CommandSpec, Feature
from flows.safety import privacy
from flows.safety.buttons import SafetyHours, WipeNow
from flows.safety.effects import SafetyEffect

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="safety",
    commands=(
        CommandSpec("privacy", CLIENT, privacy.on_privacy),
        CommandSpec("wipe", CLIENT, privacy.on_wipe),
        CommandSpec("safety", CASEWORK, privacy.on_safety, needs=("caseload",)),
    ),
    buttons=(
        ButtonSpec((SafetyHours,), CLIENT, privacy.on_safety_button),
        ButtonSpec((WipeNow,), CLIENT, privacy.on_wipe),
    ),
    keyboard=(("client-sos-button-quiet", "sos"),),
    effects=get_args(SafetyEffect),
)
