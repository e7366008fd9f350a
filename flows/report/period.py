"""The factsheet's period (a year, or one quarter of it, in the organisation's time zone) and
the windows its figures look at: the period itself and the quarters compared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from flows.time.zones import zone

__all__ = ["Period", "Quarter", "quarter_name"]

Quarter = tuple[int, int]  # (year, quarter 1-4)


def _quarter_start(year: int, quarter: int) -> date:
    return date(year, 3 * (quarter - 1) + 1, 1)


def _next(quarter: Quarter) -> Quarter:
    year, q = quarter
    return (year + 1, 1) if q == 4 else (year, q + 1)


def _previous(quarter: Quarter) -> Quarter:
    year, q = quarter
    return (year - 1, 4) if q == 1 else (year, q - 1)


@dataclass(frozen=True)
class Period:
    year: int
    quarter: int | None = None  # None: the whole year
    timezone: str = "Europe/Amsterdam"

    def __post_init__(self) -> None:
        if self.quarter is not None and not 1 <= self.quarter <= 4:
            raise ValueError("quarter must be 1-4")
        if not 1900 < self.year < 3000:
            raise ValueError("year out of range")

    @property
    def label(self) -> str:
        """`2024` or `2024-Q3`: the `period` column of the CSV."""
        return str(self.year) if self.quarter is None else f"{self.year}-Q{self.quarter}"

    @property
    def first_day(self) -> date:
        return date(self.year, 1, 1) if self.quarter is None else \
            _quarter_start(self.year, self.quarter)

    @property
    def end_day(self) -> date:
        """The day after the period (exclusive end)."""
        if self.quarter is None:
            return date(self.year + 1, 1, 1)
        year, q = _next((self.year, self.quarter))
        return _quarter_start(year, q)

    def instant(self, day: date) -> datetime:
        """Local midnight at the start of `day`, in UTC."""
        return datetime(day.year, day.month, day.day, tzinfo=zone(self.timezone)).astimezone(UTC)

    @property
    def start(self) -> datetime:
        return self.instant(self.first_day)

    @property
    def end(self) -> datetime:
        return self.instant(self.end_day)

    def quarters(self) -> tuple[Quarter, ...]:
        """The quarters inside the period, in order."""
        if self.quarter is not None:
            return ((self.year, self.quarter),)
        return tuple((self.year, q) for q in range(1, 5))

    def compared(self) -> tuple[tuple[Quarter, Quarter], ...]:
        """Quarter-over-quarter pairs: each quarter of a year with the next; a quarter with
        the one before it (Q1 with the previous year's Q4)."""
        if self.quarter is None:
            return tuple(((self.year, q), (self.year, q + 1)) for q in range(1, 4))
        here = (self.year, self.quarter)
        return ((_previous(here), here),)

    def windows(self) -> dict[str, tuple[datetime, datetime]]:
        """Named [start, end) instants: `period` and every quarter the figures use."""
        found: dict[str, tuple[datetime, datetime]] = {"period": (self.start, self.end)}
        for pair in self.compared():
            for quarter in pair:
                found[quarter_name(quarter)] = self.quarter_bounds(quarter)
        for quarter in self.quarters():
            found[quarter_name(quarter)] = self.quarter_bounds(quarter)
        return found

    def quarter_bounds(self, quarter: Quarter) -> tuple[datetime, datetime]:
        return (self.instant(_quarter_start(*quarter)),
                self.instant(_quarter_start(*_next(quarter))))


def quarter_name(quarter: Quarter) -> str:
    return f"{quarter[0]}_Q{quarter[1]}"
