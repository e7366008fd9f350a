"""How a profile and outcomes read: the card's lines and the /client section."""

from __future__ import annotations

from typing import Any

from flows.core.effects import Choice
from flows.model import Outcome, Person, Profile
from flows.outcomes.buttons import COUNTRIES, OutcomeRemove
from flows.outcomes.view import OutcomesView

__all__ = ["country_arg", "country_text", "field_value", "outcome_line", "profile_args",
           "remove_buttons", "with_outcomes"]

Msg = dict[str, Any]
_UNKNOWN: Msg = {"$msg": "outcomes-unknown"}
_NAMED = frozenset((*COUNTRIES, "LY", "EG"))
_SHOWN = 8  # outcomes in /client
_REMOVABLE = 4  # 🗑 buttons in /client


def _yes_no(value: bool | None) -> Msg:
    return _UNKNOWN if value is None else {"$msg": "outcomes-yes" if value else "outcomes-no"}


def country_text(code: str | None) -> Msg | str:
    """A country's name (with its flag) when we have one, else its code."""
    if code is None:
        return "–"
    return {"$msg": f"outcomes-country-{code}-button"} if code in _NAMED or code == "other" \
        else code


def country_arg(code: str | None) -> Msg | str:
    """" · Morocco" after an outcome, or nothing."""
    return "" if not code else {"$msg": "outcomes-in-country",
                                "args": {"country": country_text(code)}}


def field_value(profile: Profile | None, field: str) -> Msg | str:
    """One field's value as shown: words, a year, a band; "unknown" when not known."""
    p = profile or Profile(person_id=0)
    if field == "nationality":
        return _UNKNOWN if p.nationality is None else country_text(p.nationality)
    if field == "birth":
        return str(p.birth_year) if p.birth_year else (p.age_band or _UNKNOWN)
    if field == "years_nl":
        return _UNKNOWN if p.years_nl is None else {"$msg": "outcomes-years-value",
                                                    "args": {"band": p.years_nl}}
    if field == "medical":
        if p.medical is None:
            return _UNKNOWN
        if not p.medical:
            return {"$msg": "outcomes-medical-none"}
        return {"$msgs": [[f"outcomes-medical-{m}", {}] for m in p.medical], "$join": ", "}
    value: bool | None = getattr(p, field)
    return _yes_no(value)


def profile_args(profile: Profile | None) -> dict[str, Any]:
    """The arguments of outcomes-profile-lines (the card and /client)."""
    names = {"nationality": "nationality", "birth": "birth", "years_nl": "years",
             "asylum_nl": "asylum", "eu_document": "eu", "medical": "medical",
             "children_nl": "children"}
    return {arg: field_value(profile, field) for field, arg in names.items()}


def outcome_line(outcome: Outcome) -> list[Any]:
    """[key, args] of one outcome: date, kind, country, aftercare."""
    return ["outcomes-line", {
        "date": outcome.on.isoformat(), "kind": {"$msg": f"outcomes-kind-{outcome.kind}"},
        "country": country_arg(outcome.country),
        "aftercare": "yes" if outcome.aftercare else "no"}]


def remove_buttons(view: OutcomesView, me: Person) -> tuple[tuple[Choice, ...], ...]:
    """🗑 for the newest outcomes the caller may remove (who recorded them, or an admin)."""
    client = view.client
    if client is None:
        return ()
    mine = [o for o in reversed(view.outcomes)
            if me.role == "admin" or o.created_by == me.id][:_REMOVABLE]
    choices = [Choice("outcomes-remove-button", OutcomeRemove("ask", client.id, o.id),
                      {"date": o.on.isoformat(),
                       "kind": {"$msg": f"outcomes-kind-{o.kind}"}}) for o in mine]
    return tuple(tuple(choices[i:i + 2]) for i in range(0, len(choices), 2))


def with_outcomes(view: OutcomesView, client: Person, me: Person, key: str,
                  args: dict[str, Any]) -> tuple[str, dict[str, Any],
                                                 tuple[tuple[Choice, ...], ...]]:
    """/client: the view `key` with the client's profile and outcomes (newest first) below
    it, and 🗑 buttons; unchanged when they were not loaded for this client."""
    if view.client is None or view.client.id != client.id:
        return key, args, ()
    lines = [outcome_line(o) for o in reversed(view.outcomes)][:_SHOWN]
    return "outcomes-client-view", {
        "view": {"$msg": key, "args": args},
        "profile": {"$msg": "outcomes-profile-lines", "args": profile_args(view.profile)}
        if view.profile else {"$msg": "outcomes-no-profile"},
        "outcomes": {"$msgs": lines} if lines else {"$msg": "outcomes-none"},
    }, remove_buttons(view, me)
