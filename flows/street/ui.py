"""What each step of a street registration shows: its message and its buttons.

Each button is a `StreetStep(step, value)` (flows/street/buttons.py). A tap edits the
message it was on, so the buttons of the next step appear where the thumb already is; typed
input gets a new message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flows.core.context import Context
from flows.core.effects import Choice, Edit, Effect, Send
from flows.core.events import Button, Event
from flows.street.buttons import Step, StreetStep
from flows.street.draft import AGE_BANDS, GENDERS, NATIONALITIES, NEEDS, SPOKEN, Draft
from flows.time.zones import zone

__all__ = [
    "FLAGS",
    "KEYBOARD",
    "Rows",
    "local_time",
    "seen_days",
    "show",
    "step_view",
    "summary_args",
    "who_arg",
]

Rows = tuple[tuple[Choice, ...], ...]
# The staff reply keyboard: a contact in one tap, and the location to start one with.
KEYBOARD: tuple[tuple[str, ...], ...] = (
    ("street-keyboard-button", "street-keyboard-location-button"),)
FLAGS = {"MA": "🇲🇦", "DZ": "🇩🇿", "TN": "🇹🇳", "LY": "🇱🇾"}
_MAX_PLACES = 8
_UNSET = {"$msg": "street-unset"}


def _choice(key: str, step: Step, value: str, **args: Any) -> Choice:
    return Choice(key, StreetStep(step, value), args)


def _nav(step: Step, back: bool = True) -> tuple[Choice, ...]:
    first = _choice("street-nav-back-button", step, "back") if back else \
        _choice("street-cancel-button", step, "cancel")
    return (first, _choice("street-nav-skip-button", step, "skip"))


def _pairs(choices: list[Choice], width: int = 2) -> list[tuple[Choice, ...]]:
    return [tuple(choices[i:i + width]) for i in range(0, len(choices), width)]


def seen_days(iso: str | None, now: datetime) -> dict[str, Any]:
    if not iso:
        return _UNSET
    days = max(0, (now - datetime.fromisoformat(iso)).days)
    return {"$msg": "street-seen", "args": {"days": days}}


def local_time(moment: datetime, timezone: str) -> str:
    return moment.astimezone(zone(timezone)).strftime("%H:%M")


def _person_choice(ctx: Context, step: Step, entry: dict[str, Any], key: str) -> Choice:
    return _choice(key, step, f"p{entry['id']}", label=entry["label"],
                   flag=FLAGS.get(entry.get("nationality") or "", ""),
                   seen=seen_days(entry.get("seen"), ctx.now))


def _who(ctx: Context, draft: Draft) -> tuple[str, dict[str, Any], Rows]:
    rows = [(_choice("street-new-person-button", "who", "new"),)]
    rows += [(_person_choice(ctx, "who", entry, "street-person-button"),)
             for entry in draft.get("offer") or []]
    return "street-ask-who", {}, (*rows, _nav("who", back=False))


def _search(ctx: Context, draft: Draft) -> tuple[str, dict[str, Any], Rows]:
    query = draft.get("query") or ""
    offer = draft.get("offer") or []
    rows = [(_person_choice(ctx, "search", entry, "street-person-button"),) for entry in offer]
    rows.append((_choice("street-new-alias-button", "search", "new", alias=query),))
    return ("street-search-results", {"query": query, "count": len(offer)},
            (*rows, _nav("search")))


def _where(ctx: Context, draft: Draft) -> tuple[str, dict[str, Any], Rows]:
    places = [_choice("street-place-button", "where", f"pl{place.id}", name=place.name)
              for place in ctx.street.places[:_MAX_PLACES]]
    return "street-ask-where", {}, (*_pairs(places), _nav("where"))


def _about(ctx: Context, draft: Draft) -> tuple[str, dict[str, Any], Rows]:
    codes = [_choice("street-nationality-button", "about", code, code=code)
             for code in NATIONALITIES]
    details = (_choice("street-details-button", "about", "details"),)
    return ("street-ask-nationality", {"who": who_arg(draft)},
            (*_pairs(codes, 3), details, _nav("about")))


def _details(ctx: Context, draft: Draft) -> tuple[str, dict[str, Any], Rows]:
    def radio(kind: str, codes: tuple[str, ...], chosen: str | None) -> list[Choice]:
        return [_choice(f"street-{kind}-button", "details", f"{kind}-{code}", code=code,
                        on="yes" if code == chosen else "no") for code in codes]

    rows = [*_pairs(radio("language", SPOKEN, draft.get("language")), 4),
            tuple(radio("gender", GENDERS, draft.get("gender"))),
            *_pairs(radio("age", AGE_BANDS, draft.get("age")), 2),
            (_choice("street-done-button", "details", "done"),), _nav("details")]
    return "street-ask-details", {}, tuple(rows)


def _needs(ctx: Context, draft: Draft) -> tuple[str, dict[str, Any], Rows]:
    chosen = set(draft.get("needs") or [])
    toggles = [_choice("street-need-button", "needs", need, need=need,
                       on="yes" if need in chosen else "no") for need in NEEDS]
    return ("street-ask-needs", {},
            (*_pairs(toggles), (_choice("street-done-button", "needs", "done"),),
             _nav("needs")))


def _summary(ctx: Context, draft: Draft) -> tuple[str, dict[str, Any], Rows]:
    rows = ((_choice("street-save-followup-button", "summary", "save-yes"),),
            (_choice("street-save-nofollowup-button", "summary", "save-no"),),
            (_choice("street-edit-button", "summary", "edit"),
             _choice("street-nav-back-button", "summary", "back")))
    return "street-summary", summary_args(ctx, draft), rows


def _edit(ctx: Context, draft: Draft) -> tuple[str, dict[str, Any], Rows]:
    fields = ["who", "where", "about", "details", "needs"] + (["note"] if draft.get("note")
                                                             else [])
    choices = [_choice("street-edit-field-button", "edit", name, field=name) for name in fields]
    return ("street-ask-edit", {},
            (*_pairs(choices), (_choice("street-nav-back-button", "edit", "back"),)))


def _dupes(ctx: Context, draft: Draft) -> tuple[str, dict[str, Any], Rows]:
    rows = [(_person_choice(ctx, "dupes", entry, "street-link-button"),)
            for entry in draft.get("offer") or []]
    rows.append((_choice("street-new-anyway-button", "dupes", "new"),))
    rows.append((_choice("street-nav-back-button", "dupes", "back"),))
    alias = (draft.get("person") or {}).get("alias") or ""
    return "street-duplicates", {"alias": alias}, tuple(rows)


_VIEWS = {"who": _who, "search": _search, "where": _where, "about": _about,
          "details": _details, "needs": _needs, "summary": _summary, "edit": _edit,
          "dupes": _dupes}


def step_view(ctx: Context, draft: Draft) -> tuple[str, dict[str, Any], Rows]:
    return _VIEWS[draft["step"]](ctx, draft)


def show(ctx: Context, event: Event | None, draft: Draft) -> Effect:
    """The draft's current step: in place of the tapped message, or as a new message."""
    key, args, rows = step_view(ctx, draft)
    if isinstance(event, Button) and event.message_id is not None:
        return Edit(event.message_id, key, args, rows)
    return Send(key, args, person_id=ctx.person_id, buttons=rows)


