"""Settings from the environment (and an optional .env file). The only reader of os.environ."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict
from urllib.parse import urlsplit

from flows.time.zones import is_zone

__all__ = ["ConfigError", "Settings", "load_settings", "read_dotenv"]

# python-telegram-bot: durations such as RetryAfter.retry_after are timedeltas (the behaviour of
# its next major version; without this, every 429 raises a deprecation warning).
os.environ.setdefault("PTB_TIMEDELTA", "true")

_TOKEN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{20,}$")
_WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{16,256}$")  # Telegram: 1-256 of these; we ask 16
_WEBHOOK_PORTS = (443, 80, 88, 8443)  # the only ports Telegram delivers webhooks to
_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


class ConfigError(Exception):
    """A setting is missing or malformed. The message names the setting, never its value."""


@dataclass(frozen=True)
class Settings:
    token: str | None
    api_base_url: str
    api_file_url: str
    data_dir: Path
    team_chat_id: int | None
    timezone: str
    lexicon_dir: Path | None = None
    key_file: Path | None = None  # MELDBOT_KEY_FILE; None: secret.key in the data folder
    rate_global: float = 30.0  # messages per second, all chats
    rate_per_chat: float = 1.0  # messages per second, one chat
    rate_group: float = 20.0  # messages (sends and edits) per minute, one group
    group_window: float = 60.0  # seconds: Telegram's "minute" for groups (shorter in tests)
    max_attempts: int = 8  # sends before a message is dead-lettered
    escalate_urgent_minutes: float = 15.0  # an unclaimed urgent alert goes wider after this
    escalate_normal_minutes: float = 24 * 60.0
    poll_timeout: int = 25  # seconds of getUpdates long polling
    request_timeout: float = 15.0  # seconds to wait for a Bot API answer
    retry_base: float = 0.5  # seconds before the first retry; doubles each time
    street_digest_hour: int = 8  # local hour (MELDBOT_TZ) of the daily street digest
    # retention (days; the daily purge and `meldbot purge` remove what is older)
    retain_texts_days: int = 365  # texts and voice references, after a case was closed
    retain_street_days: int = 365  # street people never clients, since they were last met
    retain_strangers_days: int = 7  # what was logged about chats of people never known
    retain_log_days: int = 730  # a closed case's contact log, after it was closed
    retain_inbox_days: int = 30  # processed and failed updates
    purge_hour: int = 3  # local hour (MELDBOT_TZ) of the daily purge
    # MELDBOT_DATABASE_URL: PostgreSQL (several workers may share it); None: SQLite in data_dir
    database_url: str | None = None
    # webhook mode (`meldbot run --webhook URL`, bot/webhook.py); None: long polling
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"  # MELDBOT_WEBHOOK_HOST: behind a reverse proxy
    webhook_port: int = 8081
    webhook_secret: str | None = None  # None: derived from the encryption key

    @property
    def database_path(self) -> Path:
        return self.data_dir / "meldbot.sqlite3"

    @property
    def key_path(self) -> Path:
        return self.key_file or self.data_dir / "secret.key"

    def __repr__(self) -> str:  # never show the token
        return f"Settings(data_dir={self.data_dir!s}, timezone={self.timezone})"


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; # comments and blank lines ignored; quotes stripped."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip().removeprefix("export ").strip()] = value.strip().strip("'\"")
    return values


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number") from None
    if value <= 0:
        raise ConfigError(f"{name} must be greater than 0")
    return value


def _hour(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 0 <= int(raw) <= 23:
        raise ConfigError(f"{name} must be an hour from 0 to 23")
    return int(raw)


def _days(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= 36500:
        raise ConfigError(f"{name} must be a whole number of days from 1 to 36500")
    return int(raw)


def _check_key_file(key_file: Path | None, data_dir: Path) -> None:
    """A database without its key cannot be read: never start (and create a new key)."""
    key = key_file or data_dir / "secret.key"
    if (data_dir / "meldbot.sqlite3").exists() and not key.exists():
        raise ConfigError("MELDBOT_KEY_FILE: the key file is missing but the database exists"
                          " (restore the key from its backup)")


def _webhook_url(url: str) -> str:
    name = "MELDBOT_WEBHOOK_URL (--webhook)"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ConfigError(f"{name} is not a valid URL") from None
    local = parts.hostname in _LOCAL_HOSTS
    if parts.scheme != "https" and not (parts.scheme == "http" and local):
        raise ConfigError(f"{name} must be an https:// URL (http:// only for localhost)")
    if not parts.hostname or parts.username or parts.fragment or re.search(r"\s", url):
        raise ConfigError(f"{name} must be a plain URL such as https://example.org/meldbot")
    if not local and (port or 443) not in _WEBHOOK_PORTS:
        raise ConfigError(f"{name}: Telegram only delivers to ports 443, 80, 88 and 8443")
    return url


def _local_port(url: str | None) -> str | None:
    """A webhook URL on this machine (no proxy in between, e.g. a local Bot API server or an
    emulator) with a port: listen on that port unless MELDBOT_WEBHOOK_PORT says otherwise."""
    if url is None:
        return None
    parts = urlsplit(url)
    return str(parts.port) if parts.hostname in _LOCAL_HOSTS and parts.port else None


class _Webhook(TypedDict):
    webhook_url: str | None
    webhook_listen: str
    webhook_port: int
    webhook_secret: str | None


def _webhook(env: Mapping[str, str], flag: str | None) -> _Webhook:
    """The webhook settings (`flag`, from `run --webhook`, wins over MELDBOT_WEBHOOK_URL)."""
    url = (flag or env.get("MELDBOT_WEBHOOK_URL", "")).strip() or None
    url = None if url is None else _webhook_url(url)
    port = env.get("MELDBOT_WEBHOOK_PORT", "").strip() or _local_port(url) or "8081"
    if not port.isdigit() or not 1 <= int(port) <= 65535:
        raise ConfigError("MELDBOT_WEBHOOK_PORT must be a port number from 1 to 65535")
    host = env.get("MELDBOT_WEBHOOK_HOST", "").strip() or "127.0.0.1"
    if re.search(r"\s|/", host):
        raise ConfigError("MELDBOT_WEBHOOK_HOST must be a host name or address to listen on")
    secret = env.get("MELDBOT_WEBHOOK_SECRET", "").strip() or None
    if secret is not None and not _WEBHOOK_SECRET.match(secret):
        raise ConfigError("MELDBOT_WEBHOOK_SECRET must be 16 to 256 characters"
                          " from A-Z a-z 0-9 _ -")
    return {"webhook_url": url, "webhook_listen": host,
            "webhook_port": int(port), "webhook_secret": secret}


def load_settings(
    environ: Mapping[str, str] | None = None, require_token: bool = True,
    webhook_url: str | None = None,
) -> Settings:
    """Build Settings; raise ConfigError naming the first bad setting. `webhook_url`: the
    `run --webhook` flag."""
    env = {**read_dotenv(Path(".env")), **(os.environ if environ is None else environ)}
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip() or None
    if token is None and require_token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set")
    if token is not None and not _TOKEN.match(token):
        raise ConfigError("TELEGRAM_BOT_TOKEN is malformed (expected <digits>:<secret>)")
    base = env.get("TELEGRAM_API_BASE_URL", "").strip() or "https://api.telegram.org/bot"
    files = env.get("TELEGRAM_API_FILE_URL", "").strip() or "https://api.telegram.org/file/bot"
    for name, url in (("TELEGRAM_API_BASE_URL", base), ("TELEGRAM_API_FILE_URL", files)):
        if not re.match(r"^https?://[^\s/]+", url):
            raise ConfigError(f"{name} must be an http(s) URL")
    team_raw = env.get("MELDBOT_TEAM_CHAT", "").strip()
    if team_raw and not re.fullmatch(r"-?\d{1,20}", team_raw):
        raise ConfigError("MELDBOT_TEAM_CHAT must be a numeric chat id")
    timezone = env.get("MELDBOT_TZ", "").strip() or "Europe/Amsterdam"
    if not is_zone(timezone):
        raise ConfigError("MELDBOT_TZ must be an IANA time zone such as Europe/Amsterdam")
    lexicon = env.get("MELDBOT_LEXICON", "").strip()
    if lexicon and not Path(lexicon).is_dir():
        raise ConfigError("MELDBOT_LEXICON must be a folder")
    database_url = env.get("MELDBOT_DATABASE_URL", "").strip() or None
    if database_url is not None and not re.match(r"^postgres(ql)?://[^\s]*$", database_url):
        raise ConfigError("MELDBOT_DATABASE_URL must be a postgresql:// URL"
                          " (leave it empty for SQLite in MELDBOT_DATA)")
    key_raw = env.get("MELDBOT_KEY_FILE", "").strip()
    key_file = Path(key_raw) if key_raw else None
    _check_key_file(key_file, Path(env.get("MELDBOT_DATA", "").strip() or "./data"))
    webhook = _webhook(env, webhook_url)
    return Settings(
        token=token,
        api_base_url=base,
        api_file_url=files,
        data_dir=Path(env.get("MELDBOT_DATA", "").strip() or "./data"),
        team_chat_id=int(team_raw) if team_raw else None,
        timezone=timezone,
        lexicon_dir=Path(lexicon) if lexicon else None,
        key_file=key_file,
        rate_global=_float(env, "MELDBOT_RATE_GLOBAL", 30.0),
        rate_per_chat=_float(env, "MELDBOT_RATE_PER_CHAT", 1.0),
        rate_group=_float(env, "MELDBOT_GROUP_RATE", 20.0),
        escalate_urgent_minutes=_float(env, "MELDBOT_ESCALATE_URGENT_MINUTES", 15.0),
        escalate_normal_minutes=_float(env, "MELDBOT_ESCALATE_NORMAL_MINUTES", 24 * 60.0),
        street_digest_hour=_hour(env, "MELDBOT_STREET_DIGEST_HOUR", 8),
        retain_texts_days=_days(env, "MELDBOT_RETAIN_TEXTS_DAYS", 365),
        retain_street_days=_days(env, "MELDBOT_RETAIN_STREET_DAYS", 365),
        retain_strangers_days=_days(env, "MELDBOT_RETAIN_STRANGERS_DAYS", 7),
        retain_log_days=_days(env, "MELDBOT_RETAIN_LOG_DAYS", 730),
        retain_inbox_days=_days(env, "MELDBOT_RETAIN_INBOX_DAYS", 30),
        purge_hour=_hour(env, "MELDBOT_PURGE_HOUR", 3),
        database_url=database_url,
        **webhook,
    )
