"""/newclient: a casemanager registers a client and gets the client's invite link."""

from __future__ import annotations

from flows.core.common import LANGUAGE_NAMES, buttons_expired, reply, use_buttons
from flows.core.context import LANGUAGES, Context
from flows.core.effects import Choice, CreateClient, Log, Send, Transition
from flows.core.events import Button, Command, Event, Text
from flows.onboarding.buttons import NewClientCancel, NewClientChoice
from flows.street.effects import LinkStreetPerson
from flows.street.newclient import street_alias, street_choices
from flows.time.zones import is_zone

__all__ = ["COUNTRY_ZONES", "on_newclient", "on_newclient_event"]

COUNTRY_ZONES: dict[str, str] = {
    "MA": "Africa/Casablanca",
    "DZ": "Africa/Algiers",
    "TN": "Africa/Tunis",
    "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels",
    "FR": "Europe/Paris",
    "ES": "Europe/Madrid",
}
_ZONE_CHOICES = tuple(dict.fromkeys(COUNTRY_ZONES.values()))
_MAX_ALIAS = 40
_CANCEL = (Choice("newclient-cancel", NewClientCancel("cancel")),)


def on_newclient(ctx: Context, _: Command) -> Transition:
    state = {"flow": "newclient", "step": "alias"}
    return Transition(state, (Send("newclient-ask-alias", person_id=ctx.person_id,
                                   buttons=(*street_choices(ctx), _CANCEL)),))


def on_newclient_event(ctx: Context, event: Event) -> Transition:
    state = dict(ctx.state or {})
    step = state.get("step")
    press = event.press if isinstance(event, Button) else None
    if isinstance(press, NewClientCancel):
        return Transition(None, (reply(ctx, "newclient-cancelled"),))
    if step == "alias" and isinstance(event, Button):  # started from a street contact
        picked = street_alias(ctx, event)
        if picked is not None:
            state, event = {**state, "street_person": str(picked[1])}, Text(picked[0])
    if step == "alias":
        return _on_alias(ctx, state, event)
    if isinstance(event, Text) and step == "timezone":
        return _on_zone_typed(ctx, state, event.text.strip())
    if not isinstance(event, Button):
        return use_buttons(ctx)
    if not isinstance(press, NewClientChoice) or press.step != step:
        return buttons_expired(ctx)
    value = press.value
    if step == "language" and value in LANGUAGES:
        return _ask_country(ctx, {**state, "language": value})
    if step == "country" and (value in COUNTRY_ZONES or value == "other"):
        return _ask_zone(ctx, {**state, "country": value})
    if step == "timezone":
        zone = state["zone"] if value == "keep" else _zone_choice(value)
        if zone is not None:
            return _create(ctx, {**state, "zone": zone})
    return use_buttons(ctx)


def _on_alias(ctx: Context, state: dict[str, str], event: Event) -> Transition:
    if not isinstance(event, Text):
        return Transition(state, (reply(ctx, "newclient-ask-alias"),))
    alias = " ".join(event.text.split())
    if not alias or len(alias) > _MAX_ALIAS:
        return Transition(state, (reply(ctx, "newclient-alias-invalid", max=_MAX_ALIAS),))
    buttons = tuple(
        tuple(Choice("language-name", NewClientChoice("language", code),
                     literal=LANGUAGE_NAMES[code])
              for code in LANGUAGES[i : i + 2])
        for i in range(0, len(LANGUAGES), 2)
    )
    return Transition({**state, "step": "language", "alias": alias},
                      (Send("newclient-ask-language", {"alias": alias}, person_id=ctx.person_id,
                            buttons=(*buttons, _CANCEL)),))


def _ask_country(ctx: Context, state: dict[str, str]) -> Transition:
    codes = ("MA", "DZ", "TN", "NL", "other")
    rows = tuple((Choice(f"country-{code}", NewClientChoice("country", code)),)
                 for code in codes)
    return Transition({**state, "step": "country"},
                      (Send("newclient-ask-country", person_id=ctx.person_id,
                            buttons=(*rows, _CANCEL)),))


def _ask_zone(ctx: Context, state: dict[str, str]) -> Transition:
    zone = COUNTRY_ZONES.get(state["country"], ctx.default_timezone)
    others = [z for z in _ZONE_CHOICES if z != zone]
    rows = [(Choice("newclient-zone-keep", NewClientChoice("timezone", "keep"), {"zone": zone}),)]
    rows += [(Choice("newclient-zone-other",
                     NewClientChoice("timezone", str(_ZONE_CHOICES.index(z))), {"zone": z}),)
             for z in others]
    return Transition({**state, "step": "timezone", "zone": zone},
                      (Send("newclient-ask-timezone", {"zone": zone}, person_id=ctx.person_id,
                            buttons=(*rows, _CANCEL)),))


def _zone_choice(value: str) -> str | None:
    return _ZONE_CHOICES[int(value)] if value.isdigit() and int(value) < len(_ZONE_CHOICES) \
        else None


def _on_zone_typed(ctx: Context, state: dict[str, str], typed: str) -> Transition:
    if not is_zone(typed):
        return Transition(state, (reply(ctx, "newclient-zone-invalid"),))
    return _create(ctx, {**state, "zone": typed})


def _create(ctx: Context, state: dict[str, str]) -> Transition:
    link = ctx.invite_link(ctx.fresh_code)
    return Transition(None, (
        CreateClient(alias=state["alias"], language=state["language"],
                     country=state["country"], timezone=state["zone"],
                     casemanager_id=ctx.person_id, code=ctx.fresh_code),
        *([LinkStreetPerson(int(state["street_person"]))] if state.get("street_person") else []),
        Log("client-created", ctx.person_id),
        Send("newclient-done", {"alias": state["alias"], "link": link, "days": 7},
             person_id=ctx.person_id, qr=link),
    ))
