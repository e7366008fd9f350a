"""Storage: the repository. Every SQL statement of the product lives in this package."""


from storage.crypto import Cipher, WrongKeyError, load_or_create_key
from storage.database import SqliteDatabase, open_database
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
from storage.q_access import PendingInvite
from storage.q_audit import AuditEntry
from storage.q_inbox import FailedUpdate
from storage.q_outbox import DeadLetter
from storage.q_timers import FailedTimer
from storage.queries import Tx
from storage.rekey import DatabaseInUseError, Rotation, open_store, rotate_key
from storage.store import Database, is_busy

__all__ = [
    "Alert",
    "AlertMessage",
    "Answer",
    "Appointment",
    "AuditEntry",
    "Checkin",
    "Cipher",
    "Database",
    "DatabaseInUseError",
    "DeadLetter",
    "FailedTimer",
    "FailedUpdate",
    "FlagFeedback",
    "InviteOutcome",
    "LogEntry",
    "OutboxRow",
    "PendingInvite",
    "Person",
    "Place",
    "Plan",
    "Role",
    "Rotation",
    "SqliteDatabase",
    "StreetContact",
    "StreetPerson",
    "Timer",
    "Tx",
    "WrongKeyError",
    "is_busy",
    "load_or_create_key",
    "open_database",
    "open_store",
    "rotate_key",
]
