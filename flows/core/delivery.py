"""What a delivery outcome means for the people involved. The sender reports what happened
to a message (it expired, or Telegram said the person blocked the bot) as a plain event;
`on_delivery` decides the effects, which the sender applies in its transaction. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from flows.core.effects import Effect, Log, Send, SetTimer, UpdatePerson

__all__ = ["DeliveryEvent", "Expired", "Unreachable", "on_delivery"]


@dataclass(frozen=True)
class Expired:
    """A message was still unsent when it stopped being useful (a reminder after the
    appointment). `notify` (a person id) asked to be told, with the message `notify_key`
    and the message's own args."""

    row_id: int
    person_id: int | None
    key: str | None
    notify: int | None = None
    notify_key: str | None = None
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Unreachable:
    """Telegram refused a message to this chat: the person blocked the bot (403)."""

    person_id: int | None
    chat_id: int
    already_unreachable: bool


DeliveryEvent = Expired | Unreachable


def on_delivery(event: DeliveryEvent, now: datetime) -> tuple[Effect, ...]:
    """The effects of a delivery outcome: a missed message is logged and, if someone asked,
    reported to them; a person who became unreachable is marked, logged, and a
    "person-unreachable" timer is set now, which the alerts flow turns into a lost-contact
    alert for their casemanager. Already unreachable, or no person: nothing more."""
    if isinstance(event, Expired):
        missed: tuple[Effect, ...] = (Log(f"missed:{event.key}", event.person_id),)
        if event.notify is None:
            return missed
        return (*missed, Send(event.notify_key or "error-generic", dict(event.args),
                              person_id=event.notify))
    if event.person_id is None or event.already_unreachable:
        return ()
    return (UpdatePerson(event.person_id, {"unreachable": True}),
            Log("unreachable", event.person_id),
            SetTimer("person-unreachable", event.person_id, now))
