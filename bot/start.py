"""`make run`: the real bot when a token is configured, otherwise say exactly what to set."""

from __future__ import annotations

import sys

from bot.cli import main
from bot.config import load_settings

__all__ = ["start"]


def start() -> int:
    settings = load_settings(require_token=False)
    if settings.token is not None:
        print(f"meldbot: starting the real bot (data in {settings.data_dir})", file=sys.stderr)
        return main(["run"])
    print(
        "meldbot: TELEGRAM_BOT_TOKEN is not set.\n"
        "  To run the real bot: get a token from @BotFather and put\n"
        "    TELEGRAM_BOT_TOKEN=123456:ABC...\n"
        "  in a file named .env here (or export it), then run `make run` again.\n"
        "  Then invite the first admin: .venv/bin/meldbot invite --role admin",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(start())
