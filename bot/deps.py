"""The one bundle of dependencies, built in main() and passed down."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Translator
from flows.flags import FlagModel, Lexicon
from storage import Database

__all__ = ["Deps", "hash_code", "new_code"]


def new_code() -> str:
    """A one-time invite code: 192 random bits, URL-safe, 32 characters."""
    return secrets.token_urlsafe(24)


def hash_code(code: str) -> str:
    return hashlib.sha256(code.encode("ascii", "replace")).hexdigest()


@dataclass(frozen=True)
class Deps:
    settings: Settings
    db: Database
    clock: Clock
    translator: Translator
    bot_username: str
    lexicon: Lexicon | None = None
    flag_model: FlagModel | None = None  # the trained classifier; None: the lexicon alone
    code_factory: Callable[[], str] = field(default=new_code)
