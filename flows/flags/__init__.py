"""Flag detection: which worrying categories a client's message raises (pure, no I/O).

    model = bot.flag_model.load_flag_model()   # once, at start-up (lexicon, encoder, weights)
    result = classify("3afak 3awni, ana mrid bzaf", model)
    result.categories, result.severity, result.score  # ("medical",), "urgent", 0.97

`detect(text, lexicon)` is the lexicon alone: one of the classifier's signals.
"""

from flows.flags.detect import detect
from flows.flags.lexicon import Lexicon, LexiconError, parse_lexicon
from flows.flags.model import Assessment, Embedder, FlagModel, ModelWeights, assess, classify
from flows.flags.result import Category, FlagMatch, FlagResult, Severity

__all__ = [
    "Assessment",
    "Category",
    "Embedder",
    "FlagMatch",
    "FlagModel",
    "FlagResult",
    "Lexicon",
    "LexiconError",
    "ModelWeights",
    "Severity",
    "assess",
    "classify",
    "detect",
    "parse_lexicon",
]
