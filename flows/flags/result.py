"""What the detector reports: categories, severity and the matched words, for a human to read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "CATEGORIES",
    "NOT_FLAGGED",
    "URGENT_CATEGORIES",
    "Category",
    "Confidence",
    "FlagMatch",
    "FlagResult",
    "Severity",
]

Category = Literal[
    "medical",
    "self_harm",
    "violence",
    "police",
    "no_shelter",
    "no_money_food",
    "asks_contact",
    "feels_bad",
]
Severity = Literal["urgent", "normal"]
Confidence = Literal["high", "low"]

CATEGORIES: tuple[Category, ...] = (
    "medical",
    "self_harm",
    "violence",
    "police",
    "no_shelter",
    "no_money_food",
    "asks_contact",
    "feels_bad",
)
# Any of these makes a flag urgent: a caseworker should look now, not tomorrow.
URGENT_CATEGORIES: frozenset[Category] = frozenset({"medical", "self_harm", "violence", "police"})


@dataclass(frozen=True)
class FlagMatch:
    """One lexicon term found in a message."""

    category: Category
    term: str  # the lexicon term
    matched: str  # the text as written in the message
    confidence: Confidence


@dataclass(frozen=True)
class FlagResult:
    """The verdict on one message; empty categories means nothing was flagged."""

    categories: tuple[Category, ...]  # sorted, unique
    severity: Severity | None  # None when nothing is flagged
    matches: tuple[FlagMatch, ...]
    score: float = 0.0  # the trained model's probability that the message is urgent
    ask: bool = False  # not flagged, but unsure: ask the client whether they need help now

    @property
    def flagged(self) -> bool:
        return bool(self.categories)


NOT_FLAGGED = FlagResult(categories=(), severity=None, matches=())
