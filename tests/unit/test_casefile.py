"""The case file's flows (pure) and its settings: /close, /erase, the daily purge timer,
MELDBOT_RETAIN_*."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from flows.casefile.buttons import CloseReason, EraseConfirm
from flows.casefile.close import on_close, on_erase, on_erase_button, on_purge
from flows.casefile.effects import CloseCase, ErasePerson, Purge, RetentionDays
from flows.core.buttons import decode
from flows.core.effects import Edit, Send, SetTimer
from flows.core.events import Button, Command, Tick
from flows.time.when import next_local_hour
from tests.unit.factories import context, person


@pytest.fixture(autouse=True)
def _empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no developer's .env


def test_close_asks_the_reason_for_the_one_client_named() -> None:
    manager = person("casemanager")
    samir, sami = person("client", id=11, alias="Samir"), person("client", id=12, alias="Sami")
    ctx = context(manager, caseload=(samir, sami))
    sent = on_close(ctx, Command("close", "samir")).effects[0]
    assert isinstance(sent, Send) and sent.key == "casefile-close-ask"
    presses = [row[0].data for row in sent.buttons]
    assert CloseReason("returned", 11) in presses and CloseReason("cancel", 11) in presses
    ambiguous = on_close(ctx, Command("close", "sam")).effects[0]
    assert isinstance(ambiguous, Send) and ambiguous.key == "casefile-ambiguous"
    missing = on_close(ctx, Command("close", "nobody")).effects[0]
    assert isinstance(missing, Send) and missing.key == "casefile-not-found"
    usage = on_close(ctx, Command("close", "")).effects[0]
    assert isinstance(usage, Send) and usage.key == "casefile-close-usage"


def test_erase_is_confirmed_and_the_outcome_names_no_one() -> None:
    admin = person("admin")
    client = person("client", id=11, alias="Samir")
    ask = on_erase(context(admin, caseload=(client,)), Command("erase", "Samir")).effects[0]
    assert isinstance(ask, Send) and len(ask.buttons) == 2
    yes = Button(EraseConfirm("yes", 11).encode(), message_id=77)
    effects = on_erase_button(context(admin), yes).effects
    assert ErasePerson(11) in effects
    edit = next(e for e in effects if isinstance(e, Edit))
    assert edit.message_id == 77 and "Samir" not in str(edit.args)
    no = on_erase_button(context(admin), Button(EraseConfirm("no", 11).encode(), 77))
    assert not [e for e in no.effects if isinstance(e, ErasePerson | CloseCase)]


def test_buttons_round_trip() -> None:
    for press in (CloseReason("unreachable", 123456), EraseConfirm("yes", 9)):
        assert decode(press.encode()) == press
    assert decode("close:nonsense:1") is None


def test_daily_purge_timer() -> None:
    now = datetime(2026, 11, 22, 11, 0, tzinfo=UTC)  # 12:00 in Amsterdam
    assert next_local_hour(now, 3, "Europe/Amsterdam") == datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    assert next_local_hour(now, 13, "Europe/Amsterdam") == datetime(2026, 11, 22, 12, 0,
                                                                  tzinfo=UTC)
    ctx = replace(context(None), now=now, retention=RetentionDays(texts=30))
    first = on_purge(ctx, Tick("purge", 0)).effects
    assert [type(e) for e in first] == [SetTimer]
    daily = on_purge(ctx, Tick("purge", 1)).effects
    assert Purge(RetentionDays(texts=30)) in daily and isinstance(daily[0], SetTimer)


def test_retention_settings() -> None:
    settings = load_settings({"MELDBOT_RETAIN_TEXTS_DAYS": "90",
                              "MELDBOT_RETAIN_STRANGERS_DAYS": "2"}, require_token=False)
    assert settings.retain_texts_days == 90 and settings.retain_strangers_days == 2
    assert settings.retain_street_days == 365 and settings.retain_log_days == 730
    for name in ("MELDBOT_RETAIN_TEXTS_DAYS", "MELDBOT_RETAIN_STREET_DAYS",
                 "MELDBOT_RETAIN_STRANGERS_DAYS", "MELDBOT_RETAIN_LOG_DAYS",
                 "MELDBOT_RETAIN_INBOX_DAYS"):
        for bad in ("0", "-3", "never", "1.5"):
            with pytest.raises(ConfigError, match=name):
                load_settings({name: bad}, require_token=False)
