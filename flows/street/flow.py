"""/contact: a fieldworker registers a street contact in a few taps.

```mermaid
stateDiagram-v2
    [*] --> who: /contact, 🚶 keyboard button, or a shared location
    who --> search: alias typed
    search --> where
    who --> where: new / known person
    where --> about: place, location or skip
    about --> details: 👤
    details --> about
    about --> needs: nationality (known people skip it)
    needs --> summary: Done
    summary --> edit: ✏️
    edit --> summary
    summary --> dupes: Save, and a likely duplicate exists
    dupes --> [*]: linked or new
    summary --> [*]: Save (with or without follow-up consent)
```

The fast path is six taps: 🆕 New · 📍 place · 🇲🇦 · one need · ✅ Done · 💾 Save.
Every step has Back and Skip; typing where a button is expected gets a polite re-ask; the
draft is saved after every step and `/contact` offers to resume it for an hour.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flows.core.common import buttons_expired, reply
from flows.core.context import Context
from flows.core.effects import Choice, Log, Send, Transition
from flows.core.events import Button, Command, Event, Location, Media, Text
from flows.street.buttons import StreetResume, StreetStep, StreetUndo
from flows.street.draft import (
    AGE_BANDS,
    GENDERS,
    NATIONALITIES,
    NEEDS,
    SPOKEN,
    Draft,
    default_language,
    is_expired,
    new_draft,
    person_entry,
    touch,
)
from flows.street.effects import SaveStreetDraft
from flows.street.save import on_save, on_undo, save
from flows.street.search import search
from flows.street.ui import KEYBOARD, local_time, place_arg, show

__all__ = ["on_contact", "on_location_idle", "on_street_button", "on_street_event"]

FLOW = {"flow": "street"}
PREVIOUS = {"search": "who", "where": "who", "about": "where", "details": "about",
            "needs": "about", "summary": "needs", "edit": "summary", "dupes": "summary"}
_RECENT = 4


def _recent(ctx: Context) -> list[dict[str, Any]]:
    return [person_entry(person) for person in ctx.street.recent[:_RECENT]]


def _go(ctx: Context, event: Event | None, draft: Draft, step: str, **changes: Any
        ) -> Transition:
    """Move the draft to a step, keep it, and show that step."""
    moved = touch(draft, ctx.now, step=step, **changes)
    if step == "who":
        moved["offer"] = _recent(ctx)
    return Transition(FLOW, (SaveStreetDraft(ctx.person_id, moved), show(ctx, event, moved)))


def _start(ctx: Context, event: Event | None, place: dict[str, Any] | None = None
           ) -> Transition:
    draft = {**new_draft(ctx.now), "offer": _recent(ctx), "place": place}
    return Transition(FLOW, (Log("street-contact-started"),
                             SaveStreetDraft(ctx.person_id, draft), show(ctx, event, draft)))


def on_contact(ctx: Context, _: Command) -> Transition:
    """Start a registration, or offer to resume the unfinished one."""
    draft = ctx.street.draft
    if draft is None or is_expired(draft, ctx.now):
        return _start(ctx, None)
    timezone = ctx.person.timezone if ctx.person else ctx.default_timezone
    started = local_time(datetime.fromisoformat(draft["started"]), timezone)
    buttons = ((Choice("street-resume-button", StreetResume("resume", "yes")),),
               (Choice("street-discard-button", StreetResume("resume", "new")),))
    return Transition(FLOW, (Send("street-resume-offer", {"time": started,
                                                          "place": place_arg(draft)},
                                  person_id=ctx.person_id, buttons=buttons),))


def _location_place(event: Location) -> dict[str, float]:
    """About 100 m: enough to find the spot again, no more."""
    return {"lat": round(event.latitude, 3), "lon": round(event.longitude, 3)}


def on_location_idle(ctx: Context, event: Location) -> Transition:
    """A location shared outside any flow (the 📍 keyboard button) starts a registration."""
    draft = ctx.street.draft
    if draft is not None and not is_expired(draft, ctx.now):
        return _on_location(ctx, event, draft)
    return _start(ctx, None, _location_place(event))


def on_street_button(ctx: Context, button: Button) -> Transition:
    press = button.press
    if isinstance(press, StreetUndo):
        return on_undo(ctx, button, press)
    draft = ctx.street.draft
    if isinstance(press, StreetResume):
        if press.choice == "new":
            return Transition(FLOW, (Log("street-contact-discarded"),
                                     *_start(ctx, button).effects))
        if draft is not None and not is_expired(draft, ctx.now):
            return Transition(FLOW, (Log("street-contact-resumed"),
                                     *_go(ctx, button, draft, draft["step"]).effects))
        return buttons_expired(ctx)
    if not isinstance(press, StreetStep) or draft is None or is_expired(draft, ctx.now) \
            or draft.get("step") != press.step:
        return buttons_expired(ctx)
    step, value = press.step, press.value
    if value == "back":
        return _go(ctx, button, draft, "summary" if draft.get("return") else PREVIOUS[step],
                   **({"return": False} if draft.get("return") else {}))
    return _STEPS[step](ctx, button, draft, value)


def _next(draft: Draft, after: str) -> str:
    if draft.get("return"):
        return "summary"
    if after == "who":
        return "where" if not draft.get("place") else _next(draft, "where")
    if after == "where":
        return "needs" if draft.get("nationality") else "about"
    return {"about": "needs", "details": "about", "needs": "summary"}[after]


def _advance(ctx: Context, event: Event, draft: Draft, after: str, **changes: Any
             ) -> Transition:
    changed = {**draft, **changes}
    return _go(ctx, event, changed, _next(changed, after), **changes, **{"return": False})


def _pick(draft: Draft, value: str) -> dict[str, Any] | None:
    return next((entry for entry in draft.get("offer") or [] if f"p{entry['id']}" == value),
                None)


def _with_person(ctx: Context, event: Event, draft: Draft, value: str, after: str
                 ) -> Transition:
    if value in ("new", "skip"):
        alias = draft.get("query") if after == "search" and value == "new" else None
        return _advance(ctx, event, draft, "who", person={"new": True, "alias": alias})
    entry = _pick(draft, value)
    if entry is None:
        return buttons_expired(ctx)
    known = {field: draft.get(field) or entry.get(source) for field, source in
             (("nationality", "nationality"), ("language", "language"),
              ("gender", "gender"), ("age", "age"))}
    return _advance(ctx, event, draft, "who", person=entry, **known)


def _on_who(ctx: Context, event: Button, draft: Draft, value: str) -> Transition:
    if value == "cancel":
        return Transition(None, (Log("street-contact-discarded"),
                                 SaveStreetDraft(ctx.person_id, None),
                                 Send("street-cancelled", person_id=ctx.person_id,
                                      keyboard=KEYBOARD)))
    return _with_person(ctx, event, draft, value, "who")


def _on_search(ctx: Context, event: Button, draft: Draft, value: str) -> Transition:
    return _with_person(ctx, event, draft, value, "search")


def _on_where(ctx: Context, event: Button, draft: Draft, value: str) -> Transition:
    if value == "skip":
        return _advance(ctx, event, draft, "where", place=None)
    place = next((p for p in ctx.street.places if f"pl{p.id}" == value), None)
    if place is None:
        return buttons_expired(ctx)
    return _advance(ctx, event, draft, "where", place={"id": place.id, "name": place.name})


def _on_about(ctx: Context, event: Button, draft: Draft, value: str) -> Transition:
    if value == "details":
        return _go(ctx, event, draft, "details")
    if value == "skip":
        return _advance(ctx, event, draft, "about")
    if value not in NATIONALITIES:
        return buttons_expired(ctx)
    language = draft.get("language") or default_language(value)
    return _advance(ctx, event, draft, "about", nationality=value, language=language)


# a details button's value ("gender-woman") -> the draft field and the code it sets
_RADIOS = {f"{field}-{code}": (field, code)
           for field, codes in (("language", SPOKEN), ("gender", GENDERS), ("age", AGE_BANDS))
           for code in codes}


def _on_details(ctx: Context, event: Button, draft: Draft, value: str) -> Transition:
    if value in ("done", "skip"):
        return _advance(ctx, event, draft, "details")
    if value not in _RADIOS:
        return buttons_expired(ctx)
    field, code = _RADIOS[value]
    return _go(ctx, event, draft, "details", **{field: None if draft.get(field) == code
                                                  else code})


def _on_needs(ctx: Context, event: Button, draft: Draft, value: str) -> Transition:
    if value == "skip":
        return _advance(ctx, event, draft, "needs", needs=[])
    if value == "done":
        return _advance(ctx, event, draft, "needs")
    if value not in NEEDS:
        return buttons_expired(ctx)
    chosen = [need for need in draft.get("needs") or [] if need != "none"]
    if value == "none":
        chosen = [] if "none" in (draft.get("needs") or []) else ["none"]
    elif value in chosen:
        chosen.remove(value)
    else:
        chosen.append(value)
    return _go(ctx, event, draft, "needs", needs=[n for n in NEEDS if n in chosen])


def _on_summary(ctx: Context, event: Button, draft: Draft, value: str) -> Transition:
    if value == "edit":
        return _go(ctx, event, draft, "edit")
    if value in ("save-yes", "save-no"):
        return on_save(ctx, event, draft, followup=value == "save-yes")
    return buttons_expired(ctx)


def _on_edit(ctx: Context, event: Button, draft: Draft, value: str) -> Transition:
    if value == "note":
        return _go(ctx, event, draft, "summary", note=None)
    if value not in ("who", "where", "about", "details", "needs"):
        return buttons_expired(ctx)
    return _go(ctx, event, draft, value, **{"return": True})


def _on_dupes(ctx: Context, event: Button, draft: Draft, value: str) -> Transition:
    followup = bool(draft.get("followup"))
    if value == "new":
        return save(ctx, event, draft, followup)
    entry = _pick(draft, value)
    if entry is None:
        return buttons_expired(ctx)
    return save(ctx, event, {**draft, "person": entry}, followup)


_STEPS = {"who": _on_who, "search": _on_search, "where": _on_where, "about": _on_about,
          "details": _on_details, "needs": _on_needs, "summary": _on_summary,
          "edit": _on_edit, "dupes": _on_dupes}


def _on_location(ctx: Context, event: Location, draft: Draft) -> Transition:
    place = _location_place(event)
    if draft["step"] == "where":
        return _advance(ctx, event, draft, "where", place=place)
    return _go(ctx, None, draft, draft["step"], place=place)


def on_street_event(ctx: Context, event: Event) -> Transition:
    """Typed text, a location or a voice note while a registration is open."""
    if isinstance(event, Button):
        return on_street_button(ctx, event)
    draft = ctx.street.draft
    if draft is None or is_expired(draft, ctx.now):
        return Transition(None, (reply(ctx, "street-draft-gone"),))
    step = draft["step"]
    if isinstance(event, Location):
        return _on_location(ctx, event, draft)
    if isinstance(event, Text) and step in ("who", "search"):
        query = " ".join(event.text.split())[:40]
        found = [person_entry(p) for p in search(query, ctx.street.candidates)]
        return _go(ctx, None, draft, "search", query=query, offer=found)
    if step == "summary" and isinstance(event, Text):
        return _go(ctx, None, draft, "summary", note={"kind": "text", "text": event.text})
    if step == "summary" and isinstance(event, Media) and event.kind in ("voice", "audio"):
        return _go(ctx, None, draft, "summary", note={"kind": "voice", "file_id": event.file_id})
    return Transition(FLOW, (reply(ctx, "street-reask"), show(ctx, None, draft)))
