"""Bot API methods that change or remove existing messages."""

from __future__ import annotations

import dataclasses
from typing import Any

from fakebotapi.markup import visible_text
from fakebotapi.methods_send import MAX_CAPTION, MAX_TEXT, validate_markup
from fakebotapi.models import MEDIA_KINDS, ApiError, SentMessage
from fakebotapi.registry import api_method
from fakebotapi.state import TelegramState

__all__: list[str] = []

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


def _target(state: TelegramState, params: dict[str, Any]) -> SentMessage:
    if "inline_message_id" in params:
        raise ApiError(400, "Bad Request: inline messages are not supported by the fake")
    return state.bot_message(params.get("chat_id"), params.get("message_id"), action="edit")


def _inline_markup(params: dict[str, Any]) -> dict[str, Any] | None:
    markup = validate_markup(params.get("reply_markup"))
    if markup is not None and "inline_keyboard" not in markup:
        raise ApiError(400, "Bad Request: inline keyboard expected")
    return markup or None


def _apply(state: TelegramState, old: SentMessage, **changes: Any) -> Any:
    if all(getattr(old, name) == value for name, value in changes.items()):
        raise ApiError(400, NOT_MODIFIED)
    new = dataclasses.replace(old, edited=True, edit_date=state.now(), **changes)
    state.replace_bot_message(new)
    return new.to_api()


def _visible(params: dict[str, Any], name: str, limit: int, what: str) -> str | None:
    shown = visible_text(params.get(name), params.get("parse_mode"))
    if shown is not None and len(shown) > limit:
        raise ApiError(400, f"Bad Request: {what} is too long")
    return shown


@api_method("editMessageText")
async def edit_message_text(state: TelegramState, params: dict[str, Any]) -> Any:
    old = _target(state, params)
    if old.kind != "text":
        raise ApiError(400, "Bad Request: there is no text in the message to edit")
    text = params.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    shown = _visible(params, "text", MAX_TEXT, "message")
    return _apply(
        state,
        old,
        text=shown,
        raw_text=text,
        parse_mode=params.get("parse_mode"),
        reply_markup=_inline_markup(params),
    )


@api_method("editMessageCaption")
async def edit_message_caption(state: TelegramState, params: dict[str, Any]) -> Any:
    old = _target(state, params)
    if old.kind not in MEDIA_KINDS:
        raise ApiError(400, "Bad Request: there is no caption in the message to edit")
    shown = _visible(params, "caption", MAX_CAPTION, "message caption")
    return _apply(
        state,
        old,
        caption=shown,
        raw_text=params.get("caption"),
        parse_mode=params.get("parse_mode"),
        reply_markup=_inline_markup(params),
    )


@api_method("editMessageReplyMarkup")
async def edit_message_reply_markup(state: TelegramState, params: dict[str, Any]) -> Any:
    old = _target(state, params)
    return _apply(state, old, reply_markup=_inline_markup(params))


@api_method("deleteMessage")
async def delete_message(state: TelegramState, params: dict[str, Any]) -> Any:
    state.delete_message(params.get("chat_id"), params.get("message_id"))
    return True


@api_method("deleteMessages")
async def delete_messages(state: TelegramState, params: dict[str, Any]) -> Any:
    chat = state.chat(params.get("chat_id"))
    present = [m for m in params.get("message_ids") or []
               if m in chat.bot_messages or m in chat.user_messages]  # others are skipped
    if any(state.too_old_to_delete(chat, m) for m in present):
        raise ApiError(400, "Bad Request: message can't be deleted for everyone")
    for message_id in present:
        state.delete_message(chat.id, message_id)
    return True
