"""The check-in: a short conversation in the client's language, and no one lost from sight."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from flows.aftercare.buttons import CheckinAnswer, CheckinControl, Domain
from flows.alerts.cards import new_alert
from flows.alerts.help_now import acknowledge
from flows.alerts.inbox import alert_about, flags_of, on_client_message, relay, text_of
from flows.core.context import Context
from flows.core.effects import (
    AddCheckinAnswer,
    CancelTimers,
    Choice,
    Effect,
    Log,
    Send,
    SendVoice,
    SetTimer,
    Transition,
    UpdateCheckin,
)
from flows.core.events import Button, Edited, Event, Location, Media, Text, Tick
from flows.model import Answer, Checkin, Person
from flows.time.when import QUIET_END, QUIET_START
from flows.time.zones import zone

__all__ = ["DOMAINS", "LEVEL_ICONS", "on_checkin_event", "on_checkin_tick", "summary"]

DOMAINS: tuple[Domain, ...] = ("mood", "health", "housing", "income", "network", "papers")
WORST = {"mood": 0, "health": 0, "housing": 0, "income": 0, "network": 0, "papers": 0}
LEVEL_ICONS = {"mood": ("🆘", "😟", "🙂", "😀"), "other": ("🟥", "🟨", "🟩")}
_DOMAIN_ICONS = {"mood": "", "health": "🩺", "housing": "🏠", "income": "💶", "network": "👪",
                 "papers": "📄"}
REMINDERS = (timedelta(hours=24), timedelta(hours=72))
LOST_AFTER = timedelta(hours=96)
_TIMERS = ("checkin-remind1", "checkin-remind2", "checkin-lost")


def summary(answers: list[Answer] | tuple[Answer, ...]) -> str:
    """The answers of one check-in as icons, readable in any language."""
    parts = []
    for answer in answers:
        if answer.domain in _DOMAIN_ICONS and answer.level is not None:
            icons = LEVEL_ICONS.get(answer.domain, LEVEL_ICONS["other"])
            parts.append(f"{_DOMAIN_ICONS[answer.domain]}{icons[answer.level]}")
    return " ".join(parts)


def _question(ctx: Context, client: Person, checkin_id: int, domain: Domain) -> list[Effect]:
    levels = 4 if domain == "mood" else 3
    buttons = tuple((Choice(f"checkin-{domain}-{level}",
                            CheckinAnswer(checkin_id, domain, level)),)
                    for level in reversed(range(levels)))
    effects: list[Effect] = []
    if domain in ctx.care.question_voices:
        effects.append(SendVoice(client.id, ctx.care.question_voices[domain]))
    effects.append(Send(f"checkin-ask-{domain}", _numbered(domain), person_id=client.id,
                        buttons=buttons))
    return effects


def _numbered(domain: str) -> dict[str, object]:
    """"Question 2 of 7": the neutral first line of every question (the last is "other")."""
    total = len(DOMAINS) + 1
    return {"n": DOMAINS.index(domain) + 1 if domain in DOMAINS else total, "total": total}


def _answerable(ctx: Context, checkin: Checkin | None) -> bool:
    if checkin is None or checkin.status not in ("sent", "missed"):
        return False
    later = [c for c in ctx.care.checkins if c.due_at > checkin.due_at and c.status != "cancelled"]
    return not later or ctx.now < min(c.due_at for c in later)


def on_checkin_event(ctx: Context, event: Event) -> Transition:
    client, checkin = ctx.person, ctx.care.checkin
    if client is None:
        return Transition(None, ())
    message = isinstance(event, Text | Edited | Media | Location)
    if not _answerable(ctx, checkin) or checkin is None:
        if message:  # never swallowed: it was meant for someone
            return on_client_message(replace(ctx, state=None), event)
        return Transition(None, (Send("checkin-closed", person_id=client.id),))
    if isinstance(event, Button):
        press = event.press
        if isinstance(press, CheckinControl) and press.action == "skip":
            return _finish(ctx, client, checkin, None)
        if isinstance(press, CheckinControl) and press.action == "start":
            return Transition({"flow": "checkin", "checkin": checkin.id, "step": "domains"},
                              tuple(_question(ctx, client, checkin.id, "mood")))
        if isinstance(press, CheckinAnswer):  # its level is in range: the codec checked it
            return _on_level(ctx, client, checkin, press.domain, press.level)
        return Transition(ctx.state, (Send("reask-use-buttons", person_id=client.id),))
    if (ctx.state or {}).get("step") == "other" and isinstance(event, Text | Edited | Media):
        return _finish(ctx, client, checkin, event)
    if message:  # written while a question waits for its buttons: a message, delivered
        delivered = on_client_message(replace(ctx, state=None), event, ask=False)
        return Transition(ctx.state, delivered.effects)
    return Transition(ctx.state, (Send("reask-use-buttons", person_id=client.id),))


def _on_level(ctx: Context, client: Person, checkin: Checkin, domain: Domain, level: int
              ) -> Transition:
    effects: list[Effect] = [AddCheckinAnswer(checkin.id, client.id, domain, level),
                             Log(f"checkin-answer-{domain}", client.id)]
    previous = [a for a in ctx.care.answers if a.domain == domain and a.checkin_id != checkin.id]
    worse = previous and previous[-1].level is not None and previous[-1].level - level >= 2
    if level <= (1 if domain == "mood" else WORST[domain]) or worse:
        effects += _alert(ctx, client, checkin, domain, level)
    if domain == "mood" and level == 0:  # "I need help": told that help is being asked for
        effects.append(acknowledge(client))
    following = DOMAINS.index(domain) + 1
    if following < len(DOMAINS):
        effects += _question(ctx, client, checkin.id, DOMAINS[following])
        return Transition({"flow": "checkin", "checkin": checkin.id, "step": "domains"},
                          tuple(effects))
    skip = ((Choice("checkin-skip-button", CheckinControl(checkin.id, "skip")),),)
    effects.append(Send("checkin-ask-other", _numbered("other"), person_id=client.id,
                        buttons=skip))
    return Transition({"flow": "checkin", "checkin": checkin.id, "step": "other"},
                      tuple(effects))


def _alert(ctx: Context, client: Person, checkin: Checkin, domain: str, level: int,
           event: Event | None = None, severity: str | None = None) -> list[Effect]:
    """Bad, need help, the worst level, two levels down, or a worrying free text: the
    casemanager hears of it, with the answers as icons and the client's own words."""
    urgent = (domain == "mood" and level == 0) or severity == "urgent"
    answers = [a for a in ctx.care.answers if a.checkin_id == checkin.id]
    line = summary([*answers, Answer(checkin.id, domain, level, ctx.now)])
    words = text_of(event) if event is not None else None
    if words:
        line = f"{line} · {words}" if line else words
    return alert_about(ctx, client, event if event is not None else Text(line), "checkin",
                       (f"checkin_{domain}",), "urgent" if urgent else "normal", line=line)


