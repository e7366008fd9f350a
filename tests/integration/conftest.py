from __future__ import annotations

from collections.abc import AsyncIterator

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
