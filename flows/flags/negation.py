"""Is a found term negated? Looks back a few words within the clause.

See shared/data/flag-lexicon/NORMALIZATION.md §5.
"""

from __future__ import annotations

from collections.abc import Sequence

from flows.flags.lexicon import Lexicon
from flows.flags.matcher import Hit
from flows.flags.normalize import NEGATION_ENDINGS, NEGATION_STARTS

__all__ = ["NEGATION_REACH", "is_negated"]

NEGATION_REACH = 3  # "je suis pas malade", "لا أشعر بأي ألم", "ik heb geen pijn"
# "I don't know where/what ...": a negation before these does not reach the term after them.
QUESTION_WORDS = frozenset({
    "waar", "wat", "hoe", "wanneer", "ou", "quoi", "comment", "quand",
    "fin", "win", "ach", "chno", "kifach", "wach", "ayna",
    "\u0641\u064a\u0646", "\u0648\u064a\u0646", "\u0627\u064a\u0646", "\u0643\u064a\u0641",
    "\u0645\u0627\u0630\u0627", "\u0627\u0634", "\u0634\u0646\u0648",
})
HAVE_STEMS = (
    "3nd", "3and", "andi", "kayn", "kain", "kach", "b9a", "bqa", "l9it", "lqit",
    "\u0639\u0646\u062f", "\u0643\u0627\u064a\u0646", "\u0643\u0627\u0634", "\u0628\u0642\u0627",
    "\u0644\u0642\u064a\u062a",
)


def is_negated(hit: Hit, keys: Sequence[str], clauses: Sequence[int], lexicon: Lexicon) -> bool:
    """Whether a negation governs the hit; a term that is itself negative never is.

    `ma`/`ما` are also "my" in French and start many words, so they only count right before
    the term or when a word between them and the term ends in -ch/ش ("ma b9itch mrid").
    A Darija verb wrapped in ma…ch ("mab9itch", "ماعنديش") is a negation by itself.
    """
    if hit.entry.negated:
        return False
    if hit.negated:
        return True
    if keys[hit.start] in QUESTION_WORDS:
        return False  # "ik weet niet | waar ik moet slapen"
    lack = hit.entry.resource  # only "not have / no more" negates a resource, not "didn't finish"
    wrapped = keys[hit.start].endswith(NEGATION_ENDINGS)
    for distance in range(1, NEGATION_REACH + 1):
        position = hit.start - distance
        if position < 0 or clauses[position] != clauses[hit.start]:
            return False
        key = keys[position]
        if key in QUESTION_WORDS:
            return False  # "ik weet niet waar ...": the negation is about knowing
        if key in NEGATION_STARTS:
            if distance == 1 or wrapped or _has_verb(keys[position + 1]):
                return True  # "ma mrid", "ma b9itch mrid", "ma 3ndi 7ta flous"
        elif key in lexicon.negators or (_wrapped_verb(key) and (not lack or _has_verb(key))):
            return True
        wrapped = wrapped or (key.endswith(NEGATION_ENDINGS) and (not lack or _has_verb(key)))
    return False


def _wrapped_verb(key: str) -> bool:
    return len(key) > 4 and key.startswith(NEGATION_STARTS) and key.endswith(NEGATION_ENDINGS)


def _has_verb(key: str) -> bool:
    """Darija "have", "there is", "remain", "found": ma3ndich, makaynch, mab9ach, mal9itch."""
    return any(stem in key for stem in HAVE_STEMS)