def _finish(ctx: Context, client: Person, checkin: Checkin, event: Event | None
            ) -> Transition:
    """The answer to "anything else?" (or skip). Its words reach the casemanager: on an alert
    card if they worry, else as a message under a check-in header."""
    text = None if event is None else text_of(event)
    media = event.kind if isinstance(event, Media) else "text"
    effects: list[Effect] = [
        AddCheckinAnswer(checkin.id, client.id, "other", None,
                         text or (f"[{media}]" if event is not None else None)),
        UpdateCheckin(checkin.id, {"status": "answered", "answered_at": ctx.now}),
        *[CancelTimers(kind, checkin.id) for kind in _TIMERS],
        Log("checkin-answered", client.id),
        Send("checkin-thanks", person_id=client.id),
    ]
    if event is None:
        return Transition(None, tuple(effects))
    flags = flags_of(ctx, text)
    if flags is not None and flags.flagged:
        effects += _alert(ctx, client, checkin, "other", 0, event, flags.severity)
    elif ctx.alerts.alert is not None and ctx.alerts.alert.status != "resolved":
        effects += alert_about(ctx, client, event, "checkin", (), "normal")
    else:
        effects += relay(ctx, client, event, "casemanager-checkin-other", collect=False)
    return Transition(None, tuple(effects))


def _quiet(moment: datetime, timezone: str) -> datetime | None:
    """If `moment` is in the client's quiet hours, the next 08:00 local; else None."""
    local = moment.astimezone(zone(timezone))
    if QUIET_END <= local.time() < QUIET_START:
        return None
    day = local if local.time() < QUIET_END else local + timedelta(days=1)
    return day.replace(hour=QUIET_END.hour, minute=0, second=0, microsecond=0)


def on_checkin_tick(ctx: Context, tick: Tick) -> Transition:
    checkin, client, plan = ctx.care.checkin, ctx.care.client, ctx.care.plan
    if checkin is None or client is None or plan is None:
        return Transition(None, ())
    later = _quiet(ctx.now, client.timezone)
    if later is not None and tick.kind != "checkin-lost":
        return Transition(None, (SetTimer(tick.kind, checkin.id, later),))
    if tick.kind == "checkin-due":
        return _due(ctx, client, checkin, plan.status)
    if checkin.status != "sent":
        return Transition(None, ())
    if tick.kind == "checkin-lost":
        return _lost(ctx, client, checkin)
    second = tick.kind == "checkin-remind1"
    sent_at = checkin.sent_at or ctx.now
    nxt = SetTimer("checkin-remind2", checkin.id, sent_at + REMINDERS[1]) if second else \
        SetTimer("checkin-lost", checkin.id, sent_at + LOST_AFTER)
    return Transition(None, (Log("checkin-reminder", client.id),
                             Send("checkin-reminder", person_id=client.id,
                                  buttons=((Choice("checkin-start-button",
                                                   CheckinControl(checkin.id, "start")),),)),
                             nxt))


def _due(ctx: Context, client: Person, checkin: Checkin, plan_status: str) -> Transition:
    if checkin.status != "scheduled":
        return Transition(None, ())
    if plan_status != "active":
        return Transition(None, (UpdateCheckin(checkin.id, {"status": "cancelled"}),))
    earlier = [UpdateCheckin(c.id, {"status": "missed"}) for c in ctx.care.checkins
               if c.due_at < checkin.due_at and c.status == "sent"]
    return Transition(None, (
        *earlier,
        UpdateCheckin(checkin.id, {"status": "sent", "sent_at": ctx.now}),
        Log("checkin-sent", client.id),
        Send("checkin-hello", person_id=client.id),
        *_question(ctx, client, checkin.id, "mood"),
        SetTimer("checkin-remind1", checkin.id, ctx.now + REMINDERS[0]),
    ))


def _lost(ctx: Context, client: Person, checkin: Checkin) -> Transition:
    return Transition(None, (
        UpdateCheckin(checkin.id, {"status": "missed"}),
        Log("lost-contact", client.id),
        *new_alert(ctx, client, "checkin", ("lost_contact",), "normal"),
    ))
