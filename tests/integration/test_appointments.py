"""Appointment reminders arrive on time, in the client's language and zone, never lost."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.clock import FakeClock
from bot.config import Settings
from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import export_csv, join_as, new_client, plain

ROOT = Path(__file__).resolve().parents[2]

# The fixture clock starts at Sunday 22 November 2026, 11:00 UTC (12:00 in Amsterdam).


async def plan(manager: FakeUser, alias: str, kind: str, when: str | None = None,
               day_button: str | None = None, time_button: str | None = None) -> None:
    await manager.send("/appointment")
    await manager.wait_reply(lambda m: "For which client" in plain(m.body))
    await manager.tap(f"👤 {alias}")
    await manager.wait_reply(lambda m: "What kind" in plain(m.body))
    await manager.tap(kind)
    await manager.wait_reply(lambda m: "Which day" in plain(m.body))
    if when is not None:
        mark = manager.mark()
        await manager.send(when)
        await manager.wait_reply(after=mark)
    else:
        assert day_button and time_button
        await manager.tap(day_button)
        await manager.wait_reply(lambda m: "What time" in plain(m.body))
        await manager.tap(time_button)
        await manager.wait_reply(lambda m: "Where" in plain(m.body))
    await manager.send("Consulaat, Graadt van Roggenweg 1")
    await manager.wait_reply(lambda m: "note" in plain(m.body))
    await manager.tap("⏭")
    await manager.wait_reply(lambda m: "Reminders" in plain(m.body))
    mark = manager.mark()
    await manager.tap("✅ Save")
    await manager.wait_reply(lambda m: "Saved" in plain(m.body), after=mark)


async def test_typed_date_both_reminders_and_answers(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 2101, "Karim", "en")
    client = await new_client(api, manager, "Said", 2102, "🇫🇷 Français", "🇳🇱")
    mark = client.mark()
    await plan(manager, "Said", "🩺", when="morgen 14:30")
    told = await client.wait_reply(after=mark)
    assert "14:30" in plain(told.body) and "Consulaat" in plain(told.body)

    clock.set(datetime(2026, 11, 22, 13, 29, tzinfo=UTC))  # 24 h before: not yet
    clock.set(datetime(2026, 11, 22, 13, 30, tzinfo=UTC))
    first = await client.wait_reply(lambda m: len(m.button_texts()) == 3)
    assert "14:30" in plain(first.body)
    mark = manager.mark()
    await client.tap(first.button_texts()[0])
    answer = await manager.wait_reply(lambda m: "Said" in plain(m.body), after=mark)
    assert "will come" in plain(answer.body)

    clock.set(datetime(2026, 11, 23, 11, 30, tzinfo=UTC))  # 2 h before
    second = await client.wait_reply(lambda m: len(m.button_texts()) == 3 and
                                     m.message_id != first.message_id)
    mark = manager.mark()
    await client.tap(second.button_texts()[2], second)
    card = await manager.wait_reply(lambda m: "asks for contact" in plain(m.body), after=mark)
    assert card.button_texts()


async def test_button_date_cant_come_and_no_answer_alert(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 2111, "Karim", "en")
    client = await new_client(api, manager, "Nabil", 2112)  # Darija, Morocco
    await plan(manager, "Nabil", "🏛", day_button="📆 Tue 24 Nov", time_button="🕘 10:00")
    clock.set(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    reminder = await client.wait_reply(lambda m: len(m.button_texts()) == 3, timeout=10)
    assert "10:00" in plain(reminder.body), "10:00 in Casablanca"
    assert any("\u0600" <= ch <= "\u06ff" for ch in plain(reminder.body))
    mark = manager.mark()
    await client.tap(reminder.button_texts()[1])
    await manager.wait_reply(lambda m: "can't come" in plain(m.body), after=mark)

    other = await new_client(api, manager, "Hakim", 2113, "🇫🇷 Français", "🇳🇱")
    await plan(manager, "Hakim", "🩺", when="25-11 16:00")
    clock.set(datetime(2026, 11, 24, 15, 0, tzinfo=UTC))
    await other.wait_reply(lambda m: len(m.button_texts()) == 3)
    mark = manager.mark()
    clock.set(datetime(2026, 11, 25, 14, 0, tzinfo=UTC))  # 1 h before, no answer
    card = await manager.wait_reply(lambda m: "no answer" in plain(m.body), after=mark)
    assert "Hakim" in plain(card.body)


async def test_cancel_and_reschedule_replace_reminders(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 2121, "Karim", "en")
    client = await new_client(api, manager, "Farid", 2122, "🇫🇷 Français", "🇳🇱")
    await plan(manager, "Farid", "🩺", when="26-11 10:00")
    await plan(manager, "Farid", "⚖️", when="27-11 15:00")
    mark = manager.mark()
    await manager.send("/appointments")
    listing = await manager.wait_reply(after=mark)
    assert "#1 Farid" in plain(listing.body) and "#2 Farid" in plain(listing.body)
    mark = client.mark()
    await manager.tap("✖️ Cancel #1", listing)
    await client.wait_reply(lambda m: "Annul" in plain(m.body) or "✖️" in plain(m.body),
                            after=mark)
    await manager.tap("🔁 Move #2", listing)
    await manager.wait_reply(lambda m: "Which day" in plain(m.body))
    mark = client.mark()
    await manager.send("28-11 09:00")
    await manager.wait_reply(lambda m: "Reminders" in plain(m.body))
    await manager.tap("✅ Save")
    moved = await client.wait_reply(lambda m: "🔁" in plain(m.body), after=mark)
    assert "09:00" in plain(moved.body)

    mark = client.mark()
    clock.set(datetime(2026, 11, 28, 7, 59, tzinfo=UTC))  # just before 09:00 in Amsterdam

    def reminders() -> list[SentMessage]:
        return [m for m in client.replies()[mark:] if len(m.button_texts()) == 3]

    await api.wait_for(lambda: len(reminders()) == 2)
    assert all("09:00" in plain(m.body) for m in reminders()), "no stale reminder"
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        first = await tx.reminders_of("appt:1")
        second = await tx.reminders_of("appt:2")
    assert {status for _, status in first} == {"cancelled"}
    statuses = sorted(status.replace("sending", "sent") for _, status in second)
    assert statuses == ["cancelled", "cancelled", "sent", "sent"]


async def test_quiet_hours_move_a_reminder_earlier(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 2131, "Karim", "en")
    client = await new_client(api, manager, "Reda", 2132, "🇫🇷 Français", "🇳🇱")
    await plan(manager, "Reda", "🩺", when="24-11 09:00")  # 2 h before = 07:00, quiet
    mark = client.mark()
    clock.set(datetime(2026, 11, 23, 20, 29, tzinfo=UTC))  # 21:29 Amsterdam
    clock.set(datetime(2026, 11, 23, 20, 30, tzinfo=UTC))  # 21:30 Amsterdam
    reminders = [m for m in client.replies()[mark:] if len(m.button_texts()) == 3]
    await client.wait_reply(lambda m: len(m.button_texts()) == 3, after=mark + len(reminders))
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        rows = await tx.reminders_of("appt:1")
    assert [due.astimezone(UTC).hour for due, _ in rows] == [8, 20]


async def test_client_who_moves_gets_reminders_recomputed(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 2141, "Karim", "en")
    await new_client(api, manager, "Samir", 2142, "🇫🇷 Français", "🇳🇱")
    await plan(manager, "Samir", "✈️", when="25-11 07:30")  # Amsterdam time
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        before = [due for due, status in await tx.reminders_of("appt:1") if status == "pending"]
    await manager.send("/move")
    await manager.wait_reply(lambda m: "moved" in plain(m.body))
    await manager.tap("👤 Samir")
    await manager.wait_reply(lambda m: "live now" in plain(m.body))
    mark = manager.mark()
    await manager.tap("🇲🇦")
    await manager.wait_reply(after=mark)
    async with runtime.deps.db.tx() as tx:
        after = [due for due, status in await tx.reminders_of("appt:1") if status == "pending"]
        person = await tx.person_by_telegram(2142)
    assert person is not None and person.timezone == "Africa/Casablanca"
    # 24 h and 2 h before 06:30 UTC both fall in the quiet hours (22:00-08:00 local), so
    # both move to 21:30 local the evening before: 20:30 UTC in Amsterdam, 21:30 in Casablanca
    assert [(d.day, d.astimezone(UTC).hour) for d in before] == [(23, 20), (24, 20)]
    assert [(d.day, d.astimezone(UTC).hour) for d in after] == [(23, 21), (24, 21)]


async def test_restart_sends_pending_and_reports_overdue(
    api: FakeBotApi, settings: Settings, clock: FakeClock
) -> None:
    runtime = Runtime(settings, clock=clock)
    await runtime.start()
    manager = await join_as(api, runtime, "casemanager", 2151, "Karim", "en")
    client = await new_client(api, manager, "Adil", 2152, "🇫🇷 Français", "🇳🇱")
    await plan(manager, "Adil", "🩺", when="23-11 15:00")
    await plan(manager, "Adil", "🏥", when="25-11 15:00")
    await runtime.stop()
    clock.set(datetime(2026, 11, 24, 15, 0, tzinfo=UTC))  # down past the first appointment
    runtime = Runtime(settings, clock=clock)
    await runtime.start()
    try:
        missed = await manager.wait_reply(lambda m: "could not go out" in plain(m.body),
                                          timeout=10)
        assert "Adil" in plain(missed.body)
        sent = await client.wait_reply(lambda m: len(m.button_texts()) == 3, after=0)
        assert "25" in plain(sent.body)
    finally:
        await runtime.stop()
    reminders = [m for m in client.replies() if len(m.button_texts()) == 3]
    assert len(reminders) == 1, "the overdue ones are not sent late"

    rows = await export_csv(settings.data_dir, "appointments")
    assert [(r["client_alias"], r["local_date"], r["local_time"], r["timezone"], r["utc_time"])
            for r in rows] == [
        ("Adil", "2026-11-23", "15:00", "Europe/Amsterdam", "2026-11-23T14:00:00.000000Z"),
        ("Adil", "2026-11-25", "15:00", "Europe/Amsterdam", "2026-11-25T14:00:00.000000Z")]
    assert rows[0]["reminders"].count("=missed") == 2
    assert "=sent" in rows[1]["reminders"] and "=pending" in rows[1]["reminders"]


async def test_saved_place_sends_a_map_pin_with_each_reminder(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 2161, "Karim", "en")
    client = await new_client(api, manager, "Jamal", 2162, "🇫🇷 Français", "🇳🇱")
    await manager.send("/appointment Jamal")
    await manager.wait_reply(lambda m: "What kind" in plain(m.body))
    await manager.tap("🩺")
    await manager.wait_reply(lambda m: "Which day" in plain(m.body))
    await manager.send("24-11 15:00")
    where = await manager.wait_reply(lambda m: "Where" in plain(m.body))
    await manager.tap("📍 Utrecht Centraal", where)
    await manager.wait_reply(lambda m: "note" in plain(m.body))
    await manager.tap("⏭")
    await manager.wait_reply(lambda m: "Reminders" in plain(m.body))
    mark = manager.mark()
    await manager.tap("✅ Save")
    await manager.wait_reply(lambda m: "Saved" in plain(m.body), after=mark)
    mark = client.mark()
    clock.set(datetime(2026, 11, 23, 14, 0, tzinfo=UTC))
    reminder = await client.wait_reply(lambda m: len(m.button_texts()) == 3, after=mark)
    assert "Utrecht Centraal" in plain(reminder.body)
    pin = await client.wait_reply(lambda m: m.kind == "location", after=mark)
    assert pin.location is not None and round(pin.location[0], 1) == 52.1
