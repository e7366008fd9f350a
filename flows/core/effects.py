"""What a flow wants done. The bot applies these in one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from flows.access.effects import AccessEffect
from flows.alerts.effects import (  # defined with their feature, re-exported here
    AddAlertMessage,
    AlertsEffect,
    CreateAlert,
    EditCards,
    RecordFlagFeedback,
    UpdateAlert,
)
from flows.casefile.effects import CaseFileEffect
from flows.core.buttons import ButtonData, New
from flows.factsheet.effects import FactsheetEffect
from flows.outcomes.effects import OutcomesEffect
from flows.safety.effects import SafetyEffect
from flows.street.effects import StreetEffect

__all__ = ["PRIORITY_RANK", "SELF", "AddAlertMessage", "AddCheckinAnswer", "Audit", "Batch",
           "BindInvite", "BindPerson", "CancelOutbox", "CancelTimers", "Choice", "Copy",
           "CreateAlert", "CreateAppointment", "CreateClient", "CreateInvite", "CreatePlan",
           "Edit", "EditCards", "Effect", "Log", "New", "Priority", "RecordFlagFeedback", "Ref",
           "ReplaceCheckins", "SaveState", "Send", "SendVoice", "SetCommands", "SetQuestionVoice",
           "SetTimer", "Toast", "Transition", "UpdateAlert", "UpdateAppointment", "UpdateCheckin",
           "UpdatePerson", "UpdatePlan"]

Args = Mapping[str, Any]


# How urgent an outgoing message is: life-safety first (urgent cards and their escalations,
# 🆘 acknowledgements and the cards they raise, lost-contact alerts), then a casemanager's
# replies to clients, then other cards and forwards, then reminders, digests and
# confirmations. Within a chat the sender takes the most urgent first (a client's own chat
# keeps its order).
Priority = Literal["life", "reply", "normal", "low"]
PRIORITY_RANK: dict[Priority, int] = {"life": 0, "reply": 1, "normal": 2, "low": 3}


@dataclass(frozen=True)
class Ref:
    """What an outgoing message is about, so that a reply to it, a later change or a
    cancellation finds it: an alert's card, a client's forwarded message, an appointment's
    reminders, a batch of messages."""

    kind: Literal["alert", "client", "appt", "batch"]
    id: int | New


@dataclass(frozen=True)
class Choice:
    """An inline button: a Fluent key for its label and the typed data it sends back."""

    key: str
    data: ButtonData
    args: Args = field(default_factory=dict)
    literal: str | None = None  # a label that is not translated (a language's own name)


@dataclass(frozen=True)
class Send:
    """A message to a person (by id) or, when person_id is None, to a chat."""

    key: str
    args: Args = field(default_factory=dict)
    person_id: int | None = None
    chat_id: int | None = None
    language: str | None = None  # for chats without a person; None = every language
    buttons: tuple[tuple[Choice, ...], ...] = ()
    keyboard: tuple[tuple[str, ...], ...] | Literal["remove"] | None = None
    tail: str | None = None  # someone's own words, appended untranslated (no length limit)
    location: tuple[float, float] | None = None  # send a map pin instead of text
    qr: str | None = None  # send as a photo: a QR code of this text, the message as caption
    system: bool = False  # goes out even when the person has stopped messages
    due_at: datetime | None = None
    ref: Ref | None = None
    priority: Priority = "normal"
    # not worth sending after this moment: then it is marked missed and `expiry_notify`
    # (a person id) is told with the message `expiry_key` and the same args
    expires_at: datetime | None = None
    expiry_notify: int | None = None
    expiry_key: str | None = None


@dataclass(frozen=True)
class UpdatePerson:
    person_id: int
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class CreateInvite:
    code: str
    role: str
    name: str | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class CreateClient:
    """A new client and their invite, created together."""

    alias: str
    language: str
    country: str
    timezone: str
    casemanager_id: int
    code: str


SELF = -1  # in person_id fields: the caller, once bound or created by an earlier effect


@dataclass(frozen=True)
class BindPerson:
    """The caller opened a valid client invite: their Telegram account becomes this person."""

    person_id: int


@dataclass(frozen=True)
class BindInvite:
    """The caller opened a valid staff invite: make them a person with that role."""

    role: str
    name: str
    language: str
    timezone: str


@dataclass(frozen=True)
class SetCommands:
    """Refresh the Telegram command menu for this person (role and language)."""

    person_id: int


@dataclass(frozen=True)
class Copy:
    """Deliver a message as it is (voice, photo, location...) without showing who sent it."""

    from_chat_id: int
    message_id: int
    person_id: int | None = None
    chat_id: int | None = None
    ref: Ref | None = None
    priority: Priority = "normal"


@dataclass(frozen=True)
class Batch:
    """A message collected for a while: later Batch effects with the same ref append to it."""

    ref: Ref
    key: str
    args: Args
    tail: str
    person_id: int | None
    chat_id: int | None
    due_at: datetime
    language: str | None = None
    priority: Priority = "normal"


@dataclass(frozen=True)
class SetTimer:
    kind: str
    subject: int | New
    due_at: datetime


@dataclass(frozen=True)
class CancelTimers:
    kind: str
    subject: int


@dataclass(frozen=True)
class CreateAppointment:
    client_id: int
    casemanager_id: int | None
    kind: str
    starts_at: datetime
    timezone: str
    reminders: tuple[int, ...]
    place: str | None = None
    note: str | None = None
    pin: tuple[float, float] | None = None


@dataclass(frozen=True)
class UpdateAppointment:
    appointment_id: int | New
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class CancelOutbox:
    """Withdraw every message with this ref that has not gone out yet."""

    ref: Ref


@dataclass(frozen=True)
class CreatePlan:
    """An aftercare plan and its check-ins: (day, due time) pairs, each with a due timer."""

    client_id: int
    return_date: str
    country: str
    local_hour: int
    days: tuple[int, ...]
    checkins: tuple[tuple[int, datetime], ...]


@dataclass(frozen=True)
class UpdatePlan:
    plan_id: int
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class ReplaceCheckins:
    """Cancel the plan's check-ins that have not gone out, and schedule these instead."""

    plan_id: int
    client_id: int
    checkins: tuple[tuple[int, datetime], ...]


