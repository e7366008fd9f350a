"""Storage: the repository. Every SQL statement of the product lives in this package."""


from storage.crypto import Cipher, WrongKeyError, load_or_create_key
from storage.database import Database, is_busy, open_database
from storage.models import (
    Alert,
    AlertMessage,
    Answer,
    Appointment,
    Checkin,
    FlagFeedback,
    InviteOutcome,
    LogEntry,
    OutboxRow,
    Person,
    Place,
    Plan,
    Role,
    StreetContact,
    StreetPerson,
    Timer,
)
from storage.q_inbox import FailedUpdate
from storage.q_outbox import DeadLetter
from storage.q_timers import FailedTimer
from storage.queries import Tx

__all__ = [
    "Alert",
    "AlertMessage",
    "Answer",
    "Appointment",
    "Checkin",
    "Cipher",
    "Database",
    "DeadLetter",
    "FailedTimer",
    "FailedUpdate",
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
    "is_busy",
    "load_or_create_key",
    "open_database",
]
