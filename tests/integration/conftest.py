from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator

import pytest

from bot.clock import FakeClock
from bot.config import Settings
from bot.runtime import Runtime


@pytest.fixture
async def runtime(settings: Settings, clock: FakeClock) -> AsyncIterator[Runtime]:
    running = Runtime(settings, clock=clock)
    await running.start()
    yield running
    await running.stop()


# Codes that must never reach a person: categories, check-in domains and statuses are shown
# as words from locales/ (tests/integration/test_casework.py shows where each one appears).
# Codes that are also plain words ("medical", "police") are left to those tests.
RAW_CODES = re.compile(
    r"\b(self_harm|no_shelter|no_money_food|asks_contact|feels_bad|no_answer|lost_contact|"
    r"appointment_cant|asked_help|checkin_[a-z]+|wrongly_flagged)\b")


@pytest.fixture(autouse=True)
def no_raw_codes_reach_anyone(request: pytest.FixtureRequest) -> Iterator[None]:
    """After every integration test: no message the bot sent (as edited last) shows a raw
    code such as `feels_bad` or `checkin_income`."""
    api = request.getfixturevalue("api") if "api" in request.fixturenames else None
    yield
    if api is None:
        return
    for chat_id in list(api.state.chats):
        for message in api.messages(chat_id):
            shown = RAW_CODES.findall(message.body or "")
            assert not shown, f"raw code {shown} in a message to {chat_id}: {message.body!r}"
