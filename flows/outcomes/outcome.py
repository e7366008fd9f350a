"""/outcome alias: the kind, the date, the country when it makes sense, and after a
voluntary return whether aftercare follows (then /aftercare is offered). An outcome
recorded by mistake is removed with 🗑 (whoever recorded it, or an admin)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from flows.aftercare.buttons import CareClient, CareStep
from flows.core.buttons import New
from flows.core.common import buttons_expired, reply, use_buttons
from flows.core.context import Context
from flows.core.effects import Choice, Edit, Effect, Log, Send, Transition
from flows.core.events import Button, Command, Event, Text
from flows.model import OUTCOME_KINDS, Person
from flows.outcomes.buttons import COUNTRIES, COUNTRY_KINDS, OutcomeRemove, OutcomeStep
from flows.outcomes.effects import AddOutcome, DeleteOutcome
from flows.outcomes.lines import country_arg
from flows.outcomes.profile import client_or_reply
from flows.time.when import parse_when
from flows.time.zones import zone

__all__ = ["FLOW", "on_outcome", "on_outcome_event", "on_remove", "typed_day"]

FLOW = "outcome"
_CANCEL = (Choice("outcomes-cancel-button", OutcomeStep("cancel", "0")),)
_DAY_MONTH = re.compile(r"\b\d{1,2}[-/.]\d{1,2}\b(?![-/.]\d)")
Rows = tuple[tuple[Choice, ...], ...]


def on_outcome(ctx: Context, command: Command) -> Transition:
    client = client_or_reply(ctx, command)
    if isinstance(client, Transition):
        return client
    kinds = [Choice(f"outcomes-kind-{kind}", OutcomeStep("kind", kind)) for kind in OUTCOME_KINDS]
    rows = tuple(tuple(kinds[i:i + 2]) for i in range(0, len(kinds), 2))
    return Transition({"flow": FLOW, "step": "kind", "client": client.id},
                      (_send(ctx, "outcomes-ask-kind", rows, alias=client.alias),))


def _send(ctx: Context, key: str, rows: Rows = (), **args: Any) -> Send:
    return Send(key, args, person_id=ctx.person_id, buttons=(*rows, _CANCEL))


def _today(ctx: Context) -> date:
    """The organisation's calendar day."""
    return ctx.now.astimezone(zone(ctx.default_timezone)).date()


def typed_day(text: str, now: datetime, timezone: str) -> date | None:
    """A typed date of something that happened: today or earlier. A day and month without
    a year that would lie ahead means last year's."""
    moment = parse_when(text, now, timezone)
    day = moment.date() if isinstance(moment, datetime) else moment
    today = now.astimezone(zone(timezone)).date()
    if day is not None and day > today and _DAY_MONTH.search(text):
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            day = day.replace(year=day.year - 1, day=28)
    return day if day is not None and day <= today else None


def on_outcome_event(ctx: Context, event: Event) -> Transition:
    state = dict(ctx.state or {})
    client = ctx.outcomes.client
    if client is None or client.id != state.get("client"):
        return Transition(None, (reply(ctx, "button-expired"),))
    step = str(state.get("step"))
    if isinstance(event, Button):
        press = event.press
        if isinstance(press, OutcomeStep) and press.step == "cancel":
            return Transition(None, (reply(ctx, "cancelled"),))
        if not isinstance(press, OutcomeStep) or press.step != step:
            return buttons_expired(ctx)
        return _on_step(ctx, state, client, press.value)
    if isinstance(event, Text) and step == "date":
        day = typed_day(event.text, ctx.now, ctx.default_timezone)
        if day is None:
            return Transition(state, (reply(ctx, "outcomes-date-unreadable"),))
        return _dated(ctx, state, client, day)
    if isinstance(event, Text) and step == "country":
        code = event.text.strip().upper()
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            return Transition(state, (reply(ctx, "outcomes-country-invalid"),))
        return _next(ctx, {**state, "country": code}, client)
    return use_buttons(ctx)


def _on_step(ctx: Context, state: dict[str, Any], client: Person, value: str) -> Transition:
    step = state["step"]
    if step == "kind":
        rows = ((Choice("outcomes-today-button", OutcomeStep("date", "0")),
                 Choice("outcomes-yesterday-button", OutcomeStep("date", "1"))),)
        return Transition({**state, "step": "date", "kind": value},
                          (_send(ctx, "outcomes-ask-date", rows,
                                 kind={"$msg": f"outcomes-kind-{value}"}),))
    if step == "date":
        return _dated(ctx, state, client, _today(ctx) - timedelta(days=int(value)))
    if step == "country":
        if value == "other":
            return Transition(state, (_send(ctx, "outcomes-ask-country-code"),))
        return _next(ctx, {**state, "country": None if value == "skip" else value}, client)
    return _save(ctx, {**state, "aftercare": value == "yes"}, client)


