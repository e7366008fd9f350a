"""Effects of safety mode and the quick wipe. Applied by bot/appliers/safety.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

__all__ = ["DELETE_WITHIN", "SafetyEffect", "SetSafety", "WipeChat"]

# Telegram lets a bot delete a message for 48 hours after it was sent; the bot's own record
# of when (its clock, on receipt or answer) may lag, so it keeps an hour's margin
DELETE_WITHIN = timedelta(hours=47)


@dataclass(frozen=True)
class SetSafety:
    """Safety mode on (messages deleted `hours` after they were sent) or off (None)."""

    person_id: int
    hours: int | None


@dataclass(frozen=True)
class WipeChat:
    """Delete every message in the person's chat that Telegram still allows deleting, then
    say `done_key` (or `older_key` when older messages remain, which only the person can
    clear); that line itself disappears after `line_seconds`."""

    person_id: int
    done_key: str
    older_key: str
    line_seconds: int = 60


SafetyEffect = SetSafety | WipeChat
