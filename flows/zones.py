"""Time zones, always from the `tzdata` package (the OS zone files are stale here)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

__all__ = ["UnknownZoneError", "is_zone", "zone"]

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$")


class UnknownZoneError(ValueError):
    pass


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The IANA zone `name`, read from tzdata; raises UnknownZoneError."""
    if not _NAME.match(name):
        raise UnknownZoneError(name)
    entry = resources.files("tzdata.zoneinfo").joinpath(*name.split("/"))
    if not entry.is_file():
        raise UnknownZoneError(name)
    with entry.open("rb") as handle:
        return ZoneInfo.from_file(handle, key=name)


def is_zone(name: str) -> bool:
    try:
        zone(name)
    except UnknownZoneError:
        return False
    return True
