"""Tx: every SQL statement of the product, grouped by table in mixins."""

from __future__ import annotations

import sqlite3

import aiosqlite

from storage.crypto import Cipher
from storage.q_access import AccessQueries
from storage.q_aftercare import AftercareQueries
from storage.q_alerts import AlertQueries
from storage.q_appointments import AppointmentQueries
from storage.q_audit import AuditQueries
from storage.q_conversations import ConversationQueries
from storage.q_erase import ErasureQueries
from storage.q_inbox import InboxQueries
from storage.q_log import LogQueries
from storage.q_outbox import OutboxQueries
from storage.q_people import PeopleQueries
from storage.q_profile import ProfileQueries
from storage.q_report import ReportQueries
from storage.q_safety import SafetyQueries
from storage.q_state import StateQueries
from storage.q_street import StreetQueries
from storage.q_timers import TimerQueries

__all__ = ["Tx"]


class Tx(
    PeopleQueries, InboxQueries, OutboxQueries, ConversationQueries, LogQueries, AlertQueries,
    AppointmentQueries, AftercareQueries, StreetQueries, TimerQueries, ErasureQueries,
    StateQueries,
    AccessQueries, AuditQueries, SafetyQueries, ProfileQueries, ReportQueries,
):
    """One open transaction. Obtain it from `Database.tx()`; never keep it."""

    dialect = "sqlite"  # storage/pg.py: PgTx, the same queries on PostgreSQL

    def __init__(self, conn: aiosqlite.Connection, raw: sqlite3.Connection,
                 cipher: Cipher) -> None:
        self.conn = conn
        self.raw = raw
        self.cipher = cipher
