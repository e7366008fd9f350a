"""Finding a street contact by alias, whatever the spelling. Pure.

Aliases are typed fast, on the street, in any script: Mohamed, Mohammed, Muhammad, Mhamed and
محمد must find each other, and so must Youssef, Yusuf and يوسف. Two signals:

1. a consonant skeleton: the alias transliterated to ASCII (`anyascii`, which also covers
   Arabic and Tifinagh script), folded (case, accents, Arabizi digits, common digraphs such
   as ou/kh/ch), vowels and doubled letters dropped: all the names above become "mhmd";
2. a fuzzy similarity of the folded forms (`rapidfuzz`), for typos and longer names.

A prefix of two or more letters also matches (typing "moh" finds Mohamed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anyascii import anyascii
from rapidfuzz import fuzz

from flows.model import StreetPerson
from flows.street.draft import Draft, age_compatible

__all__ = ["MATCH", "alias_score", "fold", "likely_duplicates", "search", "skeleton"]

MATCH = 85.0  # scores from 0 to 100; at or above this an alias matches
_ARABIZI = str.maketrans({"3": "", "2": "", "7": "h", "9": "k", "5": "kh", "8": "g"})
_DIGRAPHS = (("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("dj", "j"), ("ph", "f"),
             ("th", "t"), ("dh", "d"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("q", "k"),
             ("ck", "k"), ("c", "k"), ("x", "ks"), ("z", "s"))
_VOWELS = frozenset("aeiouyw")
_NOT_LETTER = re.compile(r"[^a-z]+")


def fold(alias: str) -> str:
    """Lower-case ASCII letters only: 'Saïd' -> 'said', 'محمد' -> 'mhmd', '3li' -> 'li'."""
    ascii_text = anyascii(alias).lower().translate(_ARABIZI)
    return _NOT_LETTER.sub("", ascii_text)


def skeleton(alias: str) -> str:
    """The consonants in order, doubles collapsed; a leading y or w counts (Youssef: ysf)."""
    text = fold(alias)
    for spelled, sound in _DIGRAPHS:
        text = text.replace(spelled, sound)
    if not text:
        return ""
    head = text[0] if text[0] in "yw" else ""
    consonants = head + "".join(ch for ch in text[len(head):] if ch not in _VOWELS)
    return re.sub(r"(.)\1+", r"\1", consonants)


def alias_score(query: str, alias: str) -> float:
    """How well a typed alias matches a stored one, 0-100."""
    folded_query, folded_alias = fold(query), fold(alias)
    if not folded_query or not folded_alias:
        return 0.0
    bone_query, bone_alias = skeleton(query), skeleton(alias)
    if bone_query == bone_alias and len(bone_query) >= 3:
        return 100.0
    score = float(fuzz.ratio(folded_query, folded_alias))
    if bone_query and bone_query == bone_alias:
        score = max(score, MATCH)  # short names: Ali and علي
    if min(len(bone_query), len(bone_alias)) >= 5:
        score = max(score, float(fuzz.ratio(bone_query, bone_alias)) - 5)
    if len(folded_query) >= 2 and folded_alias.startswith(folded_query):
        score = max(score, 90.0)
    return score


def search(query: str, people: Iterable[StreetPerson], limit: int = 5) -> list[StreetPerson]:
    """People whose alias (or code) matches, best first, then the most recently met."""
    scored = []
    for person in people:
        score = max(alias_score(query, person.alias or ""),
                    100.0 if query.strip().upper() == person.code else 0.0)
        if score >= MATCH:
            seen = person.last_seen.timestamp() if person.last_seen else 0.0
            scored.append((-score, -seen, person.id, person))
    return [entry[3] for entry in sorted(scored)[:limit]]


def likely_duplicates(draft: Draft, people: Iterable[StreetPerson], limit: int = 3
                      ) -> list[StreetPerson]:
    """Before a new person is created: same alias variant, nationality and a compatible age."""
    new = draft.get("person") or {}
    alias = new.get("alias")
    if not new.get("new") or not alias or not draft.get("nationality"):
        return []
    found = [person for person in search(alias, people, limit=50)
             if person.alias and alias_score(alias, person.alias) >= MATCH
             and person.nationality == draft["nationality"]
             and age_compatible(draft.get("age"), person.age_band)]
    return found[:limit]
