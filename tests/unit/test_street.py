"""Street outreach as transition tables, the alias matcher, and its storage on real SQLite."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from flows import Transition, step
from flows.core.context import Context
from flows.core.effects import CreateAlert, Edit, Effect, Log, New, Send, SetTimer
from flows.core.events import Button, Command, Location, Media, Text, Tick
from flows.street.buttons import PlaceAction, PlacesStep, StreetResume, StreetStep, StreetUndo
from flows.street.context import StreetView
from flows.street.draft import new_draft
from flows.street.effects import SaveStreetContact, SaveStreetDraft, SetShift
from flows.street.search import alias_score, likely_duplicates, search, skeleton
from flows.time.when import next_local_hour
from storage import Cipher, open_database
from storage.models import Place, StreetPerson
from tests.unit.factories import NOW, context, person

FIELDWORKER = person("fieldworker")
PLACE = Place(1, "Utrecht Centraal", 52.0894, 5.11)
MOHAMMED = StreetPerson(7, "K7MA", "Mohammed", "MA", "darija", "man", "age26to40",
                        last_seen=NOW - timedelta(days=2))


def describe(effect: Effect) -> str:
    match effect:
        case Send(key=key) | Edit(key=key):
            return f"{type(effect).__name__.lower()} {key}"
        case SaveStreetDraft(draft=draft):
            return f"draft {draft['step'] if draft else None}"
        case SaveStreetContact(street_person_id=known):
            return f"save {'known' if known else 'new'}"
        case Log(kind=kind):
            return f"log {kind}"
        case CreateAlert(source=source, categories=categories):
            return f"alert {source} {','.join(categories)}"
    return type(effect).__name__


def outcome(transition: Transition) -> list[str]:
    return [describe(effect) for effect in transition.effects
            if not describe(effect).startswith(("Add", "SetTimer"))]


def ctx_with(draft: dict[str, Any] | None, **view: Any) -> Context:
    street = StreetView(draft=draft, places=(PLACE,), **view)
    return context(FIELDWORKER, {"flow": "street"}, street=street)


def at(step: str, **fields: Any) -> dict[str, Any]:
    return {**new_draft(NOW), "step": step, **fields}


def tap(data: str) -> Button:
    return Button(data, message_id=42)


ROWS = [
    # (draft, event, new draft step or None, effects)
    (None, Command("contact"), "who",
     ["log street-contact-started", "draft who", "send street-ask-who"]),
    (at("who"), Command("contact"), None, ["send street-resume-offer"]),
    (at("who"), tap("street:who:new"), "where", ["draft where", "edit street-ask-where"]),
    (at("who"), tap("street:who:skip"), "where", ["draft where", "edit street-ask-where"]),
    (at("who"), tap("street:who:cancel"), None,
     ["log street-contact-discarded", "draft None", "send street-cancelled"]),
    (at("who"), Text("Mo"), "search", ["draft search", "send street-search-results"]),
    (at("where"), tap("street:where:back"), "who", ["draft who", "edit street-ask-who"]),
    (at("where"), tap("street:where:pl1"), "about",
     ["draft about", "edit street-ask-nationality"]),
    (at("where"), tap("street:where:skip"), "about",
     ["draft about", "edit street-ask-nationality"]),
    (at("where"), Location(52.08944, 5.11002), "about",
     ["draft about", "send street-ask-nationality"]),
    (at("where"), Text("centraal"), None, ["send street-reask", "send street-ask-where"]),
    (at("where"), tap("street:about:MA"), None, ["send button-expired"]),
    (at("about"), tap("street:about:MA"), "needs", ["draft needs", "edit street-ask-needs"]),
    (at("about"), tap("street:about:details"), "details",
     ["draft details", "edit street-ask-details"]),
    (at("details"), tap("street:details:gender-woman"), "details",
     ["draft details", "edit street-ask-details"]),
    (at("details"), tap("street:details:done"), "about",
     ["draft about", "edit street-ask-nationality"]),
    (at("needs"), tap("street:needs:medical"), "needs",
     ["draft needs", "edit street-ask-needs"]),
    (at("needs"), tap("street:needs:done"), "summary", ["draft summary", "edit street-summary"]),
    (at("needs"), tap("street:needs:back"), "about",
     ["draft about", "edit street-ask-nationality"]),
    (at("summary"), Text("cold, no coat"), "summary", ["draft summary", "send street-summary"]),
    (at("summary"), Media("voice", "file-1"), "summary",
     ["draft summary", "send street-summary"]),
    (at("summary"), tap("street:summary:edit"), "edit", ["draft edit", "edit street-ask-edit"]),
    (at("edit", needs=["food"]), tap("street:edit:needs"), "needs",
     ["draft needs", "edit street-ask-needs"]),
    (at("needs", **{"return": True}), tap("street:needs:done"), "summary",
     ["draft summary", "edit street-summary"]),
    (at("summary"), tap("street:summary:save-no"), None,
     ["save new", "draft None", "log street-contact-saved", "edit street-saved"]),
    (at("summary", needs=["medical", "psychiatric"]), tap("street:summary:save-yes"), None,
     ["save new", "draft None", "log street-contact-saved", "alert street medical,psychiatric",
      "log alert-created", "send alert-card", "edit street-saved"]),
]


@pytest.mark.parametrize(("draft", "event", "then", "effects"), ROWS,
                         ids=[f"{r[0]['step'] if r[0] else 'none'}-{r[1]!r}" for r in ROWS])
def test_street_transitions(draft: dict[str, Any] | None, event: Any, then: str | None,
                            effects: list[str]) -> None:
    ctx = replace(ctx_with(draft), team_chat_id=-1001)
    transition = step(ctx, event)
    assert outcome(transition) == effects
    kept = [e for e in transition.effects if isinstance(e, SaveStreetDraft)]
    if then is not None:
        assert kept and kept[-1].draft is not None and kept[-1].draft["step"] == then


def test_needs_toggle_and_none_is_exclusive() -> None:
    def needs_after(chosen: list[str], value: str) -> list[str]:
        transition = step(ctx_with(at("needs", needs=chosen)), tap(f"street:needs:{value}"))
        draft = next(e for e in transition.effects if isinstance(e, SaveStreetDraft)).draft
        assert draft is not None
        return list(draft["needs"])

    assert needs_after([], "medical") == ["medical"]
    assert needs_after(["medical"], "shelter") == ["shelter", "medical"]
    assert needs_after(["medical"], "medical") == []
    assert needs_after(["medical"], "none") == ["none"]
    assert needs_after(["none"], "food") == ["food"]


def test_nationality_sets_the_usual_language_and_known_people_skip_it() -> None:
    transition = step(ctx_with(at("about")), tap("street:about:DZ"))
    draft = next(e for e in transition.effects if isinstance(e, SaveStreetDraft)).draft
    assert draft is not None and draft["language"] == "darija"
    offer = [{"id": 7, "label": "Mohammed", "nationality": "MA", "language": "darija",
              "gender": None, "age": None, "seen": None}]
    transition = step(ctx_with(at("who", offer=offer, place={"id": 1, "name": "x"})),
                      tap("street:who:p7"))
    draft = next(e for e in transition.effects if isinstance(e, SaveStreetDraft)).draft
    assert draft is not None and draft["step"] == "needs" and draft["nationality"] == "MA"


def test_an_hour_old_draft_is_not_offered_and_a_stale_button_is_expired() -> None:
    old = {**at("needs"), "touched": (NOW - timedelta(minutes=61)).isoformat()}
    assert outcome(step(ctx_with(old), Command("contact")))[0] == "log street-contact-started"
    assert outcome(step(ctx_with(old), tap("street:needs:done"))) == ["send button-expired"]
    fresh = {**at("needs"), "touched": (NOW - timedelta(minutes=59)).isoformat()}
    assert outcome(step(ctx_with(fresh), Command("contact"))) == ["send street-resume-offer"]


def test_duplicates_are_offered_before_a_new_person_is_created() -> None:
    draft = at("summary", person={"new": True, "alias": "Mhamed"}, nationality="MA",
               age="age18to25")
    ctx = ctx_with(draft, candidates=(MOHAMMED,))
    assert outcome(step(ctx, tap("street:summary:save-yes"))) == [
        "draft dupes", "log street-duplicates-offered", "edit street-duplicates"]
    other_country = {**draft, "nationality": "DZ"}
    assert not likely_duplicates(other_country, (MOHAMMED,))
    too_young = {**draft, "age": "under18"}
    assert not likely_duplicates(too_young, (MOHAMMED,))
    linked = step(ctx_with({**draft, "step": "dupes", "offer": [
        {"id": 7, "label": "Mohammed"}]}), tap("street:dupes:p7"))
    assert outcome(linked)[0] == "save known"


def test_buttons_are_typed_and_keep_their_wire_format() -> None:
    resume = step(ctx_with(at("who")), Command("contact")).effects[0]
    assert isinstance(resume, Send)
    assert [row[0].data for row in resume.buttons] == [StreetResume("resume", "yes"),
                                                        StreetResume("resume", "new")]
    ask = next(e for e in step(ctx_with(None), Command("contact")).effects
               if isinstance(e, Send))
    assert ask.buttons[0][0].data == StreetStep("who", "new")
    assert [c.data.encode() for c in ask.buttons[-1]] == ["street:who:cancel", "street:who:skip"]
    details = step(ctx_with(at("about")), tap("street:about:details")).effects[-1]
    assert isinstance(details, Edit)
    assert StreetStep("details", "gender-woman") in [c.data for r in details.buttons for c in r]
    admin = context(person("admin"), street=StreetView(places=(PLACE,)))
    listing = step(admin, Command("places")).effects[0]
    assert isinstance(listing, Send)
    assert listing.buttons[0][0].data == PlaceAction("open", 1)
    assert listing.buttons[-1][0].data.encode() == "places:add:0"
    assert listing.buttons[-1][0].data == PlacesStep("add")


def test_a_save_names_the_new_contact_and_code_by_handles() -> None:
    def saved(alias: str | None) -> tuple[Transition, Edit, Send]:
        draft = at("summary", person={"new": True, "alias": alias}, needs=["medical"])
        transition = step(replace(ctx_with(draft), team_chat_id=-1001),
                          tap("street:summary:save-yes"))
        done = transition.effects[-1]
        card = next(e for e in transition.effects if isinstance(e, Send))
        assert isinstance(done, Edit)
        return transition, done, card

    transition, done, card = saved(None)
    assert done.buttons == ((done.buttons[0][0],),)
    assert done.buttons[0][0].data == StreetUndo("undo", New("street_contact"))
    assert done.args["who"] == New("street_code"), "a new person is named by their code"
    assert card.args["alias"] == New("street_code") and card.args["alert"] == New("alert")
    alert = next(e for e in transition.effects if isinstance(e, CreateAlert))
    assert alert.street_contact_id == New("street_contact")
    timer = next(e for e in transition.effects if isinstance(e, SetTimer))
    assert timer.subject == New("alert")
    _, done, card = saved("Mo")
    assert card.args["alias"] == "Mo"
    assert done.args["who"] == {"$msg": "street-who-saved", "args": {
        "alias": "Mo", "code": New("street_code")}}, "the code follows the alias"


def test_unreadable_and_wrong_presses_are_expired() -> None:
    expired = ["send button-expired"]
    assert outcome(step(ctx_with(at("who")), tap("street:resume:maybe")))[0] == expired[0]
    assert outcome(step(ctx_with(at("details")), tap("street:details:gender-x"))) == expired
    assert outcome(step(ctx_with(at("where")), tap("street:where:pl99"))) == expired
    assert outcome(step(ctx_with(at("dupes")), tap("street:dupes:p7"))) == expired
    assert outcome(step(ctx_with(at("summary")), tap("street:summary:maybe"))) == expired


def test_shift_commands() -> None:
    started = step(context(FIELDWORKER), Command("shift", "Koudweer"))
    assert SetShift(FIELDWORKER.id, "koudweer") in started.effects
    ended = step(context(FIELDWORKER, street=StreetView(shift="koudweer")),
                 Command("shift", "end"))
    assert SetShift(FIELDWORKER.id, None) in ended.effects
    assert outcome(step(context(FIELDWORKER), Command("shift", "a b"))) == [
        "send street-shift-invalid"]


def test_the_keyboard_button_is_the_contact_command_and_refused_to_clients() -> None:
    ctx = context(FIELDWORKER, keyboard_command="contact")
    assert outcome(step(ctx, Text("🚶 Straatcontact")))[0] == "log street-contact-started"
    assert outcome(step(context(person("client")), Command("contact"))) == [
        "send refusal-not-available", "log refused:command:contact"]


def test_digest_runs_daily_at_the_configured_local_hour() -> None:
    winter = datetime(2026, 11, 22, 11, 0, tzinfo=UTC)  # 12:00 in Amsterdam
    assert next_local_hour(winter, 8, "Europe/Amsterdam") == datetime(2026, 11, 23, 7, 0,
                                                                     tzinfo=UTC)
    assert next_local_hour(winter, 13, "Europe/Amsterdam") == datetime(2026, 11, 22, 12, 0,
                                                                      tzinfo=UTC)
    first = step(context(None, street=StreetView(digest_hour=8)), Tick("street-digest", 0))
    assert [type(e) for e in first.effects] == [SetTimer]


SPELLINGS = ["Mohamed", "Mohammed", "Muhammad", "Mhamed", "محمد", "MOHAMÉD", "mohamed "]


@pytest.mark.parametrize("one", SPELLINGS)
@pytest.mark.parametrize("other", SPELLINGS)
def test_spelling_variants_match(one: str, other: str) -> None:
    assert alias_score(one, other) >= 85


@pytest.mark.parametrize(("one", "other"), [
    ("Youssef", "يوسف"), ("Yusuf", "Youssef"), ("Karim", "كريم"), ("Saïd", "said"),
    ("Khalid", "خالد"), ("Rachid", "رشيد"), ("moh", "Mohamed")])
def test_more_variants_match(one: str, other: str) -> None:
    assert alias_score(one, other) >= 85


@pytest.mark.parametrize(("one", "other"), [
    ("Ahmed", "Mohamed"), ("Mourad", "Mohamed"), ("Hamid", "Mohamed"), ("Nabil", "Bilal")])
def test_different_names_do_not_match(one: str, other: str) -> None:
    assert alias_score(one, other) < 85


def test_skeleton_and_search_order() -> None:
    assert {skeleton(s) for s in SPELLINGS} == {"mhmd"}
    older = replace(MOHAMMED, id=8, alias="Muhammad", last_seen=NOW - timedelta(days=9))
    assert [p.id for p in search("محمد", (older, MOHAMMED))] == [7, 8]
    assert search("K7MA", (MOHAMMED,)) == [MOHAMMED], "the generated code finds them too"


async def test_street_storage_round_trip(tmp_path: Path) -> None:
    db = await open_database(tmp_path / "db.sqlite3", Cipher(bytes(32)))
    async with db.tx() as tx:
        worker = await tx.create_person(role="fieldworker", alias="Sara",
                                        timezone="Europe/Amsterdam", now=NOW)
        assert [p.name for p in await tx.places()][:2] == ["Utrecht Centraal", "Hoog Catharijne"]
        who = await tx.create_street_person(code="K7MA", alias="Mo", now=NOW,
                                            created_by=worker.id, nationality="MA")
        contact_id = await tx.save_street_contact(
            street_person_id=who, fieldworker_id=worker.id, at=NOW, now=NOW, place_id=1,
            latitude=None, longitude=None, needs=("medical",), note="secret note",
            note_kind="text", followup=True, shift="koudweer")
        alert_id = await tx.create_alert(client_id=None, casemanager_id=None, source="street",
                                         categories=("medical",), severity="normal", terms=(),
                                         now=NOW, street_contact_id=contact_id)
        await tx.start_shift(worker.id, "koudweer", NOW)
    async with db.tx() as tx:
        [contact] = await tx.street_contacts(shift="koudweer")
        assert contact.note == "secret note" and contact.place_name == "Utrecht Centraal"
        assert contact.person.label == "Mo" and contact.fieldworker_alias == "Sara"
        assert (await tx.alert(alert_id)) is not None
        assert await tx.alert_of_street_contact(contact_id) == alert_id
        assert await tx.current_shift(worker.id) == "koudweer"
        [met] = await tx.street_people(met_by=worker.id)
        assert met.last_seen == NOW
        await tx.undo_street_contact(contact_id, NOW)
        assert await tx.street_contacts() == [] and await tx.street_people() == []
    await db.close()
    raw = sqlite3.connect(tmp_path / "db.sqlite3")
    notes = raw.execute("SELECT note FROM street_contacts").fetchall()
    assert b"secret note" not in notes[0][0], "notes are encrypted at rest"
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []


async def test_alerts_of_clients_survive_the_0005_rebuild(tmp_path: Path) -> None:
    """Migration 0005 rebuilds `alerts` (client_id becomes nullable) and keeps every row."""
    from storage.database import _migrations

    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT)")
    for version, name, sql in _migrations():
        if version >= 5:
            break
        conn.executescript(sql)
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, name))
    conn.execute("INSERT INTO people (id, role, alias, timezone, created_at) VALUES"
                 " (1, 'client', 'Youssef', 'UTC', '2026-01-01T00:00:00.000000Z')")
    conn.execute("INSERT INTO alerts (id, client_id, source, categories, severity, created_at,"
                 " last_message_at) VALUES (3, 1, 'flag', 'medical', 'urgent',"
                 " '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')")
    conn.execute("INSERT INTO alert_messages (alert_id, at, direction, kind) VALUES"
                 " (3, '2026-01-01T00:00:00.000000Z', 'in', 'text')")
    conn.commit()
    conn.close()
    db = await open_database(path, Cipher(bytes(32)))
    async with db.tx() as tx:
        alert = await tx.alert(3)
        assert alert is not None and alert.client_id == 1 and alert.street_contact_id is None
        assert len(await tx.alert_messages(3)) == 1
    await db.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):  # still enforced after the rebuild
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute("INSERT INTO alert_messages (alert_id, at, direction, kind) VALUES"
                    " (99, 'x', 'in', 'text')")
