"""Find lexicon terms in a tokenised message: glued word windows, then spelling tiers.

A window is a run of consecutive words glued together, so `ma 3ndich flous`, `ma3ndich flous`
and `ma3ndichflous` all give the key of the term `ma3ndich flous`. The first word of a window may
also be read without a glued prefix (`fsbitar` -> `sbitar`), without the Darija negation wrapper
(`mamridch` -> `mrid`, negated) or without an inflection (`bedreigde` -> `bedreigd`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from flows.flags.index import MIN_FUZZY, MIN_SKELETON, MIN_SPELLING, Entry, Index, deletions
from flows.flags.normalize import (
    NEGATION_ENDINGS,
    NEGATION_STARTS,
    edge_shape,
    join_skeletons,
    skeleton,
    spelling,
)

__all__ = ["Form", "Hit", "Tier", "compound_hits", "find_hits", "word_forms"]

Tier = Literal["exact", "variant", "spelling", "compound", "skeleton", "fuzzy"]
FormKind = Literal["word", "prefix", "negation", "inflection", "ending"]

# Glued articles and prepositions: l/el (the), f/fi/fel (in), b/bl (with), m/mn (from), w (and),
# dl/del (of the).
LATIN_PREFIXES = (
    "fel", "fl", "fi", "f", "el", "al", "ll", "l", "bel", "bl", "b",
    "mel", "mn", "m", "wel", "wl", "w", "del", "dl", "lel",
)
ARABIC_PREFIXES = (
    "\u0648\u0627\u0644", "\u0641\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",
    "\u0648\u0644\u0644", "\u0644\u0644", "\u0627\u0644", "\u0648\u0644", "\u0641\u0644",
    "\u0628\u0644", "\u0648\u0641", "\u0648\u0628", "\u0644", "\u0648", "\u0641", "\u0628",
    "\u0643",
)
# Words Darija writers glue on or split off at will: negation and verb prefixes ("kan n3ess").
SPLIT_PREFIXES = frozenset({*NEGATION_STARTS, "ka", "kan", "kay", "kat", "gha", "ghan", "ta"})
# Arabic endings: feminine (عاجلة), "me", "they", "him/her" (اعتقلوني, اعتقلوا, ضربوه, ضربتها).
ARABIC_SUFFIXES = (
    "\u0648\u0646\u064a", "\u062a\u0646\u064a", "\u0646\u064a", "\u0648\u0627",
    "\u0647\u0627", "\u0648\u0647", "\u0648", "\u0647", "\u062a",
)
INFLECTIONS = ("ees", "es", "ee", "en", "de", "te", "s", "e")  # French and Dutch endings
MIN_STEM = 3
MEMO_LIMIT = 100_000  # distinct words remembered per index
MIN_COMPOUND, MAX_COMPOUND = 7, 60  # letters of a Dutch compound word
_INNER_VOWELS = str.maketrans("", "", "\u0627\u0648\u064a")


@dataclass(frozen=True, slots=True)
class Form:
    """One way to read a word: as written, or with a prefix, negation or ending removed.

    French/Dutch `ending` readings ("bedreigde" -> "bedreigd") only match exactly.
    """

    key: str
    skeleton: str
    negated: bool
    kind: FormKind


@dataclass(frozen=True, slots=True)
class Hit:
    """A term found on words [start, end) of the message."""

    entry: Entry
    start: int
    end: int
    tier: Tier
    negated: bool  # the word itself carried a Darija negation wrapper


def word_forms(key: str, index: Index) -> tuple[Form, ...]:
    """The word as written plus each reading that could start a term of the index."""
    known = index.memo.get(key)
    if known is not None:
        return known  # type: ignore[return-value]
    forms = [Form(key, skeleton(key), False, "word")]
    for stem, negated, kind in _readings(key):
        stem_skeleton = skeleton(stem)
        if index.starts_term(stem, stem_skeleton):
            forms.append(Form(stem, stem_skeleton, negated, kind))
    if len(index.memo) >= MEMO_LIMIT:
        index.memo.clear()
    index.memo[key] = result = tuple(dict.fromkeys(forms))
    return result


def _readings(key: str) -> list[tuple[str, bool, FormKind]]:
    found: list[tuple[str, bool, FormKind]] = []
    prefixes = LATIN_PREFIXES if key.isascii() else ARABIC_PREFIXES
    found += [(key[len(p) :], False, "prefix") for p in prefixes if key.startswith(p)]
    for ending in NEGATION_ENDINGS:
        if key.endswith(ending):
            stem = key[: -len(ending)]
            found.append((stem, True, "negation"))
            if stem.startswith(NEGATION_STARTS):
                found.append((stem[2:], True, "negation"))
    if key.isascii() and len(key) >= 6:
        found += [(key[: -len(s)], False, "ending") for s in INFLECTIONS if key.endswith(s)]
        if key.endswith("er"):
            found.append((key[:-1], False, "ending"))  # French infinitive: arreter -> arrete
    elif not key.isascii():
        found += [(key[: -len(s)], False, "inflection") for s in ARABIC_SUFFIXES
                  if key.endswith(s)]
    return [reading for reading in found if len(reading[0]) >= MIN_STEM]


def find_hits(words: Sequence[tuple[Form, ...]], index: Index, fuzzy: bool) -> list[Hit]:
    """Every window of words whose glued key, spelling, skeleton or near-skeleton is a term.

    The hot path: one-word matches come from a memo, and a window stops growing as soon as no
    term starts with its key or skeleton.
    """
    hits: list[Hit] = []
    key_prefixes, skeleton_prefixes = index.key_prefixes, index.skeleton_prefixes
    for start, forms in enumerate(words):
        slack = 1 if forms[0].key in SPLIT_PREFIXES else 0  # "ma 3andich" = "ma3ndich"
        for form in forms:
            for entry, tier in _one_word(form, slack, index, fuzzy):
                hits.append(Hit(entry, start, start + 1, tier, form.negated))
            key, skel = form.key, form.skeleton
            if key in key_prefixes or skel in skeleton_prefixes:
                _grow(words, start, form, slack, index, hits)
    return hits


def _grow(
    words: Sequence[tuple[Form, ...]], start: int, form: Form, slack: int, index: Index,
    hits: list[Hit],
) -> None:
    """Windows of two words and more starting at `start`."""
    key, skel = form.key, form.skeleton
    for end in range(start + 2, len(words) + 1):
        grown_from = len(skel)
        following = words[end - 1][0]
        key += following.key
        skel = join_skeletons(skel, following.skeleton)
        if len(key) > index.max_key:
            return
        grew = len(skel) > grown_from and skel in index.term_skeletons
        found = _window(key, skel, form, end - start, slack, grew, index)
        hits += [Hit(entry, start, end, tier, form.negated) for entry, tier in found]
        if key not in index.key_prefixes and skel not in index.skeleton_prefixes:
            return  # no term starts like this window, so no longer window matches either


def _one_word(form: Form, slack: int, index: Index, fuzzy: bool) -> list[tuple[Entry, Tier]]:
    """Terms matching a single word (memoised: most words of a chat recur)."""
    memo_key = (form.key, form.kind, slack, fuzzy)
    known = index.word_memo.get(memo_key)
    if known is None:
        if len(index.word_memo) >= MEMO_LIMIT:
            index.word_memo.clear()
        known = index.word_memo[memo_key] = _window(
            form.key, form.skeleton, form, 1, slack, True, index, fuzzy
        )
    return known  # type: ignore[return-value]


def _window(
    key: str,
    skel: str,
    form: Form,
    width: int,
    slack: int,
    grew: bool,  # the last word added consonants ("ana", "a" add none)
    index: Index,
    fuzzy: bool = False,
) -> list[tuple[Entry, Tier]]:
    tier: Tier = "exact" if form.kind == "word" else "variant"
    exact = [(e, tier) for e in index.exact.get(key, ()) if _may_glue(width, key, e)]
    if exact or form.kind == "ending" or not grew:
        return exact
    return _variants(key, skel, width, slack, index, fuzzy)


def _variants(
    key: str, skel: str, width: int, slack: int, index: Index, fuzzy: bool
) -> list[tuple[Entry, Tier]]:
    """The Arabizi spelling key first; else the skeleton, and one edit away (low confidence)."""
    if len(key) >= MIN_SPELLING and key.isascii():
        spelled: list[tuple[Entry, Tier]] = [
            (entry, "spelling")
            for entry in index.spellings.get(spelling(key), ())
            if len(entry.words) <= width <= len(entry.words) + slack
        ]
        if spelled:
            return spelled
    if len(skel) < MIN_SKELETON:
        return []
    found: list[tuple[Entry, Tier]] = [
        (entry, "skeleton")
        for entry in index.skeletons.get(skel, ())
        if len(entry.words) <= width <= len(entry.words) + slack and _same_shape(key, entry)
    ]
    if fuzzy and width == 1 and len(skel) >= MIN_FUZZY and key.isascii():
        found += [
            (entry, "fuzzy")
            for entry in _near(skel, index)
            if len(entry.words) == 1 and _same_shape(key, entry)
        ]
    return found


def _may_glue(width: int, key: str, entry: Entry) -> bool:
    """Arabizi glues words freely ("ma3ndichflous"); Arabic script glues ما and one-letter
    words (فالزنقة). Otherwise one Arabic word would match a phrase: لماكلة is not لم آكل.
    """
    if width >= len(entry.words) or key.isascii() or entry.words[0] in SPLIT_PREFIXES:
        return True
    return any(len(word) == 1 for word in entry.words)


def _same_shape(key: str, entry: Entry) -> bool:
    """A plausible spelling variant of the term, not another word with the same consonants.

    Same script; Latin words agree on a vowel or consonant at both ends (not triste/therrest);
    Arabic words differ only in long vowels inside the word (موشكيل, مشكل; not معنا, معاناة).
    """
    if key.isascii() != entry.key.isascii():
        return False
    if key.isascii():
        return edge_shape(key) == edge_shape(entry.key)
    return _arabic_frame(key) == _arabic_frame(entry.key)


def _arabic_frame(key: str) -> str:
    return key[:1] + key[1:-1].translate(_INNER_VOWELS) + key[-1:]


def _near(skel: str, index: Index) -> list[Entry]:
    """Terms whose skeleton is one letter longer or shorter than `skel`, or has a swap."""
    found: dict[Entry, None] = {}
    for variant in deletions(skel) | {skel}:
        for entry in index.deletions.get(variant, ()):
            if entry.skeleton[0] == skel[0] != entry.skeleton and _one_edit(entry.skeleton, skel):
                found[entry] = None
    return list(found)


def _one_edit(a: str, b: str) -> bool:
    """One letter more or less, or two neighbours swapped; a changed letter is another word."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and (
            a[diff[1]] == b[diff[0]]
        )
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def compound_hits(keys: Sequence[str], index: Index) -> list[Hit]:
    """Dutch compounds: `buikpijn` ends in `pijn`, `ziekenhuisopname` starts with `ziekenhuis`."""
    hits: list[Hit] = []
    for position, key in enumerate(keys):
        if not MIN_COMPOUND <= len(key) <= MAX_COMPOUND or not key.isascii():
            continue
        for size in range(MIN_STEM, len(key) - MIN_STEM + 1):
            tail, head = key[size:], key[: len(key) - size]
            for entry in index.compound_tails.get(tail, ()) + index.compound_heads.get(head, ()):
                hits.append(Hit(entry, position, position + 1, "compound", False))
    return hits
