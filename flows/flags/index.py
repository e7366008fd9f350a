"""Pre-compiled look-up tables: one term list becomes exact, skeleton and one-edit indexes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from flows.flags.normalize import join_skeletons, skeleton, spelling, tokenize

__all__ = [
    "MIN_FUZZY",
    "MIN_SKELETON",
    "MIN_SPELLING",
    "Entry",
    "Index",
    "build_index",
    "deletions",
    "glued_skeleton",
    "term_keys",
]

MIN_SKELETON = 4  # shorter skeletons collide too often (`mrd`: mrid, mourad, merde)
MIN_FUZZY = 5  # one edit is only allowed on long skeletons
MIN_SPELLING = 4  # letters of an Arabizi word before its spelling key is trusted
MIN_COMPOUND_TAIL = 4  # Dutch compounds end in their head noun: buik+pijn, vreemdelingen+politie
MIN_COMPOUND_HEAD = 5  # ... and sometimes start with a flag word: ziekenhuis+opname


@dataclass(frozen=True, slots=True)
class Entry:
    """A lexicon or modifier row, normalised."""

    category: str  # lexicon category, or the modifier kind
    term: str  # as written in the file
    language: str
    key: str  # normalised, words glued together: "ma3ndich flous" -> "ma3ndichflous"
    skeleton: str
    words: tuple[str, ...]  # normalised words of the term
    weak: bool = False  # counts only when something else in the message is flagged
    resource: bool = False  # a negation before it creates the flag (money, papers)
    urgency: bool = False  # an urgency marker ("3ajel", "sos")
    negated: bool = False  # the term itself is negative ("ma3ndich flous", "geen geld")

    @property
    def varies(self) -> bool:
        """Arabic-language terms: no fixed spelling, so spelling variants are matched."""
        return self.language.startswith("darija") or self.language == "msa"

    @property
    def arabizi(self) -> bool:
        """Latin-script Darija, where vowels and digraphs vary freely between writers."""
        return self.language.startswith("darija") and self.key.isascii()


@dataclass(frozen=True)
class Index:
    """Terms by exact key, by skeleton, and by skeleton with one letter deleted."""

    exact: Mapping[str, tuple[Entry, ...]]
    skeletons: Mapping[str, tuple[Entry, ...]]
    spellings: Mapping[str, tuple[Entry, ...]]  # Arabizi terms by `normalize.spelling`
    deletions: Mapping[str, tuple[Entry, ...]]
    first_words: frozenset[str]  # keys and skeletons a term can start with
    max_key: int
    key_prefixes: frozenset[str]  # a window whose key and skeleton start no term stops growing
    skeleton_prefixes: frozenset[str]
    term_skeletons: frozenset[str]  # no spelling variant without the same skeleton
    compound_tails: Mapping[str, tuple[Entry, ...]]  # Dutch one-word terms, as compound ends
    compound_heads: Mapping[str, tuple[Entry, ...]]  # ... and as compound starts
    # Memos of word readings and one-word matches (matcher.py): caches, not state.
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    word_memo: dict[tuple[str, str, int, bool], object] = field(
        default_factory=dict, compare=False, repr=False
    )

    def starts_term(self, key: str, skel: str) -> bool:
        return key in self.first_words or (len(skel) >= MIN_SKELETON and skel in self.first_words)


def term_keys(term: str) -> tuple[str, ...]:
    """The normalised words of a term, as a message containing it would be tokenised."""
    return tuple(token.key for token in tokenize(term))


def deletions(skel: str) -> set[str]:
    """The skeleton with each one of its letters removed."""
    return {skel[:i] + skel[i + 1 :] for i in range(len(skel))}


def build_index(entries: Iterable[Entry], fuzzy: bool) -> Index:
    exact_entries = list(entries)
    exact: dict[str, list[Entry]] = {}
    skeletons: dict[str, list[Entry]] = {}
    spellings: dict[str, list[Entry]] = {}
    deleted: dict[str, list[Entry]] = {}
    first_words: set[str] = set()
    tails: dict[str, list[Entry]] = {}
    heads: dict[str, list[Entry]] = {}
    key_prefixes: set[str] = set()
    skeleton_prefixes: set[str] = set()
    for entry in exact_entries:
        key_prefixes.update(entry.key[:i] for i in range(1, len(entry.key) + 1))
        skeleton_prefixes.update(entry.skeleton[:i] for i in range(1, len(entry.skeleton) + 1))
        if fuzzy and entry.language == "nl" and len(entry.words) == 1 and entry.key.isalpha():
            if len(entry.key) >= MIN_COMPOUND_TAIL:
                tails.setdefault(entry.key, []).append(entry)
            if len(entry.key) >= MIN_COMPOUND_HEAD:
                heads.setdefault(entry.key, []).append(entry)
        exact.setdefault(entry.key, []).append(entry)
        first_words.update((entry.key, entry.words[0], skeleton(entry.words[0]), entry.skeleton))
        if len(entry.key) >= MIN_SPELLING and entry.arabizi:
            spellings.setdefault(spelling(entry.key), []).append(entry)
        if len(entry.skeleton) >= MIN_SKELETON and entry.varies:
            skeletons.setdefault(entry.skeleton, []).append(entry)
        if fuzzy and len(entry.skeleton) >= MIN_FUZZY and entry.arabizi:
            for variant in deletions(entry.skeleton) | {entry.skeleton}:
                deleted.setdefault(variant, []).append(entry)
    return Index(
        exact=_freeze(exact),
        skeletons=_freeze(skeletons),
        spellings=_freeze(spellings),
        deletions=_freeze(deleted),
        first_words=frozenset(first_words),
        max_key=max((len(key) for key in exact), default=0),
        key_prefixes=frozenset(key_prefixes),
        skeleton_prefixes=frozenset(skeleton_prefixes),
        term_skeletons=frozenset(entry.skeleton for entry in exact_entries),
        compound_tails=_freeze(tails),
        compound_heads=_freeze(heads),
    )


def glued_skeleton(words: Iterable[str]) -> str:
    result = ""
    for word in words:
        result = join_skeletons(result, skeleton(word))
    return result


def _freeze(table: dict[str, list[Entry]]) -> Mapping[str, tuple[Entry, ...]]:
    return MappingProxyType({key: tuple(dict.fromkeys(found)) for key, found in table.items()})
