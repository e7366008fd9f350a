"""`meldbot sandbox`: its own data folder, the URL printed, running until Ctrl-C."""

from __future__ import annotations

import asyncio
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from sandbox.app import Sandbox

__all__ = ["MARKER", "SandboxError", "prepare_data_dir", "run_sandbox"]

MARKER = ".meldbot-sandbox"
DEFAULT_PORT = 8765


class SandboxError(Exception):
    """The sandbox refuses to start (a data folder that is not its own, a busy port)."""


def prepare_data_dir(requested: Path | None, production: Path) -> tuple[Path, bool]:
    """The sandbox's data folder and whether it is temporary. A given folder must be new,
    empty or an earlier sandbox's (it carries the marker file), and never MELDBOT_DATA."""
    if requested is None:
        folder = Path(tempfile.mkdtemp(prefix="meldbot-sandbox-"))
        (folder / MARKER).write_text("meldbot sandbox data: demo people only\n", "utf-8")
        return folder, True
    folder = requested.expanduser().resolve()
    if folder == production.expanduser().resolve():
        raise SandboxError(f"{folder} is the bot's own data folder (MELDBOT_DATA); "
                           "the sandbox never touches it")
    if folder.exists() and not folder.is_dir():
        raise SandboxError(f"{folder} is not a folder")
    if folder.is_dir() and any(folder.iterdir()) and not (folder / MARKER).is_file():
        raise SandboxError(f"{folder} is not empty and not a sandbox folder")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("meldbot sandbox data: demo people only\n", "utf-8")
    return folder, False


async def serve(sandbox: Sandbox, out: TextIO, hint: str | None = None) -> int:
    try:
        await sandbox.start()
    except OSError as error:
        raise SandboxError(f"cannot listen on 127.0.0.1:{sandbox.port} ({error.strerror}); "
                           "choose another with --port") from None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"meldbot sandbox: open {sandbox.url}", file=out, flush=True)
    print(f"  a local Telegram stand-in and the real bot, data in {sandbox.data_dir}\n"
          "  demo people: Anouk (admin), Karim and Sanne (casemanagers), Ruben (fieldworker),\n"
          "  Youssef (client, Morocco, Darija), Amina (client, Netherlands, French).\n"
          "  A demo year of data (last year: 176 clients, outcomes, street contacts):\n"
          "  Anouk can send /factsheet.\n"
          "  Ctrl-C stops it.", file=out, flush=True)
    if hint:
        print(hint, file=out, flush=True)
    failure: BaseException | None = None
    while not stop.is_set() and failure is None:
        try:
            await asyncio.wait_for(stop.wait(), timeout=1.0)
        except TimeoutError:
            failure = sandbox.runtime.crashed()
    await sandbox.stop()
    if failure is not None:
        print(f"meldbot sandbox: the bot failed ({type(failure).__name__})", file=out)
        return 1
    return 0


def run_sandbox(data: Path | None, port: int, production_data: Path,
                lexicon_dir: Path | None = None, hint: str | None = None,
                out: TextIO = sys.stdout) -> int:
    try:
        folder, temporary = prepare_data_dir(data, production_data)
    except SandboxError as error:
        print(f"meldbot sandbox: {error}", file=sys.stderr)
        return 2
    try:
        return asyncio.run(serve(Sandbox(folder, port, lexicon_dir=lexicon_dir), out, hint))
    except SandboxError as error:
        print(f"meldbot sandbox: {error}", file=sys.stderr)
        return 2
    finally:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)
