"""Time zones, always from the `tzdata` package (the OS zone files are stale here)."""

from __future__ import annotations

import re
import zoneinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

__all__ = ["UnknownZoneError", "is_zone", "zone"]

# The zone database is the tzdata package's, never the OS's (stale for North Africa): with an
# empty search path the standard library reads every zone from the package.
zoneinfo.reset_tzpath(to=())

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$")


class UnknownZoneError(ValueError):
    pass


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The IANA zone `name`, read from tzdata; raises UnknownZoneError."""
    if not _NAME.match(name):
        raise UnknownZoneError(name)
    try:
        return ZoneInfo.no_cache(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, IsADirectoryError) as error:
        raise UnknownZoneError(name) from error


def is_zone(name: str) -> bool:
    try:
        zone(name)
    except UnknownZoneError:
        return False
    return True
