"""The roles. Which role may use which command, button, conversation or timer is declared
by each feature (flows/<feature>/feature.py) and gathered in flows/features.py."""

from __future__ import annotations

__all__ = ["ADMIN", "ALL_KNOWN", "CASEWORK", "CLIENT", "STAFF", "commands_for"]

STAFF = frozenset({"admin", "casemanager", "fieldworker"})
CLIENT = frozenset({"client"})
ALL_KNOWN = STAFF | CLIENT
CASEWORK = frozenset({"admin", "casemanager"})
ADMIN = frozenset({"admin"})


def commands_for(role: str) -> list[str]:
    """The commands in this role's Telegram menu and /help (for /help, which is itself a
    declared command: the declarations are imported when it runs, not when this loads)."""
    from flows.features import commands_for as declared

    return declared(role)
