"""Effects of /factsheet. Applied by bot/appliers/factsheet.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["FactsheetEffect", "SendFactsheet"]


@dataclass(frozen=True)
class SendFactsheet:
    """Make the year's factsheet (exact numbers, for the team) and send it, as a picture
    and a PDF, to this person's private chat; its words in `lang`."""

    person_id: int
    year: int
    lang: Literal["nl", "en"]


FactsheetEffect = SendFactsheet
