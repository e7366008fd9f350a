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
  MELDBOT_DATABASE_URL    postgresql://... instead of SQLite: several workers may share it
  MELDBOT_KEY_FILE        the encryption key's file (default MELDBOT_DATA/secret.key)
  MELDBOT_TEAM_CHAT       numeric id of the casemanagers' group chat (optional)
  MELDBOT_TZ              the organisation's time zone (default Europe/Amsterdam)
  MELDBOT_LEXICON         folder with a staff-edited flag lexicon (optional)
  MELDBOT_STREET_DIGEST_HOUR  local hour of the daily street-contact digest (default 8)
  MELDBOT_RETAIN_TEXTS_DAYS / MELDBOT_RETAIN_LOG_DAYS
                          a closed case's texts / contact log are kept this long (365 / 730)
  MELDBOT_RETAIN_STREET_DAYS  street people never clients, since last met (365)
  MELDBOT_RETAIN_STRANGERS_DAYS  what is logged about strangers' chats (7)
  MELDBOT_RETAIN_INBOX_DAYS   processed and failed updates (30)
  MELDBOT_PURGE_HOUR      local hour of the daily purge (default 3)
  MELDBOT_RATE_GLOBAL / MELDBOT_RATE_PER_CHAT  messages per second overall / per chat (30 / 1)
  MELDBOT_ESCALATE_URGENT_MINUTES / MELDBOT_ESCALATE_NORMAL_MINUTES
                          unclaimed alerts go to the team and everyone on duty (15 / 1440)
  MELDBOT_WEBHOOK_URL     run --webhook: the public https:// URL Telegram posts updates to
  MELDBOT_WEBHOOK_HOST / MELDBOT_WEBHOOK_PORT  where the webhook listens (127.0.0.1 / 8081)
  MELDBOT_WEBHOOK_SECRET  the webhook's secret token (default: derived from the key)
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meldbot", description="Messaging bot for outreach and aftercare work.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    run = sub.add_parser("run", help="run the bot (long polling, or --webhook) until"
                         " SIGINT/SIGTERM")
    run.add_argument("--webhook", metavar="URL",
                     help="take updates by webhook at this https:// URL instead of long"
                     " polling (also MELDBOT_WEBHOOK_URL); serves MELDBOT_WEBHOOK_HOST:PORT"
                     " behind a TLS-terminating reverse proxy")
    invite = sub.add_parser("invite", help="print a one-time invite link for a staff member")
    invite.add_argument("--role", required=True, choices=["admin", "casemanager", "fieldworker"])
    invite.add_argument("--name", help="the staff member's name, shown to colleagues")
    export = sub.add_parser("export", help="write a report as CSV to stdout")
    export.add_argument("report", choices=["log", "alerts", "appointments", "checkins",
                                           "contacts", "outcomes", "flag-feedback",
                                           "audit"],
                        help="log: the contact log; alerts: alerts with time to claim;"
                        " appointments: appointments and their reminders;"
                        " checkins: aftercare check-ins and answers;"
                        " contacts: street contacts registered by fieldworkers;"
                        " outcomes: what happened to each client (returns, onward travel…);"
                        " flag-feedback: staff saying a flag was wrong or missing, with the"
                        " client's words (training data: handle with care);"
                        " audit: who read or exported whose data, and erasures")
    export.add_argument("--shift", metavar="NAME", help="contacts: only this /shift tag")
    export.add_argument("--since", metavar="DATE",
                        help="only from this date (YYYY-MM-DD, in MELDBOT_TZ)")
    export.add_argument("--person", metavar="ALIAS",
                        help="only the rows about this client (their copy, GDPR Art. 15)")
    export.add_argument("--with-text", action="store_true",
                        help="include decrypted message texts (handle with care; asks for"
                        " \"yes\" on a terminal; always audited)")
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
    purge = sub.add_parser("purge", help="remove what is kept no longer (MELDBOT_RETAIN_*),"
                           " then compact the database; prints counts by kind")
    purge.add_argument("--dry-run", action="store_true", help="only count, remove nothing")
    erase = sub.add_parser("erase", help="erase a client and everything about them (GDPR"
                           " Art. 17); counts stay for the yearly figures")
    erase.add_argument("--person", required=True, metavar="ALIAS", help="the client's alias")
    erase.add_argument("--yes", action="store_true",
                       help="really erase (without it: show what would go, exit 1)")
    sub.add_parser("rotate-key", help="re-encrypt everything under a new key (stop the bot"
                   " first); the previous key is kept as <key>.old")
    migrate = sub.add_parser("migrate-data", help="copy the SQLite database (MELDBOT_DATA) into"
                             " an empty PostgreSQL database (stop the bot first; same key file)")
    migrate.add_argument("--to", required=True, metavar="URL",
                         help="postgresql://user@host:5432/database (a password is better"
                         " given in PGPASSWORD or ~/.pgpass)")
    factsheet = sub.add_parser("factsheet", help="the organisation's one-page factsheet for"
                               " a year or quarter (MELDBOT_TZ), to stdout or --output")
    factsheet.add_argument("--year", type=int, required=True, help="e.g. 2024")
    factsheet.add_argument("--quarter", type=int, choices=[1, 2, 3, 4],
                           help="only this quarter of the year")
    factsheet.add_argument("--format", dest="fmt", default="html",
                           choices=["html", "png", "pdf", "csv"],
                           help="html (default, charts embedded), png, pdf (one A4 page) or"
                           " csv (period,figure,value)")
    factsheet.add_argument("--lang", default="nl", choices=["nl", "en"],
                           help="the page's language (default nl)")
    factsheet.add_argument("--public", action="store_true",
                           help="for publication: counts 1-4 shown as \"< 5\", and no total,"
                           " share or change that reveals one")
    factsheet.add_argument("--output", type=Path, metavar="FILE",
                           help="write to FILE (default: standard output)")
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
            from bot.export_audit import confirm_with_text

            settings = load_settings(require_token=False)
            if args.with_text and not confirm_with_text(sys.stdin, sys.stderr):
                print("meldbot: export cancelled", file=sys.stderr)
                return 1
            return asyncio.run(run_export(settings, args.report, args.since, args.with_text,
                                          sys.stdout, shift=args.shift, person=args.person))
        if args.command in ("purge", "erase"):
            from bot.purge import run_erase, run_purge

            settings = load_settings(require_token=False)
            if args.command == "purge":
                return asyncio.run(run_purge(settings, sys.stdout, dry_run=args.dry_run))
            return asyncio.run(run_erase(settings, args.person, args.yes, sys.stdout,
                                         sys.stderr))
        if args.command == "rotate-key":
            from bot.key_cli import run_rotate_key

            return run_rotate_key(load_settings(require_token=False), sys.stderr)
        if args.command == "migrate-data":
            from bot.migrate_cli import run_migrate_data

            return run_migrate_data(load_settings(require_token=False), args.to, sys.stdout,
                                    sys.stderr)
        if args.command == "factsheet":
            from bot.factsheet.cli import run_factsheet

            settings = load_settings(require_token=False)
            return asyncio.run(run_factsheet(
                settings, year=args.year, quarter=args.quarter, fmt=args.fmt, lang=args.lang,
                public=args.public, output=args.output, stdout=sys.stdout.buffer))
        if args.command == "status":
            from bot.status_cli import run_status

            settings = load_settings(require_token=False)
            return asyncio.run(run_status(settings, sys.stdout, as_json=args.json,
                                          limit=args.limit))
        settings = load_settings(require_token=True,
                                 webhook_url=getattr(args, "webhook", None))
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
        print(f"meldbot: {err} (MELDBOT_KEY_FILE)", file=sys.stderr)
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
