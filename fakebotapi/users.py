"""People on the fake Telegram: a private-chat user and a group, driven like a conversation.

    alice = api.user(1001, "Alice")
    await alice.send("/start")
    reply = await alice.wait_reply()
    await alice.tap("✅")

The `send`-style methods only queue an update (waking long-polling `getUpdates`) and
return at once; use `wait_reply()` or `FakeBotApi.wait_for()` to wait for the bot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fakebotapi.models import Event, SentMessage
from fakebotapi.state import ChatState, TelegramState

__all__ = ["Conversation", "FakeGroup", "FakeUser", "ReplyButton"]

# Smallest useful stand-ins for real files.
OGG_VOICE = b"OggS\x00\x02" + bytes(26) + b"OpusHead"
JPEG_PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(32) + b"\xff\xd9"
WEBP_STICKER = b"RIFF\x1a\x00\x00\x00WEBPVP8 " + bytes(14)


@dataclass(frozen=True)
class ReplyButton:
    """A reply-keyboard button: its text, and what pressing it shares instead of the text
    (`request_location` -> "location", `request_contact` -> "contact", ...), if anything."""

    text: str
    request: str | None = None

    @classmethod
    def of(cls, button: str | dict[str, Any]) -> ReplyButton:
        if isinstance(button, str):
            return cls(button)
        asks = [key.removeprefix("request_") for key, value in button.items()
                if key.startswith("request_") and value]
        return cls(str(button.get("text", "")), asks[0] if asks else None)


def _describe(messages: list[SentMessage]) -> str:
    lines = [f"  #{m.message_id} {m.kind} {m.body!r} buttons={m.button_texts()}" for m in messages]
    return "\n".join(lines) or "  (none)"


class Conversation:
    """One chat seen from the human side: the bot's replies and ways to wait for them."""

    def __init__(self, state: TelegramState, chat: dict[str, Any]) -> None:
        self.state = state
        self.chat_id: int = chat["id"]
        self.chat: ChatState = state.ensure_chat(chat)

    def replies(self) -> list[SentMessage]:
        """The bot's messages in this chat, current state, without deleted ones."""
        return self.state.messages(self.chat_id)

    def last_reply(self) -> SentMessage:
        if not self.chat.bot_messages:
            raise AssertionError(f"the bot has sent nothing to chat {self.chat_id}")
        return next(reversed(self.chat.bot_messages.values()))

    def mark(self) -> int:
        """How many messages the bot has sent here so far; pass as `wait_reply(after=...)`."""
        return len(self.chat.sent_log)

    async def wait_reply(
        self,
        predicate: Callable[[SentMessage], bool] | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
        after: int | None = None,
    ) -> SentMessage:
        """Wait for a bot message sent after `after` (default: now) that matches `predicate`.

        Returns the message in its current state (edits applied).
        """
        start = self.mark() if after is None else after
        log = self.chat.sent_log
        cursor = start
        positions: dict[int, int] = {}  # message_id -> index in the send log
        edited: set[int] = set()  # ids of already checked messages edited since
        found: list[SentMessage] = []

        def on_event(event: Event) -> None:
            if event.kind == "edited" and event.chat_id == self.chat_id and event.message:
                edited.add(event.message.message_id)

        def arrived() -> bool:
            # Only new messages and edited ones can newly match: no rescans of the log.
            nonlocal cursor
            candidates = [positions[id_] for id_ in edited if id_ in positions]
            edited.clear()
            for index in range(cursor, len(log)):
                positions[log[index].message_id] = index
                candidates.append(index)
            cursor = len(log)
            for index in sorted(candidates):
                current = self.state.current(log[index])
                if predicate is None or predicate(current):
                    found.append(current)
                    return True
            return False

        def describe() -> str:
            new = [self.state.current(m) for m in log[start:]]
            return f"new bot messages in chat {self.chat_id}:\n{_describe(new)}"

        unsubscribe = self.state.subscribe(on_event)
        try:
            await self.state.wait_for(arrived, timeout, describe)
        finally:
            unsubscribe()
        return found[0]

    def reply_keyboard(self) -> list[list[str]] | None:
        """Texts of the reply keyboard currently shown in this chat, if any."""
        markup = self.chat.reply_keyboard
        if markup is None:
            return None
        return [
            [button if isinstance(button, str) else button["text"] for button in row]
            for row in markup.get("keyboard", [])
        ]

    def keyboard_buttons(self) -> list[list[ReplyButton]]:
        """The reply keyboard shown in this chat now, button by button (empty if none)."""
        markup = self.chat.reply_keyboard or {}
        return [[ReplyButton.of(button) for button in row] for row in markup.get("keyboard", [])]

    def keyboard_button(self, text: str) -> ReplyButton | None:
        return next((b for row in self.keyboard_buttons() for b in row if b.text == text), None)

    def _post(self, sender: FakeUser, key: str = "message", **fields: Any) -> int:
        message_id = self.chat.new_message_id()
        message = {
            "message_id": message_id,
            "from": sender.api_user,
            "chat": self.chat.chat,
            "date": self.state.now(),
            **fields,
        }
        self.chat.user_messages[message_id] = message
        keyboard = self.chat.reply_keyboard
        if keyboard is not None and keyboard.get("one_time_keyboard"):
            self.chat.reply_keyboard = None
        self.state.push_update({key: message})
        return message_id

    def _text(self, sender: FakeUser, text: str, **fields: Any) -> int:
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            length = len(command.encode("utf-16-le")) // 2
            fields["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self._post(sender, text=text, **fields)

    def _tap(self, sender: FakeUser, text: str, message: SentMessage | None) -> str:
        target = self._tap_target(message)
        button = target.find_button(text)
        if button is None:
            raise AssertionError(
                f"no button {text!r} in message #{target.message_id} ({target.body!r}); "
                f"available: {target.button_texts()}"
            )
        if "callback_data" not in button:
            raise AssertionError(f"button {button['text']!r} has no callback_data: {button}")
        query_id = f"cbq-{self.state.next_id()}"
        query = {
            "id": query_id,
            "from": sender.api_user,
            "message": target.to_api(),
            "chat_instance": f"instance{self.chat_id}",
            "data": button["callback_data"],
        }
        self.state.push_update({"callback_query": query})
        return query_id

    def _tap_target(self, message: SentMessage | None) -> SentMessage:
        if message is not None:
            current = self.chat.bot_messages.get(message.message_id)
            if current is None:
                raise AssertionError(f"message #{message.message_id} was deleted")
            return current
        for candidate in reversed(self.chat.bot_messages.values()):
            if candidate.buttons():
                return candidate
        recent = list(self.chat.bot_messages.values())[-5:]
        raise AssertionError(
            f"no bot message with inline buttons in chat {self.chat_id}; "
            f"last messages:\n{_describe(recent)}"
        )

    def _reply_to(self, sender: FakeUser, message_id: int, text: str) -> int:
        original = self.chat.any_message(message_id)
        if original is None:
            raise AssertionError(f"no message #{message_id} in chat {self.chat_id}")
        return self._text(sender, text, reply_to_message=original)


class FakeUser(Conversation):
    """A Telegram user in a private chat with the bot (chat id == user id)."""

    def __init__(
        self,
        state: TelegramState,
        user_id: int,
        first_name: str = "User",
        language_code: str | None = "en",
        username: str | None = None,
    ) -> None:
        self.id = user_id
        self.first_name = first_name
        self.language_code = language_code
        self.username = username
        self.api_user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        chat: dict[str, Any] = {"id": user_id, "type": "private", "first_name": first_name}
        if language_code is not None:
            self.api_user["language_code"] = language_code
        if username is not None:
            self.api_user["username"] = chat["username"] = username
        state.ensure_user(self.api_user)
        super().__init__(state, chat)

    def __repr__(self) -> str:
        return f"FakeUser({self.id}, {self.first_name!r})"

    async def send(self, text: str) -> int:
        """Send text (a leading /command gets its bot_command entity); returns message_id."""
        return self._text(self, text)

    async def tap(self, button_text_or_prefix: str, message: SentMessage | None = None) -> str:
        """Tap an inline button (exact text, else prefix) in `message` or the newest message
        with buttons; returns the callback query id."""
        return self._tap(self, button_text_or_prefix, message)

    async def reply_to(self, message_id: int, text: str) -> int:
        return self._reply_to(self, message_id, text)

    async def edit(self, message_id: int, new_text: str) -> None:
        original = self.chat.user_messages.get(message_id)
        if original is None:
            raise AssertionError(f"{self!r} has no message #{message_id} to edit")
        edited = {**original, "text": new_text, "edit_date": self.state.now()}
        self.chat.user_messages[message_id] = edited
        self.state.push_update({"edited_message": edited})

    async def press(self, text: str, location: tuple[float, float] | None = None,
                    phone_number: str | None = None) -> int:
        """Press a button of the reply keyboard as a Telegram app does: a plain one sends its
        text, a request_location one the location (`location`, which the person picks), a
        request_contact one the person's own contact. Returns the message id."""
        button = self.keyboard_button(text)
        if button is None:
            shown = [[b.text for b in row] for row in self.keyboard_buttons()]
            raise AssertionError(f"no keyboard button {text!r} in chat {self.chat_id}; "
                                 f"keyboard: {shown}")
        if button.request == "location":
            if location is None:
                raise AssertionError(f"{text!r} shares a location: pass location=(lat, lon)")
            return await self.send_location(*location)
        if button.request == "contact":
            return await self.send_contact(phone_number or f"+316{self.id % 10**8:08d}")
        if button.request is not None:
            raise AssertionError(f"{text!r} asks for a {button.request}: not simulated")
        return await self.send(text)

    async def send_location(self, latitude: float, longitude: float) -> int:
        return self._post(self, location={"latitude": latitude, "longitude": longitude})

    async def send_voice(
        self, data: bytes = OGG_VOICE, duration: int = 3, mime_type: str = "audio/ogg"
    ) -> int:
        record = self.state.add_file(data, kind="voice", mime_type=mime_type)
        voice = {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "duration": duration,
            "mime_type": mime_type,
            "file_size": len(data),
        }
        return self._post(self, voice=voice)

    async def send_photo(
        self, data: bytes = JPEG_PHOTO, caption: str | None = None, mime_type: str = "image/jpeg"
    ) -> int:
        record = self.state.add_file(data, kind="photo", mime_type=mime_type)
        size = {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "width": 640,
            "height": 480,
            "file_size": len(data),
        }
        extra = {"caption": caption} if caption is not None else {}
        return self._post(self, photo=[size], **extra)

    async def send_document(
        self,
        data: bytes,
        file_name: str = "document.pdf",
        mime_type: str = "application/pdf",
        caption: str | None = None,
    ) -> int:
        record = self.state.add_file(
            data, kind="document", mime_type=mime_type, file_name=file_name
        )
        document = {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(data),
        }
        extra = {"caption": caption} if caption is not None else {}
        return self._post(self, document=document, **extra)

    async def send_sticker(self, emoji: str = "👍") -> int:
        record = self.state.add_file(WEBP_STICKER, kind="sticker", mime_type="image/webp")
        sticker = {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._post(self, sticker=sticker)

    async def send_contact(self, phone_number: str, first_name: str | None = None) -> int:
        contact = {
            "phone_number": phone_number,
            "first_name": first_name or self.first_name,
            "user_id": self.id,
        }
        return self._post(self, contact=contact)

    async def block_bot(self) -> None:
        """Block the bot: sends now answer 403, and the bot gets a my_chat_member update."""
        self.state.blocked.add(self.chat_id)
        self._member_update("member", "kicked")

    async def unblock_bot(self) -> None:
        self.state.blocked.discard(self.chat_id)
        self._member_update("kicked", "member")

    def _member_update(self, old: str, new: str) -> None:
        bot = self.state.bot_user
        update = {
            "chat": self.chat.chat,
            "from": self.api_user,
            "date": self.state.now(),
            "old_chat_member": {"status": old, "user": bot, "until_date": 0},
            "new_chat_member": {"status": new, "user": bot, "until_date": 0},
        }
        self.state.push_update({"my_chat_member": update})


class FakeGroup(Conversation):
    """A group chat with the bot; members act through `send(user, text)` and friends."""

    def __init__(self, state: TelegramState, chat_id: int, title: str = "Team") -> None:
        if chat_id >= 0:
            raise ValueError(f"group chat ids are negative, got {chat_id}")
        self.title = title
        kind = "supergroup" if chat_id < -1_000_000_000_000 else "group"
        super().__init__(state, {"id": chat_id, "type": kind, "title": title})

    def __repr__(self) -> str:
        return f"FakeGroup({self.chat_id}, {self.title!r})"

    async def send(self, from_user: FakeUser, text: str) -> int:
        return self._text(from_user, text)

    async def tap(
        self, from_user: FakeUser, button_text_or_prefix: str, message: SentMessage | None = None
    ) -> str:
        return self._tap(from_user, button_text_or_prefix, message)

    async def reply_to(self, from_user: FakeUser, message_id: int, text: str) -> int:
        return self._reply_to(from_user, message_id, text)
