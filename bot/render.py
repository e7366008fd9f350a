"""Turning an outbox row into a Telegram call, in the recipient's language and zone."""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import qrcode
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.factsheet_send import send_factsheet
from bot.i18n import Translator
from flows.client_messages import PROTECTED_KEYS
from flows.core.context import LANGUAGES
from flows.features import commands_for
from flows.safety.privacy import QUIET_KEYBOARD
from storage import Database, OutboxRow, Person

__all__ = ["BUNDLE_RULE", "Recipient", "render_and_send", "render_text"]

TELEGRAM_TEXT_LIMIT = 4000  # of 4096 UTF-16 units; leaves room for emoji
CAPTION_LIMIT = 1024
BUNDLE_RULE = "➖➖➖"  # between cards sent as one message
Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None


@dataclass(frozen=True)
class Recipient:
    language: str | None
    timezone: str
    role: str
    quiet: bool = False  # a client in safety mode: silent, a neutral keyboard

    @classmethod
    def of(cls, person: Person | None, row: OutboxRow, default_zone: str,
           quiet: bool = False) -> Recipient:
        if person is None:
            return cls(row.language, default_zone, "unknown")
        return cls(person.language or row.language, person.timezone, person.role, quiet)


def render_text(translator: Translator, row: OutboxRow, who: Recipient) -> str:
    """The row's text; several cards sent as one message (a "bundle") one after another."""
    parts = row.payload.get("bundle")
    if parts:
        return f"\n{BUNDLE_RULE}\n".join(_text(translator, part, who) for part in parts)
    return _text(translator, row.payload, who)


def _text(translator: Translator, payload: dict[str, Any], who: Recipient) -> str:
    key, args = payload["key"], payload.get("args") or {}
    if who.language is None:  # someone we don't know: every language
        text = "\n\n".join(dict.fromkeys(
            translator.format(lang, key, args, who.timezone) for lang in LANGUAGES))
    else:
        text = translator.format(who.language, key, args, who.timezone)
    tail = payload.get("tail")
    return f"{text}\n{tail}" if tail else text


def _keyboard_button(translator: Translator, lang: str, key: str) -> KeyboardButton:
    """A reply-keyboard button; a key ending in -location-button asks for the location."""
    return KeyboardButton(translator.format(lang, key),
                          request_location=key.endswith("-location-button"))


def _label(translator: Translator, lang: str, choice: dict[str, Any]) -> str:
    return str(choice.get("literal") or translator.format(lang, choice["key"], choice["args"]))


def _bundle_buttons(translator: Translator, lang: str, parts: list[dict[str, Any]]
                    ) -> InlineKeyboardMarkup:
    """Each card's buttons, each labelled with its alert's number."""
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(translator.format(lang, "card-bundle-label", {
            "label": _label(translator, lang, choice),
            "alert": str((part.get("args") or {}).get("alert", "?"))}),
            callback_data=choice["data"]) for choice in line]
        for part in parts for line in part.get("buttons") or []])


def _markup(translator: Translator, row: OutboxRow, who: Recipient) -> Markup:
    lang = who.language or "en"
    if row.payload.get("bundle"):
        return _bundle_buttons(translator, lang, row.payload["bundle"])
    rows = row.payload.get("buttons") or []
    if rows:
        return InlineKeyboardMarkup([
            [InlineKeyboardButton(_label(translator, lang, choice), callback_data=choice["data"])
             for choice in line]
            for line in rows])
    keyboard = row.payload.get("keyboard")
    if keyboard == "remove":
        return ReplyKeyboardRemove()
    if keyboard:
        labels = QUIET_KEYBOARD if who.quiet else {}
        return ReplyKeyboardMarkup(
            [[_keyboard_button(translator, lang, labels.get(key, key)) for key in line]
             for line in keyboard],
            resize_keyboard=True, is_persistent=True)
    return None


