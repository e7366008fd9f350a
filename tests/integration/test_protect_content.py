"""Details on a client's phone cannot be forwarded or saved: appointment reminders and
check-in questions go out with protect_content (flows/client_messages.py PROTECTED_KEYS,
bot/render.py); what goes to staff does not, so they can pass it on to a colleague."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.clock import FakeClock
from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi, SentMessage
from tests.integration.harness import join_as, new_client, plain, settle
from tests.integration.test_aftercare import plan_aftercare
from tests.integration.test_alerts import URGENT_ARABIZI, is_card
from tests.integration.test_appointments import plan

# The fixture clock starts at Sunday 22 November 2026, 11:00 UTC.


def protected(api: FakeBotApi, message: SentMessage) -> bool:
    """Whether the Bot API call that sent `message` asked for protect_content."""
    sends = [c.params for c in api.calls if c.status == 200 and c.method == "sendMessage"
             and c.params.get("chat_id") == message.chat_id
             and c.params.get("text") == message.raw_text]
    assert sends, f"no sendMessage call for {message.body!r}"
    flags = {c.get("protect_content") in (True, "true") for c in sends}
    assert len(flags) == 1, "the same text sent both protected and not"
    return flags.pop()


async def test_an_appointment_reminder_reaches_the_client_protected(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 9101, "Karim", "en")
    client = await new_client(api, manager, "Said", 9102, "🇫🇷 Français", "🇳🇱")
    mark = client.mark()
    await plan(manager, "Said", "🩺", when="morgen 14:30")
    told = await client.wait_reply(lambda m: "Consulaat" in plain(m.body), after=mark)
    assert protected(api, told), "the new appointment, with its place"
    mark = client.mark()
    clock.set(datetime(2026, 11, 22, 13, 30, tzinfo=UTC))  # 24 h before
    reminder = await client.wait_reply(lambda m: len(m.button_texts()) == 3, after=mark)
    assert "14:30" in plain(reminder.body)
    assert protected(api, reminder)


async def test_check_in_questions_reach_the_client_protected(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 9201, "Karim", "en")
    client = await new_client(api, manager, "Yassine", 9202, "🇫🇷 Français", "🇳🇱")
    await plan_aftercare(manager, "Yassine")
    mark = client.mark()
    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))  # day 3, 12:00 in Casablanca
    question = await client.wait_reply(lambda m: len(m.button_texts()) == 4, after=mark)
    assert protected(api, question), "how are you: the first question"
    mark = client.mark()
    await client.tap(question.button_texts()[0], question)
    domain = await client.wait_reply(lambda m: len(m.button_texts()) == 3, after=mark)
    assert protected(api, domain), "a domain's question (health, housing...)"


async def test_messages_to_staff_are_not_protected(
    api: FakeBotApi, runtime: Runtime
) -> None:
    """A casemanager may forward an alert card or a client's words to a colleague."""
    manager = await join_as(api, runtime, "casemanager", 9301, "Karim", "en")
    client = await new_client(api, manager, "Youssef", 9302)
    mark = manager.mark()
    await client.send("chokran bzaf")
    forward = await manager.wait_reply(lambda m: "chokran bzaf" in plain(m.body), after=mark)
    mark = manager.mark()
    await client.send(URGENT_ARABIZI)
    card = await manager.wait_reply(is_card, after=mark)
    await settle(api, runtime)
    assert not protected(api, card)
    assert not protected(api, forward)
