"""A fake Telegram Bot API server on 127.0.0.1 with simulated users, for tests."""

from tests.fakebotapi.models import (
    ApiCall,
    ApiError,
    CallbackAnswer,
    Event,
    FileRecord,
    SentMessage,
    Upload,
)
from tests.fakebotapi.server import FakeBotApi
from tests.fakebotapi.state import ChatState, TelegramState
from tests.fakebotapi.users import Conversation, FakeGroup, FakeUser

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
