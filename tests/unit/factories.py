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


def context(
    who: Person | None = None,
    state: dict[str, Any] | None = None,
    invite: InviteOutcome | None = None,
    **fields: Any,
) -> Context:
    """What the bot would load for `who` (None: an unknown Telegram user)."""
    return Context(
        now=NOW,
        telegram_user_id=TELEGRAM_USER_ID,
        chat_id=CHAT_ID,
        person=who,
        state=state,
        invite=invite,
        fresh_code=FRESH_CODE,
        **fields,
    )
