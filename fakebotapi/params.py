"""Decode Bot API request parameters the way Telegram does.

python-telegram-bot sends form fields (urlencoded, or multipart when uploading) where
string values are sent as they are and everything else is JSON-encoded. So a parameter
is JSON-decoded unless it is one Telegram types as a string.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web
from multidict import MultiMapping

from fakebotapi.models import Upload

__all__ = ["read_params"]

STRING_PARAMS = frozenset(
    {
        "text", "caption", "parse_mode", "callback_query_id", "url", "title", "address",
        "description", "short_description", "name", "emoji", "file_id", "file_name",
        "foursquare_id", "foursquare_type", "google_place_id", "google_place_type",
        "performer", "action", "language_code", "inline_message_id", "message_effect_id",
        "business_connection_id", "secret_token", "ip_address", "custom_title", "query",
        "photo", "voice", "document", "audio", "video", "animation", "video_note", "sticker",
        "thumbnail", "phone_number", "first_name", "last_name", "vcard", "question",
    }
)  # fmt: skip
JSON_PARAMS = frozenset(
    {
        "reply_markup", "reply_parameters", "entities", "caption_entities", "commands",
        "scope", "link_preview_options", "allowed_updates", "media", "results", "options",
        "menu_button", "rights", "reaction", "message_ids",
    }
)  # fmt: skip
INT_PARAMS = frozenset(
    {
        "chat_id", "from_chat_id", "message_id", "user_id", "offset", "limit", "timeout",
        "reply_to_message_id", "duration", "width", "height", "live_period", "cache_time",
        "message_thread_id",
    }
)  # fmt: skip


def _decode_form_value(name: str, value: str) -> Any:
    if name in STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _normalize(name: str, value: Any) -> Any:
    """Bring JSON-body values into the same shape as form values."""
    if name in JSON_PARAMS and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    if name in INT_PARAMS and isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value


def _merge_form(params: dict[str, Any], form: MultiMapping[Any]) -> None:
    for name, value in form.items():
        if isinstance(value, web.FileField):
            params[name] = Upload(value.filename, value.content_type, value.file.read())
        else:
            params[name] = _normalize(name, _decode_form_value(name, str(value)))


async def read_params(request: web.Request) -> dict[str, Any]:
    """All parameters of a request: query string, then the body (form, multipart or JSON)."""
    params: dict[str, Any] = {}
    _merge_form(params, request.query)
    if not request.can_read_body:
        return params
    if request.content_type == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update({name: _normalize(name, value) for name, value in body.items()})
        return params
    _merge_form(params, await request.post())
    return params
