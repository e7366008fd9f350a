"""The case file: closing and reopening a case, erasing a client, the daily purge."""

from __future__ import annotations

from typing import get_args

from flows.casefile import close
from flows.casefile.buttons import CloseReason, EraseConfirm
from flows.casefile.effects import CaseFileEffect
from flows.core.access import ADMIN, CASEWORK
from flows.core.feature import ButtonSpec, CommandSpec, Feature, TimerSpec

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="casefile",
    commands=(
        CommandSpec("close", CASEWORK, close.on_close, needs=("caseload",)),
        CommandSpec("reopen", ADMIN, close.on_reopen, needs=("caseload",)),
        CommandSpec("erase", ADMIN, close.on_erase, needs=("caseload",)),
    ),
    buttons=(
        ButtonSpec((CloseReason,), CASEWORK, close.on_close_button),
        ButtonSpec((EraseConfirm,), ADMIN, close.on_erase_button),
    ),
    timers=(TimerSpec(close.PURGE, close.on_purge),),
    effects=get_args(CaseFileEffect),
)
