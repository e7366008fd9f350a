"""Profiles and outcomes: /profile (a client's short profile, with buttons) and /outcome
(what happened, on a timeline); shown in /client, exported with `meldbot export outcomes`."""

from __future__ import annotations

from typing import get_args

from flows.core.access import CASEWORK
from flows.core.feature import ButtonSpec, CommandSpec, Conversation, Feature
from flows.outcomes import outcome, profile
from flows.outcomes.buttons import OutcomeRemove, OutcomeStep, ProfileTap
from flows.outcomes.effects import OutcomesEffect

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="outcomes",
    commands=(
        CommandSpec("profile", CASEWORK, profile.on_profile, needs=("profile",)),
        CommandSpec("outcome", CASEWORK, outcome.on_outcome, needs=("profile",)),
    ),
    buttons=(
        ButtonSpec((ProfileTap,), CASEWORK, profile.on_profile_button, needs=("profile",)),
        ButtonSpec((OutcomeStep,), CASEWORK, outcome.on_outcome_event, needs=("profile",),
                   flow=outcome.FLOW),
        ButtonSpec((OutcomeRemove,), CASEWORK, outcome.on_remove, needs=("profile",)),
    ),
    conversations=(
        Conversation(profile.FLOW, profile.on_profile_text, needs=("profile",)),
        Conversation(outcome.FLOW, outcome.on_outcome_event, needs=("profile",)),
    ),
    effects=get_args(OutcomesEffect),
)
