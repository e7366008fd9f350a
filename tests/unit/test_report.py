"""The factsheet's figures (flows/report/figures.py) and small-number suppression
(flows/report/suppress.py): pure functions on plain records."""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime

import pytest

from flows.model import Outcome, Profile
from flows.report import (
    AlertRecord,
    AppointmentRecord,
    ClientRecord,
    Period,
    Records,
    StreetRecord,
    compute,
    percent,
    suppress,
)
from flows.report.suppress import Hidden, hide_secondary, hide_small

NOW = datetime(2025, 2, 1, tzinfo=UTC)


def cells_revealed(counts: Mapping[str, int], total: str, parts: Sequence[str],
                   hidden: Mapping[str, Hidden]) -> list[str]:
    """The hidden cells of one group whose value a reader can work out: every assignment
    consistent with what is shown ("< 5" is 1-4, "x" is at least 5, the parts sum to the
    total) gives them the same value."""
    unknown = [c for c in (total, *parts) if c in hidden]
    most = 200 if total in hidden else counts[total]
    ranges = [range(1, 5) if hidden[c] == "small" else range(5, most + 1) for c in unknown]
    seen: dict[str, set[int]] = {c: set() for c in unknown}
    for values in itertools.product(*ranges):
        guess = {**counts, **dict(zip(unknown, values, strict=True))}
        if guess[total] == sum(guess[p] for p in parts):
            for cell, value in zip(unknown, values, strict=True):
                seen[cell].add(value)
    return [c for c in unknown if len(seen[c]) <= 1]


# -- suppression -------------------------------------------------------------------------------

def test_counts_from_1_to_4_are_hidden_and_0_and_5_are_not() -> None:
    counts = {"a": 0, "b": 1, "c": 4, "d": 5, "e": 120}
    assert hide_small(counts) == {"b": "small", "c": "small"}


def test_total_minus_the_visible_parts_would_reveal_the_hidden_cell() -> None:
    counts = {"total": 20, "a": 3, "b": 8, "c": 9}
    hidden = suppress(counts, [("total", ("a", "b", "c"))], {})
    assert hidden == {"a": "small", "b": "secondary"}  # the smallest shown part above zero
    assert cells_revealed(counts, "total", ("a", "b", "c"), hidden) == []


def test_zero_parts_are_no_cover_so_the_next_part_or_the_total_is_hidden() -> None:
    counts = {"total": 13, "a": 3, "none": 0, "b": 10}
    assert suppress(counts, [("total", ("a", "none", "b"))], {}) == \
        {"a": "small", "b": "secondary"}
    counts = {"total": 3, "a": 3, "none": 0}
    assert suppress(counts, [("total", ("a", "none"))], {}) == \
        {"total": "small", "a": "small"}


def test_two_small_cells_whose_sum_gives_them_away_get_a_third() -> None:
    counts = {"total": 30, "a": 1, "b": 1, "c": 28}  # a + b = 2: both must be 1
    hidden = suppress(counts, [("total", ("a", "b", "c"))], {})
    assert hidden["c"] == "secondary"
    counts = {"total": 30, "a": 4, "b": 4, "c": 22}  # a + b = 8: both must be 4
    assert suppress(counts, [("total", ("a", "b", "c"))], {})["c"] == "secondary"
    counts = {"total": 30, "a": 1, "b": 2, "c": 27}  # a + b = 3: 1 + 2 or 2 + 1
    assert suppress(counts, [("total", ("a", "b", "c"))], {}) == {"a": "small", "b": "small"}


def test_a_total_hidden_for_one_group_is_covered_in_the_next() -> None:
    counts = {"all": 40, "x": 3, "y": 37, "sub": 3, "p": 0, "q": 3}
    groups = [("all", ("x", "y")), ("sub", ("p", "q"))]
    hidden = hide_secondary(counts, groups, hide_small(counts))
    for total, parts in groups:
        assert cells_revealed(counts, total, parts, hidden) == []


def test_derived_figures_from_a_hidden_count_are_hidden() -> None:
    counts = {"total": 50, "yes": 3, "no": 47}
    hidden = suppress(counts, [("total", ("yes", "no"))],
                      {"share_yes": ("yes", "no"), "median": ("total",)})
    assert hidden["share_yes"] == "secondary" and "median" not in hidden


@pytest.mark.parametrize("seed", range(300))
def test_no_hidden_cell_of_a_random_breakdown_can_be_worked_out(seed: int) -> None:
    rng = random.Random(seed)
    parts = tuple(f"p{i}" for i in range(rng.randint(2, 5)))
    counts = {p: rng.choice([0, 1, 2, 3, 4, 5, 6, 9, 14]) for p in parts}
    counts["total"] = sum(counts.values())
    hidden = suppress(counts, [("total", parts)], {})
    assert all(name in hidden for name, value in counts.items() if 1 <= value <= 4)
    assert cells_revealed(counts, "total", parts, hidden) == []


# -- figures -----------------------------------------------------------------------------------

def at(year: int, month: int, day: int, hour: int = 12) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def test_percent_rounds_half_up_and_keeps_the_sign() -> None:
    assert percent(150, 176) == 85 and percent(1, 8) == 13 and percent(9, 10) == 90
    assert percent(-1, 8) == -13 and percent(1, 0) is None


