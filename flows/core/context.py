"""Everything a flow may know when it decides: loaded by the bot, passed in."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from flows.access.view import AccessView
from flows.aftercare.view import CareView
from flows.alerts.view import AlertsView
from flows.appointments.view import AppointmentsView
from flows.casefile.effects import RetentionDays
from flows.flags import FlagModel, Lexicon
from flows.model import InviteOutcome, NamedRow, Person
from flows.outcomes.view import OutcomesView
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
    team_chat_id: int | None = None
    # the command a reply-keyboard button stands for: bot/ matches the pressed label in
    # every language (the features' `keyboard` declarations); None for any other text
    keyboard_command: str | None = None
    named: NamedRow | None = None  # the row a pressed button names (flows/core/ownership.py)
    safety_hours: int | None = None  # a client's safety mode: chat deleted after this many h
    greeted_at: datetime | None = None  # a stranger's last neutral greeting
    caseload: tuple[Person, ...] = ()  # a casemanager's clients (every client, for an admin)
    # what each feature's flows may know, loaded for the events whose declarations need it
    alerts: AlertsView = field(default_factory=AlertsView)
    appointments: AppointmentsView = field(default_factory=AppointmentsView)
    care: CareView = field(default_factory=CareView)
    access: AccessView = field(default_factory=AccessView)
    street: StreetView = field(default_factory=StreetView)
    outcomes: OutcomesView = field(default_factory=OutcomesView)  # /profile, /outcome
    retention: RetentionDays = field(default_factory=RetentionDays)  # MELDBOT_RETAIN_*

    def with_alerts(self, **fields: Any) -> Context:
        return replace(self, alerts=replace(self.alerts, **fields))

    def with_appointments(self, **fields: Any) -> Context:
        return replace(self, appointments=replace(self.appointments, **fields))

    def with_care(self, **fields: Any) -> Context:
        return replace(self, care=replace(self.care, **fields))

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
