"""What the trained flag model reads of a message: two cleaned views and hashed n-grams.

Training (`bot/flag_training.py`) and the running bot call the same functions, so a message is
read the same way on both sides.

- `clean`: lower case, stretched letters shortened ("bzzzaaaf" -> "bzzaaf", "سلاااام" ->
  "سلام"), tatweel and diacritics dropped, whitespace collapsed.
- `arabic_view`: Darija written in Latin letters (Arabizi) is put into Arabic script with the
  `arabizi` package, word by word, so the sentence-embedding model (which knows Arabic, not
  Arabizi) can read it; French, Dutch and English words stay as they are.
- `hashed_ngrams`: character 2–5-grams of each word and word pairs, hashed into a fixed number
  of buckets with CRC-32 (stable across processes, unlike `hash`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zlib
from functools import lru_cache

from arabizi import transliterate_word
from arabizi.lexicon import DARIJA_WORDS, ENGLISH_WORDS, FRENCH_WORDS

__all__ = [
    "HASH_BUCKETS",
    "arabic_view",
    "chunks",
    "clean",
    "hashed_ngrams",
    "is_arabizi_word",
    "words",
]

HASH_BUCKETS = 1 << 16
_CHUNK = 300  # characters the sentence model reads at once; longer messages are cut

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f"
                    "\u202a-\u202e\u2066-\u2069\ufeff\ufe0e\ufe0f]")
_ARABIC_RUNS = re.compile("([\u0600-\u06ff])\\1+")
_RUNS = re.compile(r"(.)\1{2,}")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_LATIN_WORD = re.compile(r"^[a-z0-9'’]+$")
_ARABIZI_DIGIT = re.compile(r"[a-z][2356789]|[2356789][a-z]")
_SENTENCE_END = re.compile(r"(?<=[.!?\u061f\n])\s+")

# Common Dutch words: the `arabizi` package knows French and English, not Dutch, and a
# Dutch word must not be turned into Arabic letters.
DUTCH_WORDS = frozenset("""
aan al alle alles als altijd ben ben bent ben bij binnen blijf blijven broer da daar dag dan
dat de deze die dit doe doen dood door dus echt een eens eigen en er even fiets ga gaan gaat
geen geld gewoon goed graag haar had heb hebben heeft heel help hem het hier hij hoe hoi hou
huis ik in is ja je jij jou jullie kan kom komen komt kun kunnen laat laatste leven liefde
maak maar maken me meer mee mij mijn moe moet moeten morgen na naar nee niet niemand niets
nog nooit nu of om ons ook op over pijn politie raak sorry te tegen thuis tot trek u uit van
vandaag veel voor vriend vrienden waar wacht wat we weer weet wel werk wie wil willen word
worden zal ze zeg zie ziek zij zijn zit zitten zo zonder zou
""".split())  # noqa: SIM905 (a word list, easier to edit as text)
_NOT_ARABIZI = FRENCH_WORDS | ENGLISH_WORDS | DUTCH_WORDS


def clean(text: str) -> str:
    """Lower case, no diacritics or tatweel, stretched letters shortened, one space."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _MARKS.sub("", text)
    text = _ARABIC_RUNS.sub(r"\1", text)
    text = _RUNS.sub(r"\1\1", text)
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_arabizi_word(word: str) -> bool:
    """A Latin-letter word that is surely Darija: a digit for a letter, or a known word."""
    return bool(_ARABIZI_DIGIT.search(word)) or word in DARIJA_WORDS


@lru_cache(maxsize=65_536)
def _arabic(word: str) -> str:
    return transliterate_word(word)


def arabic_view(cleaned: str) -> str:
    """`cleaned` with its Arabizi words in Arabic script; other words unchanged.

    A Latin word counts as Arabizi when it surely is (`is_arabizi_word`), or when most Latin
    words of the message are and it is not a known French, English or Dutch word.
    """
    tokens = cleaned.split(" ")
    latin = [t for t in tokens if _LATIN_WORD.match(t) and not t.isdigit()]
    if not latin:
        return cleaned
    sure = sum(is_arabizi_word(t) for t in latin)
    if sure == 0:
        return cleaned
    mostly = sure * 3 >= len(latin)
    out = []
    for token in tokens:
        if token in latin and (is_arabizi_word(token) or
                               (mostly and token not in _NOT_ARABIZI)):
            out.append(_arabic(token))
        else:
            out.append(token)
    return " ".join(out)


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % HASH_BUCKETS


@lru_cache(maxsize=65_536)
def _word_grams(word: str) -> tuple[int, ...]:
    padded = f"<{word}>"
    grams = {f"w:{word}"}
    for size in (2, 3, 4, 5):
        grams.update(padded[i : i + size] for i in range(len(padded) - size + 1))
    return tuple(sorted({_bucket(g) for g in grams}))


def hashed_ngrams(cleaned: str) -> tuple[int, ...]:
    """Sorted, unique bucket numbers of the message's character n-grams and word pairs."""
    found = words(cleaned)
    buckets: set[int] = set()
    for word in found:
        buckets.update(_word_grams(word))
    buckets.update(_bucket(f"p:{a} {b}") for a, b in itertools.pairwise(found))
    return tuple(sorted(buckets))


def chunks(cleaned: str) -> list[str]:
    """A long message in pieces of about `_CHUNK` characters, cut at sentence ends or spaces."""
    if len(cleaned) <= _CHUNK:
        return [cleaned]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(cleaned):
        while len(sentence) > _CHUNK:
            cut = sentence.rfind(" ", 0, _CHUNK)
            cut = cut if cut > 0 else _CHUNK
            if current:
                pieces.append(current)
                current = ""
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].strip()
        if current and len(current) + 1 + len(sentence) > _CHUNK:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        pieces.append(current)
    return pieces
