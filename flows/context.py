"""Everything a flow may know when it decides: loaded by the bot, passed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.models import InviteOutcome, Person

__all__ = ["LANGUAGES", "STAFF_DEFAULT_LANGUAGE", "Context"]

LANGUAGES: tuple[str, ...] = ("ary", "ar", "fr", "nl", "en")
STAFF_DEFAULT_LANGUAGE = "nl"


@dataclass(frozen=True)
class Context:
    now: datetime
    telegram_user_id: int
    chat_id: int
    person: Person | None
    state: dict[str, Any] | None
    telegram_language: str | None = None
    bot_username: str = "meldbot"
    default_timezone: str = "Europe/Amsterdam"
    fresh_code: str = ""  # an unused random invite code, should the flow need one
    invite: InviteOutcome | None = None  # set when the event is /start with a code
    casemanager: Person | None = None  # the client's casemanager, if any

    @property
    def role(self) -> str:
        return "unknown" if self.person is None else self.person.role

    @property
    def person_id(self) -> int:
        if self.person is None:
            raise ValueError("no person")
        return self.person.id

    def invite_link(self, code: str) -> str:
        return f"https://t.me/{self.bot_username}?start={code}"

    def language_guess(self) -> str | None:
        """The caller's Telegram language, if it is one of ours."""
        code = (self.telegram_language or "").lower()
        if code in LANGUAGES:
            return code
        base = code.split("-")[0]
        return base if base in LANGUAGES else None
