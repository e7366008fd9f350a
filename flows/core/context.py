"""Everything a flow may know when it decides: loaded by the bot, passed in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from flows.flags import FlagModel, Lexicon
from flows.model import (
    Alert,
    AlertMessage,
    Answer,
    Appointment,
    Checkin,
    InviteOutcome,
    Person,
    Plan,
)
from flows.street.context import StreetView

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
    telegram_first_name: str | None = None
    bot_username: str = "meldbot"
    default_timezone: str = "Europe/Amsterdam"
    escalate_urgent: timedelta = timedelta(minutes=15)  # unclaimed urgent alerts go wider
    escalate_normal: timedelta = timedelta(hours=24)
    fresh_code: str = ""  # an unused random invite code, should the flow need one
    invite: InviteOutcome | None = None  # set when the event is /start with a code
    casemanager: Person | None = None  # the client's casemanager, if any
    message_id: int | None = None  # the incoming message, for copying it on
    lexicon: Lexicon | None = None
    flag_model: FlagModel | None = None  # the trained classifier (the lexicon is one signal)
    update_id: int | None = None  # the incoming update, for a "should have been flagged" tap
    # for that tap: the client who sent the update and their words, from the contact log
    logged_message: tuple[Person, str | None] | None = None
    write_client: Person | None = None  # the client staff are writing to (checked: theirs)
    reply_to_client: bool = False  # staff replied (in Telegram) to a forwarded client message
    team_chat_id: int | None = None
    alert: Alert | None = None  # the client's open alert, or the alert a staff action is about
    alert_client: Person | None = None  # for staff: the client of `alert`
    alert_messages: tuple[AlertMessage, ...] = ()  # the newest messages of `alert`
    alert_claimer: Person | None = None
    reply_to_alert: bool = False  # staff replied (in Telegram) to a card or thread message
    recent_messages: int = 0  # messages from this client in the last minute, this one excluded
    open_alerts: tuple[tuple[Alert, Person], ...] = ()  # for /alerts
    on_duty: tuple[Person, ...] = ()  # casemanagers on duty, for escalations
    card_chats: frozenset[int] = frozenset()  # chats that already have `alert`'s card
    caseload: tuple[Person, ...] = ()  # a casemanager's clients, for picking one
    appointment: Appointment | None = None  # the appointment a button or timer is about
    appointment_client: Person | None = None
    upcoming: tuple[tuple[Appointment, Person], ...] = ()  # for /appointments and moves
    street: StreetView = field(default_factory=StreetView)  # street outreach (flows/street*)
    # the command a reply-keyboard button stands for: bot/ matches the pressed label in
    # every language (flows/access.py KEYBOARD_COMMANDS); None for any other text
    keyboard_command: str | None = None
    plan: Plan | None = None  # the aftercare plan in question
    checkin: Checkin | None = None  # the check-in a button or timer is about
    checkins: tuple[Checkin, ...] = ()  # all check-ins of the client in question
    answers: tuple[Answer, ...] = ()  # the client's earlier check-in answers, oldest first
    question_voices: Mapping[str, str] = field(default_factory=dict)  # question -> file id
    open_client_alerts: tuple[Alert, ...] = ()  # for the /client view

    @property
    def role(self) -> str:
        return "unknown" if self.person is None else self.person.role

    @property
    def person_id(self) -> int:
        if self.person is None:
            raise ValueError("no person")
        return self.person.id

    @property
    def in_group(self) -> bool:
        """The event happened in a group chat (the team chat), not a private chat."""
        return self.chat_id < 0

    def invite_link(self, code: str) -> str:
        return f"https://t.me/{self.bot_username}?start={code}"

    def language_guess(self) -> str | None:
        """The caller's Telegram language, if it is one of ours."""
        code = (self.telegram_language or "").lower()
        if code in LANGUAGES:
            return code
        base = code.split("-")[0]
        return base if base in LANGUAGES else None
