"""Configuration: clear errors that name the setting and never show a secret."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings

TOKEN = "123456789:AAbbCCddEEffGGhhIIjjKKllMMnn_-00"
SECRET = "abc-SECRET-VALUE"


@pytest.fixture(autouse=True)
def _empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No developer's .env file can leak into a test."""
    monkeypatch.chdir(tmp_path)


def test_missing_token_names_the_setting() -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        load_settings({}, require_token=True)
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        load_settings({"TELEGRAM_BOT_TOKEN": "   "}, require_token=True)


def test_token_is_optional_for_commands_that_do_not_talk_to_telegram() -> None:
    assert load_settings({}, require_token=False).token is None


@pytest.mark.parametrize(
    "token",
    [f"123:{SECRET}", "123456", f"abc:{SECRET}xxxxxxxxxxxxx", f"12:{SECRET}xxxxxxxxxxxxx",
     f"123456:{SECRET} with spaces", f"123456:{SECRET}!!!!!!!!!!!!!"],
    ids=["short-secret", "no-colon", "letters-id", "short-id", "spaces", "bad-characters"],
)
def test_malformed_token_is_refused_without_showing_it(token: str) -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN") as caught:
        load_settings({"TELEGRAM_BOT_TOKEN": token}, require_token=False)
    assert SECRET not in str(caught.value)
    assert token.split(":")[-1] not in str(caught.value)


@pytest.mark.parametrize("zone", ["Mars/Olympus", "../../etc/passwd", "europe/amsterdam",
                                  "Europe/", "GMT+25"])
def test_bad_time_zone_names_the_setting(zone: str) -> None:
    with pytest.raises(ConfigError, match="MELDBOT_TZ"):
        load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "MELDBOT_TZ": zone})


@pytest.mark.parametrize("chat", ["team", "@ourgroup", "-100abc", "1.5", "-"])
def test_bad_team_chat_names_the_setting(chat: str) -> None:
    with pytest.raises(ConfigError, match="MELDBOT_TEAM_CHAT"):
        load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "MELDBOT_TEAM_CHAT": chat})


@pytest.mark.parametrize(
    ("name", "value"),
    [("TELEGRAM_API_BASE_URL", "ftp://example.org/bot"),
     ("TELEGRAM_API_BASE_URL", "api.telegram.org"),
     ("TELEGRAM_API_FILE_URL", "file:///etc"),
     ("MELDBOT_RATE_GLOBAL", "0"),
     ("MELDBOT_RATE_GLOBAL", "fast"),
     ("MELDBOT_RATE_PER_CHAT", "-1"),
     ("MELDBOT_LEXICON", "/no/such/folder")],
)
def test_other_bad_settings_name_themselves(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, name: value})


def test_defaults() -> None:
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert settings.token == TOKEN
    assert settings.api_base_url == "https://api.telegram.org/bot"
    assert settings.api_file_url == "https://api.telegram.org/file/bot"
    assert settings.data_dir == Path("data")
    assert settings.database_path == Path("data/meldbot.sqlite3")
    assert settings.key_path == Path("data/secret.key")
    assert settings.team_chat_id is None
    assert settings.timezone == "Europe/Amsterdam"
    assert settings.lexicon_dir is None
    assert (settings.rate_global, settings.rate_per_chat) == (30.0, 1.0)


def test_values_are_parsed_and_the_token_never_shown(tmp_path: Path) -> None:
    settings = load_settings({
        "TELEGRAM_BOT_TOKEN": f" {TOKEN} ", "MELDBOT_TEAM_CHAT": "-1001234567890",
        "MELDBOT_TZ": "Africa/Casablanca", "MELDBOT_DATA": str(tmp_path / "d"),
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot", "MELDBOT_RATE_GLOBAL": "20",
        "MELDBOT_LEXICON": str(tmp_path),
    })
    assert settings.token == TOKEN
    assert settings.team_chat_id == -1001234567890
    assert settings.timezone == "Africa/Casablanca"
    assert settings.data_dir == tmp_path / "d"
    assert settings.api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.rate_global == 20.0
    assert settings.lexicon_dir == tmp_path
    assert TOKEN.split(":")[1] not in repr(settings)


def test_dotenv_file_in_the_working_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        "# meldbot settings\n\n"
        f'TELEGRAM_BOT_TOKEN="{TOKEN}"\n'
        "export MELDBOT_TZ='Europe/Paris'\n"
        "MELDBOT_TEAM_CHAT = -42\n"
        "not a setting line\n",
        encoding="utf-8",
    )
    settings = load_settings({})
    assert (settings.token, settings.timezone, settings.team_chat_id) == (
        TOKEN, "Europe/Paris", -42)


def test_environment_wins_over_dotenv(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("MELDBOT_TZ=Europe/Paris\n", encoding="utf-8")
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "MELDBOT_TZ": "Europe/Brussels"})
    assert settings.timezone == "Europe/Brussels"


# -- the command line -----------------------------------------------------------------------

def run_cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {name: value for name, value in os.environ.items()
             if not name.startswith(("TELEGRAM_", "MELDBOT_"))}
    clean.update(env, MELDBOT_DATA=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], cwd=tmp_path, env=clean,
        capture_output=True, text=True, timeout=60, check=False,
    )


def assert_one_clear_line(result: subprocess.CompletedProcess[str], setting: str) -> None:
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert setting in lines[0]
    assert "Traceback" not in result.stderr


def test_cli_run_with_malformed_token_exits_2_without_leaking_it(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "run", TELEGRAM_BOT_TOKEN=f"123:{SECRET}")
    assert_one_clear_line(result, "TELEGRAM_BOT_TOKEN")
    assert SECRET not in result.stdout + result.stderr
    assert not (tmp_path / "data").exists()  # nothing created before the settings are valid


def test_cli_run_without_token_exits_2(tmp_path: Path) -> None:
    assert_one_clear_line(run_cli(tmp_path, "run"), "TELEGRAM_BOT_TOKEN")


def test_cli_run_with_bad_time_zone_exits_2_without_leaking_the_token(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "run", TELEGRAM_BOT_TOKEN=TOKEN, MELDBOT_TZ="Mars/Olympus")
    assert_one_clear_line(result, "MELDBOT_TZ")
    assert TOKEN.split(":")[1] not in result.stdout + result.stderr
