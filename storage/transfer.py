"""`meldbot migrate-data`: copy an SQLite installation into an empty PostgreSQL database.

The SQLite file is locked exclusively (as rotate-key does: refused while the bot or an export
has it open), migrated to the newest version and its key checked; then every table is read
in one read transaction (a consistent snapshot) and written in ONE PostgreSQL transaction,
in foreign-key order, in batches (COPY). Ids stay as they are: a sealed value is bound to its
table, column and row id, so it is copied byte for byte and stays readable with the same key
file. Afterwards each identity sequence continues after the largest id, and, still inside
the transaction, every table's row count, sum of ids and total of sealed bytes are compared
with the source; any difference undoes everything. An interrupted copy leaves the target
as it was (empty).

Types: INTEGER -> BIGINT, REAL -> DOUBLE PRECISION, BLOB -> BYTEA; a BLOB in a TEXT column
(the secrets of `state`, see storage/q_state.py) becomes hex text. The implicit rowid of
SQLite's `invites` goes into PostgreSQL's `rowid` column. Not copied: `schema_migrations`
(the target has its own, at the same version) and `leases` (processes' duties, not data)."""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import asyncpg

from storage.crypto import Cipher, WrongKeyError, read_key_file
from storage.database import open_database
from storage.pg import open_pg
from storage.rekey import _lock, recover_key

__all__ = ["Progress", "TableCopy", "TransferError", "describe_url", "transfer"]

_BATCH = 2000
_NAME = re.compile(r"[a-z_][a-z0-9_]*")
# the target's own: its migrations, and the workers' leases (held by processes, not data)
_NOT_COPIED = ("schema_migrations", "leases")
# what a freshly migrated PostgreSQL database already holds: the key check, the saved places
# and the first runs of the daily timers (replaced by the source's own)
_SEEDED = ("places", "timers", "state")
_SEED_CHECKS = {
    "state": "SELECT count(*) FROM state WHERE name <> 'key_check'",
    "timers": "SELECT count(*) FROM timers"
              " WHERE NOT (subject = 0 AND kind IN ('street-digest', 'purge'))",
    "places": "SELECT 0",
}

Progress = Callable[[str, int, int, int, int], None]  # table, done, total, all done, all


class TransferError(Exception):
    """The copy was refused or undone. The message names tables and columns, never values
    or the database URL's password."""


@dataclass(frozen=True)
class TableCopy:
    table: str
    source: int  # rows in SQLite
    copied: int  # rows in PostgreSQL after the copy (checked equal)


@dataclass
class _Table:
    name: str
    columns: list[str] = field(default_factory=list)  # PostgreSQL's columns, in order
    types: list[str] = field(default_factory=list)  # PostgreSQL's data type of each
    key: str | None = None  # an integer column whose sum is compared
    primary: list[str] = field(default_factory=list)
    self_refs: list[str] = field(default_factory=list)  # set after the rows are in
    identity: list[str] = field(default_factory=list)

    @property
    def bytea(self) -> list[str]:
        return [c for c, t in zip(self.columns, self.types, strict=True) if t == "bytea"]


