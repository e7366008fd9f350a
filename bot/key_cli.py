"""`meldbot rotate-key`: re-encrypt every sealed value under a new key (see storage/rekey.py
for how a crash at any point is recovered). Progress goes to stderr."""

from __future__ import annotations

import time
from typing import TextIO

from bot.config import ConfigError, Settings
from storage import DatabaseInUseError, WrongKeyError, rotate_key

__all__ = ["run_rotate_key"]


class _Progress:
    """"re-encrypting outbox: 12000/40000", at most a few lines a second per table."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._shown = 0.0

    def __call__(self, what: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done == 0 or (done < total and now - self._shown < 0.5):
            return
        self._shown = now
        print(f"re-encrypting {what}: {done}/{total}", file=self._out, flush=True)


def run_rotate_key(settings: Settings, err: TextIO) -> int:
    if settings.database_url is not None:
        raise ConfigError("MELDBOT_DATABASE_URL: rotate-key re-encrypts the SQLite file only;"
                          " with PostgreSQL it is not available yet (see PRIVACY.md)")
    if not settings.database_path.exists():
        raise ConfigError("MELDBOT_DATA holds no database to re-encrypt")
    if not settings.key_path.exists():
        raise ConfigError("MELDBOT_KEY_FILE: the key file is missing")
    try:
        rotation = rotate_key(settings.database_path, settings.key_path, _Progress(err))
    except DatabaseInUseError:
        print("meldbot: the database is in use (the bot or an export is running);"
              " stop it and try again", file=err)
        return 1
    except WrongKeyError:
        print("meldbot: the key file does not match this database (MELDBOT_KEY_FILE)",
              file=err)
        return 2
    rate = rotation.values / rotation.seconds if rotation.seconds else 0.0
    print(f"re-encrypted {rotation.values} values in {rotation.seconds:.1f} s"
          f" ({rate:.0f} a second); the new key is in place, the previous one is"
          f" {settings.key_path.name}.old (keep it until a backup with the new key exists)",
          file=err)
    return 0
