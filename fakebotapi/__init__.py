"""A fake Telegram Bot API server on 127.0.0.1 with simulated users, for tests and the sandbox.

    api = FakeBotApi()
    await api.start()
    application = (
        ApplicationBuilder().token(api.token).base_url(api.api_url)
        .base_file_url(api.file_url).build()
    )
    alice = api.user(1001, "Alice", language_code="nl")
    await alice.send("/start")
    reply = await alice.wait_reply()      # the next new bot message in Alice's chat
    await alice.tap("✅")                  # inline button of the newest message with buttons
    api.fail("sendMessage", status=429, retry_after=3)   # scripted errors, delays, blocks
    await api.stop()

Group limit: like Telegram, a group chat (chat_id < 0) takes at most 20 message sends and
edits (send*/copy*/forward* except sendChatAction, editMessage*) in any 60 seconds; the
next one is answered 429 "Too Many Requests: retry after N" with `parameters.retry_after`
and not performed. `FakeBotApi(group_per_minute=None)` switches it off, `group_window=0.5`
shortens the window for tests; `api.group_peak()` and `api.group_limited` observe it.
Scripted failures and blocks are answered first.

Webhook: after setWebhook, queued updates are POSTed to its URL with the secret header,
as Telegram does, until one is answered 2xx (`api.webhook.deliveries` lists each POST;
`await api.webhook.post(update, secret=...)` sends one by hand); getUpdates answers 409.

Layers: `TelegramState` (chats, messages per chat, update queue, files, events; no HTTP)
is shared by `FakeBotApi` (the HTTP Bot API, call log, scripted failures, rates) and the
people (`FakeUser`, `FakeGroup`), so a browser sandbox can reuse all three and stream
`Event`s from `FakeBotApi.subscribe`.
"""

from fakebotapi.models import (
    ApiCall,
    ApiError,
    CallbackAnswer,
    Event,
    FileRecord,
    SentMessage,
    Upload,
)
from fakebotapi.server import FakeBotApi
from fakebotapi.state import ChatState, TelegramState
from fakebotapi.users import Conversation, FakeGroup, FakeUser, ReplyButton

__all__ = [
    "ApiCall",
    "ApiError",
    "CallbackAnswer",
    "ChatState",
    "Conversation",
    "Event",
    "FakeBotApi",
    "FakeGroup",
    "FakeUser",
    "FileRecord",
    "ReplyButton",
    "SentMessage",
    "TelegramState",
    "Upload",
]
