"""Effects of alerts: their rows, their messages, their cards and feedback on the flagging.
Applied by bot/appliers/alerts.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from flows.core.buttons import New

if TYPE_CHECKING:  # flows.core.effects imports this module: names for annotations only
    from flows.core.effects import Args, Choice, Priority

__all__ = [
    "AddAlertMessage",
    "AlertsEffect",
    "CreateAlert",
    "EditCards",
    "RecordFlagFeedback",
    "UpdateAlert",
]


@dataclass(frozen=True)
class CreateAlert:
    client_id: int | None  # None: the alert is about a street contact
    casemanager_id: int | None
    source: str
    categories: tuple[str, ...]
    severity: str
    terms: tuple[str, ...] = ()
    street_contact_id: int | New | None = None


@dataclass(frozen=True)
class UpdateAlert:
    alert_id: int | New
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class AddAlertMessage:
    alert_id: int | New
    direction: Literal["in", "out"]
    kind: str
    text: str | None


@dataclass(frozen=True)
class EditCards:
    """Re-render every sent copy of an alert's card; unsent copies are cancelled."""

    alert_id: int
    key: str
    args: Args
    buttons: tuple[tuple[Choice, ...], ...] = ()
    tail: str | None = None
    priority: Priority = "normal"


@dataclass(frozen=True)
class RecordFlagFeedback:
    """The caller (staff) says the flagger was wrong about a client's message."""

    kind: Literal["wrongly_flagged", "missed"]
    client_id: int | None
    text: str | None
    alert_id: int | None = None
    language: str | None = None
    categories: tuple[str, ...] = ()
    severity: str | None = None


AlertsEffect = CreateAlert | UpdateAlert | AddAlertMessage | EditCards | RecordFlagFeedback
