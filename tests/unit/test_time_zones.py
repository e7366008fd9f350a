"""Reminder times across daylight-saving switches, in Amsterdam, Casablanca and Algiers.

What the client notices: the local wall-clock time a reminder arrives, and how many real
hours before the appointment that is. Offsets come from the `tzdata` package (current IANA
data), never from the operating system's zone files.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

import pytest

from flows.appointments.reminders import DEFAULT_REMINDERS, NO_ANSWER_BEFORE, schedule_effects
from flows.core.effects import Ref, Send, SetTimer
from flows.time.zones import zone
from tests.unit.factories import person

AMS, CASA, ALG = "Europe/Amsterdam", "Africa/Casablanca", "Africa/Algiers"
CREATED = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)  # the appointment was made long before
Wall = tuple[int, int, int, int, int]


def at(timezone: str, year: int, month: int, day: int, hour: int = 0,
       minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone(timezone))


def local(moment: datetime, timezone: str) -> Wall:
    seen = moment.astimezone(zone(timezone))
    return seen.year, seen.month, seen.day, seen.hour, seen.minute


def offset(moment: datetime, timezone: str) -> timedelta:
    found = moment.astimezone(zone(timezone)).utcoffset()
    assert found is not None
    return found


def before(appointment: datetime, reminder: datetime) -> timedelta:
    """Real time between the reminder and the appointment (not wall-clock difference)."""
    return appointment.astimezone(UTC) - reminder.astimezone(UTC)


def due_times(starts: datetime, timezone: str, minutes: tuple[int, ...],
              now: datetime) -> list[datetime]:
    client = person("client", timezone=timezone)
    effects = schedule_effects(now, 7, client, 2, "doctor", starts, minutes, "Huisarts", None)
    return [e.due_at.astimezone(UTC) for e in effects
            if isinstance(e, Send) and e.due_at is not None]


def reminders(starts: datetime, timezone: str, minutes: tuple[int, ...] = (1440, 120),
              now: datetime = CREATED) -> list[datetime]:
    """The due instants (UTC) of the reminder messages, earliest first, for the appointment
    as the flows hand it over: typed (ISO text with the local offset, kept in the
    conversation state) and stored (UTC, from the database: reschedule, move)."""
    typed = due_times(datetime.fromisoformat(starts.isoformat()), timezone, minutes, now)
    stored = due_times(starts.astimezone(UTC), timezone, minutes, now)
    assert typed == stored
    return stored


# -- Amsterdam: clocks go forward on 29 March 2026 and back on 25 October 2026 ----------

def test_the_zone_switches_on_the_expected_nights() -> None:
    assert offset(datetime(2026, 3, 29, 0, 59, tzinfo=UTC), AMS) == timedelta(hours=1)
    assert offset(datetime(2026, 3, 29, 1, 0, tzinfo=UTC), AMS) == timedelta(hours=2)
    assert offset(datetime(2026, 10, 25, 0, 59, tzinfo=UTC), AMS) == timedelta(hours=2)
    assert offset(datetime(2026, 10, 25, 1, 0, tzinfo=UTC), AMS) == timedelta(hours=1)


@pytest.mark.parametrize(("starts", "day_before_wall"), [
    # the day after a switch: 24 real hours before is the same wall-clock time
    ((2026, 3, 30, 10, 0), (2026, 3, 29, 10, 0)),
    ((2026, 10, 26, 10, 0), (2026, 10, 25, 10, 0)),
    # on the day of the switch the night was an hour shorter / longer
    ((2026, 3, 29, 10, 0), (2026, 3, 28, 9, 0)),
    ((2026, 10, 25, 10, 0), (2026, 10, 24, 11, 0)),
])
def test_a_day_ahead_reminder_is_exactly_24_real_hours_before(
    starts: Wall, day_before_wall: Wall
) -> None:
    appointment = at(AMS, *starts)
    day_before, two_hours = reminders(appointment, AMS)
    assert before(appointment, day_before) == timedelta(hours=24)
    assert local(day_before, AMS) == day_before_wall
    assert before(appointment, two_hours) == timedelta(hours=2)


def test_two_hours_before_a_ten_oclock_appointment_on_the_short_night_is_eight() -> None:
    appointment = at(AMS, 2026, 3, 29, 10, 0)  # 08:00 UTC
    _, two_hours = reminders(appointment, AMS)
    assert local(two_hours, AMS) == (2026, 3, 29, 8, 0)  # just out of the quiet hours
    assert two_hours == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize(("starts", "evening_utc", "real_hours"), [
    # 2 h before 09:30 summer time is 07:30 (quiet): 21:30 winter time the evening before
    ((2026, 3, 29, 9, 30), datetime(2026, 3, 28, 20, 30, tzinfo=UTC), 11),
    # the day after: 21:30 summer time on the switch day itself
    ((2026, 3, 30, 9, 0), datetime(2026, 3, 29, 19, 30, tzinfo=UTC), 11.5),
    # 2 h before 09:00 winter time is 07:00 (quiet): 21:30 summer time the evening before
    ((2026, 10, 25, 9, 0), datetime(2026, 10, 24, 19, 30, tzinfo=UTC), 12.5),
    ((2026, 10, 26, 9, 0), datetime(2026, 10, 25, 20, 30, tzinfo=UTC), 11.5),
])
def test_a_quiet_hours_move_lands_at_half_past_nine_local_on_the_right_side_of_the_switch(
    starts: Wall, evening_utc: datetime, real_hours: float
) -> None:
    appointment = at(AMS, *starts)
    _, moved = reminders(appointment, AMS)
    assert moved == evening_utc
    assert local(moved, AMS)[3:] == (21, 30)
    assert before(appointment, moved) == timedelta(hours=real_hours)


def test_a_night_time_day_ahead_reminder_across_the_spring_switch() -> None:
    # 24 h before 02:30 (summer time, 30 March) is 01:30 winter time on the switch night
    appointment = at(AMS, 2026, 3, 30, 2, 30)
    day_before, _ = reminders(appointment, AMS)
    assert local(day_before, AMS) == (2026, 3, 28, 21, 30)
    assert offset(day_before, AMS) == timedelta(hours=1)  # still winter time then


# -- Algiers: UTC+1 all year, so no reminder ever shifts -------------------------------

def test_algiers_is_utc_plus_one_all_year() -> None:
    day = datetime(2026, 1, 1, 12, tzinfo=UTC)
    while day.year == 2026:
        assert offset(day, ALG) == timedelta(hours=1), day
        day += timedelta(hours=6)


@pytest.mark.parametrize("starts", [(2026, 3, 29, 10, 0), (2026, 3, 30, 10, 0),
                                    (2026, 10, 25, 10, 0), (2026, 7, 1, 10, 0)])
def test_algiers_reminders_keep_their_wall_clock_time(starts: Wall) -> None:
    appointment = at(ALG, *starts)
    day_before, two_hours = reminders(appointment, ALG)
    yesterday = appointment.date() - timedelta(days=1)
    assert local(day_before, ALG) == (yesterday.year, yesterday.month, yesterday.day, 10, 0)
    assert local(two_hours, ALG)[3:] == (8, 0)
    assert before(appointment, day_before) == timedelta(hours=24)


def test_algiers_quiet_hours_move() -> None:
    appointment = at(ALG, 2026, 10, 25, 9, 0)
    _, moved = reminders(appointment, ALG)
    assert moved == datetime(2026, 10, 24, 20, 30, tzinfo=UTC)


# -- Casablanca: offsets as the tzdata package has them now ----------------------------

def casablanca_switches(first: datetime, last: datetime) -> list[datetime]:
    """The instants (to the hour) at which Casablanca's UTC offset changes, per tzdata."""
    found, moment = [], first
    while moment < last:
        if offset(moment + timedelta(hours=1), CASA) != offset(moment, CASA):
            found.append(moment + timedelta(hours=1))
        moment += timedelta(hours=1)
    return found


