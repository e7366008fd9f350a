"""The sandbox: the fake Bot API grown into a local server, the real bot, demo people."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.runtime import Runtime
from fakebotapi import Event, FakeBotApi, FakeGroup, FakeUser
from sandbox.clock import SandboxClock
from sandbox.seed import DEMO_PEOPLE, TEAM_CHAT_ID, TEAM_TITLE, TIMEZONE, seed
from sandbox.timetravel import Due, TimeTravel, next_due
from sandbox.views import bot_message_view, keyboard_view, user_message_view

__all__ = ["Sandbox"]

BOT_ID = 700000
BOT_USERNAME = "meldbot_sandbox_bot"
_FIRST_NEW_USER = 8001


@dataclass
class Sandbox:
    """`await start()` serves the Bot API and the page on 127.0.0.1 and runs the bot."""

    data_dir: Path
    port: int = 0
    clock: SandboxClock = field(default_factory=SandboxClock)
    lexicon_dir: Path | None = None
    api: FakeBotApi = field(init=False)
    runtime: Runtime = field(init=False)
    users: dict[int, FakeUser] = field(default_factory=dict)
    seen_at: dict[tuple[int, int], str] = field(default_factory=dict)
    _listeners: set[asyncio.Queue[dict[str, Any] | None]] = field(default_factory=set)
    _next_user_id: int = _FIRST_NEW_USER

    async def start(self) -> None:
        from sandbox.web import install

        token = f"{BOT_ID}:sandbox-{secrets.token_urlsafe(24)}"
        self.api = FakeBotApi(token=token, bot_username=BOT_USERNAME, bot_id=BOT_ID)
        self.api.bot_user["first_name"] = "Meldbot"
        self.team: FakeGroup = self.api.group(TEAM_CHAT_ID, TEAM_TITLE)
        self.api.subscribe(self._on_event)
        self.clock.on_change(self._on_clock)
        await self.api.start(self.port, extend=lambda app: install(app, self))
        self.runtime = Runtime(self.settings(), clock=self.clock)
        await self.runtime.start()
        self.travel = TimeTravel(self.runtime, self.api, self.clock)
        assert self.runtime.deps is not None
        if await seed(self.runtime.deps.db, self.clock.now()):
            self.runtime.sender.wake()
        await self._register_people()

    async def stop(self) -> None:
        await self.runtime.stop()
        for queue in list(self._listeners):
            queue.put_nowait(None)
        await self.api.stop()

    def settings(self) -> Settings:
        return Settings(
            token=self.api.token, api_base_url=self.api.api_url,
            api_file_url=self.api.file_url, data_dir=self.data_dir,
            team_chat_id=TEAM_CHAT_ID, timezone=TIMEZONE,
            lexicon_dir=self.lexicon_dir, poll_timeout=10)

    @property
    def url(self) -> str:
        return f"{self.api.base_url}/sandbox/"

    # -- time --------------------------------------------------------------------------

    async def jump(self, delta: timedelta) -> list[Due]:
        """Move the clock forward through every due moment on the way (see timetravel)."""
        return await self.travel.jump(delta)

    async def next_due(self) -> Due | None:
        """The next timer or scheduled message, for the page."""
        return await next_due(self.runtime, self.clock.now())

    # -- people ------------------------------------------------------------------------

    async def _register_people(self) -> None:
        """Every person in the database with a Telegram account gets a fake user (a reused
        --data folder keeps its people; the demo ones keep their names)."""
        assert self.runtime.deps is not None
        async with self.runtime.deps.db.tx() as tx:
            people = await tx.people()
        for person in people:
            if person.telegram_user_id is not None and person.telegram_user_id > 0:
                self._add_user(person.telegram_user_id, person.alias, person.language)
        for demo in DEMO_PEOPLE:
            self._add_user(demo.user_id, demo.name, demo.language)
        self._next_user_id = max([_FIRST_NEW_USER - 1, *self.users]) + 1

    def _add_user(self, user_id: int, name: str, language: str | None) -> FakeUser:
        if user_id not in self.users:
            code = "ar" if language == "ary" else language or "en"  # Telegram has no "ary"
            self.users[user_id] = self.api.user(user_id, name, language_code=code)
        return self.users[user_id]

    def new_user(self, name: str | None = None, language: str = "en") -> FakeUser:
        """Someone the bot does not know yet (to open an invite link, or a stranger)."""
        user_id = self._next_user_id
        self._next_user_id += 1
        label = name or f"Newcomer {user_id - _FIRST_NEW_USER + 1}"
        return self._add_user(user_id, label, language)

    async def people(self) -> list[dict[str, Any]]:
        """The fake users with their role in the bot now (or "unknown")."""
        assert self.runtime.deps is not None
        listed = []
        async with self.runtime.deps.db.tx() as tx:
            for user in self.users.values():
                person = await tx.person_by_telegram(user.id)
                listed.append({
                    "user_id": user.id, "name": user.first_name,
                    "role": person.role if person else "unknown",
                    "language": person.language if person else user.language_code,
                    "timezone": person.timezone if person else "Europe/Amsterdam",
                    "casemanager": person.casemanager_id if person else None,
                    "person_id": person.id if person else None,
                })
        return listed

    # -- events for the page -----------------------------------------------------------

    def listen(self) -> asyncio.Queue[dict[str, Any] | None]:
        queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
        self._listeners.add(queue)
        return queue

    def unlisten(self, queue: asyncio.Queue[dict[str, Any] | None]) -> None:
        self._listeners.discard(queue)

    def _broadcast(self, item: dict[str, Any]) -> None:
        for queue in self._listeners:
            queue.put_nowait(item)

    def _on_clock(self) -> None:
        self._broadcast({"type": "clock", "now": self.clock.now().isoformat()})

    def _on_event(self, event: Event) -> None:
        item = self._page_event(event)
        if item is not None:
            self._broadcast(item)

    def _page_event(self, event: Event) -> dict[str, Any] | None:
        state, chat_id = self.api.state, event.chat_id
        if chat_id is None:
            return None
        chat = state.chats[chat_id]
        if event.kind in ("sent", "edited") and event.message is not None:
            key = (chat_id, event.message.message_id)
            self.seen_at.setdefault(key, self.clock.now().isoformat())
            view = bot_message_view(event.message, state, self.seen_at[key])
            return {"type": "message", "chat_id": chat_id, "message": view,
                    "keyboard": keyboard_view(chat)}
        if event.kind == "deleted":
            return {"type": "deleted", "chat_id": chat_id,
                    "message_id": event.data.get("message_id")}
        if event.kind == "callback_answer":
            answer = event.data["answer"]
            if not answer.text:
                return None
            return {"type": "toast", "chat_id": chat_id, "text": answer.text}
        if event.kind == "update":
            body = event.data.get("message") or event.data.get("edited_message")
            if not isinstance(body, dict):
                return None
            key = (chat_id, body["message_id"])
            self.seen_at.setdefault(key, self.clock.now().isoformat())
            view = user_message_view(body, state, self.seen_at[key])
            return {"type": "message", "chat_id": chat_id, "message": view,
                    "keyboard": keyboard_view(chat)}
        return None
