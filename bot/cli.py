"""`meldbot`: run the bot, make invite links, export reports, show what is set aside, try
the flag lexicon."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings

__all__ = ["main"]

log = logging.getLogger("meldbot")

EPILOG = """\
configuration (environment variables, or a .env file in the working folder):
  TELEGRAM_BOT_TOKEN      the bot's token from @BotFather (required for run and invite)
  TELEGRAM_API_BASE_URL   Bot API base URL, the token is appended (default Telegram's own)
  TELEGRAM_API_FILE_URL   Bot API file base URL (default Telegram's own)
  MELDBOT_DATA            folder for the database and secret.key (default ./data)
  MELDBOT_TEAM_CHAT       numeric id of the casemanagers' group chat (optional)
  MELDBOT_TZ              the organisation's time zone (default Europe/Amsterdam)
  MELDBOT_LEXICON         folder with a staff-edited flag lexicon (optional)
  MELDBOT_STREET_DIGEST_HOUR  local hour of the daily street-contact digest (default 8)
  MELDBOT_RATE_GLOBAL / MELDBOT_RATE_PER_CHAT  messages per second overall / per chat (30 / 1)
  MELDBOT_ESCALATE_URGENT_MINUTES / MELDBOT_ESCALATE_NORMAL_MINUTES
                          unclaimed alerts go to the team and everyone on duty (15 / 1440)
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meldbot", description="Messaging bot for outreach and aftercare work.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    sub.add_parser("run", help="run the bot (long polling) until SIGINT/SIGTERM")
    invite = sub.add_parser("invite", help="print a one-time invite link for a staff member")
    invite.add_argument("--role", required=True, choices=["admin", "casemanager", "fieldworker"])
    invite.add_argument("--name", help="the staff member's name, shown to colleagues")
    export = sub.add_parser("export", help="write a report as CSV to stdout")
    export.add_argument("report", choices=["log", "alerts", "appointments", "checkins",
                                           "contacts", "flag-feedback"],
                        help="log: the contact log; alerts: alerts with time to claim;"
                        " appointments: appointments and their reminders;"
                        " checkins: aftercare check-ins and answers;"
                        " contacts: street contacts registered by fieldworkers;"
                        " flag-feedback: staff saying a flag was wrong or missing, with the"
                        " client's words (training data: handle with care)")
    export.add_argument("--shift", metavar="NAME", help="contacts: only this /shift tag")
    export.add_argument("--since", metavar="DATE",
                        help="only from this date (YYYY-MM-DD, in MELDBOT_TZ)")
    export.add_argument("--with-text", action="store_true",
                        help="include decrypted message texts (handle with care)")
    status = sub.add_parser("status", help="what is set aside (failed updates, dead messages,"
                            " failed timers) and the queues' depths; ids and errors only")
    status.add_argument("--json", action="store_true", help="as one JSON object")
    status.add_argument("--limit", type=int, default=20, metavar="N",
                        help="list at most N of each kind, newest first (default 20)")
    flag = sub.add_parser("flag", help="classify messages with the flag classifier (JSON lines)")
    flag.add_argument("messages", nargs="*", help="messages; none = one per line on stdin")
    flag.add_argument("--explain", action="store_true",
                      help="also show each signal: lexicon words, the model's probabilities,"
                      " the Arabic-script view, the guard")
    sandbox = sub.add_parser("sandbox", help="try the bot in a browser: a local Telegram "
                             "stand-in on 127.0.0.1 with demo people, no token needed")
    sandbox.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0: any)")
    sandbox.add_argument("--data", type=Path, metavar="DIR",
                         help="a data folder of its own (default: a temporary one)")
    return parser


def _setup_logging() -> None:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "telegram", "apscheduler", "aiosqlite"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _setup_logging()
    try:
        if args.command == "flag":
            from bot.flag_cli import run_flag

            settings = load_settings(require_token=False)
            return run_flag(args.messages, sys.stdin, sys.stdout, settings.lexicon_dir,
                            explain=args.explain)
        if args.command == "sandbox":
            from sandbox import run_sandbox

            settings = load_settings(require_token=False)
            return run_sandbox(args.data, args.port, settings.data_dir, settings.lexicon_dir)
        if args.command == "export":
            from bot.export import run_export

            settings = load_settings(require_token=False)
            return asyncio.run(run_export(settings, args.report, args.since, args.with_text,
                                          sys.stdout, shift=args.shift))
        if args.command == "status":
            from bot.status_cli import run_status

            settings = load_settings(require_token=False)
            return asyncio.run(run_status(settings, sys.stdout, as_json=args.json,
                                          limit=args.limit))
        settings = load_settings(require_token=True)
        if args.command == "invite":
            from bot.invite_cli import run_invite

            return asyncio.run(run_invite(settings, args.role, args.name, sys.stdout))
        return asyncio.run(_run(settings))
    except ConfigError as err:
        print(f"meldbot: configuration error: {err}", file=sys.stderr)
        return 2


async def _run(settings: Settings) -> int:
    from telegram.error import InvalidToken, NetworkError

    from bot.runtime import Runtime
    from storage import WrongKeyError

    runtime = Runtime(settings)
    try:
        await runtime.start()
    except InvalidToken:
        print("meldbot: configuration error: TELEGRAM_BOT_TOKEN was refused by the Bot API",
              file=sys.stderr)
        return 2
    except WrongKeyError as err:
        print(f"meldbot: {err} (MELDBOT_DATA/secret.key)", file=sys.stderr)
        return 2
    except NetworkError:
        print("meldbot: cannot reach the Bot API at TELEGRAM_API_BASE_URL", file=sys.stderr)
        return 1
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    while not stop.is_set() and runtime.crashed() is None:
        try:
            await asyncio.wait_for(stop.wait(), timeout=1.0)
        except TimeoutError:
            continue
    failure = runtime.crashed()
    if failure is not None:
        log.error("a background task failed: %s", type(failure).__name__)
    log.info("shutting down")
    await runtime.stop()
    return 1 if failure is not None else 0


if __name__ == "__main__":
    sys.exit(main())
