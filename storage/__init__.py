"""Storage: the repository. Every SQL statement of the product lives in this package."""

from storage.crypto import Cipher, WrongKeyError, load_or_create_key
from storage.database import Database, open_database
from storage.models import (
    Alert,
    AlertMessage,
    FlagFeedback,
    InviteOutcome,
    LogEntry,
    OutboxRow,
    Person,
    Place,
    Role,
    StreetContact,
    StreetPerson,
    Timer,
)
from storage.queries import Tx

__all__ = [
    "Alert",
    "AlertMessage",
    "Answer",
    "Appointment",
    "Checkin",
    "Cipher",
    "Database",
    "FlagFeedback",
    "InviteOutcome",
    "LogEntry",
    "OutboxRow",
    "Person",
    "Place",
    "Plan",
    "Role",
    "StreetContact",
    "StreetPerson",
    "Timer",
    "Tx",
    "WrongKeyError",
    "load_or_create_key",
    "open_database",
]
