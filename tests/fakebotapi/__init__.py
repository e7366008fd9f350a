"""The fake Bot API moved to the top-level `fakebotapi` package (the sandbox ships it);
this re-export keeps `from tests.fakebotapi import ...` working."""

from fakebotapi import (
    ApiCall,
    ApiError,
    CallbackAnswer,
    ChatState,
    Conversation,
    Event,
    FakeBotApi,
    FakeGroup,
    FakeUser,
    FileRecord,
    SentMessage,
    TelegramState,
    Upload,
)

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
    "SentMessage",
    "TelegramState",
    "Upload",
]
