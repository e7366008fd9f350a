"""Bot API methods around the messages: updates, webhook, commands, callbacks, files, chats."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

from fakebotapi.models import ApiError, CallbackAnswer, Event
from fakebotapi.registry import api_method
from fakebotapi.state import TelegramState

__all__ = ["scope_key"]

_ACCEPTED = (
    "logOut", "close", "setMyDescription", "setMyShortDescription", "setMyName",
    "setChatMenuButton", "setMyDefaultAdministratorRights", "setMessageReaction",
    "pinChatMessage", "unpinChatMessage", "unpinAllChatMessages", "leaveChat",
    "banChatMember", "unbanChatMember",
)  # fmt: skip


def scope_key(scope: dict[str, Any] | None) -> str:
    """Canonical JSON of a BotCommandScope (default scope when None)."""
    return json.dumps(scope or {"type": "default"}, sort_keys=True, separators=(",", ":"))


@api_method(*_ACCEPTED)
async def accept(state: TelegramState, params: dict[str, Any]) -> Any:
    return True


@api_method("getMe")
async def get_me(state: TelegramState, params: dict[str, Any]) -> Any:
    return {
        **state.bot_user,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
    }


@api_method("getUpdates")
async def get_updates(state: TelegramState, params: dict[str, Any]) -> Any:
    if state.webhook_url:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    offset = params.get("offset")
    limit = max(1, min(100, int(params.get("limit") or 100)))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + float(params.get("timeout") or 0)
    while True:
        updates = state.take_updates(offset, limit)
        remaining = deadline - loop.time()
        if updates or state.closed or remaining <= 0:
            return updates
        await state.wait_change(remaining)


@api_method("setWebhook")
async def set_webhook(state: TelegramState, params: dict[str, Any]) -> Any:
    secret = str(params.get("secret_token") or "")
    if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise ApiError(400, "Bad Request: secret token contains unallowed characters")
    allowed = params.get("allowed_updates")
    state.webhook_url = str(params.get("url") or "")
    state.webhook_secret = secret
    state.webhook_allowed_updates = list(allowed) if isinstance(allowed, list) else None
    state.notify()  # wakes the delivery (fakebotapi/webhook.py)
    return True


@api_method("deleteWebhook")
async def delete_webhook(state: TelegramState, params: dict[str, Any]) -> Any:
    state.webhook_url = state.webhook_secret = ""
    if params.get("drop_pending_updates"):
        state.updates.clear()
    return True


@api_method("getWebhookInfo")
async def get_webhook_info(state: TelegramState, params: dict[str, Any]) -> Any:
    return {
        "url": state.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": state.pending_updates,
        **({"allowed_updates": state.webhook_allowed_updates}
           if state.webhook_allowed_updates is not None else {}),
    }


@api_method("setMyCommands")
async def set_my_commands(state: TelegramState, params: dict[str, Any]) -> Any:
    commands = params.get("commands")
    if not isinstance(commands, list):
        raise ApiError(400, "Bad Request: can't parse commands JSON object")
    for command in commands:
        name = command.get("command", "") if isinstance(command, dict) else ""
        if not name or len(name) > 32 or name != name.lower() or not command.get("description"):
            raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
    state.commands[(scope_key(params.get("scope")), params.get("language_code"))] = commands
    return True


@api_method("deleteMyCommands")
async def delete_my_commands(state: TelegramState, params: dict[str, Any]) -> Any:
    state.commands.pop((scope_key(params.get("scope")), params.get("language_code")), None)
    return True


@api_method("getMyCommands")
async def get_my_commands(state: TelegramState, params: dict[str, Any]) -> Any:
    return state.commands.get((scope_key(params.get("scope")), params.get("language_code")), [])


@api_method("answerCallbackQuery")
async def answer_callback_query(state: TelegramState, params: dict[str, Any]) -> Any:
    query_id = params.get("callback_query_id")
    if not isinstance(query_id, str) or query_id not in state.open_callback_queries:
        raise ApiError(
            400,
            "Bad Request: query is too old and response timeout expired or query ID is invalid",
        )
    chat_id = state.open_callback_queries.pop(query_id)
    answer = CallbackAnswer(
        query_id, chat_id, params.get("text"), bool(params.get("show_alert")), params.get("url")
    )
    state.callback_answers.append(answer)
    state.emit(Event("callback_answer", chat_id, data={"answer": answer}))
    return True


@api_method("sendChatAction")
async def send_chat_action(state: TelegramState, params: dict[str, Any]) -> Any:
    chat = state.chat(params.get("chat_id"))
    chat.last_action = str(params.get("action"))
    state.emit(Event("chat_action", chat.id, data={"action": chat.last_action}))
    return True


@api_method("getFile")
async def get_file(state: TelegramState, params: dict[str, Any]) -> Any:
    record = state.files.get(str(params.get("file_id")))
    if record is None:
        raise ApiError(400, "Bad Request: invalid file_id")
    return record.to_api()


@api_method("getChat")
async def get_chat(state: TelegramState, params: dict[str, Any]) -> Any:
    chat = state.chat(params.get("chat_id"))
    gifts = dict.fromkeys(
        (
            "unlimited_gifts",
            "limited_gifts",
            "unique_gifts",
            "premium_subscription",
            "gifts_from_channels",
        ),
        False,
    )
    return {
        **chat.chat,
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": gifts,
    }


@api_method("getChatMember")
async def get_chat_member(state: TelegramState, params: dict[str, Any]) -> Any:
    state.chat(params.get("chat_id"))
    user_id = params.get("user_id")
    user = state.users.get(user_id) if isinstance(user_id, int) else None
    if user_id == state.bot_user["id"]:
        user = state.bot_user
    if user is None:
        raise ApiError(400, "Bad Request: user not found")
    return {"status": "member", "user": user}