SWITCHES = casablanca_switches(datetime(2026, 1, 1, tzinfo=UTC),
                               datetime(2028, 1, 1, tzinfo=UTC))


def test_casablanca_changes_offset_in_the_current_data() -> None:
    assert SWITCHES, "tzdata has no Casablanca offset change in 2026-2027"


@pytest.mark.parametrize("switch", SWITCHES, ids=lambda s: s.date().isoformat())
@pytest.mark.parametrize("days_after", [0, 1])
def test_casablanca_reminders_around_each_offset_change(switch: datetime,
                                                        days_after: int) -> None:
    day = (switch + timedelta(days=days_after)).astimezone(zone(CASA)).date()
    appointment = at(CASA, day.year, day.month, day.day, 10, 0)
    day_before, two_hours = reminders(appointment, CASA)
    # real time: exactly 24 h and 2 h before
    assert before(appointment, day_before) == timedelta(hours=24)
    assert before(appointment, two_hours) == timedelta(hours=2)
    # wall clock: 10:00 moved by however much the offset changed in between (tzdata)
    shift = offset(day_before, CASA) - offset(appointment, CASA)
    expected = (datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)
                - timedelta(days=1) + shift)
    assert local(day_before, CASA) == local(expected, "UTC")
    assert local(two_hours, CASA)[3:] == (8, 0)