def describe_url(url: str) -> str:
    """host:port/database (and the schema): never the user or the password."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2] or "localhost"
    text = f"{host}{parts.path or '/'}"
    schema = parse_qs(parts.query).get("search_path")
    return f"{text} (schema {schema[0]})" if schema else text


async def transfer(database_path: Path, key_path: Path, url: str,
                   progress: Progress | None = None) -> list[TableCopy]:
    """Copy the SQLite database into the PostgreSQL database at `url` (see the module).
    DatabaseInUseError, WrongKeyError (the key opens not the SQLite or not the PostgreSQL
    database), TransferError."""
    fd = await asyncio.to_thread(_claim, database_path, key_path)
    try:
        cipher = Cipher(read_key_file(key_path))
        try:
            source = await open_database(database_path, cipher)  # migrates; checks the key
        except WrongKeyError:
            raise WrongKeyError("the key file does not match the SQLite database") from None
        await source.close()
        try:
            target = await open_pg(url, cipher)  # migrates; checks (or writes) the key check
        except WrongKeyError:
            raise WrongKeyError("the key file does not match the PostgreSQL database (it was"
                                " set up with another key)") from None
        except (OSError, ValueError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            raise TransferError(f"cannot open the PostgreSQL database at {describe_url(url)}:"
                                f" {_explain(error)}") from None
        try:
            return await _copy(database_path, target.connection, progress)
        except (asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            raise TransferError(f"PostgreSQL refused the copy: {_explain(error)}") from None
        finally:
            await target.close()
    finally:
        os.close(fd)


def _claim(database_path: Path, key_path: Path) -> int:
    """The SQLite database's lock, held alone (DatabaseInUseError if the bot has it)."""
    if not database_path.exists():
        raise TransferError("there is no SQLite database to copy (MELDBOT_DATA)")
    fd = _lock(database_path, exclusive=True, wait=False)
    try:
        recover_key(database_path, key_path)  # an interrupted rotate-key is finished first
    except BaseException:
        os.close(fd)
        raise
    return fd


def _explain(error: BaseException) -> str:
    """A server's message names objects, not values; asyncpg's own errors may quote a
    value (or the URL), so only their kind is shown."""
    if isinstance(error, asyncpg.PostgresError):
        return f"{error.sqlstate} {error}"
    if isinstance(error, ValueError | asyncpg.InterfaceError):
        return f"{type(error).__name__} (is the URL right?)" \
            if isinstance(error, ValueError) else type(error).__name__
    return str(error)  # OSError: where it could not connect


async def _copy(path: Path, pg: asyncpg.Connection, progress: Progress | None
                ) -> list[TableCopy]:
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("BEGIN")  # one snapshot for every table (nobody writes: it is locked)
        try:
            async with pg.transaction():
                return await _copy_in(raw, pg, progress)
        finally:
            raw.execute("ROLLBACK")
    finally:
        raw.close()


