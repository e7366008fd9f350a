"""What a lock screen shows: every message a client can get starts, in every language, with
a first line that names no organisation, agency, police, return, diagnosis, clinic, lawyer
or casemanager. The list of client messages is checked against the flows' source."""

from __future__ import annotations

import ast
import re
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bot.i18n import Translator, default_locales_folder
from flows.aftercare.checkin import DOMAINS
from flows.alerts.emergency import EMERGENCY_NUMBERS
from flows.appointments.reminders import KINDS
from flows.client_messages import CLIENT_KEYS, PROTECTED_KEYS, TOPIC_KEYS
from flows.features import commands_for
from tests.unit.test_locales import _arg_sets

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ary", "ar", "fr", "nl", "en")
INVISIBLE = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))

# Acronyms of agencies, matched as whole words with their case.
AGENCIES = re.compile(r"\b(?:IND|IOM|COA|GGZ|DT&V|DTenV)\b|DT&V")
# Lower-case stems: a word that contains one must not be on a client message's first line.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "en": ("meldpunt", "outreach", "immigration", "police", "return", "asylum", "psychiatr",
           "mental", "addiction", "clinic", "hospital", "lawyer", "casemanager", "ggz"),
    "nl": ("meldpunt", "immigratie", "politie", "terugkeer", "asiel", "psychiatr", "verslaving",
           "kliniek", "ziekenhuis", "advocaat", "casemanager", "ggz"),
    "fr": ("meldpunt", "immigration", "police", "retour", "asile", "psychiatr", "mentale",
           "addiction", "clinique", "hôpital", "avocat", "référent", "ggz"),
    "ar": ("شرطة", "الشرطة", "البوليس", "بوليس", "الهجرة", "العودة", "رجوع", "اللجوء", "نفسي",
           "الإدمان", "مستشفى", "سبيطار", "محامي", "المسؤول عن ملفك", "ملف"),
    "ary": ("شرطة", "البوليس", "بوليس", "الهجرة", "الرجوع", "رجوع", "اللجوء", "نفسي", "الإدمان",
            "سبيطار", "مستشفى", "محامي", "المساعد", "المسؤول", "ملف"),
}
# A client's name of an appointment kind is gentle: no agency, no diagnosis, no lawyer.
TOPIC_FORBIDDEN: dict[str, tuple[str, ...]] = {
    "en": ("immigration", "police", "return", "asylum", "psychiatr", "mental", "lawyer",
           "embassy", "reception"),
    "nl": ("immigratie", "politie", "terugkeer", "asiel", "psychiatr", "advocaat", "ambassade",
           "opvang"),
    "fr": ("immigration", "police", "retour", "asile", "psychiatr", "mentale", "avocat",
           "ambassade", "accueil"),
    "ar": ("الهجرة", "العودة", "اللجوء", "نفسي", "النفسية", "محامي", "السفارة", "الاستقبال"),
    "ary": ("الهجرة", "الرجوع", "اللجوء", "نفسي", "النفسية", "محامي", "السفارة", "الاستقبال"),
}
WHEN = datetime(2026, 3, 12, 14, 30, tzinfo=UTC)


@cache
def _translator() -> Translator:
    return Translator(default_locales_folder())


def _plausible(key: str) -> list[dict[str, Any]]:
    """The locale test's argument sets (every variant), with real values where it matters:
    every kind's topic, a time, the emergency numbers of every country, the client's /help."""
    numbers = [{"$msgs": [[n.service, {"number": n.number}] for n in listed]}
               for listed in EMERGENCY_NUMBERS.values()]
    help_lines = {"$msgs": [[f"cmd-{name}", {}] for name in commands_for("client")]}
    out = []
    for args in _arg_sets(key):
        base = {**args, "when": WHEN, "place": "Rabat", "note": "–", "n": 2, "total": 7,
                "commands": help_lines}
        if key == "sos-ack":
            out += [{**base, "numbers": number} for number in numbers]
        elif "topic" in args:
            out += [{**base, "topic": {"$msg": f"appointment-topic-{kind}"},
                     "kind": {"$msg": f"appointment-kind-{kind}"}} for kind in KINDS]
        else:
            out.append(base)
    return out


def _first_line(text: str) -> str:
    return text.translate(INVISIBLE).strip().split("\n")[0]


def _offending(lang: str, line: str, words: tuple[str, ...]) -> list[str]:
    lowered = line.casefold()
    found = [word for word in words if word in lowered]
    return found + AGENCIES.findall(line)


