"""Text normalisation shared by the lexicon and the messages.

Both sides go through the same functions: a term only matches what normalises to the same key.
The rules follow shared/data/flag-lexicon/NORMALIZATION.md (the compiler's notes).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "NEGATION_ENDINGS",
    "NEGATION_STARTS",
    "SMS_SPELLINGS",
    "Token",
    "edge_shape",
    "expand_sms",
    "followed_by_question",
    "join_skeletons",
    "normalize_word",
    "skeleton",
    "spelling",
    "split_clauses",
    "tokenize",
]

# Marks, tatweel-free Arabic and Latin letters, digits; zero-width joiners stay inside a word.
# Darija wraps a negated word: ma + X + ch ("ma mridch", "ما قدرتش").
NEGATION_STARTS = ("ma", "\u0645\u0627")
NEGATION_ENDINGS = ("chi", "ch", "sh", "x", "\u0634\u064a", "\u0634")

_WORD = re.compile(
    "[^\\W_\u0640]"  # a letter or digit (not tatweel, not underscore)
    "[\\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c-\u200f\ufeff\u0640]*"
)
# A few emojis are weak signals (see lexicon.tsv, script `emoji`); each is its own token.
_EMOJI = re.compile("[\U0001f100-\U0001faff\u2600-\u27bf]")
_TOKEN = re.compile(f"{_WORD.pattern}|{_EMOJI.pattern}")
_MARKS = re.compile(
    "[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f"
    "\u202a-\u202e\u2066-\u2069\ufeff\ufe0e\ufe0f\u0621]"
)
_RUNS = re.compile(r"(.)\1{2,}")
_CLAUSE_BREAK = re.compile("[.,!?;:\u060c\u061b\u061f\u2026\n()]")
_QUESTION = re.compile("^[\\s\"'»)]*[?\u061f]")

_LETTERS = str.maketrans({
    "\u0629": "\u0647",  # ta marbuta -> ha
    "\u0649": "\u064a",  # alef maqsura -> ya
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u06a9": "\u0643", "\u06cc": "\u064a", "\u06d0": "\u064a", "\u06d2": "\u064a",
    "\u06be": "\u0647", "\u06c0": "\u0647", "\u06c1": "\u0647", "\u06d5": "\u0647",
    "\u06ad": "\u0643", "\u06af": "\u0643", "\u06a8": "\u0643",  # Maghrebi /g/ letters
    "\u06a4": "\u0641", "\u06a5": "\u0641", "\u067e": "\u0628", "\u0686": "\u062c",
    "\u0698": "\u0632",
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
})

# Arabic letters to the consonant classes of the Arabizi skeleton (vowel letters vanish).
_ARABIC_SKELETON = str.maketrans({
    "\u0639": "E", "\u062d": "H", "\u0647": "H", "\u0642": "Q", "\u062e": "K", "\u063a": "G",
    "\u0634": "C", "\u0635": "s", "\u0633": "s", "\u0636": "d", "\u062f": "d", "\u0630": "d",
    "\u0638": "d", "\u0637": "t", "\u062a": "t", "\u062b": "t", "\u062c": "j", "\u0632": "z",
    "\u0631": "r", "\u0644": "l", "\u0645": "m", "\u0646": "n", "\u0641": "f", "\u0628": "b",
    "\u0643": "k", "\u0627": None, "\u0648": None, "\u064a": None,
})
_ARABIC_FINALS = {"\u0627": "A", "\u0648": "W", "\u064a": "Y"}
_LATIN_DIGRAPHS = re.compile(r"tch|tsh|ch|sh|kh|gh|dj|th|dh|ph|ck|qu|[x5q973428h6]")
_LATIN_SKELETON = {
    "tch": "C", "tsh": "C", "ch": "C", "sh": "C", "x": "C", "kh": "K", "5": "K", "gh": "G",
    "4": "G", "dj": "j", "th": "t", "dh": "d", "ph": "f", "ck": "k", "qu": "Q",
    "q": "Q", "9": "Q", "7": "H", "8": "H", "h": "H", "3": "E", "2": "", "6": "t",
}
_VOWELS = re.compile("[aeiouy]")
_VOWEL_CLASSES = str.maketrans("eo", "iu")
_DOUBLES = re.compile(r"([^\W\d_])\1+")  # letters only: "😭😭" stays two signals


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a message: its normalised form and where it stands in the original text."""

    key: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """Casefold, strip accents, tashkeel and tatweel, unify Arabic letters, shorten stretches."""
    text = unicodedata.normalize("NFKC", word).casefold()
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text)).translate(_LETTERS)
        if len(text) >= 4 and text[-1] == "\u0627" and _is_arabic(text[-2]):
            text = _feminine_alef(text)
    return _RUNS.sub(r"\1", text)


