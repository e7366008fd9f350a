"""Every figure of the factsheet, computed from plain records (flows/report/records.py).

Counts are whole numbers; shares and changes whole percentages (half up); a figure that
cannot be computed (a median of nothing, a change from zero) is None. Groups name the
additive breakdowns (a total and its parts) that small-number suppression must protect;
derived figures (shares, changes, medians) name the counts they come from."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from typing import Literal

from flows.model import MEDICAL, NATIONALITIES, OUTCOME_KINDS, Profile
from flows.report.period import Period, quarter_name
from flows.report.records import ClientRecord, Records
from flows.time.zones import zone

__all__ = ["AGE_BAND_MIDPOINTS", "AGE_BINS", "Factsheet", "Figure", "Group", "compute", "percent"]

Kind = Literal["count", "share", "change", "stat"]
Group = tuple[str, tuple[str, ...]]  # (total, its parts)

# Only an age band known: the band's midpoint stands in for the age (`age_estimated` says
# how many); "41+" is taken as 50.
AGE_BAND_MIDPOINTS: dict[str, float] = {"<18": 16, "18-25": 21.5, "26-40": 33, "41+": 50}
# (name, lowest, highest) in years, both ends included
AGE_BINS: tuple[tuple[str, float, float], ...] = (
    ("under_20", 0, 19.99), ("20_30", 20, 30), ("31_40", 30.01, 40), ("41_50", 40.01, 50),
    ("over_50", 50.01, 200))


@dataclass(frozen=True)
class Figure:
    name: str
    value: int | float | None
    kind: Kind = "count"
    sources: tuple[str, ...] = ()  # the counts a derived figure is computed from


@dataclass(frozen=True)
class Factsheet:
    period: Period
    figures: tuple[Figure, ...]
    groups: tuple[Group, ...]

    def value(self, name: str) -> int | float | None:
        return self.figure(name).value

    def figure(self, name: str) -> Figure:
        for figure in self.figures:
            if figure.name == name:
                return figure
        raise KeyError(name)

    def names(self, prefix: str) -> list[str]:
        return [f.name for f in self.figures if f.name.startswith(prefix)]


def percent(part: int, whole: int) -> int | None:
    """A whole percentage, half up; None when `whole` is 0."""
    if whole == 0:
        return None
    return int(Fraction(100 * part, whole) + Fraction(1, 2)) if part >= 0 else \
        -int(Fraction(-100 * part, whole) + Fraction(1, 2))


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 1)


class _Builder:
    def __init__(self) -> None:
        self.figures: list[Figure] = []
        self.groups: list[Group] = []

    def count(self, name: str, value: int) -> str:
        self.figures.append(Figure(name, value))
        return name

    def derived(self, name: str, value: int | float | None, kind: Kind,
                sources: Iterable[str]) -> None:
        self.figures.append(Figure(name, value, kind, tuple(sources)))

    def group(self, total: str, parts: Sequence[str]) -> None:
        self.groups.append((total, tuple(parts)))

    def value(self, name: str) -> int:
        for figure in self.figures:
            if figure.name == name and isinstance(figure.value, int):
                return figure.value
        raise KeyError(name)


def _active(client: ClientRecord, window: str, start: datetime, end: datetime) -> bool:
    """Registered before the window's end, not closed before its start, and logged in it."""
    return (client.registered < end and (client.closed is None or client.closed >= start)
            and window in client.logged_in)


def _age(profile: Profile | None, year: int) -> tuple[float, bool] | None:
    """(age in the period's year, estimated from a band) or None when unknown."""
    if profile is None:
        return None
    if profile.birth_year is not None:
        return float(year - profile.birth_year), False
    if profile.age_band in AGE_BAND_MIDPOINTS:
        return AGE_BAND_MIDPOINTS[profile.age_band], True
    return None


def compute(period: Period, records: Records) -> Factsheet:
    out = _Builder()
    start, end = period.start, period.end
    erased = records.erased
    registered = [c for c in records.clients if start <= c.registered < end]
    total = out.count("clients_registered", len(registered) + erased.get("clients", 0))
    gone = out.count("clients_erased", erased.get("clients", 0))
    out.count("clients_active", sum(_active(c, "period", start, end) for c in records.clients))
    profiles = [records.profiles.get(c.id) for c in registered]
    _nationalities(out, period, records, profiles, total, gone)
    _ages(out, period, profiles, total, gone)
    for field, name in (("asylum_nl", "asylum"), ("eu_document", "eu_document")):
        answers = [None if p is None else getattr(p, field) for p in profiles]
        yes = out.count(f"{name}_yes", sum(a is True for a in answers))
        no = out.count(f"{name}_no", sum(a is False for a in answers))
        unknown = out.count(f"{name}_unknown", sum(a is None for a in answers))
        out.group(total, (yes, no, unknown, gone))
        if name == "asylum":
            out.derived("share_no_asylum", percent(out.value(no), out.value(yes) + out.value(no)),
                        "share", (no, yes))
        else:
            out.derived("share_eu_document",
                        percent(out.value(yes), out.value(yes) + out.value(no)), "share",
                        (yes, no))
    _medical(out, profiles, total, gone)
    _outcomes(out, records)
    _bot_figures(out, period, records)
    return Factsheet(period, tuple(out.figures), tuple(out.groups))


