"""Appointments and aftercare check-ins as transition tables: (state, event) -> state and effects.

Every button is built from its typed kind and sent as the wire string the client would send
back, so that a row tests the codec and the flow together. The rows belong to the presser
(the casemanager's own client, the client's own appointment and check-in).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from flows import Transition, step
from flows.aftercare.buttons import (
    CareChoice,
    CareClient,
    CarePlan,
    CareStep,
    CheckinAnswer,
    CheckinControl,
    Domain,
    VoiceLanguage,
    VoiceQuestion,
)
from flows.appointments.buttons import (
    ApptAnswer,
    ApptClient,
    ApptDay,
    ApptKind,
    ApptManage,
    ApptPlace,
    ApptReminder,
    ApptStep,
    ApptTime,
    MoveClient,
    MoveCountry,
)
from flows.appointments.create import on_appointment_event
from flows.core.buttons import ButtonData
from flows.core.context import Context
from flows.core.effects import (
    AddAlertMessage,
    AddCheckinAnswer,
    Audit,
    CancelOutbox,
    CancelTimers,
    CreateAlert,
    CreateAppointment,
    CreatePlan,
    Effect,
    Log,
    New,
    Ref,
    ReplaceCheckins,
    Send,
    SetTimer,
    UpdateAppointment,
    UpdateCheckin,
    UpdatePerson,
    UpdatePlan,
)
from flows.core.events import Button, Command, Event, Text, Tick
from flows.model import Answer, Appointment, Checkin, NamedRow, Place, Plan
from flows.street.context import StreetView
from tests.unit.factories import CASEMANAGER_ID, NOW, amend, context, person

CASEMANAGER = person("casemanager")
CLIENT = person("client")  # in Amsterdam (12:00 local at NOW), casemanager #2
CLIENT_ID = CLIENT.id
STARTS = datetime(2026, 11, 24, 13, 30, tzinfo=NOW.tzinfo)  # Tuesday 14:30 in Amsterdam
APPOINTMENT = Appointment(7, CLIENT_ID, CASEMANAGER_ID, "doctor", STARTS, CLIENT.timezone,
                          (1440, 120), place="Huisarts")
PLACE = Place(4, "Utrecht Centraal", 52.0894, 5.11)


def press(data: ButtonData) -> Button:
    """A tap on a button the bot sent with this typed data: its wire string comes back."""
    return Button(data.encode(), message_id=42)


def ref(value: Ref) -> str:
    return f"{value.kind}:{'new' if isinstance(value.id, New) else value.id}"


def subject(value: int | New) -> str:
    return f"new-{value.kind}" if isinstance(value, New) else f"#{value}"


def describe(effect: Effect) -> str:
    """One readable line per effect, so that a row of a table states the whole outcome."""
    match effect:
        case Send(key=key, person_id=pid, chat_id=chat, due_at=due):
            return f"send {key} to {f'#{pid}' if pid is not None else f'chat:{chat}'}" + (
                " later" if due is not None else "")
        case Log(kind=kind):
            return f"log {kind}"
        case CreateAppointment(client_id=cid, kind=kind, reminders=reminders):
            return f"create-appointment #{cid} {kind} {reminders}"
        case UpdateAppointment(appointment_id=aid, fields=fields):
            return f"update-appointment {subject(aid)} {','.join(sorted(fields))}"
        case CancelOutbox(ref=what):
            return f"cancel-outbox {ref(what)}"
        case CancelTimers(kind=kind, subject=sid):
            return f"cancel-timers {kind} #{sid}"
        case SetTimer(kind=kind, subject=sid):
            return f"timer {kind} {subject(sid)}"
        case CreateAlert(severity=severity, categories=categories):
            return f"alert {severity} {','.join(categories)}"
        case AddAlertMessage(direction=direction):
            return f"alert-message {direction}"
        case AddCheckinAnswer(domain=domain, level=level, text=text):
            return f"answer {domain}={level}" + (f" {text!r}" if text else "")
        case UpdateCheckin(checkin_id=cid, fields=fields):
            return f"update-checkin #{cid} {fields.get('status')}"
        case UpdatePerson(person_id=pid, fields=fields):
            return f"update #{pid} {' '.join(f'{k}={v}' for k, v in sorted(fields.items()))}"
        case CreatePlan(client_id=cid, country=country, local_hour=hour, days=days):
            return f"create-plan #{cid} {country} {hour}h {days}"
        case UpdatePlan(plan_id=pid, fields=fields):
            return f"update-plan #{pid} {dict(fields)}"
        case ReplaceCheckins(plan_id=pid, checkins=due):
            return f"replace-checkins #{pid} {len(due)}"
        case Audit(action=action, person_id=pid):
            return f"audit {action} #{pid}"
    raise AssertionError(f"unexpected effect {effect!r}")


def outcome(transition: Transition) -> list[str]:
    return [describe(effect) for effect in transition.effects]


def sends(transition: Transition) -> list[Send]:
    return [effect for effect in transition.effects if isinstance(effect, Send)]


def buttons_of(send: Send) -> list[ButtonData]:
    return [choice.data for row in send.buttons for choice in row]


@dataclass(frozen=True)
class Row:
    """One transition: in which state, what happened -> new state and effects (in order)."""

    state: dict[str, Any] | None
    event: Event
    new_state: dict[str, Any] | None
    effects: list[str]
    extra: dict[str, Any] = field(default_factory=dict)


def loaded(ctx: Context, event: Event) -> Context:
    """The context as the loader fills it for a press: the row the button names, found and
    belonging to the presser (the client themselves, or the casemanager's own client)."""
    data = event.press if isinstance(event, Button) else None
    if data is None or data.ROW is None or data.row_id is None:
        return ctx
    owner = None if data.ROW == "place" else CLIENT  # places are the team's
    return replace(ctx, named=NamedRow(data.ROW, data.row_id, client=owner))


def tap(ctx: Context, event: Event) -> Transition:
    return step(loaded(ctx, event), event)


def run(row: Row, ctx: Context) -> None:
    transition = tap(amend(ctx, state=row.state, **row.extra), row.event)
    assert outcome(transition) == row.effects
    assert transition.state == row.new_state


# -- /appointment: a casemanager plans one, step by step ------------------------------------

STAFF = context(CASEMANAGER, caseload=(CLIENT,), street=StreetView(places=(PLACE,)))
ME = f"#{CASEMANAGER_ID}"
EXPIRED = [f"send button-expired to {ME}"]


def planning(step_name: str, **fields: Any) -> dict[str, Any]:
    return {"flow": "appointment", "step": step_name, **fields}


PICKED = {"client": CLIENT_ID, "kind": "doctor"}
TIMED = {**PICKED, "day": "2026-11-24", "starts": "2026-11-24T14:30:00+01:00"}
NOTED = {**TIMED, "place": "Utrecht Centraal", "pin": [52.0894, 5.11], "note": None}
CONFIRMING = planning("confirm", **NOTED, reminders=[1440, 120])

APPOINTMENT_ROWS = {
    "/appointment asks for the client": Row(
        None, Command("appointment"), planning("client"),
        [f"send appointment-ask-client to {ME}"]),
    "/appointment with a unique alias skips to the kind": Row(
        None, Command("appointment", "client"), planning("kind", client=CLIENT_ID),
        [f"send appointment-ask-kind to {ME}"]),
    "/appointment with an unknown alias": Row(
        None, Command("appointment", "nobody"), planning("client"),
        [f"send appointment-client-not-found to {ME}"]),
    "client button -> kind": Row(
        planning("client"), press(ApptClient("client", CLIENT_ID)),
        planning("kind", client=CLIENT_ID), [f"send appointment-ask-kind to {ME}"]),
    "kind button -> day": Row(
        planning("kind", client=CLIENT_ID), press(ApptKind("kind", "doctor")),
        planning("day", **PICKED), [f"send appointment-ask-day to {ME}"]),
    "day button -> time": Row(
        planning("day", **PICKED), press(ApptDay("day", date(2026, 11, 24))),
        planning("time", **PICKED, day="2026-11-24"), [f"send appointment-ask-time to {ME}"]),
    "typed day and time -> place": Row(
        planning("day", **PICKED), Text("24-11 14:30"),
        planning("place", **PICKED, starts="2026-11-24T14:30:00+01:00"),
        [f"send appointment-ask-place to {ME}"]),
    "time button -> place": Row(
        planning("time", **PICKED, day="2026-11-24"), press(ApptTime("time", "1430")),
        planning("place", **TIMED), [f"send appointment-ask-place to {ME}"]),
    "a time already past": Row(
        planning("time", **PICKED, day="2026-11-22"), press(ApptTime("time", "0900")),
        planning("time", **PICKED, day="2026-11-22"), [f"send appointment-date-past to {ME}"]),
    "saved place -> note": Row(
        planning("place", **TIMED), press(ApptPlace("place", PLACE.id)),
        planning("note", **TIMED, pin=[52.0894, 5.11], place="Utrecht Centraal"),
        [f"send appointment-ask-note to {ME}"]),
    "an unknown place has expired": Row(
        planning("place", **TIMED), press(ApptPlace("place", 99)),
        planning("place", **TIMED), EXPIRED),
    "typed place -> note": Row(
        planning("place", **TIMED), Text("  Consulaat,   Graadt van Roggenweg 1 "),
        planning("note", **TIMED, place="Consulaat, Graadt van Roggenweg 1"),
        [f"send appointment-ask-note to {ME}"]),
    "skip the place -> note": Row(
        planning("place", **TIMED), press(ApptStep("skip")),
        planning("note", **TIMED, place=None), [f"send appointment-ask-note to {ME}"]),
    "skip the note -> confirm with the kind's reminders": Row(
        planning("note", **TIMED, pin=[52.0894, 5.11], place="Utrecht Centraal"),
        press(ApptStep("skip")), CONFIRMING, [f"send appointment-confirm to {ME}"]),
    "a week ahead too": Row(
        CONFIRMING, press(ApptReminder("rem", 10080)),
        {**CONFIRMING, "reminders": [10080, 1440, 120]}, [f"send appointment-confirm to {ME}"]),
    "not the day before": Row(
        CONFIRMING, press(ApptReminder("rem", 1440)),
        {**CONFIRMING, "reminders": [120]}, [f"send appointment-confirm to {ME}"]),
    "save: the appointment, its reminders and the no-answer check": Row(
        CONFIRMING, press(ApptStep("save")), None,
        ["create-appointment #10 doctor (1440, 120)", "log appointment-created",
         f"send appointment-new-client to #{CLIENT_ID}",
         # a day and two hours before, each followed by the saved place's map pin
         *[f"send appointment-reminder to #{CLIENT_ID} later"] * 4,
         "timer appt-noanswer new-appointment", f"send appointment-saved to {ME}"]),
    "cancel at any step": Row(
        planning("time", **PICKED, day="2026-11-24"), press(ApptStep("cancel")), None,
        [f"send appointment-cancelled-flow to {ME}"]),
    # wrong-step presses: a button of an earlier question, or a finished conversation
    "an earlier question's button": Row(
        planning("time", **PICKED, day="2026-11-24"), press(ApptDay("day", date(2026, 11, 25))),
        planning("time", **PICKED, day="2026-11-24"), EXPIRED),
    "save before the confirmation": Row(
        planning("note", **TIMED), press(ApptStep("save")), planning("note", **TIMED), EXPIRED),
    "skip where nothing can be skipped": Row(
        planning("kind", client=CLIENT_ID), press(ApptStep("skip")),
        planning("kind", client=CLIENT_ID), EXPIRED),
    "a press after the conversation ended": Row(
        None, press(ApptTime("time", "1430")), None, EXPIRED),
    "text where a button is wanted": Row(
        planning("kind", client=CLIENT_ID), Text("doctor"), planning("kind", client=CLIENT_ID),
        [f"send reask-use-buttons to {ME}"]),
}


@pytest.mark.parametrize("row", APPOINTMENT_ROWS.values(), ids=APPOINTMENT_ROWS.keys())
def test_appointment_conversation(row: Row) -> None:
    run(row, STAFF)


def test_planning_buttons_carry_typed_data_in_the_old_wire_format() -> None:
    [places] = sends(tap(replace(STAFF, state=planning("time", **PICKED, day="2026-11-24")),
                          press(ApptTime("time", "1000"))))
    assert buttons_of(places) == [ApptPlace("place", PLACE.id), ApptStep("skip"),
                                  ApptStep("cancel")]
    assert [b.encode() for b in buttons_of(places)] == ["apptnew:place:4", "apptnew:skip:0",
                                                        "apptnew:cancel:0"]
    [days] = sends(tap(replace(STAFF, state=planning("kind", client=CLIENT_ID)),
                        press(ApptKind("kind", "embassy"))))
    first = buttons_of(days)[0]
    assert first == ApptDay("day", date(2026, 11, 22))
    assert first.encode() == "apptnew:day:2026-11-22"
    [times] = sends(tap(replace(STAFF, state=planning("day", **PICKED)), press(first)))
    assert [b.encode() for b in buttons_of(times)][:2] == ["apptnew:time:0900",
                                                           "apptnew:time:1000"]
    [toggles] = sends(tap(replace(STAFF, state=CONFIRMING), press(ApptReminder("rem", 120))))
    assert buttons_of(toggles) == [ApptReminder("rem", 10080), ApptReminder("rem", 1440),
                                   ApptReminder("rem", 120), ApptStep("save"),
                                   ApptStep("cancel")]


def test_a_new_appointment_is_named_by_its_handle_until_it_exists() -> None:
    saved = tap(replace(STAFF, state=CONFIRMING), press(ApptStep("save")))
    reminders = [s for s in sends(saved) if s.key == "appointment-reminder"]
    assert {s.ref for s in reminders} == {Ref("appt", New("appointment"))}
    with_buttons = [s for s in reminders if s.buttons]
    assert len(with_buttons) == 2 and all(s.location is None for s in with_buttons)
    assert buttons_of(with_buttons[0]) == [ApptAnswer(a, New("appointment"))
                                           for a in ("come", "cant", "call")]
    timers = [e for e in saved.effects if isinstance(e, SetTimer)]
    assert [t.subject for t in timers] == [New("appointment")]


def test_a_client_outside_the_caseload_has_expired() -> None:
    # the router refuses a foreign client's row before the flow runs; the flow, on its own,
    # still never plans for someone it was not given
    ctx = replace(STAFF, state=planning("client"))
    transition = on_appointment_event(ctx, press(ApptClient("client", 99)))
    assert outcome(transition) == EXPIRED and transition.state == planning("client")


@pytest.mark.parametrize("data", ["apptnew:time:2599", "apptnew:time:930",
                                  "apptnew:day:2026-02-30", "apptnew:kind:dentist",
                                  "apptnew:rem:60", "apptnew:client:x", "apptnew:skip"])
def test_malformed_planning_presses_decode_to_nothing_and_change_nothing(data: str) -> None:
    assert Button(data).press is None
    state = planning("time", **PICKED, day="2026-11-24")
    transition = tap(replace(STAFF, state=state), Button(data))
    assert transition.state == state
    assert all(isinstance(e, Send | Log) for e in transition.effects)
    assert [s.key for s in sends(transition)] == ["button-expired"]


# -- /appointments: move or cancel; /move: a client moves country ---------------------------

LISTED = amend(STAFF, upcoming=((APPOINTMENT, CLIENT),), appointment=APPOINTMENT,
                 appointment_client=CLIENT)
MOVING = planning("day", client=CLIENT_ID, kind="doctor", reschedule=APPOINTMENT.id)
MOVED_CONFIRM = planning("confirm", client=CLIENT_ID, kind="doctor",
                         reschedule=APPOINTMENT.id, day="2026-11-25",
                         starts="2026-11-25T10:00:00+01:00", reminders=[1440, 120])

LISTING_ROWS = {
    "/appointments lists them": Row(
        None, Command("appointments"), None, [f"send appointments-list to {ME}",
                                              f"audit read:appointments #{CLIENT_ID}"]),
    "/appointments for someone without any": Row(
        None, Command("appointments", "nobody"), None, [f"send appointments-none to {ME}"]),
    "cancel one": Row(
        None, press(ApptManage("cancel", APPOINTMENT.id)), None,
        ["update-appointment #7 status", "cancel-outbox appt:7",
         "cancel-timers appt-noanswer #7", "log appointment-cancelled",
         f"send appointment-cancelled-client to #{CLIENT_ID}",
         f"send appointment-cancelled-staff to {ME}"]),
    "move one: asks the new day": Row(
        None, press(ApptManage("move", APPOINTMENT.id)), MOVING,
        [f"send appointment-ask-day to {ME}"]),
    "a moved one's time goes straight to the confirmation": Row(
        {**MOVING, "step": "time", "day": "2026-11-25"}, press(ApptTime("time", "1000")),
        MOVED_CONFIRM, [f"send appointment-confirm to {ME}"]),
    "save the move: reminders withdrawn and scheduled anew": Row(
        MOVED_CONFIRM, press(ApptStep("save")), None,
        ["update-appointment #7 answer,reminders,starts_at", "log appointment-rescheduled",
         f"send appointment-moved-client to #{CLIENT_ID}", "cancel-outbox appt:7",
         "cancel-timers appt-noanswer #7",
         f"send appointment-reminder to #{CLIENT_ID} later",
         f"send appointment-reminder to #{CLIENT_ID} later", "timer appt-noanswer #7",
         f"send appointment-saved to {ME}"]),
    "cancel one already cancelled": Row(
        None, press(ApptManage("cancel", APPOINTMENT.id)), None, EXPIRED,
        {"appointment": replace(APPOINTMENT, status="cancelled")}),
    "move one already past": Row(
        None, press(ApptManage("move", APPOINTMENT.id)), None, EXPIRED,
        {"appointment": replace(APPOINTMENT, starts_at=NOW - timedelta(minutes=1))}),
    "/move asks for the client": Row(
        None, Command("move"), {"flow": "move", "step": "client"},
        [f"send move-ask-client to {ME}"]),
    "/move: the client -> the country": Row(
        {"flow": "move", "step": "client"}, press(MoveClient("client", CLIENT_ID)),
        {"flow": "move", "step": "country", "client": CLIENT_ID},
        [f"send move-ask-country to {ME}"]),
    "/move: the country -> zone and reminders anew": Row(
        {"flow": "move", "step": "country", "client": CLIENT_ID},
        press(MoveCountry("country", "MA")), None,
        [f"update #{CLIENT_ID} country=MA timezone=Africa/Casablanca", "log client-moved",
         "cancel-outbox appt:7", "cancel-timers appt-noanswer #7",
         f"send appointment-reminder to #{CLIENT_ID} later",
         f"send appointment-reminder to #{CLIENT_ID} later", "timer appt-noanswer #7",
         f"send move-done to {ME}"]),
    "/move: a country before the client": Row(
        {"flow": "move", "step": "client"}, press(MoveCountry("country", "MA")),
        {"flow": "move", "step": "client"}, EXPIRED),
    "/move: text where a button is wanted": Row(
        {"flow": "move", "step": "client"}, Text("Morocco"),
        {"flow": "move", "step": "client"}, [f"send reask-use-buttons to {ME}"]),
}


@pytest.mark.parametrize("row", LISTING_ROWS.values(), ids=LISTING_ROWS.keys())
def test_appointments_listing_and_moves(row: Row) -> None:
    run(row, LISTED)


def test_listed_appointments_have_typed_move_and_cancel_buttons() -> None:
    [listed] = sends(tap(LISTED, Command("appointments")))
    assert buttons_of(listed) == [ApptManage("move", 7), ApptManage("cancel", 7)]
    assert [b.encode() for b in buttons_of(listed)] == ["apptm:move:7", "apptm:cancel:7"]


def test_a_cancelled_appointment_withdraws_its_reminders_by_typed_ref() -> None:
    cancelled = tap(LISTED, press(ApptManage("cancel", 7)))
    assert CancelOutbox(Ref("appt", 7)) in cancelled.effects


# -- the client answers a reminder ----------------------------------------------------------

ME_CLIENT = f"#{CLIENT_ID}"
ANSWERING = context(CLIENT, appointment=APPOINTMENT, appointment_client=CLIENT)
TOO_LATE = [f"send appointment-answer-too-late to {ME_CLIENT}"]
ANSWERED = ["update-appointment #7 answer,answered_at", "cancel-timers appt-noanswer #7"]
CARD = [f"send alert-card to #{CASEMANAGER_ID}", "timer alert-escalate new-alert"]

ANSWER_ROWS = {
    "I'll come": Row(
        None, press(ApptAnswer("come", 7)), None,
        [*ANSWERED, "log appointment-answer-come", f"send appointment-thanks-come to {ME_CLIENT}",
         f"send appointment-answer-staff to #{CASEMANAGER_ID}"]),
    "I can't come: the casemanager gets an alert": Row(
        None, press(ApptAnswer("cant", 7)), None,
        [*ANSWERED, "log appointment-answer-cant", f"send appointment-thanks-cant to {ME_CLIENT}",
         f"send appointment-answer-staff to #{CASEMANAGER_ID}",
         "alert normal appointment_cant", *CARD]),
    "call me: the casemanager gets an alert": Row(
        None, press(ApptAnswer("call", 7)), None,
        [*ANSWERED, "log appointment-answer-call", f"send appointment-thanks-call to {ME_CLIENT}",
         f"send appointment-answer-staff to #{CASEMANAGER_ID}",
         "alert normal asks_contact", *CARD]),
    "an answer after the start": Row(
        None, press(ApptAnswer("come", 7)), None, TOO_LATE,
        {"now": STARTS + timedelta(minutes=5)}),
    "an answer to a cancelled appointment": Row(
        None, press(ApptAnswer("cant", 7)), None, TOO_LATE,
        {"appointment": replace(APPOINTMENT, status="cancelled")}),
    "an answer keeps the client's conversation": Row(
        {"flow": "checkin", "checkin": 5, "step": "other"}, press(ApptAnswer("come", 7)),
        {"flow": "checkin", "checkin": 5, "step": "other"},
        [*ANSWERED, "log appointment-answer-come", f"send appointment-thanks-come to {ME_CLIENT}",
         f"send appointment-answer-staff to #{CASEMANAGER_ID}"]),
}


@pytest.mark.parametrize("row", ANSWER_ROWS.values(), ids=ANSWER_ROWS.keys())
def test_client_answers_a_reminder(row: Row) -> None:
    run(row, ANSWERING)


def test_no_answer_an_hour_before_raises_an_alert() -> None:
    ctx = context(None, appointment=APPOINTMENT, appointment_client=CLIENT)
    transition = tap(ctx, Tick("appt-noanswer", APPOINTMENT.id))
    assert outcome(transition) == ["log appointment-no-answer", "alert normal no_answer", *CARD]
    answered = amend(ctx, appointment=replace(APPOINTMENT, answer="come"))
    assert tap(answered, Tick("appt-noanswer", APPOINTMENT.id)).effects == ()


@pytest.mark.parametrize("data", ["appt:maybe:7", "appt:come:x", "appt:come", "appt:come:7:1"])
def test_malformed_answers_decode_to_nothing_and_change_nothing(data: str) -> None:
    assert Button(data).press is None
    transition = tap(ANSWERING, Button(data))
    assert transition.state is None
    assert all(isinstance(e, Send | Log) for e in transition.effects)
    assert all(s.person_id == CLIENT_ID for s in sends(transition))


# -- the check-in ---------------------------------------------------------------------------

PLAN = Plan(3, CLIENT_ID, "2026-11-19", "MA", 12, (3, 7))
CHECKIN = Checkin(5, PLAN.id, CLIENT_ID, 3, NOW - timedelta(hours=1), "sent",
                  sent_at=NOW - timedelta(hours=1))
LATER = Checkin(6, PLAN.id, CLIENT_ID, 7, NOW + timedelta(days=4))
CHECKING = context(CLIENT, checkin=CHECKIN, checkins=(CHECKIN, LATER), plan=PLAN,
                   care_client=CLIENT)
ASKING = {"flow": "checkin", "checkin": CHECKIN.id, "step": "domains"}
OTHER = {**ASKING, "step": "other"}


def alert(severity: str, domain: str) -> list[str]:
    """An alert about the answers, with the answers as its first message."""
    return ["log alert-created", f"alert {severity} checkin_{domain}", "alert-message in",
            f"send alert-card to #{CASEMANAGER_ID}", "timer alert-escalate new-alert"]


FINISHED = [f"update-checkin #{CHECKIN.id} answered", "cancel-timers checkin-remind1 #5",
            "cancel-timers checkin-remind2 #5", "cancel-timers checkin-lost #5",
            "log checkin-answered", f"send checkin-thanks to {ME_CLIENT}"]


def answer(domain: Domain, level: int) -> Button:
    return press(CheckinAnswer(CHECKIN.id, domain, level))


CHECKIN_ROWS = {
    "start (from a reminder)": Row(
        None, press(CheckinControl(CHECKIN.id, "start")), ASKING,
        [f"send checkin-ask-mood to {ME_CLIENT}"]),
    "mood good -> health": Row(
        ASKING, answer("mood", 3), ASKING,
        ["answer mood=3", "log checkin-answer-mood", f"send checkin-ask-health to {ME_CLIENT}"]),
    "mood so-so -> health": Row(
        ASKING, answer("mood", 2), ASKING,
        ["answer mood=2", "log checkin-answer-mood", f"send checkin-ask-health to {ME_CLIENT}"]),
    "mood bad: an alert": Row(
        ASKING, answer("mood", 1), ASKING,
        ["answer mood=1", "log checkin-answer-mood", *alert("normal", "mood"),
         f"send checkin-ask-health to {ME_CLIENT}"]),
    "mood: I need help: an urgent alert, and the client is told": Row(
        ASKING, answer("mood", 0), ASKING,
        ["answer mood=0", "log checkin-answer-mood", *alert("urgent", "mood"),
         f"send sos-ack to {ME_CLIENT}",
         f"send checkin-ask-health to {ME_CLIENT}"]),
    "health good -> housing": Row(
        ASKING, answer("health", 2), ASKING,
        ["answer health=2", "log checkin-answer-health",
         f"send checkin-ask-housing to {ME_CLIENT}"]),
    "health middling -> housing": Row(
        ASKING, answer("health", 1), ASKING,
        ["answer health=1", "log checkin-answer-health",
         f"send checkin-ask-housing to {ME_CLIENT}"]),
    "housing at its worst: an alert": Row(
        ASKING, answer("housing", 0), ASKING,
        ["answer housing=0", "log checkin-answer-housing", *alert("normal", "housing"),
         f"send checkin-ask-income to {ME_CLIENT}"]),
    "two levels down since last time: an alert": Row(
        ASKING, answer("network", 0), ASKING,
        ["answer network=0", "log checkin-answer-network", *alert("normal", "network"),
         f"send checkin-ask-papers to {ME_CLIENT}"],
        {"answers": (Answer(4, "network", 2, NOW - timedelta(days=4)),)}),
    "the last question -> anything else?": Row(
        ASKING, answer("papers", 2), OTHER,
        ["answer papers=2", "log checkin-answer-papers",
         f"send checkin-ask-other to {ME_CLIENT}"]),
    "skip anything else": Row(
        OTHER, press(CheckinControl(CHECKIN.id, "skip")), None, ["answer other=None",
                                                                 *FINISHED]),
    "text while a question waits for its buttons: delivered, the question stays": Row(
        ASKING, Text("my papers are late"), ASKING,
        ["log client-message", f"send casemanager-client-wrote to #{CASEMANAGER_ID}",
         f"send client-message-received to {ME_CLIENT}"]),
    "anything else, in words: relayed to the casemanager": Row(
        OTHER, Text("all fine, thanks"), None,
        ["answer other=None 'all fine, thanks'", *FINISHED,
         f"send casemanager-checkin-other to #{CASEMANAGER_ID}"]),
    "an answer to a check-in already answered": Row(
        ASKING, answer("mood", 3), None, [f"send checkin-closed to {ME_CLIENT}"],
        {"checkin": replace(CHECKIN, status="answered")}),
    "an answer once the next check-in is due": Row(
        ASKING, answer("mood", 3), None, [f"send checkin-closed to {ME_CLIENT}"],
        {"checkins": (CHECKIN, replace(LATER, due_at=NOW - timedelta(minutes=1)))}),
}


@pytest.mark.parametrize("row", CHECKIN_ROWS.values(), ids=CHECKIN_ROWS.keys())
def test_checkin_conversation(row: Row) -> None:
    run(row, CHECKING)


def test_checkin_questions_offer_every_level_best_first() -> None:
    [mood] = sends(tap(CHECKING, press(CheckinControl(CHECKIN.id, "start"))))
    assert buttons_of(mood) == [CheckinAnswer(5, "mood", level) for level in (3, 2, 1, 0)]
    health = sends(tap(replace(CHECKING, state=ASKING), answer("mood", 3)))[-1]
    assert [b.encode() for b in buttons_of(health)] == ["ci:5:health:2", "ci:5:health:1",
                                                        "ci:5:health:0"]
    [other] = sends(tap(replace(CHECKING, state=ASKING), answer("papers", 0)))[-1:]
    assert buttons_of(other) == [CheckinControl(5, "skip")]


@pytest.mark.parametrize("data", ["ci:1:mood:9", "ci:5:mood:4", "ci:5:health:3",
                                  "ci:5:mood:-1", "ci:5:feelings:1", "ci:5:stop:0", "ci:x:mood:1"])
def test_out_of_range_or_unknown_checkin_presses_decode_to_nothing(data: str) -> None:
    """The codec refuses them, so the router answers neutrally and nothing is stored."""
    assert Button(data).press is None
    transition = tap(replace(CHECKING, state=ASKING), Button(data))
    assert not [e for e in transition.effects if isinstance(e, AddCheckinAnswer)]
    assert all(isinstance(e, Send | Log) for e in transition.effects)
    assert transition.state == ASKING


TICK_ROWS = {
    "due: sent with the first question and a reminder timer": Row(
        None, Tick("checkin-due", CHECKIN.id), None,
        [f"update-checkin #{CHECKIN.id} sent", "log checkin-sent",
         f"send checkin-hello to {ME_CLIENT}", f"send checkin-ask-mood to {ME_CLIENT}",
         "timer checkin-remind1 #5"],
        {"checkin": replace(CHECKIN, status="scheduled", sent_at=None)}),
    "unanswered after a day: a reminder with a start button": Row(
        None, Tick("checkin-remind1", CHECKIN.id), None,
        ["log checkin-reminder", f"send checkin-reminder to {ME_CLIENT}",
         "timer checkin-remind2 #5"]),
}


@pytest.mark.parametrize("row", TICK_ROWS.values(), ids=TICK_ROWS.keys())
def test_checkin_timers(row: Row) -> None:
    run(row, replace(CHECKING, person=None))


def test_the_reminder_restarts_the_checkin_with_a_typed_button() -> None:
    reminded = tap(replace(CHECKING, person=None), Tick("checkin-remind1", CHECKIN.id))
    [reminder] = sends(reminded)
    assert buttons_of(reminder) == [CheckinControl(5, "start")]
    assert buttons_of(reminder)[0].encode() == "ci:5:start:0"


# -- /aftercare: the plan the check-ins follow ----------------------------------------------

CARING = context(CASEMANAGER, caseload=(CLIENT,))
CARE = {"flow": "aftercare", "client": CLIENT_ID}
AFTERCARE_ROWS = {
    "/aftercare asks for the client": Row(
        None, Command("aftercare"), {"flow": "aftercare", "step": "client"},
        [f"send aftercare-ask-client to {ME}"]),
    "client -> when they returned": Row(
        {"flow": "aftercare", "step": "client"}, press(CareClient("client", CLIENT_ID)),
        {**CARE, "step": "returned"}, [f"send aftercare-ask-return to {ME}"]),
    "returned yesterday -> country": Row(
        {**CARE, "step": "returned"}, press(CareChoice("returned", "1")),
        {**CARE, "step": "country", "returned": "2026-11-21"},
        [f"send aftercare-ask-country to {ME}"]),
    "country -> local hour": Row(
        {**CARE, "step": "country"}, press(CareChoice("country", "MA")),
        {**CARE, "step": "hour", "country": "MA"}, [f"send aftercare-ask-hour to {ME}"]),
    "hour -> days": Row(
        {**CARE, "step": "hour", "country": "MA"}, press(CareChoice("hour", "12")),
        {**CARE, "step": "days", "country": "MA", "hour": 12},
        [f"send aftercare-ask-days to {ME}"]),
    "the default days: planned": Row(
        {**CARE, "step": "days", "country": "MA", "hour": 12, "returned": "2026-11-21"},
        press(CareStep("days", "default")), None,
        [f"update #{CLIENT_ID} country=MA timezone=Africa/Casablanca",
         "create-plan #10 MA 12h (3, 7, 14, 30, 60, 90, 180, 365)", "log aftercare-planned",
         f"send aftercare-saved to {ME}"]),
    "a country button at the hour step": Row(
        {**CARE, "step": "hour", "country": "MA"}, press(CareChoice("country", "TN")),
        {**CARE, "step": "hour", "country": "MA"}, EXPIRED),
    "cancel": Row(
        {**CARE, "step": "hour", "country": "MA"}, press(CareStep("cancel", "0")), None,
        [f"send cancelled to {ME}"]),
    "/aftercare for a client with a plan: manage it": Row(
        None, Command("aftercare", "client"), {**CARE, "step": "manage", "plan": PLAN.id},
        [f"send aftercare-plan to {ME}"], {"plan": PLAN}),
    "pause the plan": Row(
        {**CARE, "step": "manage", "plan": PLAN.id}, press(CarePlan("pause", PLAN.id)), None,
        ["update-plan #3 {'status': 'paused'}", "log aftercare-pause",
         f"send aftercare-pause-done to {ME}"], {"plan": PLAN}),
    "end the plan: its check-ins withdrawn": Row(
        {**CARE, "step": "manage", "plan": PLAN.id}, press(CarePlan("end", PLAN.id)), None,
        ["update-plan #3 {'status': 'ended'}", "log aftercare-end", "replace-checkins #3 0",
         f"send aftercare-end-done to {ME}"], {"plan": PLAN}),
    "change the days": Row(
        {**CARE, "step": "manage", "plan": PLAN.id}, press(CarePlan("edit", PLAN.id)),
        {**CARE, "step": "edit", "plan": PLAN.id}, [f"send aftercare-ask-days to {ME}"],
        {"plan": PLAN}),
    "a plan button once the conversation moved on": Row(
        {**CARE, "step": "edit", "plan": PLAN.id}, press(CarePlan("pause", PLAN.id)),
        {**CARE, "step": "edit", "plan": PLAN.id}, EXPIRED, {"plan": PLAN}),
    "/voice asks which question": Row(
        None, Command("voice"), {"flow": "voice", "step": "question"},
        [f"send voice-ask-question to {ME}"]),
    "/voice: the question -> the language": Row(
        {"flow": "voice", "step": "question"}, press(VoiceQuestion("question", "housing")),
        {"flow": "voice", "step": "language", "question": "housing"},
        [f"send voice-ask-language to {ME}"]),
    "/voice: the language -> record": Row(
        {"flow": "voice", "step": "language", "question": "housing"},
        press(VoiceLanguage("language", "ary")),
        {"flow": "voice", "step": "record", "question": "housing", "language": "ary"},
        [f"send voice-ask-recording to {ME}"]),
    "/voice: a question button at the language step": Row(
        {"flow": "voice", "step": "language", "question": "housing"},
        press(VoiceQuestion("question", "mood")),
        {"flow": "voice", "step": "language", "question": "housing"}, EXPIRED),
}


@pytest.mark.parametrize("row", AFTERCARE_ROWS.values(), ids=AFTERCARE_ROWS.keys())
def test_aftercare_plan(row: Row) -> None:
    run(row, CARING)


@pytest.mark.parametrize("data", ["care:returned:3", "care:country:NL", "care:hour:24",
                                  "care:hour:x", "care:days:all"])
def test_out_of_range_plan_choices_decode_to_nothing(data: str) -> None:
    assert Button(data).press is None


def test_plan_and_voice_buttons_keep_their_wire_format() -> None:
    [manage] = sends(tap(amend(CARING, plan=PLAN), Command("aftercare", "client")))
    assert [b.encode() for b in buttons_of(manage)] == ["care:pause:3", "care:edit:3",
                                                        "care:end:3", "care:cancel:0"]
    [hours] = sends(tap(replace(CARING, state={**CARE, "step": "country"}),
                        press(CareChoice("country", "DZ"))))
    assert [b.encode() for b in buttons_of(hours)][:2] == ["care:hour:10", "care:hour:12"]
    [questions] = sends(tap(CARING, Command("voice")))
    assert buttons_of(questions)[-1] == VoiceQuestion("question", "other")
    [languages] = sends(tap(replace(CARING, state={"flow": "voice", "step": "question"}),
                            press(VoiceQuestion("question", "other"))))
    assert [b.encode() for b in buttons_of(languages)] == [
        "voice:language:ary", "voice:language:ar", "voice:language:fr", "voice:language:nl",
        "voice:language:en"]
