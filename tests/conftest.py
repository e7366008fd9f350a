"""Shared fixtures: a fake Bot API on 127.0.0.1, a frozen clock, the real bot against them."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.config import Settings
from tests.backends import (
    database_url,
    drop_session_database,
    make_session_database,
    on_postgresql,
)
from tests.fakebotapi import FakeBotApi

TEAM_CHAT = -1001
TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"
LOOPBACK = ("::1", "localhost")


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests never reach the internet: only loopback connections are allowed."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        local = isinstance(host, str) and (host.startswith("127.") or host in LOOPBACK)
        if not local and self.family in (socket.AF_INET, socket.AF_INET6):
            raise RuntimeError(f"test tried to reach {host}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi(token=TOKEN)
    server.group(TEAM_CHAT, "Casemanagers")
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 22, 11, 0, tzinfo=UTC))


def make_settings(api: FakeBotApi, data_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = dict(
        token=api.token, api_base_url=api.api_url, api_file_url=api.file_url,
        data_dir=data_dir, team_chat_id=TEAM_CHAT, timezone="Europe/Amsterdam",
        poll_timeout=2, request_timeout=2.0, retry_base=0.05,
        rate_per_chat=50.0, database_url=database_url(data_dir),
    )
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def settings(api: FakeBotApi, tmp_path: Path) -> Settings:
    return make_settings(api, tmp_path / "data")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite's file itself (its pages,"
                            " WAL, locks, migrations before 0015): not run on PostgreSQL")
    if on_postgresql():
        make_session_database()


def pytest_unconfigure(config: pytest.Config) -> None:
    if on_postgresql():
        drop_session_database()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL the SQLite-only tests are deselected (listed as such), not skipped."""
    if not on_postgresql():
        return
    keep = [item for item in items if item.get_closest_marker("sqlite_only") is None]
    gone = [item for item in items if item.get_closest_marker("sqlite_only") is not None]
    if gone:
        config.hook.pytest_deselected(items=gone)
        items[:] = keep
