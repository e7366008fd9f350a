"""/profile alias: a card with the client's profile and one button per field; a field's
choices (always with "unknown") save at once and show the card again. A year of birth may
also be typed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flows.core.common import reply, use_buttons
from flows.core.context import Context
from flows.core.effects import Audit, Choice, Edit, Effect, Log, Send, Transition
from flows.core.events import Button, Command, Event, Text
from flows.model import Person, Profile
from flows.outcomes.buttons import FIELDS, ProfileTap, choices, code_of, token_of
from flows.outcomes.effects import SaveProfile
from flows.outcomes.lines import profile_args

__all__ = ["EARLIEST_YEAR", "FLOW", "client_or_reply", "on_profile", "on_profile_button",
           "on_profile_text"]

FLOW = "profile"
EARLIEST_YEAR = 1930
Rows = tuple[tuple[Choice, ...], ...]


def client_or_reply(ctx: Context, command: Command) -> Person | Transition:
    """The one client of the caller's the argument names (the loader looked among the
    caller's own clients only); else a reply saying what is missing."""
    typed = command.arg.strip()
    if not typed:
        return Transition(ctx.state, (reply(ctx, f"outcomes-{command.name}-usage"),))
    client = ctx.outcomes.client
    if client is None:
        key = "outcomes-ambiguous" if ctx.outcomes.matches > 1 else "outcomes-not-found"
        return Transition(ctx.state, (reply(ctx, key, typed=typed[:40]),))
    return client


def _card(ctx: Context, client: Person, profile: Profile | None) -> tuple[str, dict[str, Any],
                                                                          Rows]:
    buttons = [Choice(f"outcomes-field-{field}-button", ProfileTap(field, "ask", client.id))
               for field in FIELDS]
    rows = tuple(tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2))
    done = (Choice("outcomes-done-button", ProfileTap("done", "0", client.id)),)
    return "outcomes-profile-card", {
        "alias": client.alias,
        "lines": {"$msg": "outcomes-profile-lines", "args": profile_args(profile)},
    }, (*rows, done)


def on_profile(ctx: Context, command: Command) -> Transition:
    client = client_or_reply(ctx, command)
    if isinstance(client, Transition):
        return client
    key, args, rows = _card(ctx, client, ctx.outcomes.profile)
    return Transition(ctx.state, (Send(key, args, person_id=ctx.person_id, buttons=rows),
                                  Audit("read:profile", client.id)))


def _show(ctx: Context, button: Button | None, key: str, args: dict[str, Any],
          rows: Rows) -> Effect:
    """In place of the pressed message, or anew (after a typed year)."""
    if button is not None and button.message_id is not None:
        return Edit(button.message_id, key, args, rows)
    return Send(key, args, person_id=ctx.person_id, buttons=rows)


def _ask(ctx: Context, button: Button, client: Person, field: str) -> Transition:
    profile = ctx.outcomes.profile
    values = choices(field)
    picked = set(profile.medical or ()) if profile is not None and field == "medical" else ()
    buttons = []
    for value in values:
        data = ProfileTap(field, token_of(value), client.id)  # type: ignore[arg-type]
        buttons.append(_value_choice(field, value, data, value in picked))
    rows = [tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2)]
    rows.append((Choice("outcomes-unknown-button", ProfileTap(field, "unknown", client.id)),  # type: ignore[arg-type]
                 Choice("outcomes-back-button", ProfileTap("card", "0", client.id))))
    key = f"outcomes-ask-{field}"
    state = {"flow": FLOW, "client": client.id} if field == "birth" else _leave(ctx)
    return Transition(state, (_show(ctx, button, key, {"alias": client.alias}, tuple(rows)),))


