"""/factsheet: the organisation's yearly factsheet in an admin's private chat."""

from __future__ import annotations

from flows.core.access import ADMIN
from flows.core.feature import CommandSpec, Feature
from flows.factsheet import ask
from flows.factsheet.effects import SendFactsheet

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="factsheet",
    commands=(CommandSpec("factsheet", ADMIN, ask.on_factsheet),),
    effects=(SendFactsheet,),
)
