"""Telegram updates in, our own events out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows.core.events import (
    Button,
    Command,
    Edited,
    Event,
    Location,
    Media,
    Text,
    Unsupported,
)

__all__ = ["Incoming", "parse_update"]

_MEDIA = ("voice", "audio", "document", "video", "video_note", "animation")


@dataclass(frozen=True)
class Incoming:
    """One update, reduced to what dispatch needs."""

    update_id: int
    user_id: int
    chat_id: int
    private: bool
    language_code: str | None
    event: Event
    message_id: int | None = None
    callback_id: str | None = None
    reply_to: int | None = None  # the bot message this one answers (Telegram "reply")
    first_name: str | None = None  # the sender's Telegram first name


def parse_update(raw: dict[str, Any], bot_username: str) -> Incoming | None:
    """None for updates that carry nothing a person did (e.g. chat member changes)."""
    update_id = int(raw["update_id"])
    if "callback_query" in raw:
        query = raw["callback_query"]
        message = query.get("message") or {}
        chat = message.get("chat") or {"id": query["from"]["id"], "type": "private"}
        return Incoming(
            update_id, query["from"]["id"], chat["id"], chat.get("type") == "private",
            query["from"].get("language_code"), Button(str(query.get("data") or ""),
                                                       message.get("message_id")),
            message.get("message_id"), str(query["id"]),
            first_name=query["from"].get("first_name"),
        )
    edited = "edited_message" in raw
    message = raw.get("edited_message") or raw.get("message")
    if not message or "from" not in message:
        return None
    sender, chat = message["from"], message["chat"]
    event = _edited(message) if edited else _event(message, bot_username)
    replied = (message.get("reply_to_message") or {}).get("message_id")
    return Incoming(update_id, sender["id"], chat["id"], chat.get("type") == "private",
                    sender.get("language_code"), event, message.get("message_id"),
                    reply_to=replied, first_name=sender.get("first_name"))


def _edited(message: dict[str, Any]) -> Event:
    text = message.get("text") or message.get("caption")
    return Edited(text) if text else Unsupported("edit")


def _event(message: dict[str, Any], bot_username: str) -> Event:
    text = message.get("text")
    if text is not None:
        return _command(text, bot_username) or Text(text)
    if "location" in message:
        where = message["location"]
        return Location(float(where["latitude"]), float(where["longitude"]))
    if message.get("photo"):
        biggest = message["photo"][-1]
        return Media("photo", biggest["file_id"], message.get("caption"))
    for kind in _MEDIA:
        if kind in message:
            return Media(kind, message[kind]["file_id"], message.get("caption"))
    for kind in ("sticker", "contact", "poll", "dice", "venue", "game", "story"):
        if kind in message:
            return Unsupported(kind)
    return Unsupported("other")


def _command(text: str, bot_username: str) -> Command | None:
    if not text.startswith("/") or len(text) < 2:
        return None
    head, _, arg = text.partition(" ")
    name, _, target = head[1:].partition("@")
    if target and target.lower() != bot_username.lower():
        return None
    if not name.replace("_", "").isalnum():
        return None
    return Command(name.lower(), arg.strip())
