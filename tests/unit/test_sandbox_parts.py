"""The sandbox's clock, reply buttons, its data folder rules, and `make run` choosing bot or
sandbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import bot.start
from fakebotapi import ReplyButton
from sandbox import SandboxClock, SandboxError, prepare_data_dir
from sandbox.run import MARKER
from sandbox.timetravel import label_of

REAL = datetime(2026, 11, 22, 11, 0, tzinfo=UTC)


def test_the_clock_follows_real_time_and_jumps_forward_waking_listeners() -> None:
    real = [REAL]
    clock = SandboxClock(lambda: real[0])
    woken: list[datetime] = []
    clock.on_change(lambda: woken.append(clock.now()))
    real[0] += timedelta(seconds=5)
    assert clock.now() == REAL + timedelta(seconds=5)
    assert clock.advance(timedelta(days=1)) == REAL + timedelta(days=1, seconds=5)
    assert woken == [REAL + timedelta(days=1, seconds=5)]
    with pytest.raises(ValueError):
        clock.advance(timedelta(hours=-1))
    assert clock.now().tzinfo is not None


def test_a_jump_holds_the_clock_at_each_moment_then_it_runs_from_the_end() -> None:
    real = [REAL]
    clock = SandboxClock(lambda: real[0])
    woken: list[datetime] = []
    clock.on_change(lambda: woken.append(clock.now()))
    assert clock.hold() == REAL and clock.held
    real[0] += timedelta(seconds=3)
    assert clock.now() == REAL, "held: the flows see exactly the due moment"
    clock.hold(REAL + timedelta(hours=5))
    with pytest.raises(ValueError):
        clock.hold(REAL + timedelta(hours=1))
    assert clock.release(REAL + timedelta(days=1)) == REAL + timedelta(days=1)
    real[0] += timedelta(seconds=2)
    assert clock.now() == REAL + timedelta(days=1, seconds=2) and not clock.held
    assert woken == [REAL, REAL + timedelta(hours=5), REAL + timedelta(days=1)]
    with pytest.raises(ValueError):
        clock.release(REAL)


def test_reply_buttons_say_what_they_share_and_timers_have_names() -> None:
    assert ReplyButton.of("ja") == ReplyButton("ja")
    assert ReplyButton.of({"text": "📍 Contact here", "request_location": True}).request \
        == "location"
    assert ReplyButton.of({"text": "📞", "request_contact": True}).request == "contact"
    assert ReplyButton.of({"text": "x", "request_location": False}).request is None
    assert label_of("street-digest") == "daily street digest"
    assert label_of("appointment-reminder") == "appointment reminder"


def test_without_data_a_temporary_marked_folder(tmp_path: Path) -> None:
    folder, temporary = prepare_data_dir(None, tmp_path / "production")
    try:
        assert temporary and (folder / MARKER).is_file()
        assert folder != (tmp_path / "production").resolve()
    finally:
        (folder / MARKER).unlink()
        folder.rmdir()


def test_never_the_production_folder_nor_a_foreign_one(tmp_path: Path) -> None:
    production = tmp_path / "data"
    with pytest.raises(SandboxError, match="MELDBOT_DATA"):
        prepare_data_dir(production, production)
    with pytest.raises(SandboxError, match="MELDBOT_DATA"):
        prepare_data_dir(tmp_path / "x" / ".." / "data", production)
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "holiday.jpg").write_bytes(b"")
    with pytest.raises(SandboxError, match="not a sandbox folder"):
        prepare_data_dir(foreign, production)
    assert not production.exists()


def test_a_new_or_earlier_sandbox_folder_is_kept(tmp_path: Path) -> None:
    folder, temporary = prepare_data_dir(tmp_path / "try", tmp_path / "data")
    assert not temporary and (folder / MARKER).is_file()
    (folder / "meldbot.sqlite3").write_bytes(b"")
    again, _ = prepare_data_dir(tmp_path / "try", tmp_path / "data")
    assert again == folder and (folder / "meldbot.sqlite3").exists()


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[list[str]]:
    monkeypatch.chdir(tmp_path)  # no .env here
    calls: list[list[str]] = []
    monkeypatch.setattr(bot.start, "main", lambda argv: calls.append(list(argv)) or 0)
    return calls


def test_make_run_without_token_starts_the_sandbox_and_says_so(
    started: list[list[str]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert bot.start.start() == 0
    assert started == [["sandbox"]]
    said = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN is not set" in said and "sandbox" in said
    assert "@BotFather" in said and "meldbot invite --role admin" in said


def test_make_run_with_a_token_starts_the_real_bot(
    started: list[list[str]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert bot.start.start() == 0
    assert started == [["run"]]
    assert "starting the real bot" in capsys.readouterr().err