@pytest.mark.parametrize("switch", SWITCHES, ids=lambda s: s.date().isoformat())
def test_casablanca_quiet_hours_move_on_the_evening_before_a_change(switch: datetime) -> None:
    day = switch.astimezone(zone(CASA)).date()
    appointment = at(CASA, day.year, day.month, day.day, 9, 0)
    _, moved = reminders(appointment, CASA)
    evening = moved.astimezone(zone(CASA))
    assert (evening.hour, evening.minute) == (21, 30)
    assert evening.date() == day - timedelta(days=1)
    assert moved == (datetime(day.year, day.month, day.day, 21, 30,
                                              tzinfo=UTC) - timedelta(days=1)
                                     - offset(moved, CASA))


def test_casablanca_comes_from_the_tzdata_package_not_the_os() -> None:
    source = resources.files("tzdata.zoneinfo").joinpath("Africa", "Casablanca")
    with source.open("rb") as handle:
        packaged = ZoneInfo.from_file(handle, key=CASA)
    ours = zone(CASA)
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    while moment.year < 2029:
        assert moment.astimezone(ours).utcoffset() == moment.astimezone(packaged).utcoffset()
        moment += timedelta(hours=6)
    assert zone(CASA) is ours  # read once, then cached


# -- the reminder set itself -----------------------------------------------------------

@pytest.mark.parametrize("timezone", [AMS, CASA, ALG])
def test_default_reminders_and_the_no_answer_check(timezone: str) -> None:
    appointment = at(timezone, 2026, 10, 26, 14, 0)  # a week ahead crosses 25 October
    client = replace(person("client"), timezone=timezone)
    effects = schedule_effects(CREATED, 7, client, 2, "embassy", appointment.astimezone(UTC),
                               DEFAULT_REMINDERS["embassy"], None, None)
    sends = [e for e in effects if isinstance(e, Send)]
    assert [before(appointment, s.due_at) for s in sends if s.due_at] == [
        timedelta(weeks=1), timedelta(hours=24), timedelta(hours=2)]
    assert all(s.expires_at == appointment and s.ref == Ref("appt", 7) for s in sends)
    timers = [e for e in effects if isinstance(e, SetTimer)]
    assert [t.due_at for t in timers] == [appointment - NO_ANSWER_BEFORE]


def test_the_same_appointment_in_its_zone_gets_the_same_reminders() -> None:
    appointment = at(AMS, 2026, 3, 29, 10, 0)
    assert due_times(appointment, AMS, (1440,), CREATED) == reminders(appointment, AMS,
                                                                      (1440,))


def test_reminders_already_past_are_not_scheduled() -> None:
    appointment = at(AMS, 2026, 3, 30, 10, 0)
    now = appointment - timedelta(hours=5)
    assert [before(appointment, due) for due in reminders(appointment, AMS, now=now)] == [
        timedelta(hours=2)]
