"""Aftercare check-ins with returnees: the plan, the conversation, trends, no one lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.clock import FakeClock
from bot.config import Settings
from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import export_csv, join_as, new_client, plain, settle

ROOT = Path(__file__).resolve().parents[2]
# The fixture clock starts at Sunday 22 November 2026, 11:00 UTC.
HEALTH_GOOD, HEALTH_BAD = "🟩", "🟥"


def is_card(message: SentMessage) -> bool:
    return any(t.startswith("✋") for t in message.button_texts())


async def plan_aftercare(manager: FakeUser, alias: str, days: str | None = None) -> None:
    await manager.send(f"/aftercare {alias}")
    await manager.wait_reply(lambda m: "return" in plain(m.body))
    await manager.tap("📆 Today")
    await manager.wait_reply(lambda m: "live now" in plain(m.body))
    await manager.tap("🇲🇦")
    await manager.wait_reply(lambda m: "local time" in plain(m.body))
    await manager.tap("🕐 12:00")
    await manager.wait_reply(lambda m: "which days" in plain(m.body))
    mark = manager.mark()
    if days is None:
        await manager.tap("✅ Days")
    else:
        await manager.send(days)
    await manager.wait_reply(lambda m: "planned" in plain(m.body), after=mark)


async def answer_all(client: FakeUser, mood: int, levels: list[int], after: int,
                     other: str | None = None) -> None:
    """Tap through one check-in: mood (0-3), five domains (0-2), then text or skip."""
    question = await client.wait_reply(lambda m: len(m.button_texts()) == 4, after=after)
    mark = client.mark()
    await client.tap(question.button_texts()[3 - mood], question)
    for level in levels:
        asked = await client.wait_reply(lambda m: len(m.button_texts()) == 3, after=mark)
        mark = client.mark()
        await client.tap(asked.button_texts()[2 - level], asked)
    skip = await client.wait_reply(lambda m: len(m.button_texts()) == 1, after=mark)
    mark = client.mark()
    if other is None:
        await client.tap(skip.button_texts()[0], skip)
    else:
        await client.send(other)
    await client.wait_reply(lambda m: not m.button_texts(), after=mark)


async def test_full_plan_answers_trends_and_escalations(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 3101, "Karim", "en")
    client = await new_client(api, manager, "Yassine", 3102, "🇫🇷 Français", "🇳🇱")
    await plan_aftercare(manager, "Yassine")

    # day 3: 25 Nov 12:00 in Casablanca
    clock.set(datetime(2026, 11, 25, 11, 59, tzinfo=UTC))
    await settle(api, runtime)
    assert not [m for m in client.replies() if len(m.button_texts()) == 4]
    mark = client.mark()
    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    taps = len(api.callback_answers)
    await answer_all(client, 3, [2, 2, 2, 2, 2], after=mark)
    await api.wait_for(lambda: len(api.callback_answers) == taps + 7)
    assert len(api.callback_answers) - taps <= 8, "no more than about 8 taps"
    await settle(api, runtime)
    assert not [m for m in manager.replies() if is_card(m)], "all good: no alert"

    # day 7: health drops two levels and housing is at its worst: one alert, answers attached
    mark = manager.mark()
    client_mark = client.mark()
    clock.set(datetime(2026, 11, 29, 12, 0, tzinfo=UTC))
    await answer_all(client, 2, [0, 0, 2, 2, 2], after=client_mark)
    card = await manager.wait_reply(is_card, after=mark)
    assert "Yassine" in plain(card.body) and "🩺" in plain(card.body)

    mark = manager.mark()
    await manager.send("/client Yassine")
    view = plain((await manager.wait_reply(lambda m: "👤" in plain(m.body), after=mark)).body)
    assert f"Health: {HEALTH_GOOD}{HEALTH_BAD} ⚠️ worse" in view
    assert "2 answered" in view and "🚨" in view

    # day 14: "I need help" is urgent and goes to the team chat too
    await manager.tap("✋ Claim", card)
    await manager.tap("✅ Resolve", card)
    await manager.wait_reply(lambda m: "resolved" in plain(m.body))
    client_mark = client.mark()
    clock.set(datetime(2026, 12, 6, 12, 0, tzinfo=UTC))
    question = await client.wait_reply(lambda m: len(m.button_texts()) == 4, after=client_mark)
    team = api.group(-1001)
    mark = team.mark()
    await client.tap(question.button_texts()[3], question)
    urgent = await team.wait_reply(is_card, after=mark)
    assert "URGENT" in plain(urgent.body)


async def test_no_answer_reminders_then_lost_contact(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 3111, "Karim", "en")
    client = await new_client(api, manager, "Amine", 3112, "🇫🇷 Français", "🇳🇱")
    await plan_aftercare(manager, "Amine", days="3, 30")
    sent = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    clock.set(sent)
    await client.wait_reply(lambda m: len(m.button_texts()) == 4, after=0)
    for hours in (24, 72):
        mark = client.mark()
        clock.set(sent + timedelta(hours=hours))
        reminder = await client.wait_reply(after=mark)
        assert reminder.button_texts() == ["▶️ Answer"] or len(reminder.button_texts()) == 1
    mark = manager.mark()
    clock.set(sent + timedelta(hours=96))
    lost = await manager.wait_reply(is_card, after=mark)
    assert "lost contact" in plain(lost.body)
    # a late answer is still taken until the next check-in is due
    mark = client.mark()
    await client.tap("▶️")
    await client.wait_reply(lambda m: len(m.button_texts()) == 4, after=mark)


async def test_blocked_bot_raises_lost_contact_at_once(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 3121, "Karim", "en")
    client = await new_client(api, manager, "Ilyas", 3122, "🇫🇷 Français", "🇳🇱")
    await plan_aftercare(manager, "Ilyas")
    api.block(client.id)
    mark = manager.mark()
    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    told = await manager.wait_reply(lambda m: "Ilyas" in plain(m.body), after=mark)
    assert "unreachable" in plain(told.body) and is_card(told)


async def test_pause_resume_and_voice_question(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 3131, "Karim", "en")
    client = await new_client(api, manager, "Bilal", 3132, "🇫🇷 Français", "🇳🇱")
    await plan_aftercare(manager, "Bilal", days="3, 7")
    await manager.send("/voice")
    await manager.wait_reply(lambda m: "Which question" in plain(m.body))
    await manager.tap("😀")
    await manager.wait_reply(lambda m: "language" in plain(m.body))
    await manager.tap("🇫🇷 Français")
    await manager.wait_reply(lambda m: "voice note now" in plain(m.body))
    mark = manager.mark()
    await manager.send_voice()
    await manager.wait_reply(lambda m: "Saved" in plain(m.body), after=mark)

    await manager.send("/aftercare Bilal")
    await manager.wait_reply(lambda m: "Aftercare for Bilal" in plain(m.body))
    await manager.tap("⏸ Pause")
    await manager.wait_reply(lambda m: "paused" in plain(m.body))
    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    await manager.send("/aftercare Bilal")
    plan = await manager.wait_reply(lambda m: "Aftercare for Bilal" in plain(m.body))
    assert "paused" in plain(plan.body)
    assert not [m for m in client.replies() if len(m.button_texts()) == 4]
    await manager.tap("▶️ Resume", plan)
    await manager.wait_reply(lambda m: "on again" in plain(m.body))
    mark = client.mark()
    clock.set(datetime(2026, 11, 29, 12, 0, tzinfo=UTC))
    await client.wait_reply(lambda m: len(m.button_texts()) == 4, after=mark)
    voices = [m for m in client.replies()[mark:] if m.kind == "voice"]
    assert len(voices) == 1, "the recorded question goes with the question"


async def test_restart_during_a_plan_loses_and_repeats_nothing(
    api: FakeBotApi, settings: Settings, clock: FakeClock
) -> None:
    runtime = Runtime(settings, clock=clock)
    await runtime.start()
    manager = await join_as(api, runtime, "casemanager", 3141, "Karim", "en")
    client = await new_client(api, manager, "Tarik", 3142, "🇫🇷 Français", "🇳🇱")
    await plan_aftercare(manager, "Tarik", days="3, 7")
    await runtime.stop()
    clock.set(datetime(2026, 11, 25, 15, 0, tzinfo=UTC))  # the day-3 check-in fell due while down
    for _ in range(2):
        runtime = Runtime(settings, clock=clock)
        await runtime.start()
        await client.wait_reply(lambda m: len(m.button_texts()) == 4, after=0)
        await runtime.stop()
    assert len([m for m in client.replies() if len(m.button_texts()) == 4]) == 1

    rows = await export_csv(settings.data_dir, "checkins")
    assert [(r["record"], r["day"], r["status"], r["due_utc"][:13]) for r in rows] == [
        ("checkin", "3", "sent", "2026-11-25T12"), ("checkin", "7", "scheduled", "2026-11-29T12")]
