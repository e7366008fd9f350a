"""Bot API methods that send files: sendPhoto, sendVoice, ..., sendMediaGroup."""

from __future__ import annotations

from typing import Any

from fakebotapi.methods_send import new_message
from fakebotapi.models import ApiError, FileRecord, Upload
from fakebotapi.registry import api_method
from fakebotapi.state import TelegramState

__all__ = ["MEDIA_METHODS"]

MEDIA_METHODS = {
    kind: f"send{kind.capitalize()}"
    for kind in ("photo", "voice", "audio", "document", "video", "animation", "sticker")
}
_MIME_TYPES = {"voice": "audio/ogg", "audio": "audio/mpeg", "video": "video/mp4"}
_GROUP_KINDS = frozenset({"photo", "video", "audio", "document"})


def _resolve(
    state: TelegramState, value: Any, kind: str, params: dict[str, Any]
) -> tuple[FileRecord, bytes | None]:
    """The file behind an upload, an `attach://name` reference, a file_id or a URL."""
    if isinstance(value, str) and value.startswith("attach://"):
        value = params.get(value.removeprefix("attach://"))
    if isinstance(value, Upload):
        record = state.add_file(
            value.data, kind=kind, mime_type=value.content_type, file_name=value.filename
        )
        return record, value.data
    if isinstance(value, str) and value in state.files:
        return state.files[value], None
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return state.add_file(b"", kind=kind, file_name=value.rsplit("/", 1)[-1]), None
    if value is None:
        raise ApiError(400, f"Bad Request: there is no {kind} in the request")
    raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")


def _media_object(kind: str, record: FileRecord, params: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "file_id": record.file_id,
        "file_unique_id": record.file_unique_id,
        "file_size": len(record.data),
    }
    if kind in ("voice", "audio", "video", "animation"):
        body["duration"] = int(params.get("duration") or 1)
    if kind in ("photo", "video", "animation", "sticker"):
        body["width"] = int(params.get("width") or 512)
        body["height"] = int(params.get("height") or 512)
    file_name = params.get("file_name") or record.file_name
    if kind in ("document", "audio", "video", "animation") and file_name:
        body["file_name"] = file_name
    if kind not in ("photo", "sticker"):
        body["mime_type"] = record.mime_type or _MIME_TYPES.get(kind, "application/octet-stream")
    if kind == "sticker":
        body.update(type="regular", is_animated=False, is_video=False)
    return {kind: [body] if kind == "photo" else body}


def _register(kind: str, method: str) -> None:
    async def send(state: TelegramState, params: dict[str, Any]) -> Any:
        record, media = _resolve(state, params.get(kind), kind, params)
        content = _media_object(kind, record, params)
        message = new_message(
            state,
            params,
            kind,
            method=method,
            content=content,
            media=media,
            file_id=record.file_id,
        )
        return message.to_api()

    api_method(method)(send)


for _kind, _method in MEDIA_METHODS.items():
    _register(_kind, _method)


@api_method("sendMediaGroup")
async def send_media_group(state: TelegramState, params: dict[str, Any]) -> Any:
    items = params.get("media")
    if not isinstance(items, list) or not 2 <= len(items) <= 10:
        raise ApiError(400, "Bad Request: media group must include 2-10 items")
    if any(not isinstance(item, dict) or item.get("type") not in _GROUP_KINDS for item in items):
        raise ApiError(400, "Bad Request: unsupported media type in the media group")
    resolved = [_resolve(state, item.get("media"), item["type"], params) for item in items]
    group_id = f"album-{state.next_id()}"
    messages = []
    for index, (item, (record, media)) in enumerate(zip(items, resolved, strict=True)):
        item_params = {
            "chat_id": params.get("chat_id"),
            "caption": item.get("caption"),
            "parse_mode": item.get("parse_mode"),
        }
        if index == 0:
            item_params["reply_parameters"] = params.get("reply_parameters")
        content = {**_media_object(item["type"], record, item), "media_group_id": group_id}
        message = new_message(
            state,
            item_params,
            item["type"],
            method="sendMediaGroup",
            content=content,
            media=media,
            file_id=record.file_id,
        )
        messages.append(message.to_api())
    return messages