def who_arg(draft: Draft) -> Any:
    person = draft.get("person") or {}
    if person.get("id"):
        return str(person["label"])
    if person.get("alias"):
        return {"$msg": "street-who-new", "args": {"alias": person["alias"]}}
    return {"$msg": "street-who-code"}


def _coded(kind: str, code: str | None) -> Any:
    return {"$msg": f"street-{kind}", "args": {"code": code}} if code else _UNSET


def place_arg(draft: Draft) -> Any:
    place = draft.get("place") or {}
    if place.get("name"):
        return str(place["name"])
    if place.get("lat") is not None:
        return f"{place['lat']:.3f}, {place['lon']:.3f}"
    return _UNSET


def needs_arg(needs: list[str] | tuple[str, ...]) -> Any:
    if not needs:
        return _UNSET
    return {"$msgs": [["street-need", {"need": need}] for need in needs], "$join": ", "}


def summary_args(ctx: Context, draft: Draft) -> dict[str, Any]:
    note = draft.get("note") or {}
    timezone = ctx.person.timezone if ctx.person else ctx.default_timezone
    return {
        "who": who_arg(draft),
        "place": place_arg(draft),
        "nationality": _coded("nationality", draft.get("nationality")),
        "language": _coded("language", draft.get("language")),
        "gender": _coded("gender", draft.get("gender")),
        "age": _coded("age", draft.get("age")),
        "needs": needs_arg(draft.get("needs") or []),
        "note": {"$msg": "street-note-voice"} if note.get("kind") == "voice"
        else str(note["text"]) if note.get("text") else _UNSET,
        "shift": ctx.street.shift or _UNSET,
        "time": local_time(datetime.fromisoformat(draft["started"]), timezone),
    }
