"""Builders for people, contexts and storage fixtures shared by the unit tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from flows.core.context import Context
from storage.models import InviteOutcome, Person, Role

__all__ = [
    "CASEMANAGER_ID",
    "CHAT_ID",
    "FRESH_CODE",
    "NOW",
    "TELEGRAM_USER_ID",
    "amend",
    "context",
    "person",
]

NOW = datetime(2026, 11, 22, 11, 0, tzinfo=UTC)
TELEGRAM_USER_ID = 5001
CHAT_ID = 5001
CASEMANAGER_ID = 2
FRESH_CODE = "fresh-code-123"

_DEFAULT_IDS: dict[str, int] = {"admin": 1, "casemanager": CASEMANAGER_ID, "fieldworker": 3,
                                "client": 10}


def person(role: Role = "client", **fields: Any) -> Person:
    """A bound person of `role`; a client has a casemanager and has consented unless told."""
    base = Person(
        id=_DEFAULT_IDS[role],
        role=role,
        alias=f"{role}-alias",
        timezone="Europe/Amsterdam",
        telegram_user_id=TELEGRAM_USER_ID,
        chat_id=CHAT_ID,
        language="fr" if role == "client" else "nl",
        country="MA" if role == "client" else None,
        casemanager_id=CASEMANAGER_ID if role == "client" else None,
        consent="given",
        created_at=NOW,
    )
    return replace(base, **fields)


# a flat name some tests give -> (the feature's view, its field there)
_VIEWS: dict[str, tuple[str, str]] = {
    "alert": ("alerts", "alert"), "alert_client": ("alerts", "client"),
    "alert_messages": ("alerts", "messages"), "alert_claimer": ("alerts", "claimer"),
    "reply_to_alert": ("alerts", "reply_to_alert"), "open_alerts": ("alerts", "open_alerts"),
    "on_duty": ("alerts", "on_duty"), "card_chats": ("alerts", "card_chats"),
    "recent_messages": ("alerts", "recent_messages"),
    "logged_message": ("alerts", "logged_message"), "write_client": ("alerts", "write_client"),
    "reply_to_client": ("alerts", "reply_to_client"),
    "appointment": ("appointments", "appointment"),
    "appointment_client": ("appointments", "client"),
    "upcoming": ("appointments", "upcoming"),
    "care_client": ("care", "client"), "plan": ("care", "plan"), "checkin": ("care", "checkin"),
    "checkins": ("care", "checkins"), "answers": ("care", "answers"),
    "question_voices": ("care", "question_voices"), "open_client_alerts": ("care", "open_alerts"),
}


def context(
    who: Person | None = None,
    state: dict[str, Any] | None = None,
    invite: InviteOutcome | None = None,
    **fields: Any,
) -> Context:
    """What the bot would load for `who` (None: an unknown Telegram user)."""
    ctx = Context(
        now=NOW,
        telegram_user_id=TELEGRAM_USER_ID,
        chat_id=CHAT_ID,
        person=who,
        state=state,
        invite=invite,
        fresh_code=FRESH_CODE,
    )
    return amend(ctx, **fields)


def amend(ctx: Context, **fields: Any) -> Context:
    """`ctx` with these fields changed; a feature view's field may be named flat."""
    views: dict[str, dict[str, Any]] = {}
    for name in [name for name in fields if name in _VIEWS]:
        view, field = _VIEWS[name]
        views.setdefault(view, {})[field] = fields.pop(name)
    ctx = replace(ctx, **fields)
    return replace(ctx, **{view: replace(getattr(ctx, view), **values)
                           for view, values in views.items()})