def _nationalities(out: _Builder, period: Period, records: Records,
                   profiles: list[Profile | None], total: str, gone: str) -> None:
    codes = [*NATIONALITIES, "unknown"]
    found = Counter(p.nationality if p is not None and p.nationality in NATIONALITIES
                    else "unknown" for p in profiles)
    out.group(total, [out.count(f"nationality_{c}", found[c]) for c in codes] + [gone])
    windows = period.windows()
    for quarter in sorted({q for pair in period.compared() for q in pair}):
        name = quarter_name(quarter)
        active = [c for c in records.clients if _active(c, name, *windows[name])]
        count = Counter(_nationality(records.profiles.get(c.id)) for c in active)
        quarter_total = out.count(f"clients_active_{name}", len(active))
        out.group(quarter_total, [out.count(f"nationality_{c}_{name}", count[c]) for c in codes])
    for before, after in period.compared():
        label = f"Q{before[1]}_Q{after[1]}"
        for code in NATIONALITIES:
            was = f"nationality_{code}_{quarter_name(before)}"
            now = f"nationality_{code}_{quarter_name(after)}"
            change = percent(out.value(now) - out.value(was), out.value(was))
            out.derived(f"nationality_change_{code}_{label}", change, "change", (was, now))


def _nationality(profile: Profile | None) -> str:
    if profile is None or profile.nationality not in NATIONALITIES:
        return "unknown"
    return profile.nationality


def _ages(out: _Builder, period: Period, profiles: list[Profile | None], total: str,
          gone: str) -> None:
    ages = [a for a in (_age(p, period.year) for p in profiles) if a is not None]
    values = sorted(age for age, _ in ages)
    known = out.count("age_known", len(values))
    out.count("age_estimated", sum(estimated for _, estimated in ages))
    unknown = out.count("age_unknown", len(profiles) - len(values))
    for name, value in (("age_median", statistics.median(values) if values else None),
                        ("age_youngest", values[0] if values else None),
                        ("age_oldest", values[-1] if values else None)):
        out.derived(name, None if value is None else _number(value), "stat", (known,))
    bins = [out.count(f"age_{name}", sum(low <= v <= high for v in values))
            for name, low, high in AGE_BINS]
    out.group(known, bins)
    out.group(total, [*bins, unknown, gone])
    out.derived("share_age_20_30", percent(out.value("age_20_30"), len(values)), "share",
                ("age_20_30", known))


def _medical(out: _Builder, profiles: list[Profile | None], total: str, gone: str) -> None:
    answers = [None if p is None else p.medical for p in profiles]
    complex_ = out.count("medical_complex", sum(bool(a) for a in answers))
    none = out.count("medical_none", sum(a == () for a in answers))
    unknown = out.count("medical_unknown", sum(a is None for a in answers))
    out.group(total, (complex_, none, unknown, gone))
    out.derived("share_complex_medical",
                percent(out.value(complex_), out.value(complex_) + out.value(none)), "share",
                (complex_, none))
    for kind in MEDICAL:
        out.count(f"medical_{kind}", sum(kind in (a or ()) for a in answers))


def _outcomes(out: _Builder, records: Records) -> None:
    kinds = Counter(o.kind for o in records.outcomes)
    for kind in OUTCOME_KINDS:
        out.count(f"outcome_{kind}", kinds[kind] + records.erased.get(f"outcome:{kind}", 0))
    out.count("outcome_voluntary_return_aftercare",
              sum(o.kind == "voluntary_return" and o.aftercare is True
                  for o in records.outcomes))


def _bot_figures(out: _Builder, period: Period, records: Records) -> None:
    tz = zone(period.timezone)
    street = out.count("street_contacts",
                       len(records.street) + records.erased.get("street-contacts", 0))
    street_gone = out.count("street_contacts_erased", records.erased.get("street-contacts", 0))
    months = Counter(c.at.astimezone(tz).strftime("%Y_%m") for c in records.street)
    first = period.first_day
    month_names = []
    year, month = first.year, first.month
    while (year, month) < (period.end_day.year, period.end_day.month):
        key = f"{year}_{month:02d}"
        month_names.append(out.count(f"street_contacts_{key}", months[key]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    out.group(street, [*month_names, street_gone])
    shifts = Counter(c.shift or "" for c in records.street)
    out.group(street, [*(out.count(f"street_contacts_shift_{name}" if name
                                   else "street_contacts_no_shift", shifts[name])
                         for name in sorted(shifts)), street_gone])
    out.count("alerts", len(records.alerts) + records.erased.get("alerts", 0))
    waits = [(a.claimed - a.created).total_seconds() / 60 for a in records.alerts
             if a.claimed is not None]
    claimed = out.count("alerts_claimed", len(waits))
    out.derived("alert_claim_median_minutes",
                _number(statistics.median(waits)) if waits else None, "stat", (claimed,))
    out.count("checkins_answered",
              records.checkins_answered + records.erased.get("checkins-answered", 0))
    held = [a for a in records.appointments if not a.cancelled and a.starts < records.now]
    out.count("appointments_held", len(held))
    out.count("appointments_kept", sum(a.answer == "come" for a in held))
