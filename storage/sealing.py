"""Where sealed values live, and the two passes over all of them: migration 0011 (bind each
value to its row, seal the columns that were plain) and `meldbot rotate-key` (re-encrypt
everything under a new key). Both run on the sqlite3 connection inside one transaction.

A new sealed column must be added to `SEALED` (else rotate-key would leave it under the old
key and the next start could not read it); tests/unit/test_crypto_rows.py checks the list
against the schema's BLOB columns."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from storage.crypto import Cipher, row_context

__all__ = ["KEY_CHECK", "SEALED", "Column", "reseal_all", "seal_rows_0011"]

KEY_CHECK = "meldbot key check"
_BATCH = 2000

Progress = Callable[[str, int, int], None]  # (what, done, total)


@dataclass(frozen=True)
class Column:
    """A sealed column: its table, the column that names the row, the column itself."""

    table: str
    key: str
    column: str

    def context(self, row: object) -> str:
        if self.table == "state":  # set_secret: the row's name is its key
            return f"state:{row}"
        return row_context(self.table, self.column, row)

    @property
    def label(self) -> str:
        return self.table if self.table in {"outbox", "inbox", "contact_log", "state",
                                            "conversations"} else f"{self.table}.{self.column}"


SEALED: tuple[Column, ...] = (
    Column("inbox", "update_id", "payload"),
    Column("outbox", "id", "payload"),
    Column("conversations", "person_key", "state"),
    Column("contact_log", "id", "text"),
    Column("alerts", "id", "categories"),
    Column("alerts", "id", "terms"),
    Column("alert_messages", "id", "text"),
    Column("appointments", "id", "kind"),
    Column("appointments", "id", "place"),
    Column("appointments", "id", "note"),
    Column("appointments", "id", "pin"),
    Column("checkin_answers", "id", "level"),
    Column("checkin_answers", "id", "text"),
    Column("street_contacts", "id", "latitude"),
    Column("street_contacts", "id", "longitude"),
    Column("street_contacts", "id", "needs"),
    Column("street_contacts", "id", "note"),
    Column("street_people", "id", "alias"),
    Column("street_people", "id", "nationality"),
    Column("street_people", "id", "language"),
    Column("street_people", "id", "gender"),
    Column("street_people", "id", "age_band"),
    Column("flag_feedback", "id", "categories"),
    Column("flag_feedback", "id", "text"),
    Column("profiles", "person_id", "data"),
    Column("outcomes", "id", "detail"),
    Column("state", "name", "value"),  # only the values set_secret stored (BLOBs)
)

# Before 0011 a value was bound to its column only (this context), or stored plain (None).
_BEFORE_0011: dict[tuple[str, str], str | None] = {
    ("inbox", "payload"): "inbox",
    ("outbox", "payload"): "outbox",
    ("conversations", "state"): "conversation",
    ("contact_log", "text"): "log",
    ("alerts", "categories"): None,
    ("alerts", "terms"): "alert",
    ("alert_messages", "text"): "alert_message",
    ("appointments", "kind"): None,
    ("appointments", "place"): "appointment",
    ("appointments", "note"): "appointment",
    ("appointments", "pin"): None,
    ("checkin_answers", "level"): None,
    ("checkin_answers", "text"): "answer",
    ("street_contacts", "latitude"): None,
    ("street_contacts", "longitude"): None,
    ("street_contacts", "needs"): None,
    ("street_contacts", "note"): "street_note",
    ("street_people", "alias"): None,
    ("street_people", "nationality"): None,
    ("street_people", "language"): None,
    ("street_people", "gender"): None,
    ("street_people", "age_band"): None,
    ("flag_feedback", "categories"): None,
    ("flag_feedback", "text"): "flag_feedback",
}


def _where(column: Column) -> str:
    """The rows of a column that hold a sealed value (NULL and the emptied b'' do not)."""
    if column.table == "state":
        return "typeof(value) = 'blob' AND length(value) > 0"
    return f"{column.column} IS NOT NULL AND length({column.column}) > 0"


def _batches(raw: sqlite3.Connection, column: Column, where: str
             ) -> Iterator[list[tuple[object, object]]]:
    """All (key, value) pairs in key order, a batch at a time (a batch may be rewritten
    before the next is read: keys do not change)."""
    sql = (f"SELECT {column.key}, {column.column} FROM {column.table} WHERE {where}"
           f" AND {column.key} > ? ORDER BY {column.key} LIMIT {_BATCH}")
    last: object = "" if column.key in {"person_key", "name"} else -(2**63)
    while True:
        rows = raw.execute(sql, (last,)).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _rewrite(raw: sqlite3.Connection, column: Column, where: str,
             change: Callable[[object, object], bytes], progress: Progress | None) -> int:
    total = raw.execute(f"SELECT count(*) FROM {column.table} WHERE {where}").fetchone()[0]
    update = f"UPDATE {column.table} SET {column.column} = ? WHERE {column.key} = ?"
    done = 0
    if progress is not None:
        progress(column.label, done, total)
    for batch in _batches(raw, column, where):
        raw.executemany(update, [(change(key, value), key) for key, value in batch])
        done += len(batch)
        if progress is not None:
            progress(column.label, done, total)
    return done


def seal_rows_0011(raw: sqlite3.Connection, cipher: Cipher) -> None:
    """Migration 0011's data step: every sealed value becomes bound to its row; the
    columns that were plain get sealed. (The SQL part already emptied sent outbox payloads
    and deleted plain card values from `state`.)"""
    for column in SEALED:
        if column.table == "state" or (column.table, column.column) not in _BEFORE_0011:
            continue  # set_secret values were bound to their row (name) already; tables
            # made after 0011 (profiles, outcomes) were born sealed to their rows
        old = _BEFORE_0011[(column.table, column.column)]
        if old is None:
            where = f"{column.column} IS NOT NULL AND typeof({column.column}) != 'blob'"

            def seal_plain(key: object, value: object, column: Column = column) -> bytes:
                return cipher.encrypt(_plain(value), column.context(key))

            _rewrite(raw, column, where, seal_plain, None)
        else:
            def rebind(key: object, value: object, column: Column = column,
                       old: str = old) -> bytes:
                assert isinstance(value, bytes)
                return cipher.encrypt(cipher.decrypt(value, old), column.context(key))

            _rewrite(raw, column, _where(column), rebind, None)


def _plain(value: object) -> str:
    if isinstance(value, float):
        return repr(value)
    return str(value)


def reseal_all(raw: sqlite3.Connection, old: Cipher, new: Cipher,
               progress: Progress | None = None) -> int:
    """Re-encrypt every sealed value (and the key check) under `new`; returns how many.
    The caller holds the transaction."""
    count = 0
    for column in SEALED:
        def reseal(key: object, value: object, column: Column = column) -> bytes:
            assert isinstance(value, bytes)
            context = column.context(key)
            return new.encrypt(old.decrypt(value, context), context)

        count += _rewrite(raw, column, _where(column), reseal, progress)
    row = raw.execute("SELECT value FROM state WHERE name = 'key_check'").fetchone()
    if row is not None:
        check = old.decrypt(bytes.fromhex(row[0]), "key_check")
        raw.execute("UPDATE state SET value = ? WHERE name = 'key_check'",
                    (new.encrypt(check, "key_check").hex(),))
        count += 1
    return count
