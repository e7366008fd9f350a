"""/aftercare: a casemanager plans check-ins after a return; /voice records questions."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, Literal, cast

from flows.aftercare.buttons import (
    CareChoice,
    CareClient,
    CarePlan,
    CareStep,
    Domain,
    VoiceLanguage,
    VoiceQuestion,
)
from flows.aftercare.checkin import DOMAINS
from flows.appointments.reminders import client_time
from flows.core.buttons import ButtonData
from flows.core.common import LANGUAGE_NAMES, buttons_expired, reply, use_buttons
from flows.core.context import LANGUAGES, Context
from flows.core.effects import (
    Choice,
    CreatePlan,
    Effect,
    Log,
    ReplaceCheckins,
    Send,
    SetQuestionVoice,
    Transition,
    UpdatePerson,
    UpdatePlan,
)
from flows.core.events import Button, Command, Event, Media, Text
from flows.model import Person
from flows.onboarding.buttons import LanguageCode
from flows.onboarding.newclient import COUNTRY_ZONES
from flows.time.when import parse_when
from flows.time.zones import zone

__all__ = ["DEFAULT_DAYS", "on_aftercare", "on_aftercare_event", "on_voice", "on_voice_event",
           "schedule"]

DEFAULT_DAYS = (3, 7, 14, 30, 60, 90, 180, 365)
_HOURS = (10, 12, 14, 16, 18)
_COUNTRIES = ("MA", "DZ", "TN")
_QUESTIONS: tuple[Domain | Literal["other"], ...] = (*DOMAINS, "other")
_CANCEL = (Choice("appointment-cancel-button", CareStep("cancel", "0")),)


def schedule(return_date: date, days: tuple[int, ...], hour: int, timezone: str,
             now: datetime) -> tuple[tuple[int, datetime], ...]:
    """(day, due time) for every day still ahead, at the client's preferred local hour."""
    due = []
    for day in sorted(set(days)):
        local = return_date + timedelta(days=day)
        moment = datetime(local.year, local.month, local.day, hour, tzinfo=zone(timezone))
        if moment > now:
            due.append((day, moment))
    return tuple(due)


def _send(ctx: Context, key: str, rows: tuple[tuple[Choice, ...], ...] = (), **args: Any
          ) -> Send:
    return Send(key, args, person_id=ctx.person_id, buttons=(*rows, _CANCEL))


def _client(ctx: Context, state: dict[str, Any]) -> Person | None:
    return next((p for p in ctx.caseload if p.id == state.get("client")), None)


def on_aftercare(ctx: Context, command: Command) -> Transition:
    wanted = command.arg.strip().casefold()
    found = [p for p in ctx.caseload if wanted and wanted in p.alias.casefold()]
    if len(found) == 1:
        return _picked(ctx, {"flow": "aftercare"}, found[0])
    if not ctx.caseload:
        return Transition(None, (reply(ctx, "appointment-no-clients"),))
    rows = tuple((Choice("appointment-client-button", CareClient("client", p.id),
                         {"alias": p.alias}),) for p in ctx.caseload[:8])
    return Transition({"flow": "aftercare", "step": "client"},
                      (_send(ctx, "aftercare-ask-client", rows),))


def _picked(ctx: Context, state: dict[str, Any], client: Person) -> Transition:
    state = {**state, "client": client.id}
    plan = ctx.care.plan
    plan = plan if plan is not None and plan.client_id == client.id else None
    if plan is None:
        rows = (tuple(Choice("aftercare-day-button", CareChoice("returned", str(n)),
                             {"days_ago": n}) for n in (0, 1, 2)),)
        return Transition({**state, "step": "returned"},
                          (_send(ctx, "aftercare-ask-return", rows, alias=client.alias),))
    action: Literal["resume", "pause"] = "resume" if plan.status == "paused" else "pause"
    rows = ((Choice(f"aftercare-{action}-button", CarePlan(action, plan.id)),
             Choice("aftercare-edit-button", CarePlan("edit", plan.id)),
             Choice("aftercare-end-button", CarePlan("end", plan.id))),)
    upcoming = [c for c in ctx.care.checkins if c.status == "scheduled"]
    return Transition({**state, "step": "manage", "plan": plan.id}, (_send(
        ctx, "aftercare-plan", rows, alias=client.alias, status=plan.status,
        days=", ".join(map(str, plan.days)), returned={"$date": plan.return_date},
        next=client_time(upcoming[0].due_at, client.timezone)
        if upcoming else "–"),))


def on_aftercare_event(ctx: Context, event: Event) -> Transition:
    state = dict(ctx.state or {})
    step = state.get("step")
    client = _client(ctx, state)
    if isinstance(event, Button):
        press = event.press
        if isinstance(press, CareStep) and press.action == "cancel":
            return Transition(None, (reply(ctx, "cancelled"),))
        if isinstance(press, CareClient) and step == "client":
            picked = _client(ctx, {"client": press.id})
            return _picked(ctx, state, picked) if picked else buttons_expired(ctx)
        if client is None:
            return buttons_expired(ctx)
        return _on_button(ctx, state, client, str(step), press)
    if isinstance(event, Text) and client is not None:
        return _on_text(ctx, state, client, str(step), event.text)
    return use_buttons(ctx)


