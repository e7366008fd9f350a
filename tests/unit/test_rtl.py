"""Right-to-left display in Darija and Arabic: commands, links, time zones and dates inside
Arabic sentences are isolated (else "/stop" shows as "stop/"), lines without Arabic words
of their own start right-to-left, and dates carry no Latin comma."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache

import pytest

from bot.i18n import RLM, Translator, default_locales_folder
from tests.unit.test_locales import EN_MESSAGES, _arg_sets, _is_button

RTL = ("ary", "ar")
OPEN, CLOSE = "\u2066\u2067\u2068", "\u2069"
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# What reads wrong in a right-to-left sentence unless isolated: Latin letters, and numbers
# joined by "/" or "-" (a date like 12-03 shows as 03-12).
LATIN_RUN = re.compile(r"[A-Za-z]+|\d+[/\-]\d+")


@cache
def _translator() -> Translator:
    return Translator(default_locales_folder())


def outside_isolates(text: str) -> str:
    """The text with every isolated stretch (LRI/RLI/FSI … PDI) taken out."""
    out, depth = [], 0
    for char in text:
        if char in OPEN:
            depth += 1
        elif char == CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(char)
    return "".join(out)


def test_outside_isolates() -> None:
    assert outside_isolates("صيفط \u2066/stop\u2069 دابا") == "صيفط  دابا"
    assert outside_isolates("a\u2068b\u2066c\u2069d\u2069e") == "ae"


@pytest.mark.parametrize("lang", RTL)
@pytest.mark.parametrize("key", EN_MESSAGES)
def test_latin_runs_are_isolated(lang: str, key: str) -> None:
    translator = _translator()
    for args in _arg_sets(key):
        text = translator.format(lang, key, args)
        if text in map(str, args.values()):
            continue  # a value alone (a button's label): Telegram shows it by itself
        bare = LATIN_RUN.findall(outside_isolates(text))
        assert bare == [], f"{lang}/{key}: {bare} not isolated in {text!r}"


@pytest.mark.parametrize("lang", RTL)
@pytest.mark.parametrize("key", [k for k in EN_MESSAGES if not _is_button(k)])
def test_lines_without_arabic_start_right_to_left(lang: str, key: str) -> None:
    translator = _translator()
    for args in _arg_sets(key):
        text = translator.format(lang, key, args)
        if "\n" not in text:
            continue
        for line in text.split("\n"):
            if line.strip() and not ARABIC.search(outside_isolates(line)):
                assert line.startswith(RLM), f"{lang}/{key}: {line!r}"


@pytest.mark.parametrize("lang", RTL)
def test_a_reminder_reads_right_to_left(lang: str) -> None:
    text = _translator().format(lang, "appointment-reminder", {
        "topic": {"$msg": "appointment-topic-doctor"},
        "when": datetime(2026, 3, 12, 14, 30, tzinfo=UTC), "place": "Kerkstraat 1",
        "note": "–"})
    lines = text.split("\n")
    assert ARABIC.search(lines[0]) and not lines[0].startswith(RLM)
    assert all(line.startswith(RLM) for line in lines[1:5]), lines
    assert ", " not in text and "، " in text  # the date's comma is the Arabic one


@pytest.mark.parametrize("lang", RTL)
def test_commands_and_example_dates_are_isolated(lang: str) -> None:
    translator = _translator()
    assert "\u2066/stop\u2069" in translator.format(lang, "privacy-how-to-stop")
    assert "\u2066/start\u2069" in translator.format(lang, "stop-done")
    asked = translator.format(lang, "appointment-ask-day", {"zone": "Africa/Casablanca"})
    assert "\u206612/03 14:30\u2069" in asked and "12-03" not in asked
    assert "\u206612/03\u2069" in translator.format(lang, "aftercare-ask-return", {"alias": "A"})


def test_left_to_right_languages_get_no_marks() -> None:
    translator = _translator()
    for lang in ("fr", "nl", "en"):
        text = translator.format(lang, "appointment-reminder", {
            "topic": {"$msg": "appointment-topic-doctor"},
            "when": datetime(2026, 3, 12, 14, 30, tzinfo=UTC), "place": "Rabat", "note": "–"})
        assert not re.search("[\u2066-\u2069\u200f]", text), (lang, text)
