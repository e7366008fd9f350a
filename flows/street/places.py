"""/places: admins manage the saved places fieldworkers pick from (buttons: `PlacesStep`,
and `PlaceAction` for one place)."""

from __future__ import annotations

from flows.core.common import buttons_expired, reply, use_buttons
from flows.core.context import Context
from flows.core.effects import Choice, Edit, Effect, Log, Send, Transition
from flows.core.events import Button, Command, Event, Location, Text
from flows.street.buttons import PlaceAction, PlacesStep
from flows.street.effects import SavePlace

__all__ = ["on_places", "on_places_event"]

_MAX_NAME = 60
_CANCEL = (Choice("street-cancel-button", PlacesStep("cancel")),)


def _where(latitude: float | None, longitude: float | None) -> str:
    return "–" if latitude is None or longitude is None else f"{latitude:.4f}, {longitude:.4f}"


def _listing(ctx: Context) -> tuple[str, dict[str, object], tuple[tuple[Choice, ...], ...]]:
    rows = [(Choice("street-place-button", PlaceAction("open", p.id), {"name": p.name}),)
            for p in ctx.street.places]
    rows.append((Choice("street-places-add-button", PlacesStep("add")),))
    return "street-places-list", {"count": len(ctx.street.places)}, tuple(rows)


def _answer(ctx: Context, event: Event, key: str, args: dict[str, object],
            rows: tuple[tuple[Choice, ...], ...] = ()) -> Effect:
    if isinstance(event, Button) and event.message_id is not None:
        return Edit(event.message_id, key, args, rows)
    return Send(key, args, person_id=ctx.person_id, buttons=rows)


def on_places(ctx: Context, command: Command) -> Transition:
    key, args, rows = _listing(ctx)
    return Transition(None, (Send(key, args, person_id=ctx.person_id, buttons=rows),))


def on_places_event(ctx: Context, event: Event) -> Transition:
    state = dict(ctx.state or {})
    if isinstance(event, Button):
        return _on_button(ctx, event, state)
    step = state.get("step")
    if step in ("name", "rename") and isinstance(event, Text):
        name = " ".join(event.text.split())
        if not name or len(name) > _MAX_NAME:
            return Transition(state, (reply(ctx, "street-places-name-invalid", max=_MAX_NAME),))
        if step == "rename":
            return Transition(None, (SavePlace(name, place_id=int(state["place"])),
                                     Log("street-place-renamed"),
                                     reply(ctx, "street-places-renamed", name=name)))
        skip = ((Choice("street-nav-skip-button", PlacesStep("skip")), *_CANCEL),)
        return Transition({**state, "step": "location", "name": name}, (
            Send("street-places-ask-location", {"name": name}, person_id=ctx.person_id,
                 buttons=skip),))
    if step == "location" and isinstance(event, Location):
        return _add(ctx, str(state["name"]), event.latitude, event.longitude)
    return use_buttons(ctx)


def _add(ctx: Context, name: str, latitude: float | None, longitude: float | None
         ) -> Transition:
    return Transition(None, (SavePlace(name, latitude=latitude, longitude=longitude),
                             Log("street-place-added"),
                             reply(ctx, "street-places-added", name=name,
                                   where=_where(latitude, longitude))))


def _on_button(ctx: Context, button: Button, state: dict[str, object]) -> Transition:
    press = button.press
    if isinstance(press, PlacesStep):
        return _on_step(ctx, button, state, press.action)
    if not isinstance(press, PlaceAction):
        return buttons_expired(ctx)
    place = next((p for p in ctx.street.places if p.id == press.id), None)
    if place is None:
        return buttons_expired(ctx)
    if press.action == "open":
        rows = ((Choice("street-places-rename-button", PlaceAction("rename", place.id)),
                 Choice("street-places-remove-button", PlaceAction("remove", place.id))),
                (Choice("street-nav-back-button", PlacesStep("list")),))
        return Transition(None, (_answer(ctx, button, "street-places-detail", {
            "name": place.name, "where": _where(place.latitude, place.longitude)}, rows),))
    if press.action == "rename":
        return Transition({"flow": "places", "step": "rename", "place": place.id}, (
            Send("street-places-ask-rename", {"name": place.name}, person_id=ctx.person_id,
                 buttons=(_CANCEL,)),))
    if press.action == "remove":
        return Transition(None, (SavePlace(None, place_id=place.id, active=False),
                                 Log("street-place-removed"),
                                 _answer(ctx, button, "street-places-removed",
                                         {"name": place.name})))
    return buttons_expired(ctx)


def _on_step(ctx: Context, button: Button, state: dict[str, object], action: str
             ) -> Transition:
    if action == "cancel":
        return Transition(None, (reply(ctx, "cancelled"),))
    if action == "add":
        return Transition({"flow": "places", "step": "name"}, (
            Send("street-places-ask-name", person_id=ctx.person_id, buttons=(_CANCEL,)),))
    if action == "skip" and state.get("step") == "location":
        return _add(ctx, str(state["name"]), None, None)
    if action == "list":
        key, args, rows = _listing(ctx)
        return Transition(None, (_answer(ctx, button, key, args, rows),))
    return buttons_expired(ctx)
