"""`detect`: which flag categories a client's message raises, and how urgent it is.

Pipeline (shared/data/flag-lexicon/NORMALIZATION.md §6):
1. safe phrases hide their words ("ma kayn mochkil", "mort de rire");
2. terms are found by exact key (words glued or split), then Arabizi spelling and vowel variants
   (high confidence), then Arabic long-vowel variants and one edit away (low confidence);
3. the longest match wins ("ghadi nmout bjou3" is hunger, not "ghadi nmout");
4. a negation cancels a state ("ma mridch") but creates a lack ("ma 3ndi 7ta flous");
5. a reassurance after a complaint ("... daba ana mzyan") takes it back, unless a "but" comes
   between ("hamdoullah walakin mrid bzaf" stays flagged);
6. weak words only add evidence to a category something stronger raised;
7. urgency markers ("3ajel", "sos") make any flag urgent.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from flows.flags.index import Index
from flows.flags.lexicon import LEXICON_CATEGORIES, Lexicon
from flows.flags.matcher import Hit, Tier, compound_hits, find_hits, word_forms
from flows.flags.negation import is_negated
from flows.flags.normalize import (
    Token,
    expand_sms,
    followed_by_question,
    split_clauses,
    tokenize,
)
from flows.flags.result import (
    NOT_FLAGGED,
    URGENT_CATEGORIES,
    Category,
    Confidence,
    FlagMatch,
    FlagResult,
)

__all__ = ["detect"]

TIER_ORDER: dict[Tier, int] = {
    "exact": 0, "variant": 1, "spelling": 2, "compound": 3, "skeleton": 4, "fuzzy": 5,
}
REASSURABLE = frozenset({"medical", "distress"})  # states a "labas" can take back


class Message:
    """A tokenised message and the readings of its words for each index."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.tokens: list[Token] = expand_sms(tokenize(text))
        self.keys = [token.key for token in self.tokens]
        self.clauses = split_clauses(text, self.tokens)

    def hits(self, index: Index) -> list[Hit]:
        """Terms of `index` in the message; the flag index also gets one-edit and compounds."""
        words = [word_forms(key, index) for key in self.keys]
        if index is not self.lexicon.flags:
            return find_hits(words, index, fuzzy=False)
        return find_hits(words, index, fuzzy=True) + compound_hits(self.keys, index)

    def span(self, hit: Hit) -> str:
        return self.text[self.tokens[hit.start].start : self.tokens[hit.end - 1].end]

    def negated(self, hit: Hit) -> bool:
        return is_negated(hit, self.keys, self.clauses, self.lexicon)


def detect(text: str, lexicon: Lexicon) -> FlagResult:
    """Flag categories raised by `text`, sorted, with severity and the matched words."""
    message = Message(text, lexicon)
    if not message.tokens:
        return NOT_FLAGGED
    hidden = {i for hit in message.hits(lexicon.safe) for i in range(hit.start, hit.end)}
    hits = [h for h in message.hits(lexicon.flags) if hidden.isdisjoint(range(h.start, h.end))]
    hits = _outermost(_best_per_span(message, hits))
    hits = _apply_negation(message, hits)
    hits = _apply_reassurance(message, hits)
    urgent = any(hit.entry.urgency for hit in hits) or any(
        not message.negated(hit) for hit in message.hits(lexicon.urgent)
    )
    return _result(message, _apply_weak(hits), urgent)


def _best_per_span(message: Message, hits: Sequence[Hit]) -> list[Hit]:
    """One hit per category and span: the most exact, same script, strong before weak."""
    best: dict[tuple[str, int, int], tuple[tuple[int, bool, bool, bool], Hit]] = {}
    for hit in hits:
        slot = (hit.entry.category, hit.start, hit.end)
        rank = (
            TIER_ORDER[hit.tier],
            hit.entry.key.isascii() != message.keys[hit.start].isascii(),
            hit.entry.weak,
            hit.entry.urgency,
        )
        if slot not in best or rank < best[slot][0]:
            best[slot] = (rank, hit)
    return [hit for _, hit in best.values()]


