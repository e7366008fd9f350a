"""The sandbox clock moves as if the time had passed with the bot running: every timer and
scheduled message on the way, in order, each at its own time; the page says what is next."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from fakebotapi import FakeUser, SentMessage
from flows.time.zones import zone
from sandbox import Sandbox, SandboxClock
from storage import LogEntry
from tests.integration.harness import plain
from tests.integration.test_sandbox import get, post

KARIM, YOUSSEF = 7002, 7101
# Sunday 22 November 2026, 11:00 UTC: 12:00 in Amsterdam
START = datetime(2026, 11, 22, 11, 0, tzinfo=UTC)
APPOINTMENT = datetime(2026, 11, 23, 14, 30, tzinfo=zone("Africa/Casablanca")).astimezone(UTC)
FIRST_REMINDER = APPOINTMENT - timedelta(hours=24)
SECOND_REMINDER = APPOINTMENT - timedelta(hours=2)
NO_ANSWER_CHECK = APPOINTMENT - timedelta(hours=1)
DIGESTS = [datetime(2026, 11, day, 7, 0, tzinfo=UTC) for day in range(23, 30)]  # 08:00 local
CLOCK_STEP_TIMEOUT = 30.0


def starting_at(start: datetime) -> Callable[[], datetime]:
    """Real time, as if it had been `start` when the test began (seconds pass as usual)."""
    began = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - began)


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Sandbox]:
    running = Sandbox(tmp_path / "sandbox-data", clock=SandboxClock(starting_at(START)))
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    timeout = aiohttp.ClientTimeout(total=2 * CLOCK_STEP_TIMEOUT)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        yield session


async def say(user: FakeUser, text: str, then: Callable[[SentMessage], bool]) -> SentMessage:
    mark = user.mark()
    await user.send(text)
    return await user.wait_reply(then, after=mark, timeout=10)


async def tap(user: FakeUser, label: str, then: Callable[[SentMessage], bool]) -> None:
    """Tap a button of the newest message with buttons; wait until the newest message (a new
    one, or that one edited in place) is `then`."""
    await user.tap(label)
    await user.state.wait_for(lambda: then(user.last_reply()), timeout=10)


def says(words: str) -> Callable[[SentMessage], bool]:
    """The message's text or one of its buttons has `words`."""
    return lambda message: words in "\n".join([plain(message.body), *message.button_texts()])


async def plan_for_youssef(karim: FakeUser) -> None:
    """Karim: a doctor's appointment for Youssef, tomorrow 14:30 his time."""
    await say(karim, "/appointment", says("For which client"))
    await tap(karim, "👤 Youssef", says("What kind"))
    await tap(karim, "🩺", says("Which day"))
    await say(karim, "morgen 14:30", says("Where"))
    await say(karim, "Cabinet médical, Bd Zerktouni", says("note"))
    await tap(karim, "⏭", says("Reminders"))
    await tap(karim, "✅ Save", says("Saved"))


async def move(sandbox: Sandbox, http: aiohttp.ClientSession, step: str) -> dict[str, Any]:
    moved: dict[str, Any] = await post(http, f"{sandbox.url}api/clock", step=step)
    return moved


def reminders(user: FakeUser) -> list[SentMessage]:
    return [m for m in user.replies() if len(m.button_texts()) == 3]


def shown_at(sandbox: Sandbox, chat_id: int, message: SentMessage) -> datetime:
    """The time the page shows beside a message: the bot's clock when it arrived."""
    return datetime.fromisoformat(sandbox.seen_at[(chat_id, message.message_id)])


async def contact_log(sandbox: Sandbox) -> list[LogEntry]:
    assert sandbox.runtime.deps is not None
    async with sandbox.runtime.deps.db.tx() as tx:
        return [entry async for entry in tx.iter_log(None)]


def happened(moved: dict[str, Any], what: str, kind: str) -> list[datetime]:
    return [datetime.fromisoformat(due["at"]) for due in moved["happened"]
            if due["what"] == what and due["kind"] == kind]


