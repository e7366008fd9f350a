"""The two sets of migrations stay in step: PostgreSQL's schema (storage/migrations_pg) has
the same tables, columns, indexes and triggers as SQLite's (storage/migrations), every
sealed column is BYTEA there, and each migration SQLite gets after the baseline has its
PostgreSQL twin with the same number."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from storage import Cipher, open_database
from storage.database import _migrations
from storage.pg import _pg_sql, open_pg, pg_migrations
from storage.sealing import SEALED
from tests.backends import fresh_pg_database

BASELINE = 15
# PostgreSQL only: the notifications that wake the worker holding a duty
PG_ONLY_TRIGGERS = {"inbox_wake", "outbox_wake", "timers_wake"}


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    async with fresh_pg_database("schema") as url:
        db = await open_pg(url, Cipher(bytes(32)))
        await db.close()
        yield url


def sqlite_schema(path: Path) -> dict[str, set[str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%'")]
        schema = {f"table {t}": {r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')}
                  for t in tables}
        schema["indexes"] = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        schema["triggers"] = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        return schema
    finally:
        conn.close()


async def pg_schema(url: str) -> dict[str, set[str]]:
    conn = await asyncpg.connect(url)
    try:
        schema: dict[str, set[str]] = {}
        for row in await conn.fetch(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema()"):
            schema.setdefault(f"table {row[0]}", set()).add(row[1])
        schema["indexes"] = {r[0] for r in await conn.fetch(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
            " AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'")}
        schema["triggers"] = {r[0] for r in await conn.fetch(
            "SELECT DISTINCT trigger_name FROM information_schema.triggers"
            " WHERE trigger_schema = current_schema()")} - PG_ONLY_TRIGGERS
        return schema
    finally:
        await conn.close()


async def test_both_schemas_have_the_same_tables_columns_indexes_and_triggers(
        pg_url: str, tmp_path: Path) -> None:
    db = await open_database(tmp_path / "db.sqlite3", Cipher(bytes(32)))
    await db.close()
    lite = sqlite_schema(tmp_path / "db.sqlite3")
    pg = await pg_schema(pg_url)
    # SQLite's implicit rowid of invites is a real column on PostgreSQL
    pg["table invites"] -= {"rowid"}
    assert pg == lite


async def test_every_sealed_column_is_bytea_on_postgresql(pg_url: str) -> None:
    conn = await asyncpg.connect(pg_url)
    try:
        types = {(r[0], r[1]): r[2] for r in await conn.fetch(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = current_schema()")}
    finally:
        await conn.close()
    sealed = {(c.table, c.column) for c in SEALED} - {("state", "value")}  # hex text there
    assert {column: types[column] for column in sealed} == dict.fromkeys(sealed, "bytea")


def test_every_migration_after_the_baseline_has_a_postgresql_twin() -> None:
    lite = [number for number, _, _ in _migrations()]
    pg = [number for number, _, _ in pg_migrations()]
    assert pg[0] == BASELINE and lite[:BASELINE] == list(range(1, BASELINE + 1))
    assert [n for n in lite if n > BASELINE] == pg[1:]


async def test_a_schema_named_in_the_url_is_created_and_used(pg_url: str) -> None:
    """One database may hold several installations (teams), each in its own schema."""
    url = f"{pg_url}?search_path=team_utrecht"
    db = await open_pg(url, Cipher(bytes(32)))
    try:
        async with db.tx() as tx:
            await tx.set_value("probe", "utrecht")
    finally:
        await db.close()
    conn = await asyncpg.connect(pg_url)
    try:
        assert await conn.fetchval(
            "SELECT value FROM team_utrecht.state WHERE name = 'probe'") == "utrecht"
        assert await conn.fetchval("SELECT count(*) FROM public.state"
                                   " WHERE name = 'probe'") == 0
    finally:
        await conn.close()


def test_one_sql_text_serves_both_backends() -> None:
    """SQLite's placeholders become PostgreSQL's (a `?` in a string literal stays), an empty
    `IN ()` list means what it means in SQLite, and an insert gives its new id."""
    assert _pg_sql("SELECT a FROM t WHERE b = ? AND c = '?' AND d IN (?, ?)") == \
        "SELECT a FROM t WHERE b = $1 AND c = '?' AND d IN ($2, $3)"
    assert _pg_sql("DELETE FROM t WHERE a IN () OR b NOT IN ()") == \
        "DELETE FROM t WHERE a = ANY('{}') OR b <> ALL('{}')"
    assert _pg_sql("INSERT INTO t (a) VALUES (?)", returning_id=True) == \
        "INSERT INTO t (a) VALUES ($1) RETURNING id"
