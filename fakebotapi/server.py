"""A fake Telegram Bot API HTTP server on 127.0.0.1 for tests (and the local sandbox).

Usage: ``api = FakeBotApi(); await api.start()``, then
``Bot(api.token, base_url=api.api_url, base_file_url=api.file_url)``.

Like Telegram, it answers 429 with `retry_after` when a group chat (chat_id < 0) would get
more than `group_per_minute` message sends and edits in `group_window` seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any, Self

from aiohttp import web

from fakebotapi import (  # noqa: F401 (importing registers the methods)
    methods_edit,
    methods_media,
    methods_misc,
    methods_send,
)
from fakebotapi.methods_misc import scope_key
from fakebotapi.models import ApiCall, ApiError, CallbackAnswer, Event, SentMessage
from fakebotapi.params import read_params
from fakebotapi.registry import METHODS, canonical_name
from fakebotapi.scripting import (
    Delay,
    Failure,
    GroupLimit,
    blocked_error,
    is_message_send,
    peak_in_window,
)
from fakebotapi.state import TelegramState
from fakebotapi.users import FakeGroup, FakeUser
from fakebotapi.webhook import WebhookDelivery

__all__ = ["FakeBotApi"]

_MAX_BODY = 64 * 1024 * 1024


class FakeBotApi:
    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        bot_username: str = "meldbot_test_bot",
        bot_id: int = 123456,
        group_per_minute: int | None = 20,
        group_window: float = 60.0,
    ) -> None:
        """`group_per_minute`: sends and edits a group accepts in `group_window` seconds
        before it answers 429 (None: no limit); a short window lets tests see it pass."""
        self.token = token
        self.bot_user: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Meldbot",
            "username": bot_username,
        }
        self.state = TelegramState(self.bot_user)
        self.calls: list[ApiCall] = []
        self.base_url = ""
        self._failures: list[Failure] = []
        self._delays: list[Delay] = []
        self._group_limit = GroupLimit(group_per_minute, group_window)
        self.clock: Callable[[], float] = time.monotonic  # the server's time (tests set it)
        self._send_log: list[tuple[float, int]] = []  # (at, chat_id) of successful sends
        self._users: dict[int, FakeUser] = {}
        self._groups: dict[int, FakeGroup] = {}
        self._runner: web.AppRunner | None = None
        self._closing = asyncio.Event()
        # while a webhook is set, updates are POSTed to it (`webhook.post(...)` sends one
        # by hand, e.g. with a wrong secret; `webhook.deliveries` lists every POST)
        self.webhook = WebhookDelivery(self.state)

    # -- lifecycle ---------------------------------------------------------------------

    async def start(
        self, port: int = 0, extend: Callable[[web.Application], None] | None = None
    ) -> None:
        """Listen on 127.0.0.1 (only); `extend` may add routes (the sandbox's page)."""
        app = web.Application(client_max_size=_MAX_BODY)
        app.router.add_route("*", "/bot{token}/{method}", self._on_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._on_file)
        if extend is not None:
            extend(app)
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        host, bound_port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{bound_port}"
        self.state.closed = False
        self._closing.clear()
        self.webhook.start()

    async def stop(self) -> None:
        self.state.closed = True
        self._closing.set()
        self.state.notify()
        await self.webhook.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/bot"

    @property
    def file_url(self) -> str:
        return f"{self.base_url}/file/bot"

    # -- the people --------------------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str = "User",
        language_code: str | None = "en",
        username: str | None = None,
    ) -> FakeUser:
        """The user with this id (created on first call; later arguments are ignored)."""
        if user_id not in self._users:
            self._users[user_id] = FakeUser(
                self.state, user_id, first_name, language_code, username
            )
        return self._users[user_id]

    def group(self, chat_id: int, title: str = "Team") -> FakeGroup:
        if chat_id not in self._groups:
            self._groups[chat_id] = FakeGroup(self.state, chat_id, title)
        return self._groups[chat_id]

    # -- scripting ---------------------------------------------------------------------

    def fail(
        self,
        method: str,
        *,
        status: int,
        count: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
        chat_id: int | None = None,
    ) -> None:
        """Answer the next `count` matching calls (`method` or "*") with an error."""
        self._failures.append(Failure(method, status, count, retry_after, description, chat_id))

    def delay(self, method: str, seconds: float, count: int = 1, *, before: bool = False) -> None:
        """Hold the next `count` responses for `seconds`. The call takes effect first (like a
        real send whose answer got lost) unless `before=True`."""
        self._delays.append(Delay(method, seconds, count, before))

    def block(self, chat_id: int) -> None:
        """Sends and edits to this chat answer 403 until `unblock(chat_id)`."""
        self.state.blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        self.state.blocked.discard(chat_id)

    # -- observing ---------------------------------------------------------------------

    @property
    def sent(self) -> list[SentMessage]:
        """Every message the bot sent, all chats, in order, as first sent."""
        return self.state.sent

    def messages(self, chat_id: int) -> list[SentMessage]:
        """Bot messages in the chat now: edits applied, deleted ones left out."""
        return self.state.messages(chat_id)

    @property
    def commands(self) -> dict[tuple[str, str | None], list[dict[str, Any]]]:
        return self.state.commands

    def commands_for(
        self, scope: dict[str, Any] | None = None, language_code: str | None = None
    ) -> list[dict[str, Any]] | None:
        return self.state.commands.get((scope_key(scope), language_code))

    @property
    def callback_answers(self) -> list[CallbackAnswer]:
        return self.state.callback_answers

    @property
    def confirmed_offset(self) -> int:
        return self.state.confirmed_offset

    @property
    def pending_updates(self) -> int:
        return self.state.pending_updates

    def push_update(self, update: dict[str, Any]) -> int:
        return self.state.push_update(update)

    def subscribe(self, callback: Callable[[Event], None]) -> Callable[[], None]:
        return self.state.subscribe(callback)

    def add_file(
        self,
        data: bytes,
        *,
        kind: str = "document",
        mime_type: str | None = None,
        file_name: str | None = None,
    ) -> str:
        """Store a file (as if a user sent it); returns its file_id for getFile."""
        return self.state.add_file(
            data, kind=kind, mime_type=mime_type, file_name=file_name
        ).file_id

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> None:
        await self.state.wait_for(predicate, timeout, self._describe)

    def peak_rate(self, method_prefix: str = "send", window: float = 1.0) -> int:
        """Most successful calls in any `window` seconds. "send" counts every message send
        (send*/copy*/forward*, not sendChatAction); other prefixes match method names."""
        if method_prefix == "send":
            return peak_in_window([at for at, _ in self._send_log], window)
        times = [
            c.at for c in self.calls if c.status == 200 and c.method.startswith(method_prefix)
        ]
        return peak_in_window(times, window)

    def sends_per_chat_peak(self, window: float = 1.0) -> int:
        """Most message sends to one chat in any `window` seconds."""
        per_chat: dict[int, list[float]] = {}
        for at, chat_id in self._send_log:
            per_chat.setdefault(chat_id, []).append(at)
        return max((peak_in_window(times, window) for times in per_chat.values()), default=0)

    def group_peak(self, chat_id: int | None = None, window: float = 60.0) -> int:
        """Most successful sends and edits to one group (or to `chat_id`) in any `window`
        seconds; Telegram allows 20 a minute."""
        return self._group_limit.peak(chat_id, window)

    @property
    def group_limited(self) -> int:
        """How many calls the group limit answered with 429."""
        return self._group_limit.limited

    def _describe(self) -> str:
        calls = [
            f"  {c.method} {c.status} chat={c.params.get('chat_id')} {c.description or ''}"
            for c in self.calls[-8:]
        ]
        sent = [f"  chat={m.chat_id} #{m.message_id} {m.kind} {m.body!r}" for m in self.sent[-5:]]
        return (
            "last calls:\n" + ("\n".join(calls) or "  (none)")
            + "\nlast sent:\n" + ("\n".join(sent) or "  (none)")
            + f"\npending updates: {self.pending_updates}"
        )  # fmt: skip

    # -- HTTP --------------------------------------------------------------------------

    async def _on_method(self, request: web.Request) -> web.Response:
        at = self.clock()
        method = canonical_name(request.match_info["method"])
        try:
            params = await read_params(request)
        except ValueError:
            params = {}
            status, body = 400, ApiError(400, "Bad Request: can't parse request").payload()
        else:
            status, body = await self._answer(request.match_info["token"], method, params)
        self.calls.append(ApiCall(method, params, at, status, body.get("description")))
        if status == 200 and is_message_send(method):
            chat_id = params.get("chat_id")
            self._send_log.append((at, chat_id if isinstance(chat_id, int) else 0))
        self.state.notify()
        return web.json_response(body, status=status)

    async def _answer(
        self, token: str, method: str, params: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        if token != self.token:
            return 401, ApiError(401, "Unauthorized").payload()
        entry = METHODS.get(method.lower())
        if entry is None:
            return 404, ApiError(404, "Not Found").payload()
        delay = next((d for d in self._delays if d.matches(method)), None)
        if delay is not None:
            delay.count -= 1
            if delay.count <= 0:
                self._delays.remove(delay)
            if delay.before:
                await self._hold(delay.seconds)
        chat_id = params.get("chat_id")
        admitted: float | None = None
        try:
            self._raise_scripted(method, params)
            admitted = self._group_limit.admit(method, chat_id, self.clock())
            result = await entry[1](self.state, params)
        except ApiError as error:
            self._group_limit.withdraw(chat_id, admitted)
            status, body = error.status, error.payload()
        else:
            status, body = 200, {"ok": True, "result": result}
        if delay is not None and not delay.before:
            await self._hold(delay.seconds)
        return status, body

    def _raise_scripted(self, method: str, params: dict[str, Any]) -> None:
        failure = next((f for f in self._failures if f.matches(method, params)), None)
        if failure is not None:
            error = failure.error()
            if failure.count <= 0:
                self._failures.remove(failure)
            raise error
        blocked = blocked_error(method, params.get("chat_id"), self.state.blocked)
        if blocked is not None:
            raise blocked

    async def _hold(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    async def _on_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(ApiError(401, "Unauthorized").payload(), status=401)
        record = self.state.files_by_path.get(request.match_info["path"])
        if record is None:
            return web.json_response(ApiError(404, "Not Found").payload(), status=404)
        content_type = record.mime_type or "application/octet-stream"
        return web.Response(body=record.data, content_type=content_type)
