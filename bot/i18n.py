"""Fluent translation with a fallback chain, and rendering of message arguments."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_datetime
from fluent.runtime import FluentBundle, FluentResource

from flows.core.context import LANGUAGES
from flows.time.zones import zone

__all__ = ["BABEL_LOCALES", "FALLBACKS", "Translator", "default_locales_folder"]

log = logging.getLogger(__name__)

# Babel knows no Moroccan Darija: plural and number rules come from Arabic (Morocco).
BABEL_LOCALES: dict[str, str] = {
    "ary": "ar_MA", "ar": "ar", "fr": "fr_FR", "nl": "nl_NL", "en": "en_GB",
}
FALLBACKS: dict[str, tuple[str, ...]] = {
    "ary": ("ary", "ar", "fr", "en"),
    "ar": ("ar", "ary", "en"),
    "fr": ("fr", "en"),
    "nl": ("nl", "en"),
    "en": ("en",),
}


_ISOLATED = re.compile("\u2068([^\u2068\u2069]*)\u2069")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
RTL_LANGUAGES = frozenset({"ary", "ar"})


def _strip_needless_isolation(text: str) -> str:
    """In left-to-right text, keep isolation marks only around right-to-left content."""

    def keep_if_rtl(match: re.Match[str]) -> str:
        inner = match.group(1)
        return match.group(0) if _RTL.search(inner) else inner

    while True:
        stripped = _ISOLATED.sub(keep_if_rtl, text)
        if stripped == text:
            return text
        text = stripped


_ISOLATE_MARKS = frozenset("\u2066\u2067\u2068")
RLM = "\u200f"


def _outside_isolates(line: str) -> str:
    """The part of a line that sets its direction: what is not inside an isolate."""
    out, depth = [], 0
    for char in line:
        if char in _ISOLATE_MARKS:
            depth += 1
        elif char == "\u2069":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _start_lines_right_to_left(text: str) -> str:
    """In a right-to-left message of several lines, a line without Arabic words of its own
    ("🕐 { $when }", "📍 { $place }") would show left-to-right: it starts with an RLM."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    return "\n".join(
        RLM + line if line.strip() and not line.startswith(RLM)
        and not _RTL.search(_outside_isolates(line)) else line
        for line in lines)


def default_locales_folder() -> Path:
    """locales/ beside the packages (a source checkout or an editable install)."""
    return Path(__file__).resolve().parent.parent / "locales"


class Translator:
    """Formats message ids in a language, falling back along FALLBACKS."""

    def __init__(self, folder: Path) -> None:
        self._bundles: dict[str, FluentBundle] = {}
        for lang in LANGUAGES:
            bundle = FluentBundle([BABEL_LOCALES[lang]], use_isolating=True)
            for ftl in sorted((folder / lang).glob("*.ftl")):
                bundle.add_resource(FluentResource(ftl.read_text(encoding="utf-8")))
            self._bundles[lang] = bundle

    def has(self, lang: str, key: str) -> bool:
        return self._bundles[lang].has_message(key)

    def format(self, lang: str | None, key: str, args: Mapping[str, Any] | None = None,
               timezone: str = "UTC") -> str:
        lang = lang if lang in FALLBACKS else "en"
        prepared = self._prepare(lang, dict(args or {}), timezone)
        for candidate in FALLBACKS[lang]:
            bundle = self._bundles[candidate]
            if not bundle.has_message(key):
                continue
            message = bundle.get_message(key)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, prepared)
            if errors:
                log.warning("fluent errors in %s/%s: %s", candidate, key, len(errors))
            if lang in RTL_LANGUAGES:
                return _start_lines_right_to_left(str(text))
            return _strip_needless_isolation(str(text))
        log.error("missing message id %s", key)
        return key

    def _prepare(self, lang: str, args: dict[str, Any], timezone: str) -> dict[str, Any]:
        """Dates become local text; {"$msgs": [[key, args], ...]} becomes joined lines."""
        out: dict[str, Any] = {}
        for name, value in args.items():
            if isinstance(value, datetime):
                value = self.format_time(lang, value, timezone)
            elif isinstance(value, dict) and "$dt" in value and value.get("both"):
                value = self.format_both(lang, datetime.fromisoformat(value["$dt"]),
                                         value.get("tz") or timezone, timezone)
            elif isinstance(value, dict) and "$dt" in value:
                value = self.format_time(lang, datetime.fromisoformat(value["$dt"]),
                                         value.get("tz") or timezone)
            elif isinstance(value, dict) and "$date" in value:
                value = format_date(date.fromisoformat(value["$date"]), "EEE d MMM",
                                    locale=BABEL_LOCALES[lang])
            elif isinstance(value, dict) and "$msgs" in value:
                value = value.get("$join", "\n").join(self.format(lang, key, sub, timezone)
                                                      for key, sub in value["$msgs"])
            elif isinstance(value, dict) and "$msg" in value:
                value = self.format(lang, value["$msg"], value.get("args"), timezone)
            out[name] = value
        return out

    def format_both(self, lang: str, moment: datetime, theirs: str, mine: str) -> str:
        """Their local time with their place, and mine beside it if my zone differs:
        "Fri 4 Dec 2026, 10:30 Casablanca · 11:30 here" (same day) or "· Sat 00:30 here"."""
        there = moment.astimezone(zone(theirs))
        here = moment.astimezone(zone(mine))
        if there.utcoffset() == here.utcoffset():
            return self.format_time(lang, moment, theirs)
        place = theirs.rsplit("/", 1)[-1].replace("_", " ")
        pattern = "HH:mm" if there.date() == here.date() else "EEE HH:mm"
        mine_text = format_datetime(here, pattern, locale=BABEL_LOCALES[lang])
        return self.format(lang, "time-theirs-and-here", {
            "theirs": self.format_time(lang, moment, theirs), "place": place,
            "here": mine_text})

    @staticmethod
    def format_time(lang: str, moment: datetime, timezone: str) -> str:
        local = moment.astimezone(zone(timezone))
        # no Latin comma inside an Arabic date: the Arabic one
        pattern = "EEE d MMM y، HH:mm" if lang in RTL_LANGUAGES else "EEE d MMM y, HH:mm"
        return format_datetime(local, pattern, locale=BABEL_LOCALES[lang])
