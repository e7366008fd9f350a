"""A year of data shaped like the organisation's 2024 report, written through the storage
API: for the factsheet's tests, docs/factsheet.png and the sandbox's demo data.

`await seed_year(tx, year=2024)` writes, for `year` (in `timezone`):
- 176 clients registered in the year (the first at 00:30 on 1 January local time, which is
  still the year before in UTC): nationality MA 128, DZ 35 (3, 3, 10 and 19 registered in
  Q1-Q4: +90 % from Q3 to Q4), TN 4, other 9; ages (year minus year of birth) 17 (1), 18 (2),
  19 (3), 20-30 (88: half), 31-40 (50, two of them only known as the band 26-40), 41-50
  (22), 51-59 (9) and 60 (1); asylum history no 84, yes 84, unknown 8; a European residence
  document 9 (no 167); a complex medical background 150 of 176 (addiction 110, psychiatric
  70, acquired brain injury 12; the others none). Each has one contact-log row in the
  quarter they registered in;
- three clients registered the year before: two with a log row in January (active in the
  year), one closed in December before (not active); and one registered at 00:30 on
  1 January of the next year (not in the year);
- outcomes: voluntary return 5 (3 with aftercare), onward travel 30, residence obtained 1,
  in a procedure 3, specialised care 18, handed over to COA 8, person-centred approach 11,
  warm handover to the return service 2, forced removal 1; one more the year before;
- street contacts: STREET_MONTHS per month (419), shift "avond" on every third, "ochtend"
  on every fifth of the others, plus one undone;
- 24 alerts, 22 claimed after 5, 10, ... minutes (median 57.5), 2 unclaimed;
- check-ins: 12 answered, 3 missed; appointments: 20 in the year, 12 answered "come" and
  kept, 2 answered "come" but cancelled, 3 "cant", 3 without an answer.
Returns the ids of the 176 clients of the year, in order of registration."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta

from flows.model import Profile
from flows.time.zones import zone
from storage import LogEntry, Tx

__all__ = ["STREET_MONTHS", "seed_year"]

_Local = Callable[..., datetime]
_Client = Callable[[str, datetime], Awaitable[int]]
_Logged = Callable[[int, datetime], Awaitable[None]]

STREET_MONTHS = (30, 28, 35, 32, 40, 38, 45, 44, 36, 33, 55, 3)
_DZ_BY_QUARTER = (3, 3, 10, 19)
_OUTCOMES = (("voluntary_return", 5), ("onward_travel", 30), ("residence_obtained", 1),
             ("in_procedure", 3), ("specialised_care", 18), ("coa_handover", 8),
             ("pga_registered", 11), ("return_service_handover", 2), ("forced_removal", 1))


def _ages() -> list[int | None]:
    """Ages of the 176, None for the two known only by their band."""
    twenties = [20 + i % 11 for i in range(88)]
    thirties: list[int | None] = [None, None, *(31 + i % 10 for i in range(48))]
    return [17, 18, 18, 19, 19, 19, *twenties, *thirties,
            *(41 + i % 10 for i in range(22)), *(51 + i % 9 for i in range(9)), 60]


def _nationalities() -> list[tuple[str, int]]:
    """(nationality, quarter) of the 176."""
    others = ["MA"] * 128 + ["TN"] * 4 + ["other"] * 9
    found = [(code, i % 4 + 1) for i, code in enumerate(others)]
    for quarter, count in enumerate(_DZ_BY_QUARTER, start=1):
        found += [("DZ", quarter)] * count
    return found


async def seed_year(tx: Tx, *, year: int = 2024, timezone: str = "Europe/Amsterdam",
                    casemanager_id: int | None = None, fieldworker_id: int | None = None
                    ) -> list[int]:
    tz = zone(timezone)

    def local(day: date, hour: int = 10, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz).astimezone(UTC)

    now = local(date(year, 1, 1))
    if casemanager_id is None:
        casemanager_id = (await tx.create_person(role="casemanager", alias="Demo casemanager",
                                                 timezone=timezone, now=now)).id
    if fieldworker_id is None:
        fieldworker_id = (await tx.create_person(role="fieldworker", alias="Demo fieldworker",
                                                 timezone=timezone, now=now)).id

    async def client(alias: str, at: datetime) -> int:
        person = await tx.create_person(role="client", alias=alias, timezone=timezone, now=at,
                                        casemanager_id=casemanager_id, language="ary")
        return person.id

    async def logged(person_id: int, at: datetime) -> None:
        await tx.log(LogEntry(at=at, actor_role="client", direction="in", kind="message",
                              actor_id=person_id, person_id=person_id))

    ids: list[int] = []
    answered = 0  # asylum history: the known answers alternate no, yes
    for index, ((nationality, quarter), age) in enumerate(
            zip(_nationalities(), _ages(), strict=True)):
        day = date(year, 3 * quarter - 2, 1) + timedelta(days=index % 80)
        at = local(date(year, 1, 1), 0, 30) if index == 0 else local(day)
        person_id = await client(f"demo-{year}-{index + 1:03d}", at)
        ids.append(person_id)
        await logged(person_id, at + timedelta(days=1))
        medical: tuple[str, ...] = tuple(
            kind for kind, chosen in (("addiction", index < 110),
                                      ("psychiatric", 80 <= index < 150),
                                      ("brain_injury", 138 <= index < 150)) if chosen)
        profile = Profile(
            person_id=person_id, nationality=nationality,
            birth_year=None if age is None else year - age,
            age_band="26-40" if age is None else None,
            asylum_nl=None if index % 22 == 21 else answered % 2 == 1,
            eu_document=index % 20 == 3, medical=medical)
        answered += profile.asylum_nl is not None
        await tx.save_profile(profile, at, casemanager_id)
    await _others(tx, year, local, client, logged)
    await _outcomes(tx, ids, year, local, casemanager_id)
    await _bot_figures(tx, ids, year, local, casemanager_id, fieldworker_id)
    return ids


async def _others(tx: Tx, year: int, local: _Local, client: _Client, logged: _Logged) -> None:
    """Clients of the year before (two active in January, one closed) and of the next."""
    for n in range(3):
        person_id = await client(f"demo-{year - 1}-{n + 1}", local(date(year - 1, 11, 10 + n)))
        await tx.save_profile(Profile(person_id=person_id, nationality="MA"),
                              local(date(year - 1, 11, 10)), None)
        await logged(person_id, local(date(year, 1, 15)))
        if n == 2:
            await tx.close_case(person_id, local(date(year - 1, 12, 20)), "demo")
        else:
            await tx.add_outcome(person_id=person_id, kind="onward_travel",
                                 on=date(year - 1, 12, 1), country="FR", aftercare=None,
                                 now=local(date(year - 1, 12, 1)), by=None)
    await client(f"demo-{year + 1}-1", local(date(year + 1, 1, 1), 0, 30))


async def _outcomes(tx: Tx, ids: list[int], year: int, local: _Local,
                    casemanager_id: int) -> None:
    people = iter(ids[20:])
    for kind, count in _OUTCOMES:
        for n in range(count):
            person_id = next(people)
            on = date(year, 1 + (n * 5 + len(kind)) % 12, 28)
            aftercare = (n < 3) if kind == "voluntary_return" else None
            await tx.add_outcome(person_id=person_id, kind=kind, on=on,
                                 country="MA" if kind == "voluntary_return" else None,
                                 aftercare=aftercare, now=local(on), by=casemanager_id)
            await tx.log(LogEntry(at=local(on), actor_role="casemanager",
                                  direction="internal", kind="outcome",
                                  actor_id=casemanager_id, person_id=person_id, text=kind))


async def _bot_figures(tx: Tx, ids: list[int], year: int, local: _Local,
                       casemanager_id: int, fieldworker_id: int) -> None:
    street = []
    for n in range(60):
        street.append(await tx.create_street_person(
            code=f"D{year % 100}{n:03d}", alias=None, now=local(date(year, 1, 2)),
            created_by=fieldworker_id))
    count = 0
    for month, contacts in enumerate(STREET_MONTHS, start=1):
        for n in range(contacts):
            at = local(date(year, month, 1 + n % 28), 21)
            shift = "avond" if count % 3 == 0 else "ochtend" if count % 5 == 0 else None
            await tx.save_street_contact(
                street_person_id=street[count % 60], fieldworker_id=fieldworker_id, at=at,
                now=at, place_id=None, latitude=None, longitude=None, needs=(), note=None,
                note_kind=None, followup=False, shift=shift)
            count += 1
    undone = await tx.save_street_contact(
        street_person_id=street[0], fieldworker_id=fieldworker_id, at=at, now=at,
        place_id=None, latitude=None, longitude=None, needs=(), note=None, note_kind=None,
        followup=False, shift=None)
    await tx.undo_street_contact(undone, at + timedelta(minutes=1))
    for n in range(24):
        created = local(date(year, 1 + n % 12, 10))
        alert = await tx.create_alert(client_id=ids[n], casemanager_id=casemanager_id,
                                      source="message", categories=("health",),
                                      severity="normal", terms=(), now=created)
        if n < 22:
            await tx.update_alert(alert, status="claimed", claimed_by=casemanager_id,
                                  claimed_at=created + timedelta(minutes=5 * (n + 1)))
    for returnee in ids[20:23]:
        plan = await tx.create_plan(client_id=returnee, return_date=f"{year}-06-01",
                                    country="MA", local_hour=10, days=(1, 7, 14, 30, 60),
                                    now=local(date(year, 6, 1)), created_by=casemanager_id)
        for day in (1, 7, 14, 30, 60):
            due = local(date(year, 6, 1) + timedelta(days=day))
            checkin = await tx.add_checkin(plan, returnee, day, due)
            if day == 60:
                await tx.update_checkin(checkin, status="missed", sent_at=due)
            else:
                await tx.update_checkin(checkin, status="answered", sent_at=due,
                                        answered_at=due + timedelta(hours=2))
    for n in range(20):
        starts = local(date(year, 1 + n % 12, 15), 14)
        appointment = await tx.create_appointment(
            client_id=ids[40 + n], casemanager_id=casemanager_id, kind="doctor",
            starts_at=starts, timezone="Europe/Amsterdam", reminders=(60,), place=None,
            note=None, now=starts - timedelta(days=7))
        answer = "come" if n < 14 else "cant" if n < 17 else None
        fields: dict[str, object] = {"answer": answer} if answer else {}
        if answer:
            fields["answered_at"] = starts - timedelta(hours=1)
        if n in (12, 13):
            fields["status"] = "cancelled"
        if fields:
            await tx.update_appointment(appointment, **fields)
