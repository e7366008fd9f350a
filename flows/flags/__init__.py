"""Flag detection: which worrying categories a client's message raises (pure, no I/O).

    lexicon = load_lexicon()          # once, at start-up
    result = detect("3afak 3awni, ana mrid bzaf", lexicon)
    result.categories, result.severity  # ("feels_bad", "medical"), "urgent"
"""

from flows.flags.detect import detect
from flows.flags.lexicon import Lexicon, LexiconError, load_lexicon
from flows.flags.result import Category, FlagMatch, FlagResult, Severity

__all__ = [
    "Category",
    "FlagMatch",
    "FlagResult",
    "Lexicon",
    "LexiconError",
    "Severity",
    "detect",
    "load_lexicon",
]