def test_the_client_keys_exist() -> None:
    translator = _translator()
    missing = sorted(k for k in CLIENT_KEYS | TOPIC_KEYS if not translator.has("en", k))
    assert missing == []
    assert PROTECTED_KEYS <= CLIENT_KEYS


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", sorted(CLIENT_KEYS))
def test_first_line_is_neutral(lang: str, key: str) -> None:
    translator = _translator()
    for args in _plausible(key):
        text = translator.format(lang, key, args)
        line = _first_line(text)
        assert line, f"{lang}/{key}: empty first line"
        assert _offending(lang, line, FORBIDDEN[lang]) == [], f"{lang}/{key}: {line!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_appointment_kinds_are_gentle_for_clients(lang: str) -> None:
    translator = _translator()
    for kind in KINDS:
        topic = translator.format(lang, f"appointment-topic-{kind}")
        assert _offending(lang, topic, TOPIC_FORBIDDEN[lang]) == [], f"{lang}/{kind}: {topic}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_reminder_shows_the_gentle_word_not_the_staff_one(lang: str) -> None:
    translator = _translator()
    for key in ("appointment-reminder", "appointment-new-client", "appointment-moved-client",
                "appointment-cancelled-client"):
        for kind in ("immigration", "return", "mental", "lawyer"):
            text = translator.format(lang, key, {
                "topic": {"$msg": f"appointment-topic-{kind}"},
                "kind": {"$msg": f"appointment-kind-{kind}"},
                "when": WHEN, "place": "Rabat", "note": "–"})
            staff_word = translator.format(lang, f"appointment-kind-{kind}")
            assert staff_word not in text.translate(INVISIBLE), (lang, key, kind, text)
            assert translator.format(lang, f"appointment-topic-{kind}") in text


def test_the_relay_and_the_reminder_start_neutral_in_english() -> None:
    translator = _translator()
    assert _first_line(translator.format("en", "relay-from-casemanager")) == "📩 New message"
    reminder = translator.format("en", "appointment-reminder", {
        "topic": {"$msg": "appointment-topic-return"}, "when": WHEN, "place": "–", "note": "–"})
    assert reminder.split("\n")[:2] == ["⏰ Reminder", "📌 Travel"]
    question = translator.format("en", "checkin-ask-papers", {"n": 6, "total": 7})
    assert _first_line(question) == "📋 Question 6 of 7"


# The list against the source: every key the flows send to a client is in CLIENT_KEYS ----

_CLIENT_MODULES = ("flows/onboarding/client.py", "flows/alerts/help_now.py",
                   "flows/aftercare/checkin.py")


def _key_pattern(node: ast.expr) -> str | None:
    """A literal key, or an f-string key as a regular expression; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.escape(node.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(re.escape(str(part.value)) if isinstance(part, ast.Constant)
                       else "[a-z_]+" for part in node.values)
    return None


def _client_sends(path: Path) -> list[tuple[int, str]]:
    """(line, key pattern) of each Send(...) to a client and, in a client module, each
    reply(ctx, ...) and each Send that is not to a casemanager."""
    source = path.read_text(encoding="utf-8")
    whole_module = str(path.relative_to(ROOT)) in _CLIENT_MODULES
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        if node.func.id == "Send" and node.args:
            target = next((ast.get_source_segment(source, k.value) or "" for k in node.keywords
                           if k.arg == "person_id"), "")
            to_client = "casemanager" not in target and (
                "client" in target or (whole_module and target != ""))
            key = _key_pattern(node.args[0])
        elif node.func.id == "reply" and whole_module and len(node.args) >= 2:
            to_client, key = True, _key_pattern(node.args[1])
        else:
            continue
        if to_client and key is not None:
            found.append((node.lineno, key))
    return found


def test_every_key_sent_to_a_client_is_listed() -> None:
    sends = {(str(path.relative_to(ROOT)), line, key)
             for path in sorted((ROOT / "flows").rglob("*.py"))
             for line, key in _client_sends(path)}
    assert len(sends) > 20, "the source scan found too little"
    unlisted = sorted((where, line, key) for where, line, key in sends
                      if not any(re.fullmatch(key, listed) for listed in CLIENT_KEYS))
    assert unlisted == []


def test_the_scan_finds_composed_keys() -> None:
    keys = {key for path in (ROOT / "flows").rglob("*.py") for _, key in _client_sends(path)}
    assert "checkin\\-ask\\-[a-z_]+" in keys
    assert "appointment\\-thanks\\-[a-z_]+" in keys
    assert {f"checkin-ask-{d}" for d in DOMAINS} <= CLIENT_KEYS


def test_details_are_protected() -> None:
    assert {"relay-from-casemanager", "appointment-reminder", "appointment-new-client",
            "checkin-ask-mood", "checkin-ask-other"} <= PROTECTED_KEYS
    assert "sos-ack" not in PROTECTED_KEYS  # emergency numbers may be passed on