def _chunks(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split an over-long text at line or word boundaries."""
    parts: list[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        cut = cut if cut > limit // 2 else limit
        parts.append(text[:cut])
        text = text[cut:].lstrip()
    parts.append(text)
    return parts


def _qr_png(data: str) -> bytes:
    buffer = io.BytesIO()
    qrcode.make(data).save(buffer, "PNG")
    return buffer.getvalue()


async def render_and_send(bot: Bot, translator: Translator, row: OutboxRow, who: Recipient,
                          next_call: Callable[[], Awaitable[object]] | None = None,
                          db: Database | None = None, earlier: list[int] | None = None
                          ) -> int | None:
    """Perform the call; returns the Telegram message id (of the last part), if any. A row
    that takes more than one call (a long text in parts, a photo with its text apart)
    awaits `next_call` (the pacing) before each further one, and adds the ids of the parts
    before the last to `earlier` (safety mode and /wipe delete them too)."""
    earlier = [] if earlier is None else earlier
    if row.kind == "delete":  # ids too old to delete were left out by the sender
        await bot.delete_messages(row.chat_id, [int(m) for m, _ in row.payload["messages"]])
        return None
    if row.kind == "leave":  # a group that is not the team chat
        await bot.leave_chat(row.chat_id)
        return None
    if row.kind == "factsheet":  # made now from the database (bot/factsheet_send.py)
        return await send_factsheet(bot, translator, row, who.language or "nl", db, next_call,
                                    earlier)
    quiet = who.quiet or None  # safety mode: no sound
    # details a client must not be able to forward or save (flows/client_messages.py); a
    # casemanager's voice note or photo copied to a client too
    protect = (who.role == "client" and (row.payload.get("key") in PROTECTED_KEYS
                                        or row.kind in ("copy", "voice"))) or None
    if row.kind == "commands":
        lang = who.language or "en"
        commands = [BotCommand(name, translator.format(lang, f"menu-{name}"))
                    for name in commands_for(who.role)]
        await bot.set_my_commands(commands, scope=BotCommandScopeChat(row.chat_id))
        return None
    if row.kind == "location":
        pin = await bot.send_location(row.chat_id, row.payload["latitude"],
                                      row.payload["longitude"], disable_notification=quiet,
                                      protect_content=protect)
        return int(pin.message_id)
    if row.kind == "voice":
        voice = await bot.send_voice(row.chat_id, row.payload["file_id"],
                                     disable_notification=quiet, protect_content=protect)
        return int(voice.message_id)
    if row.kind == "copy":
        copied = await bot.copy_message(row.chat_id, row.payload["from_chat"],
                                        row.payload["message_id"], disable_notification=quiet,
                                        protect_content=protect)
        return int(copied.message_id)
    text = render_text(translator, row, who)
    markup = _markup(translator, row, who)
    if row.kind == "edit":
        await bot.edit_message_text(_chunks(text)[0], chat_id=row.chat_id,
                                    message_id=row.payload["message_id"],
                                    reply_markup=markup if isinstance(markup, InlineKeyboardMarkup)
                                    else None)
        return int(row.payload["message_id"])
    if row.kind == "photo" and row.payload.get("qr"):
        caption = text if len(text) <= CAPTION_LIMIT else None
        message: Message = await bot.send_photo(row.chat_id, _qr_png(row.payload["qr"]),
                                                caption=caption, reply_markup=markup,
                                                disable_notification=quiet)
        if caption is None:
            earlier.append(message.message_id)
            if next_call is not None:
                await next_call()
            message = await bot.send_message(row.chat_id, text, disable_notification=quiet,
                                             protect_content=protect)
        return message.message_id
    parts = _chunks(text)
    last: Any = None
    for index, part in enumerate(parts):
        if index:
            earlier.append(int(last.message_id))
        if index and next_call is not None:
            await next_call()
        last = await bot.send_message(row.chat_id, part, disable_notification=quiet,
                                      protect_content=protect, reply_markup=markup
                                      if index == len(parts) - 1 else None,
                                      link_preview_options=None)
    return int(last.message_id) if last is not None else None
