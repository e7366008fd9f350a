"""/profile and /outcome as transition tables: (state, event) -> state and effects.

Buttons are built from their typed kinds and sent as the wire string Telegram sends back, so
a row tests the codec, the central ownership check (the router) and the flow together.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from bot.i18n import Translator, default_locales_folder
from flows import Transition, step
from flows.aftercare.buttons import CareClient, CareStep
from flows.core.buttons import ButtonData, New
from flows.core.context import Context
from flows.core.effects import Audit, Edit, Effect, Log, Send
from flows.core.events import Button, Command, Event, Text
from flows.model import OUTCOME_KINDS, NamedRow, Outcome, Person, Profile
from flows.outcomes.buttons import FIELDS, OutcomeRemove, OutcomeStep, ProfileTap
from flows.outcomes.effects import AddOutcome, DeleteOutcome, SaveProfile
from flows.outcomes.outcome import typed_day
from flows.outcomes.view import OutcomesView
from tests.unit.factories import NOW, context, person

CASEMANAGER = person("casemanager")
ADMIN = person("admin")
OTHER_MANAGER = person("casemanager", id=7, alias="Sanne")
CLIENT = person("client", alias="Youssef")  # casemanager #2
ID = CLIENT.id


def press(data: ButtonData) -> Button:
    return Button(data.encode(), message_id=42)


def ctx_for(who: Person = CASEMANAGER, state: dict[str, Any] | None = None,
            profile: Profile | None = None, outcomes: tuple[Outcome, ...] = (),
            client: Person | None = CLIENT, event: Event | None = None) -> Context:
    """What the loader finds: the client (if theirs), the pressed row, profile, outcomes."""
    ctx = context(who, state=state)
    named = None
    if isinstance(event, Button) and event.press is not None and event.press.ROW == "client":
        named = NamedRow("client", ID, CLIENT)
    return replace(ctx, named=named, outcomes=OutcomesView(
        client=client, matches=1 if client else 0, profile=profile, outcomes=outcomes))


def run(event: Event, **loaded: Any) -> Transition:
    return step(ctx_for(event=event, **loaded), event)


def describe(effect: Effect) -> str:
    match effect:
        case Send(key=key, person_id=pid):
            return f"send {key} to #{pid}"
        case Edit(key=key):
            return f"edit {key}"
        case Log(kind=kind, person_id=pid, text=text):
            return f"log {kind} #{pid}" + (f" {text}" if text else "")
        case Audit(action=action, person_id=pid):
            return f"audit {action} #{pid}"
        case SaveProfile(profile=p):
            return "save-profile " + " ".join(
                f"{k}={getattr(p, k)}" for k in ("nationality", "birth_year", "age_band",
                                                 "years_nl", "asylum_nl", "eu_document",
                                                 "medical", "children_nl")
                if getattr(p, k) is not None)
        case AddOutcome(person_id=pid, kind=kind, on=on, country=country, aftercare=care):
            return f"add-outcome #{pid} {kind} {on} {country} {care}"
        case DeleteOutcome(outcome_id=oid):
            return f"delete-outcome #{oid}"
    raise AssertionError(f"unexpected effect {effect!r}")


def outcome(transition: Transition) -> list[str]:
    return [describe(effect) for effect in transition.effects]


def buttons(effect: Effect) -> list[ButtonData]:
    assert isinstance(effect, Send | Edit)
    return [choice.data for row in effect.buttons for choice in row]


# -- /profile ---------------------------------------------------------------------------------

def test_profile_shows_the_card_with_a_button_per_field() -> None:
    done = run(Command("profile", "youssef"), profile=Profile(ID, nationality="MA"))
    assert outcome(done) == ["send outcomes-profile-card to #2", "audit read:profile #10"]
    assert buttons(done.effects[0]) == [
        *(ProfileTap(field, "ask", ID) for field in FIELDS), ProfileTap("done", "0", ID)]
    assert done.state is None


@pytest.mark.parametrize(("arg", "client", "matches", "key"), [
    ("", None, 0, "outcomes-profile-usage"),
    ("nobody", None, 0, "outcomes-not-found"),
    ("y", None, 2, "outcomes-ambiguous"),
])
def test_profile_needs_one_client_of_the_caller(arg: str, client: Person | None,
                                                matches: int, key: str) -> None:
    ctx = replace(ctx_for(), outcomes=OutcomesView(client=client, matches=matches))
    assert outcome(step(ctx, Command("profile", arg))) == [f"send {key} to #2"]


def test_profile_is_for_casework_only() -> None:
    done = step(ctx_for(person("fieldworker")), Command("profile", "Youssef"))
    assert outcome(done)[0].startswith("send refusal-not-available")


# (profile before, pressed button, state before) -> (effects, state after)
FULL = Profile(ID, nationality="DZ", birth_year=1990, years_nl="3-5", asylum_nl=True,
               eu_document=False, medical=("addiction",), children_nl=False)
PROFILE_ROWS: list[tuple[Profile | None, ButtonData, dict[str, Any] | None, list[str],
                         dict[str, Any] | None]] = [
    (None, ProfileTap("nationality", "ask", ID), None,
     ["edit outcomes-ask-nationality"], None),
    (None, ProfileTap("nationality", "MA", ID), None,
     ["save-profile nationality=MA", "log profile #10 nationality",
      "edit outcomes-profile-card"], None),
    (FULL, ProfileTap("nationality", "unknown", ID), None,
     ["save-profile birth_year=1990 years_nl=3-5 asylum_nl=True eu_document=False"
      " medical=('addiction',) children_nl=False", "log profile #10 nationality",
      "edit outcomes-profile-card"], None),
    (None, ProfileTap("birth", "ask", ID), None,
     ["edit outcomes-ask-birth"], {"flow": "profile", "client": ID}),
    (Profile(ID, birth_year=1990), ProfileTap("birth", "lt18", ID),
     {"flow": "profile", "client": ID},
     ["save-profile age_band=<18", "log profile #10 birth", "edit outcomes-profile-card"],
     None),
    (Profile(ID, age_band="18-25"), ProfileTap("birth", "unknown", ID), None,
     ["save-profile ", "log profile #10 birth", "edit outcomes-profile-card"], None),
    (None, ProfileTap("years_nl", "lt1", ID), None,
     ["save-profile years_nl=<1", "log profile #10 years_nl",
      "edit outcomes-profile-card"], None),
    (None, ProfileTap("asylum_nl", "no", ID), None,
     ["save-profile asylum_nl=False", "log profile #10 asylum_nl",
      "edit outcomes-profile-card"], None),
    (None, ProfileTap("eu_document", "yes", ID), None,
     ["save-profile eu_document=True", "log profile #10 eu_document",
      "edit outcomes-profile-card"], None),
    (None, ProfileTap("children_nl", "yes", ID), None,
     ["save-profile children_nl=True", "log profile #10 children_nl",
      "edit outcomes-profile-card"], None),
    # medical: several allowed, each tap toggles and shows the choices again
    (None, ProfileTap("medical", "addiction", ID), None,
     ["save-profile medical=('addiction',)", "log profile #10 medical",
      "edit outcomes-ask-medical"], None),
    (Profile(ID, medical=("addiction",)), ProfileTap("medical", "brain_injury", ID), None,
     ["save-profile medical=('addiction', 'brain_injury')", "log profile #10 medical",
      "edit outcomes-ask-medical"], None),
    (Profile(ID, medical=("addiction", "psychiatric")), ProfileTap("medical", "addiction", ID),
     None, ["save-profile medical=('psychiatric',)", "log profile #10 medical",
            "edit outcomes-ask-medical"], None),
    (Profile(ID, medical=("addiction",)), ProfileTap("medical", "none", ID), None,
     ["save-profile medical=()", "log profile #10 medical", "edit outcomes-profile-card"],
     None),
    (Profile(ID, medical=("addiction",)), ProfileTap("medical", "unknown", ID), None,
     ["save-profile ", "log profile #10 medical", "edit outcomes-profile-card"], None),
    # back to the card ends the typed-year question; another conversation goes on
    (None, ProfileTap("card", "0", ID), {"flow": "profile", "client": ID},
     ["edit outcomes-profile-card"], None),
    (None, ProfileTap("card", "0", ID), {"flow": "write", "client": 11},
     ["edit outcomes-profile-card"], {"flow": "write", "client": 11}),
    (None, ProfileTap("done", "0", ID), None, ["edit outcomes-profile-card"], None),
]


@pytest.mark.parametrize(("before", "data", "state", "effects", "after"), PROFILE_ROWS)
def test_profile_buttons(before: Profile | None, data: ButtonData,
                         state: dict[str, Any] | None, effects: list[str],
                         after: dict[str, Any] | None) -> None:
    done = run(press(data), profile=before, state=state)
    assert outcome(done) == effects
    assert done.state == after


def test_every_field_offers_unknown_and_back() -> None:
    for field in FIELDS:
        done = run(press(ProfileTap(field, "ask", ID)))
        offered = buttons(done.effects[0])
        assert ProfileTap(field, "unknown", ID) in offered, field
        assert ProfileTap("card", "0", ID) in offered, field


def test_medical_choices_show_what_is_ticked() -> None:
    done = run(press(ProfileTap("medical", "ask", ID)),
               profile=Profile(ID, medical=("psychiatric",)))
    edit = done.effects[0]
    assert isinstance(edit, Edit)
    labels = {choice.args["label"]["$msg"]: choice.key for row in edit.buttons
              for choice in row if "label" in choice.args}
    assert labels == {"outcomes-medical-addiction": "outcomes-off-button",
                      "outcomes-medical-psychiatric": "outcomes-on-button",
                      "outcomes-medical-brain_injury": "outcomes-off-button"}


@pytest.mark.parametrize(("typed", "effects", "after"), [
    ("1998", ["save-profile birth_year=1998", "log profile #10 birth",
              "send outcomes-profile-card to #2"], None),
    (" 1930 ", ["save-profile birth_year=1930", "log profile #10 birth",
                "send outcomes-profile-card to #2"], None),
    ("1929", ["send outcomes-year-invalid to #2"], {"flow": "profile", "client": ID}),
    ("2027", ["send outcomes-year-invalid to #2"], {"flow": "profile", "client": ID}),
    ("98", ["send outcomes-year-invalid to #2"], {"flow": "profile", "client": ID}),
    ("around thirty", ["send outcomes-year-invalid to #2"], {"flow": "profile", "client": ID}),
])
def test_a_typed_year_of_birth(typed: str, effects: list[str],
                               after: dict[str, Any] | None) -> None:
    done = run(Text(typed), state={"flow": "profile", "client": ID},
               profile=Profile(ID, age_band="18-25"))
    assert outcome(done) == effects
    assert done.state == after


def test_the_year_question_answers_in_the_staff_language() -> None:
    done = run(Text("abc"), state={"flow": "profile", "client": ID})
    send = done.effects[0]
    assert isinstance(send, Send)
    text = Translator(default_locales_folder()).format("nl", send.key, send.args)
    assert "1930" in text and str(NOW.year) in text and "geboortejaar" in text


def test_another_casemanager_cannot_press_on_someone_elses_client() -> None:
    event = press(ProfileTap("nationality", "MA", ID))
    ctx = ctx_for(OTHER_MANAGER, event=event, client=None)
    assert outcome(step(ctx, event)) == ["send button-expired to #7",
                                         "log refused-row:pf #7"]


def test_an_admin_may_press_on_any_client() -> None:
    event = press(ProfileTap("asylum_nl", "yes", ID))
    assert outcome(step(ctx_for(ADMIN, event=event), event))[0] == "save-profile asylum_nl=True"


# -- /outcome ---------------------------------------------------------------------------------

def flow(**fields: Any) -> dict[str, Any]:
    return {"flow": "outcome", "client": ID, **fields}


def test_outcome_asks_the_kind_first() -> None:
    done = run(Command("outcome", "Youssef"))
    assert outcome(done) == ["send outcomes-ask-kind to #2"]
    assert buttons(done.effects[0]) == [*(OutcomeStep("kind", k) for k in OUTCOME_KINDS),
                                        OutcomeStep("cancel", "0")]
    assert done.state == flow(step="kind")


TODAY = date(2026, 11, 22)
OUTCOME_ROWS: list[tuple[dict[str, Any], Event, list[str], dict[str, Any] | None]] = [
    (flow(step="kind"), press(OutcomeStep("kind", "voluntary_return")),
     ["send outcomes-ask-date to #2"], flow(step="date", kind="voluntary_return")),
    (flow(step="date", kind="voluntary_return"), press(OutcomeStep("date", "1")),
     ["send outcomes-ask-country to #2"],
     flow(step="country", kind="voluntary_return", on="2026-11-21")),
    (flow(step="date", kind="onward_travel"), Text("3-11"),
     ["send outcomes-ask-country to #2"],
     flow(step="country", kind="onward_travel", on="2026-11-03")),
    (flow(step="date", kind="onward_travel"), Text("morgen"),
     ["send outcomes-date-unreadable to #2"], flow(step="date", kind="onward_travel")),
    (flow(step="country", kind="voluntary_return", on="2026-11-21"),
     press(OutcomeStep("country", "MA")), ["send outcomes-ask-aftercare to #2"],
     flow(step="aftercare", kind="voluntary_return", on="2026-11-21", country="MA")),
    (flow(step="aftercare", kind="voluntary_return", on="2026-11-21", country="MA"),
     press(OutcomeStep("aftercare", "no")),
     ["add-outcome #10 voluntary_return 2026-11-21 MA False",
      "log outcome #10 voluntary_return", "send outcomes-recorded to #2"], None),
    (flow(step="country", kind="onward_travel", on="2026-11-03"),
     press(OutcomeStep("country", "other")), ["send outcomes-ask-country-code to #2"],
     flow(step="country", kind="onward_travel", on="2026-11-03")),
    (flow(step="country", kind="onward_travel", on="2026-11-03"), Text("pl"),
     ["add-outcome #10 onward_travel 2026-11-03 PL None", "log outcome #10 onward_travel",
      "send outcomes-recorded to #2"], None),
    (flow(step="country", kind="onward_travel", on="2026-11-03"), Text("Poland"),
     ["send outcomes-country-invalid to #2"],
     flow(step="country", kind="onward_travel", on="2026-11-03")),
    (flow(step="country", kind="in_procedure", on="2026-11-03"),
     press(OutcomeStep("country", "skip")),
     ["add-outcome #10 in_procedure 2026-11-03 None None", "log outcome #10 in_procedure",
      "send outcomes-recorded to #2"], None),
    # no country for a referral: saved once dated
    (flow(step="date", kind="specialised_care"), press(OutcomeStep("date", "0")),
     ["add-outcome #10 specialised_care 2026-11-22 None None",
      "log outcome #10 specialised_care", "send outcomes-recorded to #2"], None),
    # a press of another step, or typing where buttons are asked for
    (flow(step="date", kind="lost_contact"), press(OutcomeStep("aftercare", "yes")),
     ["send button-expired to #2"], flow(step="date", kind="lost_contact")),
    (flow(step="kind"), Text("returned"), ["send reask-use-buttons to #2"], flow(step="kind")),
    (flow(step="date", kind="lost_contact"), press(OutcomeStep("cancel", "0")),
     ["send cancelled to #2"], None),
]


@pytest.mark.parametrize(("state", "event", "effects", "after"), OUTCOME_ROWS)
def test_outcome_steps(state: dict[str, Any], event: Event, effects: list[str],
                       after: dict[str, Any] | None) -> None:
    done = run(event, state=state)
    assert outcome(done) == effects
    assert done.state == after


def test_a_voluntary_return_with_aftercare_offers_to_plan_it() -> None:
    state = flow(step="aftercare", kind="voluntary_return", on="2026-11-21", country="MA")
    done = run(press(OutcomeStep("aftercare", "yes")), state=state)
    assert outcome(done)[0] == "add-outcome #10 voluntary_return 2026-11-21 MA True"
    recorded = done.effects[-1]
    assert isinstance(recorded, Send) and recorded.args["hint"] == "aftercare"
    assert buttons(recorded) == [CareClient("client", ID), CareStep("cancel", "0"),
                                 OutcomeRemove("ask", ID, New("outcome"))]
    # the aftercare flow's own first step: a tap on the client starts planning
    assert done.state == {"flow": "aftercare", "step": "client"}


def test_case_closed_points_to_close() -> None:
    done = run(press(OutcomeStep("date", "0")), state=flow(step="date", kind="case_closed"))
    recorded = done.effects[-1]
    assert isinstance(recorded, Send) and recorded.args["hint"] == "close"
    assert "close-case" not in " ".join(outcome(done))


def test_outcome_buttons_belong_to_their_conversation() -> None:
    done = run(press(OutcomeStep("kind", "lost_contact")), state=None)
    assert outcome(done) == ["send button-expired to #2"]


@pytest.mark.parametrize(("typed", "day"), [
    ("3-11", date(2026, 11, 3)), ("22-11", TODAY), ("25-12", date(2025, 12, 25)),
    ("03-11-2026", date(2026, 11, 3)), ("gisteren", date(2026, 11, 21)),
    ("hier", date(2026, 11, 21)), ("morgen", None), ("01-01-2027", None), ("soon", None),
])
def test_a_typed_date_is_today_or_before(typed: str, day: date | None) -> None:
    assert typed_day(typed, NOW, "Europe/Amsterdam") == day


# -- removing an outcome ---------------------------------------------------------------------

RETURN = Outcome(5, ID, "voluntary_return", date(2026, 11, 21), "MA", True,
                 created_at=NOW, created_by=CASEMANAGER.id)


@pytest.mark.parametrize(("who", "data", "effects"), [
    (CASEMANAGER, OutcomeRemove("ask", ID, 5), ["send outcomes-remove-ask to #2"]),
    (CASEMANAGER, OutcomeRemove("yes", ID, 5),
     ["delete-outcome #5", "log outcome-removed #10 voluntary_return",
      "edit outcomes-removed"]),
    (CASEMANAGER, OutcomeRemove("no", ID, 5), ["edit outcomes-remove-kept"]),
    (ADMIN, OutcomeRemove("yes", ID, 5),
     ["delete-outcome #5", "log outcome-removed #10 voluntary_return",
      "edit outcomes-removed"]),
    (CASEMANAGER, OutcomeRemove("yes", ID, 6), ["edit outcomes-remove-gone"]),
])
def test_removing_an_outcome(who: Person, data: OutcomeRemove, effects: list[str]) -> None:
    event = press(data)
    assert outcome(step(ctx_for(who, event=event, outcomes=(RETURN,)), event)) == effects


def test_only_who_recorded_it_or_an_admin_removes_it() -> None:
    by_admin = replace(RETURN, created_by=ADMIN.id)
    event = press(OutcomeRemove("yes", ID, 5))
    ctx = ctx_for(CASEMANAGER, event=event, outcomes=(by_admin,))
    assert outcome(step(ctx, event)) == ["send outcomes-remove-not-yours to #2"]


def test_another_casemanager_cannot_remove() -> None:
    event = press(OutcomeRemove("yes", ID, 5))
    ctx = ctx_for(OTHER_MANAGER, event=event, client=None, outcomes=(RETURN,))
    assert outcome(step(ctx, event)) == ["send button-expired to #7", "log refused-row:ocx #7"]


# -- /client ----------------------------------------------------------------------------------

def test_client_view_shows_profile_and_outcomes_newest_first() -> None:
    older = Outcome(4, ID, "specialised_care", date(2026, 3, 2), created_by=CASEMANAGER.id)
    ctx = replace(ctx_for(outcomes=(older, RETURN), profile=FULL),
                  care=replace(context().care, client=CLIENT))
    done = step(ctx, Command("client", "Youssef"))
    view = done.effects[0]
    assert isinstance(view, Send) and view.key == "outcomes-client-view"
    assert [line[1]["kind"]["$msg"] for line in view.args["outcomes"]["$msgs"]] == [
        "outcomes-kind-voluntary_return", "outcomes-kind-specialised_care"]
    assert OutcomeRemove("ask", ID, 5) in buttons(view)
    text = Translator(default_locales_folder()).format("en", view.key, view.args)
    assert "👤 Youssef" in text  # the trends view itself, above
    assert "🇩🇿 Algeria" in text and "Born: 1990" in text and "addiction" in text
    assert text.index("2026-11-21 🛫 Voluntary return · 🇲🇦 Morocco · 🤝 aftercare") \
        < text.index("2026-03-02 🩺 Specialised care")


def test_client_view_without_a_profile_says_so() -> None:
    ctx = replace(ctx_for(), care=replace(context().care, client=CLIENT))
    view = step(ctx, Command("client", "Youssef")).effects[0]
    assert isinstance(view, Send)
    text = Translator(default_locales_folder()).format("fr", view.key, view.args)
    assert "Pas encore de profil" in text and "Résultats" in text