def _on_button(ctx: Context, state: dict[str, Any], client: Person, step: str,
               press: ButtonData | None) -> Transition:
    """A press of this flow's step (the codec checked its value); any other has expired."""
    if isinstance(press, CareChoice) and press.action == "returned" and step == "returned":
        today = ctx.now.astimezone(zone(client.timezone)).date()
        return _ask_country(ctx, {**state, "returned": (today - timedelta(int(press.value)))
                                  .isoformat()})
    if isinstance(press, CareChoice) and press.action == "country" and step == "country":
        rows = (tuple(Choice("aftercare-hour-button", CareChoice("hour", str(h)), {"hour": h})
                      for h in _HOURS),)
        return Transition({**state, "step": "hour", "country": press.value},
                          (_send(ctx, "aftercare-ask-hour", rows),))
    if isinstance(press, CareChoice) and press.action == "hour" and step == "hour":
        return _ask_days(ctx, {**state, "hour": int(press.value), "step": "days"})
    if isinstance(press, CareStep) and press.action == "days" and step in ("days", "edit"):
        return _on_text(ctx, state, client, step, ",".join(map(str, DEFAULT_DAYS)))
    plan = ctx.care.plan
    if not isinstance(press, CarePlan) or plan is None or plan.id != press.id \
            or step != "manage":
        return buttons_expired(ctx)
    if press.action == "edit":
        return _ask_days(ctx, {**state, "step": "edit"})
    action = press.action
    status = {"pause": "paused", "resume": "active", "end": "ended"}[action]
    effects: list[Effect] = [UpdatePlan(plan.id, {"status": status}),
                             Log(f"aftercare-{action}", client.id)]
    if action == "end":
        effects.append(ReplaceCheckins(plan.id, client.id, ()))
    effects.append(reply(ctx, f"aftercare-{action}-done", alias=client.alias))
    return Transition(None, tuple(effects))


def _ask_country(ctx: Context, state: dict[str, Any]) -> Transition:
    rows = tuple((Choice(f"country-{c}", CareChoice("country", c)),) for c in _COUNTRIES)
    return Transition({**state, "step": "country"},
                      (_send(ctx, "aftercare-ask-country", rows),))


def _ask_days(ctx: Context, state: dict[str, Any]) -> Transition:
    rows = ((Choice("aftercare-default-days-button", CareStep("days", "default"),
                    {"days": ", ".join(map(str, DEFAULT_DAYS))}),),)
    return Transition(state, (_send(ctx, "aftercare-ask-days", rows),))


def _on_text(ctx: Context, state: dict[str, Any], client: Person, step: str, text: str
             ) -> Transition:
    if step == "returned":
        moment = parse_when(text, ctx.now, client.timezone)
        day = moment.date() if isinstance(moment, datetime) else moment
        if day is None or day > ctx.now.date() + timedelta(days=1):
            return Transition(state, (reply(ctx, "aftercare-date-unreadable"),))
        return _ask_country(ctx, {**state, "returned": day.isoformat()})
    if step in ("days", "edit"):
        parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
        if not parts or not all(p.isdigit() and 0 < int(p) <= 730 for p in parts):
            return Transition(state, (reply(ctx, "aftercare-days-invalid"),))
        days = tuple(sorted({int(p) for p in parts}))
        if step == "edit" and ctx.care.plan is not None:
            plan = ctx.care.plan
            due = schedule(date.fromisoformat(plan.return_date), days, plan.local_hour,
                           client.timezone, ctx.now)
            return Transition(None, (UpdatePlan(plan.id, {"days": days}),
                                     ReplaceCheckins(plan.id, client.id, due),
                                     Log("aftercare-edited", client.id),
                                     reply(ctx, "aftercare-saved", alias=client.alias,
                                           count=len(due))))
        return _save(ctx, state, client, days)
    return use_buttons(ctx)


def _save(ctx: Context, state: dict[str, Any], client: Person, days: tuple[int, ...]
          ) -> Transition:
    timezone = COUNTRY_ZONES[state["country"]]
    due = schedule(date.fromisoformat(state["returned"]), days, int(state["hour"]), timezone,
                   ctx.now)
    return Transition(None, (
        UpdatePerson(client.id, {"country": state["country"], "timezone": timezone}),
        CreatePlan(client.id, state["returned"], state["country"], int(state["hour"]), days,
                   due),
        Log("aftercare-planned", client.id),
        reply(ctx, "aftercare-saved", alias=client.alias, count=len(due)),
    ))


def on_voice(ctx: Context, _: Command) -> Transition:
    rows = tuple((Choice(f"checkin-question-{q}", VoiceQuestion("question", q)),)
                 for q in _QUESTIONS)
    return Transition({"flow": "voice", "step": "question"},
                      (Send("voice-ask-question", person_id=ctx.person_id, buttons=rows),))


def on_voice_event(ctx: Context, event: Event) -> Transition:
    state = dict(ctx.state or {})
    if isinstance(event, Button):
        press = event.press
        if isinstance(press, VoiceQuestion) and state.get("step") == "question":
            rows = tuple((Choice("language-name",
                                 VoiceLanguage("language", cast(LanguageCode, code)),
                                 literal=LANGUAGE_NAMES[code]),) for code in LANGUAGES)
            return Transition({**state, "step": "language", "question": press.question},
                              (Send("voice-ask-language", person_id=ctx.person_id,
                                    buttons=rows),))
        if isinstance(press, VoiceLanguage) and state.get("step") == "language":
            return Transition({**state, "step": "record", "language": press.code},
                              (reply(ctx, "voice-ask-recording"),))
        return buttons_expired(ctx)
    if isinstance(event, Media) and event.kind in ("voice", "audio") and \
            state.get("step") == "record":
        return Transition(None, (
            SetQuestionVoice(str(state["question"]), str(state["language"]), event.file_id),
            Log("question-voice-recorded", ctx.person_id),
            reply(ctx, "voice-saved")))
    return Transition(state, (reply(ctx, "voice-ask-recording"),))
