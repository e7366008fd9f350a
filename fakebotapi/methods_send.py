"""Bot API methods that create messages: send*, copyMessage, forwardMessage."""

from __future__ import annotations

from typing import Any

from fakebotapi.markup import visible_text
from fakebotapi.models import ApiError, SentMessage
from fakebotapi.registry import api_method
from fakebotapi.state import ChatState, TelegramState

__all__ = ["CONTENT_KINDS", "MAX_CAPTION", "MAX_TEXT", "kind_of", "new_message", "validate_markup"]

MAX_TEXT = 4096
MAX_CAPTION = 1024
# Order matters: a venue message also carries "location".
CONTENT_KINDS = (
    "text", "photo", "voice", "document", "audio", "video", "animation", "sticker",
    "venue", "location", "contact",
)  # fmt: skip


def kind_of(message: dict[str, Any]) -> str:
    return next((kind for kind in CONTENT_KINDS if kind in message), "unknown")


def validate_markup(markup: Any) -> dict[str, Any] | None:
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise ApiError(
                    400, "Bad Request: text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return markup


def _reply_to(chat: ChatState, params: dict[str, Any]) -> dict[str, Any] | None:
    reply = params.get("reply_parameters")
    if isinstance(reply, dict):
        message_id, allow = reply.get("message_id"), reply.get("allow_sending_without_reply")
    else:
        message_id = params.get("reply_to_message_id")
        allow = params.get("allow_sending_without_reply")
    if message_id is None:
        return None
    original = chat.any_message(message_id) if isinstance(message_id, int) else None
    if original is None and not allow:
        raise ApiError(400, "Bad Request: message to be replied not found")
    return original


def _checked(text: str | None, parse_mode: str | None, limit: int, what: str) -> str | None:
    shown = visible_text(text, parse_mode)
    if shown is not None and len(shown) > limit:
        raise ApiError(400, f"Bad Request: {what} is too long")
    return shown


def new_message(
    state: TelegramState,
    params: dict[str, Any],
    kind: str,
    *,
    method: str,
    content: dict[str, Any] | None = None,
    media: bytes | None = None,
    file_id: str | None = None,
    text: str | None = None,
) -> SentMessage:
    """Build, record and return a bot message in `params["chat_id"]`."""
    chat = state.chat(params.get("chat_id"))
    parse_mode = params.get("parse_mode")
    raw = text if kind == "text" else params.get("caption")
    shown = _checked(
        raw,
        parse_mode,
        MAX_TEXT if kind == "text" else MAX_CAPTION,
        "message" if kind == "text" else "message caption",
    )
    markup = validate_markup(params.get("reply_markup"))
    replied = _reply_to(chat, params)
    extra = dict(content or {})
    if replied is not None:
        extra["reply_to_message"] = replied
    message = SentMessage(
        message_id=chat.new_message_id(),
        chat_id=chat.id,
        kind=kind,
        date=state.now(),
        text=shown if kind == "text" else None,
        caption=shown if kind != "text" else None,
        raw_text=raw,
        parse_mode=parse_mode,
        reply_markup=markup,
        reply_to_message_id=replied["message_id"] if replied else None,
        media=media,
        file_id=file_id,
        content=extra,
        method=method,
        chat=chat.chat,
        sender=state.bot_user,
    )
    if markup and "keyboard" in markup:
        chat.reply_keyboard = markup
    elif markup and markup.get("remove_keyboard"):
        chat.reply_keyboard = None
    state.add_bot_message(message)
    return message


@api_method("sendMessage")
async def send_message(state: TelegramState, params: dict[str, Any]) -> Any:
    text = params.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    return new_message(state, params, "text", method="sendMessage", text=text).to_api()


def _location(params: dict[str, Any]) -> dict[str, float]:
    try:
        return {"latitude": float(params["latitude"]), "longitude": float(params["longitude"])}
    except (KeyError, TypeError, ValueError):
        raise ApiError(400, "Bad Request: wrong latitude or longitude") from None


@api_method("sendLocation")
async def send_location(state: TelegramState, params: dict[str, Any]) -> Any:
    content = {"location": _location(params)}
    return new_message(state, params, "location", method="sendLocation", content=content).to_api()


@api_method("sendVenue")
async def send_venue(state: TelegramState, params: dict[str, Any]) -> Any:
    spot = _location(params)
    venue = {
        "location": spot,
        "title": params.get("title", ""),
        "address": params.get("address", ""),
    }
    content = {"venue": venue, "location": spot}
    return new_message(state, params, "venue", method="sendVenue", content=content).to_api()


@api_method("sendContact")
async def send_contact(state: TelegramState, params: dict[str, Any]) -> Any:
    contact = {
        "phone_number": params.get("phone_number", ""),
        "first_name": params.get("first_name", ""),
    }
    content = {"contact": contact}
    return new_message(state, params, "contact", method="sendContact", content=content).to_api()


def _copy(state: TelegramState, params: dict[str, Any], method: str) -> SentMessage:
    source_chat = state.chat(params.get("from_chat_id"))
    message_id = params.get("message_id")
    source = source_chat.any_message(message_id) if isinstance(message_id, int) else None
    if source is None:
        action = "copy" if method == "copyMessage" else "forward"
        raise ApiError(400, f"Bad Request: message to {action} not found")
    kind = kind_of(source)
    content = {key: value for key, value in source.items() if key in CONTENT_KINDS[1:]}
    original = source_chat.bot_messages.get(source["message_id"])
    media = original.media if original else None
    file_id = original.file_id if original else None
    params = dict(params)
    if method == "forwardMessage":
        content["forward_origin"] = {
            "type": "user",
            "sender_user": source.get("from"),
            "date": source["date"],
        }
        params.pop("reply_markup", None)
    if kind != "text" and "caption" not in params and "caption" in source:
        params["caption"] = source["caption"]
    return new_message(
        state,
        params,
        kind,
        method=method,
        content=content,
        media=media,
        file_id=file_id,
        text=source.get("text"),
    )


@api_method("copyMessage")
async def copy_message(state: TelegramState, params: dict[str, Any]) -> Any:
    return {"message_id": _copy(state, params, "copyMessage").message_id}


@api_method("forwardMessage")
async def forward_message(state: TelegramState, params: dict[str, Any]) -> Any:
    return _copy(state, params, "forwardMessage").to_api()