async def _copy_in(raw: sqlite3.Connection, pg: asyncpg.Connection,
                   progress: Progress | None) -> list[TableCopy]:
    versions = {row[0] for row in raw.execute("SELECT version FROM schema_migrations")}
    theirs = {row[0] for row in await pg.fetch("SELECT version FROM schema_migrations")}
    if versions != theirs:
        raise TransferError(f"the SQLite database is at migration {max(versions)} and the"
                            f" PostgreSQL database at {max(theirs, default=0)}: use the same"
                            " version of meldbot for both")
    tables = await _plan(raw, pg)
    names = ", ".join(t.name for t in tables)
    await pg.execute(f"LOCK TABLE {names} IN EXCLUSIVE MODE")  # no worker writes meanwhile
    await _check_empty(pg, tables)
    for name in _SEEDED:
        await pg.execute(f"DELETE FROM {name}")
    triggered = [row[0] for row in await pg.fetch(
        "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        " WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace")]
    for name in triggered:  # rows go in as they are (e.g. an outbox row's status)
        await pg.execute(f"ALTER TABLE {name} DISABLE TRIGGER USER")
    expected = {t.name: _source_sums(raw, t) for t in tables}
    total = sum(sums[0] for sums in expected.values())
    done = 0
    copies: list[TableCopy] = []
    for table in tables:
        done += await _copy_table(raw, pg, table, expected[table.name][0], done, total,
                                  progress)
        await _reset_sequences(pg, table)
    for table in tables:  # the check, before anything is committed
        found = await _target_sums(pg, table)
        if found != expected[table.name]:
            raise TransferError(f"{table.name}: the copy does not match the source"
                                f" ({expected[table.name][0]} rows in SQLite, {found[0]} in"
                                " PostgreSQL, or their ids or sizes differ)")
        copies.append(TableCopy(table.name, expected[table.name][0], found[0]))
    for name in triggered:
        await pg.execute(f"ALTER TABLE {name} ENABLE TRIGGER USER")
    return copies


async def _plan(raw: sqlite3.Connection, pg: asyncpg.Connection) -> list[_Table]:
    """The tables and columns of both sides, matched; TransferError if they differ."""
    source = [row[0] for row in raw.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY rowid") if row[0] not in _NOT_COPIED]
    columns: dict[str, list[Any]] = {}
    for row in await pg.fetch(
            "SELECT table_name, column_name, data_type, is_identity"
            " FROM information_schema.columns WHERE table_schema = current_schema()"
            " ORDER BY table_name, ordinal_position"):
        if row[0] not in _NOT_COPIED:
            columns.setdefault(row[0], []).append(row)
    if sorted(source) != sorted(columns):
        only = sorted(set(source) ^ set(columns))
        raise TransferError(f"the two databases' tables differ ({', '.join(only)})")
    keys: dict[str, list[str]] = {}
    for row in await pg.fetch(
            "SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
            " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
            " WHERE i.indisprimary AND c.relnamespace = current_schema()::regnamespace"):
        keys.setdefault(row[0], []).append(row[1])
    plan = []
    for name in source:
        table = _Table(_checked(name), primary=keys.get(name, []))
        have = {row[1] for row in raw.execute(f"PRAGMA table_info({name})")}
        for _, column, kind, identity in columns[name]:
            if column not in have and column != "rowid":
                raise TransferError(f"{name}.{column} is not in the SQLite database")
            have.discard(column)
            if kind not in _KINDS:
                raise TransferError(f"{name}.{column}: cannot copy into a {kind} column")
            table.columns.append(_checked(column))  # invites.rowid: SQLite's own rowid
            table.types.append(kind)
            if identity == "YES":
                table.identity.append(column)
        if have:
            raise TransferError(f"{name}.{sorted(have)[0]} is not in the PostgreSQL database")
        integer_key = [c for c in table.primary
                       if table.types[table.columns.index(c)] == "bigint"]
        if len(table.primary) == 1 and (table.identity or integer_key):
            table.key = (table.identity or integer_key)[0]
        plan.append(table)
    needs: dict[str, set[str]] = {name: set() for name in source}
    for row in await pg.fetch(
            "SELECT c.relname, r.relname, a.attname FROM pg_constraint k"
            " JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid"
            " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)"
            " WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace"):
        if row[0] == row[1]:
            next(t for t in plan if t.name == row[0]).self_refs.append(row[2])
        else:
            needs[row[0]].add(row[1])
    return _referenced_first(plan, needs)


def _referenced_first(plan: list[_Table], needs: dict[str, set[str]]) -> list[_Table]:
    """The tables in an order that inserts a referenced row before its references (the
    order they were made in, where it allows)."""
    ordered: list[_Table] = []
    placed: set[str] = set()
    while len(ordered) < len(plan):
        ready = [t for t in plan if t.name not in placed and needs[t.name] <= placed]
        if not ready:
            raise TransferError("the foreign keys between tables form a cycle")
        ordered.append(ready[0])
        placed.add(ready[0].name)
    return ordered


def _checked(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise TransferError(f"unexpected name in the schema: {name!r}")
    return name


async def _check_empty(pg: asyncpg.Connection, tables: Sequence[_Table]) -> None:
    full = []
    for table in tables:
        sql = _SEED_CHECKS.get(table.name, f"SELECT count(*) FROM {table.name}")
        if await pg.fetchval(sql):
            full.append(table.name)
    if full:
        raise TransferError(f"the PostgreSQL database already holds data ({', '.join(full)}):"
                            " migrate-data only fills an empty one")


_INTEGER = ("bigint", "integer", "smallint")
_REAL = ("double precision", "real")
_TEXT = ("text", "character varying")
_KINDS = (*_INTEGER, *_REAL, *_TEXT, "bytea")


def _fit(kind: str, value: object) -> object:
    """SQLite's value as the PostgreSQL column of this type takes it (ValueError if not)."""
    if value is None:
        return None
    if kind in _INTEGER and (type(value) is int
                             or (isinstance(value, float) and value.is_integer())):
        return int(value)
    if kind in _REAL and type(value) in (int, float):
        return float(value)  # type: ignore[arg-type]
    if kind in _TEXT and isinstance(value, bytes):  # sealed in a TEXT column: hex (q_state)
        return value.hex()
    if kind in _TEXT and type(value) in (str, int, float):
        return str(value)
    if kind == "bytea" and isinstance(value, bytes | str):  # a str: as CAST(… AS BLOB)
        return value if isinstance(value, bytes) else value.encode("utf-8")
    raise ValueError(kind)


def _converted(table: _Table, row: Sequence[object]) -> list[object]:
    """One SQLite row as PostgreSQL takes it (naming a column, never a value, if one does
    not fit)."""
    values = []
    for column, kind, value in zip(table.columns, table.types, row, strict=True):
        try:
            values.append(_fit(kind, value))
        except ValueError:
            raise TransferError(f"{table.name}.{column}: a {type(value).__name__} value where"
                                f" PostgreSQL keeps {kind}") from None
    return values


async def _copy_table(raw: sqlite3.Connection, pg: asyncpg.Connection, table: _Table,
                      count: int, before: int, total: int, progress: Progress | None) -> int:
    """Every row of one table, in batches; returns how many went in."""
    later = [table.columns.index(c) for c in table.self_refs]
    primary = [table.columns.index(c) for c in table.primary]
    updates: list[tuple[object, ...]] = []
    copied = 0
    for rows in _batches(raw, table):
        records = []
        for row in rows:
            values = _converted(table, row)
            if later:  # a row may name one further on: filled in once all are in
                refs = [values[i] for i in later]
                if any(value is not None for value in refs):
                    updates.append((*refs, *(values[i] for i in primary)))
                for i in later:
                    values[i] = None
            records.append(tuple(values))
        await pg.copy_records_to_table(table.name, records=records, columns=table.columns)
        copied += len(records)
        if progress is not None:
            progress(table.name, copied, count, before + copied, total)
    if copied == 0 and progress is not None:
        progress(table.name, 0, count, before, total)
    if updates:
        sets = ", ".join(f"{c} = ${n}" for n, c in enumerate(table.self_refs, 1))
        where = " AND ".join(f"{c} = ${n}"
                             for n, c in enumerate(table.primary, len(table.self_refs) + 1))
        await pg.executemany(f"UPDATE {table.name} SET {sets} WHERE {where}", updates)
    return copied


def _batches(raw: sqlite3.Connection, table: _Table) -> Iterator[list[Any]]:
    cursor = raw.execute(f"SELECT {', '.join(table.columns)} FROM {table.name} ORDER BY rowid")
    while rows := cursor.fetchmany(_BATCH):
        yield rows


def _source_sums(raw: sqlite3.Connection, table: _Table) -> tuple[int, int, int]:
    """Rows, the sum of the ids, the bytes of the sealed (BYTEA) columns."""
    key = f"coalesce(sum({table.key}), 0)" if table.key else "0"
    sizes = " + ".join(f"coalesce(sum(length(CAST({c} AS BLOB))), 0)"
                       for c in table.bytea) or "0"
    row = raw.execute(f"SELECT count(*), {key}, {sizes} FROM {table.name}").fetchone()
    return int(row[0]), int(row[1]), int(row[2])


async def _target_sums(pg: asyncpg.Connection, table: _Table) -> tuple[int, int, int]:
    key = f"coalesce(sum({table.key}), 0)" if table.key else "0"
    sizes = " + ".join(f"coalesce(sum(octet_length({c})), 0)" for c in table.bytea) or "0"
    row = await pg.fetchrow(f"SELECT count(*), {key}, {sizes} FROM {table.name}")
    return int(row[0]), int(row[1]), int(row[2])


async def _reset_sequences(pg: asyncpg.Connection, table: _Table) -> None:
    """A new row's id continues after the largest copied one (as SQLite's rowid does)."""
    for column in table.identity:
        await pg.execute(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column}'),"
            f" coalesce(max({column}), 0) + 1, false) FROM {table.name}")
