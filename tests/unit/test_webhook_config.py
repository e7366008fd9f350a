"""Webhook settings: https only (http for localhost), Telegram's ports, a secret Telegram
accepts, derived from the key unless set; errors name the setting, never the value."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import ConfigError, Settings, load_settings
from bot.webhook import derive_secret, webhook_secret
from storage.crypto import new_key, write_key_file

TOKEN = "123456789:AAbbCCddEEffGGhhIIjjKKllMMnn_-00"


@pytest.fixture(autouse=True)
def _empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No developer's .env file can leak into a test."""
    monkeypatch.chdir(tmp_path)


def settings_with(**env: str) -> Settings:
    return load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, **env})


def test_long_polling_is_the_default() -> None:
    settings = settings_with()
    assert settings.webhook_url is None
    assert (settings.webhook_listen, settings.webhook_port) == ("127.0.0.1", 8081)
    assert settings.webhook_secret is None


@pytest.mark.parametrize("url", [
    "https://bot.example.org/meldbot/hook", "https://bot.example.org:8443/x",
    "https://bot.example.org", "http://127.0.0.1:9000/hook", "http://localhost:8081/",
])
def test_accepted_urls(url: str) -> None:
    assert settings_with(MELDBOT_WEBHOOK_URL=url).webhook_url == url


@pytest.mark.parametrize("url", [
    "http://bot.example.org/hook", "ftp://bot.example.org/", "bot.example.org/hook",
    "https://bot.example.org:8080/hook", "https://user:pw@bot.example.org/hook",
    "https://bot.example.org/hook#frag", "https:///hook", "https://bot.example.org:99999/",
    "https://bot.example.org/a b",
], ids=["http", "ftp", "no-scheme", "port", "password", "fragment", "no-host", "bad-port",
        "space"])
def test_bad_urls_name_the_setting_not_the_value(url: str) -> None:
    with pytest.raises(ConfigError, match="MELDBOT_WEBHOOK_URL") as caught:
        settings_with(MELDBOT_WEBHOOK_URL=url)
    assert "bot.example.org" not in str(caught.value)


def test_the_flag_wins_over_the_environment() -> None:
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "MELDBOT_WEBHOOK_URL": "https://a.example.org/x"}
    settings = load_settings(env, webhook_url="https://b.example.org/y")
    assert settings.webhook_url == "https://b.example.org/y"
    with pytest.raises(ConfigError, match="--webhook"):
        load_settings(env, webhook_url="http://b.example.org/y")


@pytest.mark.parametrize(("name", "value"), [
    ("MELDBOT_WEBHOOK_PORT", "0"), ("MELDBOT_WEBHOOK_PORT", "65536"),
    ("MELDBOT_WEBHOOK_PORT", "http"), ("MELDBOT_WEBHOOK_HOST", "127.0.0.1/8"),
    ("MELDBOT_WEBHOOK_SECRET", "short-Secret"), ("MELDBOT_WEBHOOK_SECRET", "x" * 257),
    ("MELDBOT_WEBHOOK_SECRET", "with$dollar-and-more-chars"),
])
def test_bad_values_name_the_setting(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name) as caught:
        settings_with(**{name: value})
    assert value not in str(caught.value)


def test_a_url_on_this_machine_is_served_on_its_own_port() -> None:
    """No proxy between a local Bot API server (or an emulator) and the bot: the URL's port
    is the one to listen on, unless MELDBOT_WEBHOOK_PORT says otherwise; a public URL's port
    is the proxy's, not ours."""
    assert settings_with(MELDBOT_WEBHOOK_URL="http://127.0.0.1:9555/hook").webhook_port == 9555
    assert settings_with(MELDBOT_WEBHOOK_URL="http://localhost:9555/hook",
                         MELDBOT_WEBHOOK_PORT="9001").webhook_port == 9001
    assert settings_with(MELDBOT_WEBHOOK_URL="https://bot.example.org:8443/x"
                         ).webhook_port == 8081


def test_listen_address_port_and_secret_are_taken() -> None:
    secret = "Abc_def-0123456789xyz"
    settings = settings_with(MELDBOT_WEBHOOK_HOST="0.0.0.0", MELDBOT_WEBHOOK_PORT="9443",
                             MELDBOT_WEBHOOK_SECRET=secret)
    assert (settings.webhook_listen, settings.webhook_port) == ("0.0.0.0", 9443)
    assert settings.webhook_secret == secret
    assert webhook_secret(settings) == secret
    assert secret not in repr(settings)


def test_the_derived_secret_is_stable_and_belongs_to_the_key(tmp_path: Path) -> None:
    key = bytes(range(32))
    assert derive_secret(key) == \
        "e7e5e8acc7e6223e73bfd8b5b8fd7fef4f7e9d85788aa5a321ba37c9e46722b9"
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,256}", derive_secret(key))  # Telegram's rule
    assert derive_secret(new_key()) != derive_secret(key)
    # two workers, each with its own data folder and a copy of the same key, agree
    for worker in ("one", "two"):
        write_key_file(tmp_path / worker / "secret.key", key)
    one, two = (settings_with(MELDBOT_DATA=str(tmp_path / worker)) for worker in ("one", "two"))
    assert webhook_secret(one) == webhook_secret(two) == derive_secret(key)


def test_cli_lists_the_flag_and_refuses_a_bad_url(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    assert "--webhook URL" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "MELDBOT_WEBHOOK_SECRET" in capsys.readouterr().out
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("MELDBOT_DATA", str(tmp_path / "data"))
    assert main(["run", "--webhook", "http://bot.example.org/hook"]) == 2
    error = capsys.readouterr().err
    assert "MELDBOT_WEBHOOK_URL" in error and "bot.example.org" not in error
