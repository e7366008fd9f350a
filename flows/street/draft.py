"""The unfinished registration of a street contact: a plain dict, kept encrypted at rest.

A draft lives in its own conversation row (not in the flow state), so starting another
command never loses it; it is kept for DRAFT_KEEP after its last change.

    {"step": "needs", "started": iso, "touched": iso,
     "person": {"new": true, "alias": "Mo"} | {"id": 7, "label": "Mo", "nationality": "MA", ...},
     "place": {"id": 1, "name": "Utrecht Centraal"} | {"lat": 52.089, "lon": 5.11} | None,
     "nationality": "MA", "language": "darija", "gender": None, "age": "age26to40",
     "needs": ["medical"], "note": {"kind": "text", "text": "..."} | None,
     "offer": [person dicts shown as buttons], "query": "mo", "return": False}
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from flows.model import StreetPerson

__all__ = [
    "AGE_BANDS",
    "ALERT_NEEDS",
    "DRAFT_KEEP",
    "GENDERS",
    "NATIONALITIES",
    "NEEDS",
    "SPOKEN",
    "Draft",
    "age_compatible",
    "is_expired",
    "new_draft",
    "person_entry",
    "touch",
]

Draft = dict[str, Any]

DRAFT_KEEP = timedelta(hours=1)
NATIONALITIES = ("MA", "DZ", "TN", "LY", "other", "unknown")
SPOKEN = ("darija", "ar", "ber", "fr", "es", "en", "nl", "other")
GENDERS = ("man", "woman", "other")
AGE_BANDS = ("under18", "age18to25", "age26to40", "over40")
NEEDS = ("shelter", "medical", "addiction", "psychiatric", "legal", "return", "onward", "food",
         "none")
ALERT_NEEDS = frozenset({"medical", "psychiatric"})
# the language most people of a nationality speak, until the fieldworker says otherwise
DEFAULT_SPOKEN = {"MA": "darija", "DZ": "darija", "TN": "darija", "LY": "ar"}


def new_draft(now: datetime) -> Draft:
    return {"step": "who", "started": now.isoformat(), "touched": now.isoformat(),
            "person": None, "place": None, "nationality": None, "language": None,
            "gender": None, "age": None, "needs": [], "note": None, "offer": [],
            "query": None, "return": False}


def touch(draft: Draft, now: datetime, **changes: Any) -> Draft:
    """A copy of the draft with changes, marked as changed now."""
    return {**draft, **changes, "touched": now.isoformat()}


def is_expired(draft: Draft | None, now: datetime) -> bool:
    if not draft:
        return True
    touched = datetime.fromisoformat(str(draft.get("touched") or draft.get("started")))
    return now - touched > DRAFT_KEEP


def person_entry(person: StreetPerson) -> dict[str, Any]:
    """What a draft keeps of a person shown as a button, so that a tap needs no look-up."""
    return {"id": person.id, "label": person.label, "nationality": person.nationality,
            "language": person.language, "gender": person.gender, "age": person.age_band,
            "seen": person.last_seen.isoformat() if person.last_seen else None}


def age_compatible(one: str | None, other: str | None) -> bool:
    """Unknown fits anything; estimated bands may be one apart."""
    if one not in AGE_BANDS or other not in AGE_BANDS:
        return True
    return abs(AGE_BANDS.index(one) - AGE_BANDS.index(other)) <= 1


def default_language(nationality: str | None) -> str | None:
    return DEFAULT_SPOKEN.get(nationality or "")
