"""Dates and times as casemanagers type them, and quiet hours, in the client's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from flows.time.when import avoid_quiet_hours, parse_when
from flows.time.zones import zone

Wall = tuple[int, int, int, int, int]  # a local date and time as the client reads it
ZONES = ("Europe/Amsterdam", "Africa/Casablanca", "Africa/Algiers")
# Wednesday 18 November 2026, 09:00 UTC: mid-morning in all three zones
NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)

# what a casemanager types -> the local date and time the client will be given
TYPED = [
    ("12-03 14:30", (2027, 3, 12, 14, 30)),  # 12 March: day first, the next one
    ("12/3 9u", (2027, 3, 12, 9, 0)),
    ("25-11 14:30", (2026, 11, 25, 14, 30)),
    ("morgen 10:00", (2026, 11, 19, 10, 0)),
    ("demain 10h", (2026, 11, 19, 10, 0)),
    ("demain à 10h", (2026, 11, 19, 10, 0)),
    ("lundi 14h", (2026, 11, 23, 14, 0)),  # the coming Monday
    ("maandag 9u30", (2026, 11, 23, 9, 30)),
    ("tomorrow 10:00", (2026, 11, 19, 10, 0)),
    ("  Morgen   10:00 ", (2026, 11, 19, 10, 0)),
]


def local(moment: datetime, timezone: str) -> Wall:
    """The wall-clock date and time a person in `timezone` sees."""
    seen = moment.astimezone(zone(timezone))
    return seen.year, seen.month, seen.day, seen.hour, seen.minute


def at(timezone: str, year: int, month: int, day: int, hour: int = 0,
       minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone(timezone))


@pytest.mark.parametrize("timezone", ZONES)
@pytest.mark.parametrize(("text", "wall"), TYPED)
def test_typed_date_and_time_is_that_wall_clock_time_in_the_clients_zone(
    text: str, wall: Wall, timezone: str
) -> None:
    moment = parse_when(text, NOW, timezone)
    assert isinstance(moment, datetime)
    assert local(moment, timezone) == wall
    # the real instant: that wall-clock time minus the zone's offset on that day (tzdata)
    offset = at(timezone, *wall).utcoffset()
    assert offset is not None
    assert moment.astimezone(UTC) == datetime(*wall, tzinfo=UTC) - offset
    assert moment > NOW


def test_the_same_words_are_different_instants_in_different_zones() -> None:
    instants = {tz: parse_when("morgen 10:00", NOW, tz) for tz in ZONES}
    algiers = instants["Africa/Algiers"]
    assert isinstance(algiers, datetime)
    assert algiers.astimezone(UTC) == datetime(2026, 11, 19, 9, 0, tzinfo=UTC)  # UTC+1
    assert instants["Europe/Amsterdam"] == algiers  # both UTC+1 in winter
    casablanca = instants["Africa/Casablanca"]
    assert isinstance(casablanca, datetime)
    offset = at("Africa/Casablanca", 2026, 11, 19, 10, 0).utcoffset()
    assert offset is not None
    assert casablanca.astimezone(UTC) == datetime(2026, 11, 19, 10, 0, tzinfo=UTC) - offset


@pytest.mark.parametrize("timezone", ZONES)
def test_tomorrow_counts_from_the_clients_local_date(timezone: str) -> None:
    late = datetime(2026, 11, 18, 23, 30, tzinfo=UTC)  # already the 19th east of UTC
    today = late.astimezone(zone(timezone)).date()
    for text in ("morgen 10:00", "demain 10h"):
        moment = parse_when(text, late, timezone)
        assert isinstance(moment, datetime)
        tomorrow = today + timedelta(days=1)
        assert local(moment, timezone) == (tomorrow.year, tomorrow.month, tomorrow.day, 10, 0)


@pytest.mark.parametrize("timezone", ZONES)
@pytest.mark.parametrize(("text", "day"), [
    ("25-11", date(2026, 11, 25)),
    ("12/3", date(2027, 3, 12)),
    ("morgen", date(2026, 11, 19)),
    ("demain", date(2026, 11, 19)),
    ("vrijdag", date(2026, 11, 20)),
    ("lundi", date(2026, 11, 23)),
])
def test_a_day_without_a_time_is_a_date_so_the_time_is_asked_next(
    text: str, day: date, timezone: str
) -> None:
    parsed = parse_when(text, NOW, timezone)
    assert not isinstance(parsed, datetime)
    assert parsed == day


@pytest.mark.parametrize("timezone", ZONES)
def test_todays_date_means_today(timezone: str) -> None:
    assert parse_when("18-11", NOW, timezone) == date(2026, 11, 18)


@pytest.mark.parametrize("timezone", ZONES)
def test_an_earlier_time_today_is_in_the_past_so_it_is_asked_again(timezone: str) -> None:
    moment = parse_when("18-11 08:00", NOW, timezone)
    assert isinstance(moment, datetime)
    assert moment <= NOW


@pytest.mark.parametrize("timezone", ZONES)
@pytest.mark.parametrize("text", ["", "   ", "blabla zzz", "???", "ik weet het niet"])
def test_unreadable_text_is_none(text: str, timezone: str) -> None:
    assert parse_when(text, NOW, timezone) is None


# -- quiet hours: 22:00-08:00 in the client's own zone ------------------------------------

FAR = datetime(2027, 1, 1, tzinfo=UTC)  # an appointment far away: no cap


@pytest.mark.parametrize("timezone", ZONES)
@pytest.mark.parametrize(("due", "moved"), [
    ((2026, 11, 20, 8, 0), (2026, 11, 20, 8, 0)),  # quiet hours are over at 08:00
    ((2026, 11, 20, 14, 0), (2026, 11, 20, 14, 0)),
    ((2026, 11, 20, 21, 59), (2026, 11, 20, 21, 59)),
    ((2026, 11, 20, 22, 0), (2026, 11, 20, 21, 30)),  # quiet from 22:00: same evening
    ((2026, 11, 20, 23, 45), (2026, 11, 20, 21, 30)),
    ((2026, 11, 21, 0, 0), (2026, 11, 20, 21, 30)),  # after midnight: the evening before
    ((2026, 11, 21, 3, 15), (2026, 11, 20, 21, 30)),
    ((2026, 11, 21, 7, 59), (2026, 11, 20, 21, 30)),
])
def test_a_reminder_in_the_quiet_hours_goes_out_at_half_past_nine_the_evening_before(
    due: Wall, moved: Wall, timezone: str
) -> None:
    result = avoid_quiet_hours(at(timezone, *due), timezone, FAR)
    assert local(result, timezone) == moved
    assert result <= at(timezone, *due)  # earlier, never later


@pytest.mark.parametrize("timezone", ZONES)
def test_quiet_hours_follow_the_clients_zone_not_utc(timezone: str) -> None:
    # 21:15 UTC is 22:15 in Amsterdam and Algiers (quiet) but 21:15 in Casablanca at UTC+0
    due = datetime(2026, 11, 20, 21, 15, tzinfo=UTC)
    result = avoid_quiet_hours(due, timezone, FAR)
    quiet = due.astimezone(zone(timezone)).time() >= time(22, 0)
    assert local(result, timezone) == ((2026, 11, 20, 21, 30) if quiet
                                       else local(due, timezone))


@pytest.mark.parametrize("timezone", ZONES)
def test_a_moved_reminder_is_never_later_than_the_appointment(timezone: str) -> None:
    appointment = at(timezone, 2026, 11, 20, 21, 0)
    assert avoid_quiet_hours(at(timezone, 2026, 11, 20, 23, 0), timezone,
                             appointment) == appointment
    assert avoid_quiet_hours(at(timezone, 2026, 11, 20, 20, 0), timezone,
                             appointment) == at(timezone, 2026, 11, 20, 20, 0)


@pytest.mark.parametrize("timezone", ZONES)
def test_an_early_morning_appointment_is_reminded_the_evening_before(timezone: str) -> None:
    appointment = at(timezone, 2026, 11, 20, 7, 30)  # reception centre, 07:30
    two_hours_before = appointment - timedelta(hours=2)
    result = avoid_quiet_hours(two_hours_before, timezone, appointment)
    assert local(result, timezone) == (2026, 11, 19, 21, 30)
    assert appointment - result == timedelta(hours=10)
