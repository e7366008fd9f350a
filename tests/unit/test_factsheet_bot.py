"""/factsheet decides: which year, in whose chat, in which language (flows/factsheet)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows import step
from flows.core.effects import Log, Send
from flows.core.events import Command
from flows.factsheet.ask import report_language
from flows.factsheet.effects import SendFactsheet
from tests.unit.factories import context, person

ADMIN = person("admin", id=1, language="en")


def _keys(effects: tuple[object, ...]) -> list[str]:
    return [e.key if isinstance(e, Send) else type(e).__name__ for e in effects]


@pytest.mark.parametrize(("typed", "year"), [("2024", 2024), (" 2026 ", 2026), ("", 2025)])
def test_a_year_or_last_year(typed: str, year: int) -> None:
    effects = step(context(ADMIN), Command("factsheet", typed)).effects
    assert SendFactsheet(ADMIN.id, year, "en") in effects
    assert _keys(effects)[0] == "factsheet-preparing"


def test_last_year_is_the_organisations_last_year() -> None:
    """At 23:30 UTC on 31 December it is already the new year in Amsterdam."""
    ctx = context(ADMIN, now=datetime(2025, 12, 31, 23, 30, tzinfo=UTC))
    assert SendFactsheet(ADMIN.id, 2025, "en") in step(ctx, Command("factsheet")).effects


@pytest.mark.parametrize(("typed", "key"), [
    ("24", "factsheet-bad-year"), ("twenty", "factsheet-bad-year"),
    ("1999", "factsheet-bad-year"), ("٢٠٢٤", "factsheet-bad-year"),
    ("2024 Q1", "factsheet-bad-year"), ("2027", "factsheet-future-year"),
])
def test_a_bad_year_is_answered_and_nothing_is_made(typed: str, key: str) -> None:
    effects = step(context(ADMIN), Command("factsheet", typed)).effects
    assert _keys(effects) == [key]
    assert effects[0].person_id == ADMIN.id  # type: ignore[union-attr]


def test_in_the_team_chat_nothing_is_made_and_the_answer_is_private() -> None:
    effects = step(context(ADMIN, chat_id=-1001), Command("factsheet", "2024")).effects
    assert not any(isinstance(e, SendFactsheet) for e in effects)
    [answer] = [e for e in effects if isinstance(e, Send)]
    assert answer.key == "factsheet-private-only"
    assert answer.person_id == ADMIN.id and answer.chat_id is None  # their own chat
    assert any(isinstance(e, Log) for e in effects)


@pytest.mark.parametrize("role", ["casemanager", "fieldworker", "client"])
def test_only_admins(role: str) -> None:
    who = person(role)  # type: ignore[arg-type]
    effects = step(context(who), Command("factsheet", "2024")).effects
    assert not any(isinstance(e, SendFactsheet) for e in effects)
    assert _keys(effects)[0] == "refusal-not-available"


@pytest.mark.parametrize(("language", "lang"), [
    ("nl", "nl"), (None, "nl"), ("en", "en"), ("fr", "en"), ("ar", "en"), ("ary", "en")])
def test_dutch_for_dutch_english_for_the_rest(language: str | None, lang: str) -> None:
    assert report_language(language) == lang
