"""The fake Telegram world: chats, messages per chat, the update queue, files, events.

Independent of HTTP, so the test server and a browser sandbox can share it. Every change
calls `notify()`, which wakes `wait_change()`/`wait_for()` and long-polling `getUpdates`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from fakebotapi.models import ApiError, CallbackAnswer, Event, FileRecord, SentMessage

__all__ = ["ChatState", "TelegramState"]

logger = logging.getLogger(__name__)

_EXTENSIONS = {"photo": "jpg", "voice": "oga", "audio": "mp3", "video": "mp4", "sticker": "webp"}


DELETE_WITHIN = 48 * 3600  # seconds: how long a bot may delete a message


def now() -> int:
    """Unix seconds, as Telegram dates are."""
    return int(time.time())


class ChatState:
    """One chat: its Bot API `Chat`, message ids, bot messages, user messages, keyboard."""

    def __init__(self, chat: dict[str, Any]) -> None:
        self.chat = chat
        self.id: int = chat["id"]
        self.last_message_id = 0
        self.bot_messages: dict[int, SentMessage] = {}  # current state, without deleted ones
        self.sent_log: list[SentMessage] = []  # every bot message in send order, as sent
        self.deleted_messages: dict[int, SentMessage] = {}
        self.user_messages: dict[int, dict[str, Any]] = {}
        self.reply_keyboard: dict[str, Any] | None = None
        self.last_action: str | None = None

    def new_message_id(self) -> int:
        self.last_message_id += 1
        return self.last_message_id

    def any_message(self, message_id: int) -> dict[str, Any] | None:
        """A message of either side as a Bot API `Message`, or None."""
        bot_message = self.bot_messages.get(message_id)
        if bot_message is not None:
            return bot_message.to_api()
        return self.user_messages.get(message_id)


class TelegramState:
    def __init__(self, bot_user: dict[str, Any]) -> None:
        self.bot_user = bot_user
        self.users: dict[int, dict[str, Any]] = {}
        self.chats: dict[int, ChatState] = {}
        self.sent: list[SentMessage] = []
        self.files: dict[str, FileRecord] = {}
        self.files_by_path: dict[str, FileRecord] = {}
        self.callback_answers: list[CallbackAnswer] = []
        self.open_callback_queries: dict[str, int | None] = {}
        self.commands: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
        self.updates: deque[dict[str, Any]] = deque()
        self.last_update_id = 0
        self.confirmed_offset = 0
        self.closed = False
        self.blocked: set[int] = set()
        self.webhook_url = ""
        self.webhook_secret = ""  # setWebhook's secret_token, sent with each delivery
        self.webhook_allowed_updates: list[str] | None = None
        self._subscribers: list[Callable[[Event], None]] = []
        self._waiters: set[asyncio.Future[None]] = set()
        self._counter = 0
        # the world's time (message dates, Telegram's 48 hours for deleting); tests that run
        # the bot on a fake clock set it to that clock
        self.wall: Callable[[], float] = time.time

    def now(self) -> int:
        """Unix seconds, as Telegram dates are."""
        return int(self.wall())

    # -- chats -------------------------------------------------------------------------

    def ensure_user(self, user: dict[str, Any]) -> dict[str, Any]:
        return self.users.setdefault(user["id"], user)

    def ensure_chat(self, chat: dict[str, Any]) -> ChatState:
        state = self.chats.get(chat["id"])
        if state is None:
            state = self.chats[chat["id"]] = ChatState(chat)
        return state

    def chat(self, chat_id: object) -> ChatState:
        """The chat for a request's `chat_id`; 400 "chat not found" if unknown."""
        state = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if state is None:
            logger.warning(
                "fake Bot API: unknown chat %s (create it with user() or group())", chat_id
            )
            raise ApiError(400, "Bad Request: chat not found")
        return state

    def next_id(self) -> int:
        self._counter += 1
        return self._counter

    # -- bot messages ------------------------------------------------------------------

    def add_bot_message(self, message: SentMessage) -> None:
        chat = self.chats[message.chat_id]
        chat.bot_messages[message.message_id] = message
        chat.sent_log.append(message)
        self.sent.append(message)
        self.emit(Event("sent", message.chat_id, message))

    def bot_message(self, chat_id: object, message_id: object, *, action: str) -> SentMessage:
        chat = self.chat(chat_id)
        message = chat.bot_messages.get(message_id) if isinstance(message_id, int) else None
        if message is None:
            raise ApiError(400, f"Bad Request: message to {action} not found")
        return message

    def replace_bot_message(self, message: SentMessage) -> None:
        self.chats[message.chat_id].bot_messages[message.message_id] = message
        self.emit(Event("edited", message.chat_id, message))

    def too_old_to_delete(self, chat: ChatState, message_id: int) -> bool:
        """Telegram lets a bot delete a message for 48 hours after it was sent."""
        found = chat.bot_messages.get(message_id)
        date = found.date if found is not None else \
            (chat.user_messages.get(message_id) or {}).get("date")
        return isinstance(date, int) and self.now() - date >= DELETE_WITHIN

    def delete_message(self, chat_id: object, message_id: object) -> None:
        chat = self.chat(chat_id)
        if not isinstance(message_id, int):
            raise ApiError(400, "Bad Request: message identifier is not specified")
        if self.too_old_to_delete(chat, message_id):
            raise ApiError(400, "Bad Request: message can't be deleted for everyone")
        message = chat.bot_messages.pop(message_id, None)
        if message is not None:
            message.deleted = True
            chat.deleted_messages[message_id] = message
        elif chat.user_messages.pop(message_id, None) is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        self.emit(Event("deleted", chat.id, message, {"message_id": message_id}))

    def messages(self, chat_id: int) -> list[SentMessage]:
        chat = self.chats.get(chat_id)
        return list(chat.bot_messages.values()) if chat else []

    def current(self, message: SentMessage) -> SentMessage:
        """The current state of a (possibly since edited) bot message."""
        chat = self.chats[message.chat_id]
        found = chat.bot_messages.get(message.message_id)
        if found is None:
            found = chat.deleted_messages.get(message.message_id, message)
        return found

    # -- updates -----------------------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update (registering its chat and sender); returns its update_id."""
        self.last_update_id += 1
        update = {**update, "update_id": self.last_update_id}
        for key in ("message", "edited_message", "callback_query", "my_chat_member"):
            body = update.get(key)
            if isinstance(body, dict):
                if isinstance(body.get("from"), dict):
                    self.ensure_user(body["from"])
                chat = body.get("chat") or body.get("message", {}).get("chat")
                if isinstance(chat, dict):
                    self.ensure_chat(chat)
        chat_id = _update_chat_id(update)
        query = update.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            self.open_callback_queries[str(query["id"])] = chat_id
        self.updates.append(update)
        self.emit(Event("update", chat_id, data=update))
        return self.last_update_id

    def take_updates(self, offset: int | None, limit: int) -> list[dict[str, Any]]:
        """Confirm updates below `offset` (Telegram semantics) and return the next `limit`."""
        if offset is not None and offset < 0:
            while len(self.updates) > -offset:
                self.updates.popleft()
        elif offset is not None:
            self.confirmed_offset = max(self.confirmed_offset, offset)
            while self.updates and self.updates[0]["update_id"] < offset:
                self.updates.popleft()
        return [self.updates[index] for index in range(min(limit, len(self.updates)))]

    @property
    def pending_updates(self) -> int:
        return len(self.updates)

    # -- files -------------------------------------------------------------------------

    def add_file(
        self,
        data: bytes,
        *,
        kind: str = "document",
        mime_type: str | None = None,
        file_name: str | None = None,
    ) -> FileRecord:
        number = self.next_id()
        extension = _EXTENSIONS.get(kind, "bin")
        if file_name and "." in file_name:
            extension = file_name.rsplit(".", 1)[1]
        record = FileRecord(
            file_id=f"{kind}-file-{number}",
            file_unique_id=f"unique-{number}",
            data=data,
            file_path=f"{kind}s/file_{number}.{extension}",
            mime_type=mime_type,
            file_name=file_name,
        )
        self.files[record.file_id] = record
        self.files_by_path[record.file_path] = record
        return record

    # -- events and waiting ------------------------------------------------------------

    def subscribe(self, callback: Callable[[Event], None]) -> Callable[[], None]:
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def emit(self, event: Event) -> None:
        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception:
                logger.exception("fake Bot API subscriber failed on %s", event.kind)
        self.notify()

    def notify(self) -> None:
        waiters, self._waiters = self._waiters, set()
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def wait_change(self, timeout: float) -> None:  # noqa: ASYNC109
        """Return on the next `notify()` or after `timeout` seconds, whichever is first."""
        if timeout <= 0:
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.add(waiter)
        try:
            await asyncio.wait_for(waiter, timeout)
        except TimeoutError:
            return
        finally:
            self._waiters.discard(waiter)

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
        describe: Callable[[], str] | None = None,
    ) -> None:
        """Wait until `predicate()` holds, re-checking after every change."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                name = getattr(predicate, "__qualname__", repr(predicate))
                detail = f"\n{describe()}" if describe else ""
                raise TimeoutError(f"condition {name} not met within {timeout}s{detail}")
            await self.wait_change(remaining)


def _update_chat_id(update: dict[str, Any]) -> int | None:
    for key in ("message", "edited_message", "my_chat_member"):
        if key in update:
            chat_id: int = update[key]["chat"]["id"]
            return chat_id
    query = update.get("callback_query")
    if query and "message" in query:
        query_chat_id: int = query["message"]["chat"]["id"]
        return query_chat_id
    return None