@dataclass(frozen=True)
class UpdateCheckin:
    checkin_id: int
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class AddCheckinAnswer:
    checkin_id: int
    client_id: int
    domain: str
    level: int | None
    text: str | None = None


@dataclass(frozen=True)
class SetQuestionVoice:
    question: str
    language: str
    file_id: str


@dataclass(frozen=True)
class SendVoice:
    """A recorded voice note (by Telegram file id) to a person."""

    person_id: int
    file_id: str


@dataclass(frozen=True)
class Edit:
    """Change one of the bot's messages in the caller's chat: its text and inline buttons."""

    message_id: int
    key: str
    args: Args = field(default_factory=dict)
    buttons: tuple[tuple[Choice, ...], ...] = ()
    tail: str | None = None


@dataclass(frozen=True)
class Toast:
    """The answer to a button press, shown where it was pressed (a callback answer): for a
    tap in the team chat, where a message to the presser's private chat would go unseen."""

    key: str
    args: Args = field(default_factory=dict)


@dataclass(frozen=True)
class SaveState:
    """Set a person's conversation state from outside their own update (a timer)."""

    person_id: int
    state: dict[str, Any] | None


@dataclass(frozen=True)
class Log:
    kind: str
    person_id: int | None = None
    direction: Literal["in", "out", "internal"] = "internal"
    text: str | None = None


@dataclass(frozen=True)
class Audit:
    """An audit row for the caller (staff): a read of a client's data or an act of taking
    access back. `person_id` is whose data; `detail` holds codes and ids, never words."""

    action: str
    person_id: int | None
    detail: str = ""


Effect = (
    Send | UpdatePerson | CreateInvite | CreateClient | BindPerson | BindInvite | SetCommands | Log
    | Copy | Batch | SetTimer | CancelTimers | CreateAppointment | UpdateAppointment
    | CancelOutbox | CreatePlan | UpdatePlan | ReplaceCheckins | UpdateCheckin
    | AddCheckinAnswer | SetQuestionVoice | SendVoice | SaveState | Toast | Edit | Audit
    | AlertsEffect | StreetEffect | AccessEffect | CaseFileEffect | SafetyEffect
    | FactsheetEffect | OutcomesEffect
)


@dataclass(frozen=True)
class Transition:
    """A flow's answer: the new conversation state (None = idle) and the effects."""

    state: dict[str, Any] | None
    effects: tuple[Effect, ...] = ()
