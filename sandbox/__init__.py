"""A local sandbox: the real bot against a local Telegram stand-in, driven from a web page.

    meldbot sandbox [--port 8765] [--data DIR]

`fakebotapi` (the tests' fake Bot API) serves the Bot API and, on the same 127.0.0.1 port,
the page (`static/`): phones side by side, the team chat, and a clock that only moves here.
"""

from sandbox.app import Sandbox
from sandbox.clock import SandboxClock
from sandbox.run import SandboxError, prepare_data_dir, run_sandbox
from sandbox.seed import DEMO_PEOPLE, TEAM_CHAT_ID, DemoPerson

__all__ = [
    "DEMO_PEOPLE",
    "TEAM_CHAT_ID",
    "DemoPerson",
    "Sandbox",
    "SandboxClock",
    "SandboxError",
    "prepare_data_dir",
    "run_sandbox",
]
