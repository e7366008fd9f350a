"""Telegram's HTML parse mode: strip tags like Telegram does, and refuse what it refuses."""

from __future__ import annotations

import html
import re

from fakebotapi.models import ApiError

__all__ = ["visible_text"]

_ALLOWED_TAGS = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "a", "code", "pre", "blockquote", "tg-emoji",
    }
)  # fmt: skip
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)?([^<>]*)>")


def _fail(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: can't parse entities: {reason}")


def _strip_html(text: str) -> str:
    out: list[str] = []
    open_tags: list[str] = []
    position = 0
    while True:
        start = text.find("<", position)
        if start < 0:
            out.append(text[position:])
            break
        out.append(text[position:start])
        match = _TAG.match(text, start)
        offset = len(text[:start].encode())
        if match is None or match.group(2) is None:
            raise _fail(f"Unsupported start tag at byte offset {offset}")
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name not in _ALLOWED_TAGS:
            kind = "end" if closing else "start"
            raise _fail(f'Unsupported {kind} tag "{name}" at byte offset {offset}')
        if closing:
            if not open_tags or open_tags[-1] != name:
                raise _fail(f'Unmatched end tag at byte offset {offset}, expected "{name}"')
            open_tags.pop()
        else:
            open_tags.append(name)
        position = match.end()
    if open_tags:
        raise _fail(f'Can\'t find end tag corresponding to start tag "{open_tags[-1]}"')
    return html.unescape("".join(out))


def visible_text(text: str | None, parse_mode: str | None) -> str | None:
    """The text a user would see; raises `ApiError` 400 for malformed HTML."""
    if text is None or not parse_mode or parse_mode.upper() != "HTML":
        return text
    return _strip_html(text)