async def test_a_day_later_the_reminder_went_out_at_its_time_not_missed(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    karim, youssef = sandbox.users[KARIM], sandbox.users[YOUSSEF]
    await plan_for_youssef(karim)
    state = await get(http, sandbox.url + "api/state")
    assert state["next"]["kind"] == "appointment-reminder"
    assert state["next"]["label"] == "appointment reminder"
    assert datetime.fromisoformat(state["next"]["at"]) == FIRST_REMINDER

    moved = await move(sandbox, http, "day")
    assert happened(moved, "message", "appointment-reminder") == [FIRST_REMINDER]
    assert happened(moved, "timer", "street-digest") == [DIGESTS[0]]
    moments = [due["at"] for due in moved["happened"]]
    assert moments == sorted(moments), "in order"
    [first] = reminders(youssef)
    assert shown_at(sandbox, YOUSSEF, first) == FIRST_REMINDER, "sent as at its due time"
    assert "14:30" in plain(first.body)
    assert datetime.fromisoformat(moved["next"]["at"]) == SECOND_REMINDER
    assert datetime.fromisoformat(moved["now"]) - START >= timedelta(days=1)

    moved = await move(sandbox, http, "hour")  # Monday 12:00 UTC: not yet
    assert moved["happened"] == [] and len(reminders(youssef)) == 1
    moved = await move(sandbox, http, "hour")
    assert happened(moved, "message", "appointment-reminder") == [SECOND_REMINDER]
    second = reminders(youssef)[-1]
    assert second.message_id != first.message_id
    assert shown_at(sandbox, YOUSSEF, second) == SECOND_REMINDER
    assert moved["next"]["kind"] == "appt-noanswer"
    assert moved["next"]["label"] == "appointment no-answer check"

    mark = karim.mark()
    moved = await move(sandbox, http, "day")
    assert happened(moved, "timer", "appt-noanswer") == [NO_ANSWER_CHECK]
    card = next(m for m in karim.chat.sent_log[mark:] if "no answer" in plain(m.body))
    assert shown_at(sandbox, KARIM, card) == NO_ANSWER_CHECK, "the flow's now: its due time"
    assert not any("could not go out" in plain(m.body) for m in karim.replies())
    log = await contact_log(sandbox)
    assert not [e for e in log if e.kind.startswith(("missed:", "skipped:"))]
    sent = [e.at for e in log if e.kind == "message:appointment-reminder"]
    assert sent == [FIRST_REMINDER, SECOND_REMINDER]
    assert sandbox.runtime.deps is not None
    async with sandbox.runtime.deps.db.tx() as tx:
        client = await tx.person_by_telegram(YOUSSEF)
        assert client is not None  # (the demo year has appointments of its own)
        [appt] = [a for a in await tx.all_appointments() if a.client_id == client.id]
        assert [s for _, s in await tx.reminders_of(f"appt:{appt.id}")] == ["sent", "sent"]


async def register_street_contact(sandbox: Sandbox, http: aiohttp.ClientSession) -> None:
    """Karim's 📍 keyboard button at Utrecht Centraal, then the fewest taps to save."""
    karim = sandbox.users[KARIM]
    await sandbox.api.wait_for(lambda: karim.keyboard_button("📍 Contact here") is not None,
                               timeout=10)
    mark = karim.mark()
    await post(http, f"{sandbox.url}api/chats/{KARIM}/press", user=KARIM,
               text="📍 Contact here", latitude="52.0894", longitude="5.1101")
    await karim.wait_reply(says("Who is it?"), after=mark, timeout=10)
    await tap(karim, "🆕 New person", says("Nationality"))
    await tap(karim, "❔ Unknown", says("Needs?"))
    await tap(karim, "🚫 No needs", says("✅ No needs"))
    await tap(karim, "✅ Done", says("Check and save"))
    await tap(karim, "💾 Save · 🚫", says("Saved"))


async def test_a_week_later_each_daily_digest_fired_and_stale_reminders_were_withdrawn(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    karim, youssef = sandbox.users[KARIM], sandbox.users[YOUSSEF]
    await register_street_contact(sandbox, http)
    await plan_for_youssef(karim)
    mark = karim.mark()

    moved = await move(sandbox, http, "week")
    assert happened(moved, "timer", "street-digest") == DIGESTS, "once per day, in order"
    assert happened(moved, "skipped", "appointment-reminder") == [
        FIRST_REMINDER, SECOND_REMINDER], "the appointment is over when the jump ends"
    assert happened(moved, "message", "appointment-reminder") == []
    assert happened(moved, "timer", "appt-noanswer") == [NO_ANSWER_CHECK]
    moments = [due["at"] for due in moved["happened"]]
    assert moments == sorted(moments)

    digests = [m for m in karim.chat.sent_log[mark:] if "Street contacts" in plain(m.body)]
    assert len(digests) == 1, "only the first day had a new street contact"
    assert shown_at(sandbox, KARIM, digests[0]) == DIGESTS[0]
    assert reminders(youssef) == [], "no reminder after its appointment"
    assert not any("could not go out" in plain(m.body) for m in karim.replies())
    log = await contact_log(sandbox)
    assert [e.at for e in log if e.kind == "street-digest-sent"] == DIGESTS[:1]
    assert [e.at for e in log if e.kind == "skipped:appointment-reminder"] == [
        FIRST_REMINDER, SECOND_REMINDER]
    assert not [e for e in log if e.kind.startswith("missed:")]
    # the unanswered appointment's alert is re-escalated daily while nobody claims it
    daily = [NO_ANSWER_CHECK + timedelta(days=days) for days in range(1, 7)]
    assert happened(moved, "timer", "alert-escalate") == daily[:-1]
    assert moved["next"]["label"] == "alert escalation"
    assert datetime.fromisoformat(moved["next"]["at"]) == daily[-1]
