"""Who may do what. Every command and button names the roles it allows."""

from __future__ import annotations

__all__ = [
    "ALL_KNOWN", "CLIENT", "COMMANDS", "KEYBOARD_COMMANDS", "STAFF", "allowed", "commands_for",
]

STAFF = frozenset({"admin", "casemanager", "fieldworker"})
CLIENT = frozenset({"client"})
ALL_KNOWN = STAFF | CLIENT
CASEWORK = frozenset({"admin", "casemanager"})

# command -> roles allowed; the order is the order of the menu and of /help.
COMMANDS: dict[str, frozenset[str]] = {
    "help": ALL_KNOWN,
    "language": ALL_KNOWN,
    "privacy": CLIENT,
    "stop": CLIENT,
    "sos": CLIENT,
    "newclient": CASEWORK,
    "alerts": CASEWORK,
    "appointment": CASEWORK,
    "appointments": CASEWORK,
    "move": CASEWORK,
    "aftercare": CASEWORK,
    "client": CASEWORK,
    "write": CASEWORK,
    "voice": CASEWORK,
    "duty": CASEWORK,
    "contact": STAFF,
    "today": STAFF,
    "shift": STAFF,
    "places": frozenset({"admin"}),
    "invite": frozenset({"admin"}),
    "cancel": STAFF,
    "start": frozenset({"unknown"}) | ALL_KNOWN,
}

# button data prefix -> roles allowed
BUTTONS: dict[str, frozenset[str]] = {
    "lang": ALL_KNOWN,
    "consent": CLIENT,
    "invite": frozenset({"admin"}),
    "newclient": CASEWORK,
    "alert": CASEWORK,
    "apptnew": CASEWORK,
    "apptm": CASEWORK,
    "move": CASEWORK,
    "appt": CLIENT,
    "street": STAFF,
    "places": frozenset({"admin"}),
    "care": CASEWORK,
    "voice": CASEWORK,
    "ci": CLIENT,
    "unsure": CLIENT,
    "fb": CASEWORK,
    "write": CASEWORK,
    "staffname": STAFF,
}


# reply-keyboard label (a Fluent key) -> the command it stands for; bot/ matches the
# label the person pressed in every language and the router treats it as that command
KEYBOARD_COMMANDS: dict[str, str] = {"street-keyboard-button": "contact",
                                     "client-sos-button": "sos"}


def allowed(kind: str, name: str, role: str) -> bool:
    table = COMMANDS if kind == "command" else BUTTONS
    return role in table.get(name, frozenset())


def commands_for(role: str) -> list[str]:
    """The commands shown in this role's Telegram menu and /help (start is implicit)."""
    return [name for name, roles in COMMANDS.items() if role in roles and name != "start"]
