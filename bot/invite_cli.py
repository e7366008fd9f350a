"""`meldbot invite`: a one-time link for a staff member, e.g. the first admin."""

from __future__ import annotations

from datetime import timedelta
from typing import TextIO

from bot.clock import SystemClock
from bot.config import Settings
from bot.deps import hash_code, new_code
from bot.runtime import make_bot, open_storage
from flows.onboarding.staff import INVITE_DAYS
from storage import LogEntry

__all__ = ["run_invite"]


async def run_invite(settings: Settings, role: str, name: str | None, out: TextIO) -> int:
    bot = make_bot(settings)
    async with bot:
        username = bot.username
    db = await open_storage(settings)
    now = SystemClock().now()
    code = new_code()
    try:
        async with db.tx() as tx:
            await tx.create_invite(code_hash=hash_code(code), role=role,  # type: ignore[arg-type]
                                   now=now, expires_at=now + timedelta(days=INVITE_DAYS),
                                   name=name)
            await tx.log(LogEntry(at=now, actor_role="cli", direction="internal",
                                  kind=f"invite-created:{role}"))
    finally:
        await db.close()
    out.write(f"https://t.me/{username}?start={code}\n")
    return 0