def _value_choice(field: str, value: str, data: ProfileTap, picked: bool) -> Choice:
    if field == "medical" and value != "none":
        label = {"$msg": f"outcomes-medical-{value}"}
        return Choice("outcomes-on-button" if picked else "outcomes-off-button", data,
                      {"label": label})
    if field == "medical":
        return Choice("outcomes-medical-none-button", data)
    if field == "nationality":
        return Choice(f"outcomes-country-{value}-button", data)
    if field == "birth":
        return Choice("outcomes-band-button", data, {"band": value})
    if field == "years_nl":
        return Choice("outcomes-years-button", data, {"band": value})
    return Choice(f"outcomes-{value}-button", data)


def _leave(ctx: Context) -> dict[str, Any] | None:
    """A profile button ends the typed-year question; any other conversation goes on."""
    return None if (ctx.state or {}).get("flow") == FLOW else ctx.state


def _set(profile: Profile, field: str, value: str) -> Profile:
    if field == "birth":
        band = None if value == "unknown" else value
        return replace(profile, birth_year=None, age_band=band)
    if field == "medical":
        if value in ("unknown", "none"):
            return replace(profile, medical=None if value == "unknown" else ())
        now = set(profile.medical or ())
        now ^= {value}
        return replace(profile, medical=tuple(m for m in choices("medical") if m in now))
    known = value != "unknown"
    if field == "nationality":
        return replace(profile, nationality=value if known else None)
    if field == "years_nl":
        return replace(profile, years_nl=value if known else None)
    answer = value == "yes" if known else None
    if field == "asylum_nl":
        return replace(profile, asylum_nl=answer)
    if field == "eu_document":
        return replace(profile, eu_document=answer)
    return replace(profile, children_nl=answer)


def on_profile_button(ctx: Context, button: Button) -> Transition:
    press = button.press
    client = ctx.outcomes.client
    assert isinstance(press, ProfileTap)
    if client is None or client.id != press.id:
        return Transition(ctx.state, (reply(ctx, "button-expired"),))
    if press.field == "done":
        key, args, _ = _card(ctx, client, ctx.outcomes.profile)
        return Transition(_leave(ctx), (_show(ctx, button, key, args, ()),))
    if press.field == "card":
        key, args, rows = _card(ctx, client, ctx.outcomes.profile)
        return Transition(_leave(ctx), (_show(ctx, button, key, args, rows),))
    if press.value == "ask":
        return _ask(ctx, button, client, press.field)
    value = code_of(press.value)
    profile = _set(ctx.outcomes.profile or Profile(person_id=client.id), press.field, value)
    return _saved(ctx, button, client, profile, press.field,
                  again=press.field == "medical" and value not in ("none", "unknown"))


def _saved(ctx: Context, button: Button | None, client: Person, profile: Profile,
           field: str, again: bool = False) -> Transition:
    """Save, then show the card (or, toggling a medical value, the medical choices)."""
    effects: list[Effect] = [SaveProfile(profile), Log("profile", client.id, text=field)]
    if again and button is not None:
        ask = _ask(replace(ctx, outcomes=replace(ctx.outcomes, profile=profile)), button,
                   client, field)
        return Transition(ask.state, (*effects, *ask.effects))
    key, args, rows = _card(ctx, client, profile)
    effects.append(_show(ctx, button, key, args, rows))
    return Transition(_leave(ctx), tuple(effects))


def on_profile_text(ctx: Context, event: Event) -> Transition:
    """The typed year of birth."""
    client = ctx.outcomes.client
    if client is None:
        return Transition(None, (reply(ctx, "button-expired"),))
    if not isinstance(event, Text):
        return use_buttons(ctx)
    typed = event.text.strip()
    year = int(typed) if typed.isdigit() and len(typed) == 4 else None
    if year is None or not EARLIEST_YEAR <= year <= ctx.now.year:
        return Transition(ctx.state, (reply(ctx, "outcomes-year-invalid",
                                            earliest=str(EARLIEST_YEAR),
                                            latest=str(ctx.now.year)),))
    profile = replace(ctx.outcomes.profile or Profile(person_id=client.id), birth_year=year,
                      age_band=None)
    return _saved(ctx, None, client, profile, "birth")
