"""Driving the real bot like people do: invites, joining, finding the newest message."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from bot.deps import hash_code, new_code
from bot.runtime import Runtime
from tests.backends import backend_env
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage

__all__ = [
    "export_csv", "invite_code", "join_as", "link_code", "new_client", "plain", "settle",
    "text_of",
]

_ISOLATION = str.maketrans("", "", "\u2068\u2069")


def plain(text: str | None) -> str:
    """Message text without the invisible bidi isolation marks Fluent adds."""
    return (text or "").translate(_ISOLATION)


async def invite_code(runtime: Runtime, role: str, name: str | None = None) -> str:
    """What `meldbot invite` does, straight into the running bot's database."""
    assert runtime.deps is not None
    code = new_code()
    now = runtime.deps.clock.now()
    async with runtime.deps.db.tx() as tx:
        await tx.create_invite(code_hash=hash_code(code), role=role,  # type: ignore[arg-type]
                               now=now, expires_at=now + timedelta(days=7), name=name)
    return code


def link_code(message: SentMessage) -> str:
    body = plain(message.body)
    found = re.search(r"https://t\.me/\w+\?start=([A-Za-z0-9_-]+)", body)
    assert found, f"no invite link in {body!r}"
    return found.group(1)


async def join_as(api: FakeBotApi, runtime: Runtime, role: str, user_id: int,
                  name: str, language: str = "en") -> FakeUser:
    user = api.user(user_id, name, language)
    code = await invite_code(runtime, role, name)
    mark = user.mark()
    await user.send(f"/start {code}")
    welcome = {"en": "Welcome", "nl": "Welkom"}.get(language, "👋")
    await user.wait_reply(lambda m: welcome in plain(m.body) and name in plain(m.body),
                          after=mark)
    return user


async def new_client(api: FakeBotApi, casemanager: FakeUser, alias: str, user_id: int,
                     language_button: str = "🇲🇦 الدارجة", country: str = "🇲🇦") -> FakeUser:
    """A casemanager registers a client who joins, picks a language and agrees."""

    def with_button(label: str) -> Callable[[SentMessage], bool]:
        return lambda m: any(t.startswith(label) for t in m.button_texts())

    mark = casemanager.mark()
    await casemanager.send("/newclient")
    await casemanager.wait_reply(lambda m: "🆕" in plain(m.body), after=mark)
    mark = casemanager.mark()
    await casemanager.send(alias)
    await casemanager.wait_reply(with_button(language_button), after=mark)
    mark = casemanager.mark()
    await casemanager.tap(language_button)
    await casemanager.wait_reply(with_button(country), after=mark)
    mark = casemanager.mark()
    await casemanager.tap(country)
    await casemanager.wait_reply(with_button("✅"), after=mark)
    mark = casemanager.mark()
    await casemanager.tap("✅")
    card = await casemanager.wait_reply(lambda m: m.kind == "photo", after=mark)
    client = api.user(user_id, alias, language_code=None)
    await client.send(f"/start {link_code(card)}")
    await client.wait_reply()
    await client.tap(language_button)
    consent = await client.wait_reply(lambda m: len(m.button_texts()) == 2)
    mark, staff_mark = client.mark(), casemanager.mark()
    await client.tap(consent.button_texts()[0])
    await client.wait_reply(after=mark)
    await casemanager.wait_reply(lambda m: alias in plain(m.body), after=staff_mark)
    return client


def text_of(runtime: Runtime, language: str, key: str, **args: object) -> str:
    """What the bot says for `key` in `language`, to compare with what arrived."""
    assert runtime.deps is not None
    return plain(runtime.deps.translator.format(language, key, args))


ROOT = Path(__file__).resolve().parents[2]


async def export_csv(data_dir: Path, *args: str) -> list[dict[str, str]]:
    """Run `meldbot export ...` as a separate process on this data folder; the CSV rows."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MELDBOT_"))}
    env.update(backend_env(data_dir), PYTHONPATH=str(ROOT))
    done = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "bot.cli", "export", *args], env=env,
        capture_output=True, text=True, timeout=60, check=True, cwd=data_dir.parent)
    return list(csv.DictReader(io.StringIO(done.stdout)))


async def settle(api: FakeBotApi, runtime: Runtime, timeout: float = 5.0) -> None:  # noqa: ASYNC109
    """Until every update sent so far is taken and processed, every timer due has run and
    every message due is sent (twice in a row): only then does "nothing else arrived" mean
    something."""
    assert runtime.deps is not None
    deadline = asyncio.get_running_loop().time() + timeout
    quiet_rounds = 0
    while quiet_rounds < 2:
        async with runtime.deps.db.tx() as tx:
            unprocessed = await tx.count_unprocessed_updates()
            due = await tx.due_outbox(runtime.deps.clock.now(), limit=1)
            timers = await tx.count_due_timers(runtime.deps.clock.now())
            sending = (await tx.outbox_counts()).get("sending", 0)
        quiet = api.pending_updates == 0 and not unprocessed and not due and not sending \
            and not timers
        quiet_rounds = quiet_rounds + 1 if quiet else 0
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("the bot did not settle")
        await asyncio.sleep(0.02)  # polling a condition, not waiting for time to pass
