"""Reading a date and time as casemanagers type them, in the client's time zone."""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, time, timedelta

import dateparser

from flows.time.zones import zone

__all__ = ["QUIET_END", "QUIET_START", "avoid_quiet_hours", "next_local_hour", "parse_when"]

QUIET_START = time(22, 0)
QUIET_END = time(8, 0)
_HOUR_MARK = re.compile(r"\b(\d{1,2})\s*[uhH](?:\s*(\d{2}))?\b")
_DAY_MONTH = re.compile(r"\b\d{1,2}[-/.]\d{1,2}\b(?![-/.]\d)")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}|\d\s*(am|pm)\b", re.IGNORECASE)
_SETTINGS = {"PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY",
             "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}


def _normalise(text: str) -> str:
    """'9u', '10h', '14h30' and '9u30' become '09:00', '10:00', '14:30', '09:30'."""
    text = " ".join(text.strip().split())
    return _HOUR_MARK.sub(lambda m: f"{int(m.group(1)):02d}:{m.group(2) or '00'}", text)


def _next_year(moment: datetime) -> datetime:
    try:
        return moment.replace(year=moment.year + 1)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + 1, day=28)


def parse_when(text: str, now: datetime, timezone: str) -> datetime | date | None:
    """The moment meant by `text` (Dutch, French, English or Arabic), as an aware datetime
    in `timezone`; only a date when no time was given; None if it cannot be read.
    Relative words ("morgen", "demain") count from `now`."""
    local_now = now.astimezone(zone(timezone)).replace(tzinfo=None)
    cleaned = _normalise(text)
    if not cleaned:
        return None
    # A day and month without a year mean this year, or next year once the date has passed;
    # today stays today (an earlier time today is then in the past, and the flow re-asks).
    # Words like "morgen" or "lundi" mean the coming one.
    numeric = _DAY_MONTH.search(cleaned) is not None
    settings = {**_SETTINGS, "RELATIVE_BASE": local_now,
                "PREFER_DATES_FROM": "current_period" if numeric else "future"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(cleaned, languages=["nl", "fr", "en", "ar"],
                                  settings=settings)
    if not isinstance(parsed, datetime):
        return None
    if numeric and parsed.date() < local_now.date():
        parsed = _next_year(parsed)
    if not _HAS_TIME.search(cleaned):
        return parsed.date()
    return parsed.replace(tzinfo=zone(timezone), second=0, microsecond=0)


def avoid_quiet_hours(due: datetime, timezone: str, not_after: datetime) -> datetime:
    """A reminder due in the quiet hours (22:00-08:00 local) moves earlier, to 21:30 the
    evening before; never later than `not_after` (the appointment)."""
    local = due.astimezone(zone(timezone))
    if QUIET_END <= local.time() < QUIET_START:
        return min(due, not_after)
    evening = local if local.time() >= QUIET_START else local - timedelta(days=1)
    moved = evening.replace(hour=21, minute=30, second=0, microsecond=0)
    return min(moved, not_after)


def next_local_hour(now: datetime, hour: int, timezone: str) -> datetime:
    """The next moment (after now) the local clock in `timezone` shows `hour`:00: a daily
    job's next run (the street digest, the purge)."""
    here = now.astimezone(zone(timezone))
    candidate = here.replace(hour=hour, minute=0, second=0, microsecond=0)
    if candidate <= here:
        candidate = (here + timedelta(days=1)).replace(hour=hour, minute=0, second=0,
                                                       microsecond=0)
    return candidate.astimezone(now.tzinfo)