def _outermost(hits: list[Hit]) -> list[Hit]:
    """Drop hits inside a longer one ("mrid" inside "ana mrid", "nmout" in "ghanmout bjou3").

    A fuzzy hit never hides a better one; it is itself dropped beside a better hit of its kind.
    """
    covering: dict[int, list[Hit]] = {}
    for hit in hits:
        for position in range(hit.start, hit.end):
            covering.setdefault(position, []).append(hit)
    return [
        hit
        for hit in hits
        if not any(_hides(other, hit) for p in (hit.start, hit.end - 1) for other in covering[p])
    ]


def _hides(outer: Hit, inner: Hit) -> bool:
    if outer.tier == "fuzzy" and inner.tier != "fuzzy":
        return False
    if inner.tier == "fuzzy" and outer.tier != "fuzzy":
        same_kind = outer.entry.category == inner.entry.category
        return same_kind and outer.start < inner.end and inner.start < outer.end
    inside = outer.start <= inner.start and inner.end <= outer.end
    return inside and outer.end - outer.start > inner.end - inner.start


def _apply_negation(message: Message, hits: list[Hit]) -> list[Hit]:
    """A negated state is dropped; a negated resource stays, marked `negated` (a lack)."""
    kept = []
    for hit in hits:
        if not message.negated(hit):
            kept.append(replace(hit, negated=False))
        elif hit.entry.resource:
            kept.append(replace(hit, negated=True))
    return kept


def _apply_reassurance(message: Message, hits: list[Hit]) -> list[Hit]:
    """A complaint followed by "labas"/"ça va" (not a question, no "but" between) is dropped."""
    if all(hit.entry.category not in REASSURABLE for hit in hits):
        return hits
    fine = [
        hit.start
        for hit in message.hits(message.lexicon.fine)
        if not hit.entry.weak
        and not message.negated(hit)
        and not followed_by_question(message.text, message.tokens[hit.end - 1].end)
    ]
    if not fine:
        return hits
    contrasts = [i for i, key in enumerate(message.keys) if key in message.lexicon.contrast]
    fine.sort()
    return [
        hit
        for hit in hits
        if hit.entry.category not in REASSURABLE or not _reassured(hit.end, fine, contrasts)
    ]


def _reassured(end: int, fine: list[int], contrasts: list[int]) -> bool:
    """A reassurance starts at or after `end`, before the next "but"."""
    after = bisect_left(fine, end)
    if after == len(fine):
        return False
    but = bisect_left(contrasts, end)
    return but == len(contrasts) or fine[after] <= contrasts[but]


def _apply_weak(hits: list[Hit]) -> list[Hit]:
    """Weak words are evidence for a category something stronger already raised.

    An urgency word ("sos") raises `feels_bad` only when nothing else is flagged.
    """
    core = [h for h in hits if (h.negated or not h.entry.weak) and not h.entry.urgency]
    if not core:
        return [h for h in hits if h.entry.urgency and not h.entry.weak]
    raised = {h.entry.category for h in core}
    strong = {id(h) for h in core}
    return [h for h in hits if id(h) in strong or (h.entry.weak and h.entry.category in raised)]


def _result(message: Message, hits: list[Hit], urgent_marker: bool) -> FlagResult:
    if not hits:
        return NOT_FLAGGED
    matches: dict[tuple[Category, str, str], tuple[int, Confidence]] = {}
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        slot = (LEXICON_CATEGORIES[hit.entry.category], hit.entry.term, message.span(hit))
        confidence = _confidence(message, hit)
        if slot not in matches or confidence == "high":
            matches[slot] = (hit.start, confidence)
    categories = tuple(sorted({category for category, _, _ in matches}))
    urgent = urgent_marker or not URGENT_CATEGORIES.isdisjoint(categories)
    return FlagResult(
        categories=categories,
        severity="urgent" if urgent else "normal",
        matches=tuple(
            FlagMatch(category=c, term=term, matched=matched, confidence=confidence)
            for (c, term, matched), (_, confidence) in matches.items()
        ),
    )


def _confidence(message: Message, hit: Hit) -> Confidence:
    if hit.entry.weak and not hit.negated:
        return "low"
    if hit.tier in ("exact", "variant", "spelling", "compound"):
        return "high"
    written_in_latin = all(key.isascii() for key in message.keys[hit.start : hit.end])
    if hit.tier == "skeleton" and hit.entry.arabizi and written_in_latin:
        return "high"  # same consonants, other vowels: Arabizi has none fixed ("ma3andich")
    return "low"
