"""Plain data records of the fake Bot API: calls, bot messages, files, events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ApiCall",
    "ApiError",
    "CallbackAnswer",
    "Event",
    "FileRecord",
    "SentMessage",
    "Upload",
]

MEDIA_KINDS = ("photo", "voice", "document", "audio", "video", "sticker", "animation")


class ApiError(Exception):
    """An error answer of the Bot API (`{"ok": false, ...}`)."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes


@dataclass(frozen=True)
class ApiCall:
    """One request the bot made. `at` is `time.monotonic()` at arrival."""

    method: str
    params: dict[str, Any]
    at: float
    status: int
    description: str | None = None


@dataclass
class FileRecord:
    """A file known to the server: sent by a user or uploaded by the bot."""

    file_id: str
    file_unique_id: str
    data: bytes
    file_path: str
    mime_type: str | None = None
    file_name: str | None = None

    def to_api(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
            "file_path": self.file_path,
        }


@dataclass(frozen=True)
class CallbackAnswer:
    """The bot's `answerCallbackQuery` for one tap."""

    callback_query_id: str
    chat_id: int | None
    text: str | None
    show_alert: bool
    url: str | None


@dataclass
class SentMessage:
    """A message the bot sent, in its current state (edits applied in `messages()`).

    `text`/`caption` are as Telegram shows them (HTML tags stripped when `parse_mode` was
    HTML); `raw_text` keeps what the bot sent. `content` holds the kind-specific Bot API
    fields (`{"photo": [...]}`, `{"location": {...}}`, ...). `media` is the uploaded bytes
    when the bot uploaded a file, `file_id` the file's id (uploaded or reused).
    """

    message_id: int
    chat_id: int
    kind: str
    date: int
    text: str | None = None
    caption: str | None = None
    raw_text: str | None = None
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    reply_to_message_id: int | None = None
    media: bytes | None = None
    file_id: str | None = None
    content: dict[str, Any] = field(default_factory=dict)
    method: str = "sendMessage"
    edited: bool = False
    edit_date: int | None = None
    deleted: bool = False
    chat: dict[str, Any] = field(default_factory=dict, repr=False)
    sender: dict[str, Any] = field(default_factory=dict, repr=False)

    def buttons(self) -> list[list[dict[str, Any]]]:
        """Inline keyboard rows (empty if the message has no inline keyboard)."""
        if not self.reply_markup:
            return []
        rows: list[list[dict[str, Any]]] = self.reply_markup.get("inline_keyboard", [])
        return rows

    def button_texts(self) -> list[str]:
        return [button["text"] for row in self.buttons() for button in row]

    def find_button(self, text_or_prefix: str) -> dict[str, Any] | None:
        """The first button whose text equals the argument, else the first that starts with it."""
        flat = [button for row in self.buttons() for button in row]
        for button in flat:
            if button["text"] == text_or_prefix:
                return button
        for button in flat:
            if button["text"].startswith(text_or_prefix):
                return button
        return None

    @property
    def body(self) -> str | None:
        """`text` for text messages, `caption` for media."""
        return self.text if self.text is not None else self.caption

    @property
    def photo(self) -> bytes | None:
        return self.media if self.kind == "photo" else None

    @property
    def voice(self) -> bytes | None:
        return self.media if self.kind == "voice" else None

    @property
    def document(self) -> bytes | None:
        return self.media if self.kind == "document" else None

    @property
    def location(self) -> tuple[float, float] | None:
        spot = self.content.get("location") or self.content.get("venue", {}).get("location")
        if not spot:
            return None
        return (spot["latitude"], spot["longitude"])

    def to_api(self) -> dict[str, Any]:
        """The Bot API `Message` object for this message."""
        message: dict[str, Any] = {
            "message_id": self.message_id,
            "from": self.sender,
            "chat": self.chat,
            "date": self.date,
        }
        if self.text is not None:
            message["text"] = self.text
        if self.caption is not None:
            message["caption"] = self.caption
        message.update(self.content)
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            message["reply_markup"] = self.reply_markup
        if self.edit_date is not None:
            message["edit_date"] = self.edit_date
        return message


@dataclass(frozen=True)
class Event:
    """Something observable happened in a chat.

    kind: "sent" | "edited" | "deleted" | "chat_action" | "callback_answer" | "update".
    `message` is set for the message kinds, `data` carries the rest (the action, the
    callback answer, the raw update).
    """

    kind: str
    chat_id: int | None
    message: SentMessage | None = None
    data: dict[str, Any] = field(default_factory=dict)