def _dated(ctx: Context, state: dict[str, Any], client: Person, day: date) -> Transition:
    state = {**state, "on": day.isoformat()}
    if state["kind"] not in COUNTRY_KINDS:
        return _save(ctx, state, client)
    buttons = [Choice(f"outcomes-country-{c}-button", OutcomeStep("country", c))
               for c in COUNTRIES]
    rows = [tuple(buttons[i:i + 4]) for i in range(0, len(buttons), 4)]
    rows.append((Choice("outcomes-country-other-button", OutcomeStep("country", "other")),
                 Choice("outcomes-skip-button", OutcomeStep("country", "skip"))))
    return Transition({**state, "step": "country"},
                      (_send(ctx, "outcomes-ask-country", tuple(rows)),))


def _next(ctx: Context, state: dict[str, Any], client: Person) -> Transition:
    """After the country: a voluntary return asks about aftercare; the rest is saved."""
    if state["kind"] != "voluntary_return":
        return _save(ctx, state, client)
    rows = ((Choice("outcomes-yes-button", OutcomeStep("aftercare", "yes")),
             Choice("outcomes-no-button", OutcomeStep("aftercare", "no"))),)
    return Transition({**state, "step": "aftercare"},
                      (_send(ctx, "outcomes-ask-aftercare", rows, alias=client.alias),))


def _save(ctx: Context, state: dict[str, Any], client: Person) -> Transition:
    kind, country, aftercare = state["kind"], state.get("country"), state.get("aftercare")
    rows: list[tuple[Choice, ...]] = [(Choice("outcomes-remove-button", OutcomeRemove(
        "ask", client.id, New("outcome")), {"date": state["on"],
                                            "kind": {"$msg": f"outcomes-kind-{kind}"}}),)]
    follow: dict[str, Any] | None = None
    if aftercare:  # offer /aftercare, as its own first step offers the client
        rows.insert(0, (Choice("outcomes-start-aftercare-button", CareClient("client", client.id)),
                        Choice("outcomes-not-now-button", CareStep("cancel", "0"))))
        follow = {"flow": "aftercare", "step": "client"}
    hint = "close" if kind == "case_closed" else ("aftercare" if aftercare else "none")
    return Transition(follow, (
        AddOutcome(client.id, kind, date.fromisoformat(state["on"]), country, aftercare),
        Log("outcome", client.id, text=kind),
        Send("outcomes-recorded", {
            "alias": client.alias, "kind": {"$msg": f"outcomes-kind-{kind}"},
            "date": state["on"], "country": country_arg(country),
            "hint": hint}, person_id=ctx.person_id, buttons=tuple(rows), priority="low"),
    ))


def on_remove(ctx: Context, button: Button) -> Transition:
    press = button.press
    client = ctx.outcomes.client
    assert isinstance(press, OutcomeRemove)
    found = [o for o in ctx.outcomes.outcomes if o.id == press.outcome]
    if client is None or client.id != press.id or not found:
        return Transition(ctx.state, (_answer(ctx, button, press, "outcomes-remove-gone"),))
    outcome, me = found[0], ctx.person
    assert me is not None
    if me.role != "admin" and outcome.created_by != me.id:
        return Transition(ctx.state, (reply(ctx, "outcomes-remove-not-yours"),))
    args = {"alias": client.alias, "date": outcome.on.isoformat(),
            "kind": {"$msg": f"outcomes-kind-{outcome.kind}"}}
    if press.action == "ask":
        rows = ((Choice("outcomes-remove-yes-button", OutcomeRemove("yes", client.id,
                                                                     outcome.id)),
                 Choice("outcomes-remove-keep", OutcomeRemove("no", client.id, outcome.id))),)
        return Transition(ctx.state, (Send("outcomes-remove-ask", args,
                                           person_id=ctx.person_id, buttons=rows),))
    if press.action == "no":
        return Transition(ctx.state, (_answer(ctx, button, press, "outcomes-remove-kept",
                                              **args),))
    effects: list[Effect] = [DeleteOutcome(outcome.id),
                             Log("outcome-removed", client.id, text=outcome.kind),
                             _answer(ctx, button, press, "outcomes-removed", **args)]
    return Transition(ctx.state, tuple(effects))


def _answer(ctx: Context, button: Button, press: OutcomeRemove, key: str, **args: Any
            ) -> Effect:
    """The yes/no question is replaced by its answer; anything else is said anew."""
    if button.message_id is not None and press.action != "ask":
        return Edit(button.message_id, key, args)
    return reply(ctx, key, **args)