def test_periods_are_local_and_quarters_compare_with_the_one_before() -> None:
    year = Period(2024, None, "Europe/Amsterdam")
    assert year.start == datetime(2023, 12, 31, 23, tzinfo=UTC)
    assert year.label == "2024" and len(year.compared()) == 3
    first = Period(2024, 1, "Europe/Amsterdam")
    assert first.label == "2024-Q1" and first.compared() == (((2023, 4), (2024, 1)),)
    assert first.end == datetime(2024, 3, 31, 22, tzinfo=UTC)  # summer time from 31 March
    with pytest.raises(ValueError, match="quarter"):
        Period(2024, 5)


def records(**fields: object) -> Records:
    return Records(now=NOW, **fields)  # type: ignore[arg-type]


def test_registered_and_active_clients() -> None:
    clients = (
        ClientRecord(1, at(2023, 12, 31, 23, ), None, frozenset({"period"})),  # 00:00 local
        ClientRecord(2, at(2023, 5, 1), None, frozenset({"period"})),  # active, not new
        ClientRecord(3, at(2023, 5, 1), at(2023, 12, 1), frozenset({"period"})),  # closed
        ClientRecord(4, at(2024, 6, 1), None, frozenset()),  # new, no contact
        ClientRecord(5, at(2024, 12, 31, 23), None, frozenset({"period"})),  # 2025 locally
    )
    sheet = compute(Period(2024), records(clients=clients))
    assert sheet.value("clients_registered") == 2
    assert sheet.value("clients_active") == 2
    assert sheet.value("nationality_unknown") == 2  # no profile: counted as unknown


def test_ages_from_the_year_of_birth_or_the_band_middle() -> None:
    clients = tuple(ClientRecord(i, at(2024, 3, 1)) for i in range(1, 6))
    profiles = {1: Profile(1, birth_year=2007), 2: Profile(2, birth_year=1994),
                3: Profile(3, age_band="18-25"), 4: Profile(4, birth_year=1964),
                5: Profile(5)}
    sheet = compute(Period(2024), records(clients=clients, profiles=profiles))
    assert sheet.value("age_youngest") == 17 and sheet.value("age_oldest") == 60
    assert sheet.value("age_median") == 25.8  # 17, 21.5, 30, 60: 25.75, one decimal
    assert sheet.value("age_estimated") == 1 and sheet.value("age_unknown") == 1
    assert sheet.value("age_20_30") == 2 and sheet.value("share_age_20_30") == 50


def test_quarter_over_quarter_change_of_a_nationality() -> None:
    clients = tuple(ClientRecord(i, at(2024, 7, 1), None,
                                 frozenset({"2024_Q3"} if i <= 10 else {"2024_Q4"}))
                    for i in range(1, 30))
    profiles = {i: Profile(i, nationality="DZ") for i in range(1, 30)}
    sheet = compute(Period(2024, 4), records(clients=clients, profiles=profiles))
    assert sheet.value("nationality_DZ_2024_Q3") == 10
    assert sheet.value("nationality_DZ_2024_Q4") == 19
    assert sheet.value("nationality_change_DZ_Q3_Q4") == 90
    assert sheet.value("nationality_change_MA_Q3_Q4") is None  # from zero: no percentage


def test_erased_counts_complete_the_yearly_figures_only() -> None:
    erased = {"clients": 2, "outcome:voluntary_return": 1, "street-contacts": 4, "alerts": 1,
              "checkins-answered": 3}
    outcome = Outcome(1, 9, "voluntary_return", date(2024, 5, 1), aftercare=True)
    year = compute(Period(2024), records(erased=erased, outcomes=(outcome,),
                                         street=(StreetRecord(at(2024, 3, 3), "avond"),)))
    assert year.value("clients_registered") == 2 and year.value("clients_erased") == 2
    assert year.value("outcome_voluntary_return") == 2
    assert year.value("outcome_voluntary_return_aftercare") == 1
    assert year.value("street_contacts") == 5 and year.value("street_contacts_2024_03") == 1
    assert year.value("alerts") == 1 and year.value("checkins_answered") == 3


def test_bot_figures() -> None:
    alerts = (AlertRecord(at(2024, 1, 1), at(2024, 1, 1, 13)), AlertRecord(at(2024, 2, 1)),
              AlertRecord(at(2024, 3, 1), datetime(2024, 3, 1, 12, 30, tzinfo=UTC)))
    appointments = (AppointmentRecord(at(2024, 1, 5), False, "come"),
                    AppointmentRecord(at(2024, 1, 6), True, "come"),  # cancelled
                    AppointmentRecord(at(2024, 1, 7), False, "cant"),
                    AppointmentRecord(at(2024, 1, 8), False, None))
    street = (StreetRecord(at(2024, 1, 31, 23), "avond"), StreetRecord(at(2024, 2, 2)))
    sheet = compute(Period(2024), records(alerts=alerts, appointments=appointments,
                                          street=street, checkins_answered=4))
    assert sheet.value("alerts") == 3 and sheet.value("alert_claim_median_minutes") == 45
    assert sheet.value("appointments_held") == 3 and sheet.value("appointments_kept") == 1
    assert sheet.value("street_contacts_2024_02") == 2  # 31 Jan 23:00 UTC is February here
    assert sheet.value("street_contacts_shift_avond") == 1
    assert sheet.value("street_contacts_no_shift") == 1


def test_a_small_and_a_hidden_five_give_each_other_away() -> None:
    counts = {"total": 15, "a": 1, "b": 9, "c": 5}  # a + c = 6 with c >= 5: a = 1, c = 5
    hidden = suppress(counts, [("total", ("a", "b", "c"))], {})
    assert hidden == {"a": "small", "c": "secondary", "b": "secondary"}
    assert cells_revealed(counts, "total", ("a", "b", "c"), hidden) == []