def _feminine_alef(text: str) -> str:
    """Darija writes a feminine ending as alef: مريضا = مريضة; the verb ending -وا stays."""
    return text if text[-2] == "\u0648" else text[:-1] + "\u0647"


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff"


def tokenize(text: str) -> list[Token]:
    """Words and signal emojis with their spans; apostrophes and hyphens separate words."""
    tokens = []
    for found in _TOKEN.finditer(text):
        key = normalize_word(found.group())
        if key:
            tokens.append(Token(key, found.start(), found.end()))
    return tokens


def split_clauses(text: str, tokens: list[Token]) -> list[int]:
    """A clause number per token; punctuation between two tokens starts a new clause."""
    clauses = []
    clause = 0
    previous_end = 0
    for token in tokens:
        if _CLAUSE_BREAK.search(text, previous_end, token.start) and tokens[0] is not token:
            clause += 1
        clauses.append(clause)
        previous_end = token.end
    return clauses


def followed_by_question(text: str, end: int) -> bool:
    """Whether a question mark comes right after position `end` ("labas?" asks, not tells)."""
    return _QUESTION.match(text, end) is not None


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """Consonant skeleton: Arabizi digits, digraphs and Arabic letters in one alphabet, no vowels.

    `sbitar`, `sbeetar`, `spitar` and `سبيطار` all give `sbtr`; `ma3andich` and `ma3ndich` give
    `mEndC`. Used for spelling variants and, with one edit, as the low-confidence fuzzy tier.
    """
    if not key.isascii():
        # A final vowel letter is often a pronoun (يرحمو "bless him" vs يرحم): keep it.
        key = key[:-1].translate(_ARABIC_SKELETON) + _ARABIC_FINALS.get(key[-1], key[-1:])
        key = key.translate(_ARABIC_SKELETON)
    key = _LATIN_DIGRAPHS.sub(_digraph, key)
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", key))


@lru_cache(maxsize=65536)
def spelling(key: str) -> str:
    """Arabizi spelling key: digits and digraphs unified, vowels reduced to a, i (e) and u (o).

    `5ayfa` and `khayfa` give `Kayfa`; `mochkil`/`mouchkil` give `muCkil`, `mred`/`mrid`
    give `mrid`. Unlike the skeleton it keeps the vowels, so `mourad` is not `mrid`.
    """
    key = _LATIN_DIGRAPHS.sub(_digraph, key)
    # A final -i is a suffix ("me": 3awni, appeli); a final -e is French and silent (appelle).
    return _DOUBLES.sub(r"\1", key[:-1].translate(_VOWEL_CLASSES) + key[-1:])


def edge_shape(key: str) -> tuple[bool, bool]:
    """Whether a Latin word starts and ends with a vowel; spelling variants agree on both."""
    return key[:1] in _VOWEL_LETTERS, key[-1:] in _VOWEL_LETTERS


_VOWEL_LETTERS = frozenset("aeiouy")


def _digraph(found: re.Match[str]) -> str:
    return _LATIN_SKELETON[found.group()]


def join_skeletons(left: str, right: str) -> str:
    """The skeleton of two glued words: a consonant doubled across the join collapses."""
    if left and right and left[-1] == right[0] and right[0].isalpha():
        return left + right[1:]
    return left + right


# French SMS spellings, expanded before matching ("g faim" -> "j ai faim", "chui" -> "je suis").
SMS_SPELLINGS: dict[str, tuple[str, ...]] = {
    "chui": ("je", "suis"), "chuis": ("je", "suis"), "jsuis": ("je", "suis"),
    "jsui": ("je", "suis"), "jpeux": ("je", "peux"), "jveux": ("je", "veux"),
    "jsais": ("je", "sais"), "chais": ("je", "sais"), "pa": ("pas",), "ke": ("que",),
    "koi": ("quoi",), "tt": ("tout",), "bcp": ("beaucoup",), "pbm": ("pb",),
    "urg": ("urgent",), "tjr": ("toujours",), "tjrs": ("toujours",),
    "osecour": ("au", "secours"), "osecours": ("au", "secours"),
}
SMS_BEFORE_A_WORD: dict[str, tuple[str, ...]] = {"g": ("j", "ai")}  # a bare "g" stays "g"


def expand_sms(tokens: list[Token]) -> list[Token]:
    """Replace SMS spellings by their words; the new words keep the original span."""
    if not any(t.key in SMS_SPELLINGS or t.key in SMS_BEFORE_A_WORD for t in tokens):
        return tokens
    expanded: list[Token] = []
    for position, token in enumerate(tokens):
        words = SMS_SPELLINGS.get(token.key)
        if words is None and position + 1 < len(tokens):
            words = SMS_BEFORE_A_WORD.get(token.key)
        if words is None:
            expanded.append(token)
        else:
            expanded += [Token(word, token.start, token.end) for word in words]
    return expanded
