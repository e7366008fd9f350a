"""What the page shows: chats and their messages as plain JSON-ready dicts."""

from __future__ import annotations

from typing import Any

from fakebotapi import ChatState, ReplyButton, SentMessage, TelegramState

__all__ = ["bot_message_view", "chat_view", "keyboard_view", "user_message_view"]

_MEDIA = ("photo", "voice", "audio", "video", "animation", "document", "sticker")


def _media(content: dict[str, Any], state: TelegramState) -> dict[str, Any]:
    """kind, file id, mime type and file name (a document's) of the message's file."""
    for kind in _MEDIA:
        body = content.get(kind)
        if body is None:
            continue
        item = body[-1] if isinstance(body, list) else body
        file_id = item.get("file_id") if isinstance(item, dict) else None
        record = state.files.get(file_id) if isinstance(file_id, str) else None
        mime = item.get("mime_type") or (record.mime_type if record else None)
        name = item.get("file_name") if isinstance(item, dict) else None
        return {"kind": kind, "file_id": file_id, "mime": mime, "name": name}
    return {}


def _location(content: dict[str, Any]) -> dict[str, float] | None:
    spot = content.get("location")
    if not isinstance(spot, dict):
        return None
    return {"latitude": float(spot["latitude"]), "longitude": float(spot["longitude"])}


def _contact(content: dict[str, Any]) -> dict[str, str] | None:
    card = content.get("contact")
    if not isinstance(card, dict):
        return None
    return {"phone_number": str(card.get("phone_number", "")),
            "first_name": str(card.get("first_name", ""))}


def _buttons(markup: dict[str, Any] | None) -> list[list[dict[str, Any]]]:
    rows = (markup or {}).get("inline_keyboard", [])
    return [
        [{"text": b["text"], "url": b.get("url"), "tappable": "callback_data" in b} for b in row]
        for row in rows
    ]


def bot_message_view(
    message: SentMessage, state: TelegramState, seen_at: str | None
) -> dict[str, Any]:
    html = message.raw_text if (message.parse_mode or "").upper() == "HTML" else None
    return {
        "chat_id": message.chat_id,
        "message_id": message.message_id,
        "from_bot": True,
        "sender": state.bot_user.get("first_name", "bot"),
        "kind": message.kind,
        "text": message.body,
        "html": html,
        "buttons": _buttons(message.reply_markup),
        "media": _media(message.content, state),
        "location": _location(message.content),
        "contact": _contact(message.content),
        "reply_to": message.reply_to_message_id,
        "forwarded": "forward_origin" in message.content,
        "edited": message.edited or message.edit_date is not None,
        "time": seen_at,
    }


def user_message_view(
    message: dict[str, Any], state: TelegramState, seen_at: str | None
) -> dict[str, Any]:
    sender = message.get("from") or {}
    kind = next((k for k in ("text", *_MEDIA, "location", "contact") if k in message),
                "unknown")
    reply = message.get("reply_to_message")
    return {
        "chat_id": message["chat"]["id"],
        "message_id": message["message_id"],
        "from_bot": False,
        "sender": sender.get("first_name", "?"),
        "sender_id": sender.get("id"),
        "kind": kind,
        "text": message.get("text", message.get("caption")),
        "html": None,
        "buttons": [],
        "media": _media(message, state),
        "location": _location(message),
        "contact": _contact(message),
        "reply_to": reply.get("message_id") if isinstance(reply, dict) else None,
        "forwarded": False,
        "edited": "edit_date" in message,
        "time": seen_at,
    }


def keyboard_view(chat: ChatState) -> list[list[dict[str, str | None]]] | None:
    """The reply keyboard: each button's text and what it shares instead ("location",
    "contact") if it asks for something."""
    markup = chat.reply_keyboard
    if markup is None:
        return None
    return [
        [{"text": button.text, "request": button.request}
         for button in map(ReplyButton.of, row)]
        for row in markup.get("keyboard", [])
    ]


def chat_view(
    chat: ChatState, state: TelegramState, seen: dict[tuple[int, int], str]
) -> dict[str, Any]:
    """Both sides of the chat in message-id order (ids are shared, as in Telegram)."""
    messages = [
        bot_message_view(m, state, seen.get((chat.id, m.message_id)))
        for m in chat.bot_messages.values()
    ]
    messages += [
        user_message_view(m, state, seen.get((chat.id, m["message_id"])))
        for m in chat.user_messages.values()
    ]
    messages.sort(key=lambda view: int(view["message_id"]))
    return {"chat_id": chat.id, "messages": messages, "keyboard": keyboard_view(chat)}
