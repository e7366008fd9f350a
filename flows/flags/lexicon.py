"""The texts of `lexicon.tsv` and `modifiers.tsv` compiled into an immutable `Lexicon`.

The files are read by bot/ (bot/lexicon_files.py) and passed in: no I/O in the core.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from flows.flags.index import Entry, Index, build_index, glued_skeleton, term_keys
from flows.flags.normalize import NEGATION_ENDINGS, NEGATION_STARTS
from flows.flags.result import Category

__all__ = [
    "LEXICON_CATEGORIES",
    "MODIFIER_KINDS",
    "Lexicon",
    "LexiconError",
    "parse_lexicon",
]

HEADER = ("category", "language", "script", "term", "source")

# The file's category names and what the bot calls them.
LEXICON_CATEGORIES: dict[str, Category] = {
    "medical": "medical",
    "self_harm": "self_harm",
    "violence": "violence",
    "police_arrest": "police",
    "homelessness": "no_shelter",
    "no_money_food": "no_money_food",
    "casemanager": "asks_contact",
    "distress": "feels_bad",
}
MODIFIER_KINDS = frozenset({
    "negation", "fine", "safe_phrase", "answer_yes", "answer_no",
    "weak", "resource", "urgent", "contrast",
})
# "la" is also the French article; as a Darija "no" it stands alone and is an answer, not a scope.
NOT_SCOPE_NEGATORS = frozenset({"la"})


class LexiconError(ValueError):
    """A lexicon file is missing or has a malformed row."""


@dataclass(frozen=True)
class Row:
    category: str
    language: str
    script: str
    term: str


@dataclass(frozen=True)
class Lexicon:
    """Everything `detect` needs, compiled once. Treat it as read-only."""

    flags: Index
    safe: Index
    fine: Index
    urgent: Index
    contrast: frozenset[str]
    negators: frozenset[str]  # words; `ma`/`ما` are left to negation.py (also French "my")
    source: str  # where the lexicon was read from (a folder), for messages
    size: int  # lexicon rows


def parse_lexicon(lexicon: tuple[str, str], modifiers: tuple[str, str], source: str) -> Lexicon:
    """Compile the two files, each given as (name for messages, text)."""
    lexicon_rows = list(_read(*lexicon, set(LEXICON_CATEGORIES)))
    modifier_rows = list(_read(*modifiers, MODIFIER_KINDS))
    return _compile(lexicon_rows, modifier_rows, source)


def _compile(lexicon_rows: list[Row], modifier_rows: list[Row], source: str) -> Lexicon:
    kinds: dict[str, list[Entry]] = {kind: [] for kind in MODIFIER_KINDS}
    for row in modifier_rows:
        kinds[row.category].append(_entry(row))
    # Negations are looked up word by word; a phrase counts when written as one word.
    negators = frozenset(entry.key for entry in kinds["negation"]) - NOT_SCOPE_NEGATORS
    weak = {entry.key for entry in kinds["weak"]}
    resource = {entry.key for entry in kinds["resource"]}
    urgent = {entry.key for entry in kinds["urgent"]}
    entries = [_entry(row) for row in lexicon_rows]
    flags = [
        replace(
            entry,
            weak=entry.key in weak,
            resource=entry.key in resource,
            urgency=entry.key in urgent,
            negated=_is_negative(entry.words, negators),
        )
        for entry in entries
    ]
    fine = [replace(entry, weak=entry.key in weak) for entry in kinds["fine"]]
    return Lexicon(
        flags=build_index(flags, fuzzy=True),
        safe=build_index(kinds["safe_phrase"], fuzzy=False),
        fine=build_index(fine, fuzzy=False),
        urgent=build_index(kinds["urgent"], fuzzy=False),
        contrast=frozenset(entry.key for entry in kinds["contrast"]),
        negators=negators - set(NEGATION_STARTS),
        source=source,
        size=len(lexicon_rows),
    )


def _entry(row: Row) -> Entry:
    words = term_keys(row.term)
    if not words:
        raise LexiconError(f"term {row.term!r} has no letters")
    return Entry(
        category=row.category,
        term=row.term,
        language=row.language,
        key="".join(words),
        skeleton=glued_skeleton(words),
        words=words,
    )


def _is_negative(words: tuple[str, ...], negators: frozenset[str]) -> bool:
    """Whether a term already contains a negation, so a negation around it changes nothing."""
    return any(
        word in negators
        or word in NEGATION_STARTS
        or (word.startswith(NEGATION_STARTS) and word.endswith(NEGATION_ENDINGS))
        for word in words
    )


def _read(path: str, text: str, categories: Iterable[str]) -> Iterator[Row]:
    """Rows of a tab-separated file; blank lines and lines starting with # are skipped."""
    allowed = set(categories)
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != HEADER:
        raise LexiconError(f"{path}: the first line must be the header {' | '.join(HEADER)}")
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != len(HEADER) or not fields[3].strip():
            raise LexiconError(f"{path}:{number}: expected 5 tab-separated columns")
        category, language, script, term = (field.strip() for field in fields[:4])
        if category not in allowed:
            raise LexiconError(f"{path}:{number}: unknown category {category!r}")
        yield Row(category, language, script, term)
