"""`make run`: the real bot when a token is configured, otherwise the local sandbox."""

from __future__ import annotations

import sys

from bot.cli import main
from bot.config import ConfigError, load_settings

__all__ = ["HINT", "start"]

HINT = (
    "  To run the real bot instead: get a token from @BotFather and put\n"
    "    TELEGRAM_BOT_TOKEN=123456:ABC...\n"
    "  in a file named .env here (or export it), then run `make run` again.\n"
    "  Then invite the first admin: .venv/bin/meldbot invite --role admin"
)


def start() -> int:
    try:
        settings = load_settings(require_token=False)
    except ConfigError as err:
        print(f"meldbot: configuration error: {err}", file=sys.stderr)
        return 2
    if settings.token is not None:
        print(f"meldbot: starting the real bot (data in {settings.data_dir})", file=sys.stderr)
        return main(["run"])
    print(
        "meldbot: TELEGRAM_BOT_TOKEN is not set, so this starts the local sandbox: the real\n"
        "  bot against a Telegram stand-in on this machine, with demo people and its own\n"
        "  temporary data (your data folder is not touched). Its address follows.\n" + HINT,
        file=sys.stderr,
    )
    return main(["sandbox"])


if __name__ == "__main__":
    sys.exit(start())
