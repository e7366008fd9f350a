"""What the alert and inbox flows may know, loaded by the bot for the events that need it."""

from __future__ import annotations

from dataclasses import dataclass

from flows.model import Alert, AlertMessage, Person

__all__ = ["AlertsView"]


@dataclass(frozen=True)
class AlertsView:
    alert: Alert | None = None  # the client's open alert, or the alert a staff action is about
    client: Person | None = None  # for staff: the client of `alert` (or a street stand-in)
    messages: tuple[AlertMessage, ...] = ()  # the newest messages of `alert`
    claimer: Person | None = None
    reply_to_alert: bool = False  # staff replied (in Telegram) to a card or thread message
    open_alerts: tuple[tuple[Alert, Person], ...] = ()  # for /alerts: those the caller may act on
    on_duty: tuple[Person, ...] = ()  # casemanagers on duty, for escalations
    card_chats: frozenset[int] = frozenset()  # chats that already have `alert`'s card
    recent_messages: int = 0  # messages from this client in the last minute, this one excluded
    # for "should have been flagged": the client who sent the update and their words
    logged_message: tuple[Person, str | None] | None = None
    write_client: Person | None = None  # the client staff are writing to (checked: theirs)
    reply_to_client: bool = False  # staff replied (in Telegram) to a forwarded client message
