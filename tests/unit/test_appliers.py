"""The effect appliers: one per effect type, and typed handles resolved on a real database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, get_args

import pytest

from bot.appliers.handles import resolve, resolve_new
from bot.apply import APPLIERS, apply_effects, send_payload
from flows.alerts.buttons import AlertAction
from flows.appointments.buttons import ApptAnswer
from flows.core.effects import (
    Batch,
    CancelOutbox,
    Choice,
    CreateAlert,
    CreateAppointment,
    Edit,
    Effect,
    New,
    Ref,
    Send,
    SetTimer,
    UpdateAlert,
)
from flows.street.buttons import StreetUndo
from flows.street.effects import SaveStreetContact, StreetEffect
from storage import Database, Person, Tx
from tests.backends import open_test_store
from tests.unit.factories import CHAT_ID, NOW, TELEGRAM_USER_ID, context

ALIAS = "Mo @appt and @alert"  # someone's alias that looks like the old placeholders


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_test_store(tmp_path)
    yield database
    await database.close()


async def people(tx: Tx) -> tuple[Person, Person]:
    """A bound casemanager (the caller) and their client, also bound."""
    casemanager = await tx.create_person(
        role="casemanager", alias="Cas", timezone="Europe/Amsterdam", now=NOW,
        language="nl", telegram_user_id=TELEGRAM_USER_ID, chat_id=CHAT_ID)
    client = await tx.create_person(
        role="client", alias=ALIAS, timezone="Europe/Amsterdam", now=NOW, language="fr",
        casemanager_id=casemanager.id, telegram_user_id=7001, chat_id=7001)
    return casemanager, client


def new_alert(client: Person) -> CreateAlert:
    return CreateAlert(client_id=client.id, casemanager_id=client.casemanager_id,
                       source="message", categories=("violence",), severity="urgent")


# -- the table --------------------------------------------------------------------------------

def test_every_effect_type_has_an_applier() -> None:
    effect_types = set(get_args(Effect))
    assert set(get_args(StreetEffect)) <= effect_types  # the union is flat
    assert [kind.__name__ for kind in effect_types if kind not in APPLIERS] == []


def test_the_table_holds_only_effect_types() -> None:
    assert set(APPLIERS) <= set(get_args(Effect))


async def test_an_effect_without_an_applier_raises(db: Database) -> None:
    @dataclass(frozen=True)
    class Unknown:
        value: int

    async with db.tx() as tx:
        with pytest.raises(TypeError, match="Unknown"):
            await apply_effects(tx, context(), (Unknown(1),))  # type: ignore[arg-type]


# -- handles, without a database --------------------------------------------------------------

def test_resolve_fills_new_everywhere_and_never_looks_into_strings() -> None:
    new: dict[str, int | str] = {"alert": 12, "street_code": "K7MX"}
    args = {"alias": ALIAS, "number": New("alert"), "code": New("street_code"),
            "list": [New("alert"), "@alert"], "pair": (1, {"deep": New("alert")})}
    assert resolve(args, new) == {"alias": ALIAS, "number": "12", "code": "K7MX",
                                  "list": ["12", "@alert"], "pair": (1, {"deep": "12"})}
    assert resolve(AlertAction("claim", New("alert")), new) == AlertAction("claim", 12)
    assert resolve(Ref("alert", New("alert")), new) == "alert:12"
    assert resolve(Ref("client", 5), new) == "client:5"
    assert resolve_new(7, new) == 7


def test_an_unfilled_handle_names_its_kind() -> None:
    with pytest.raises(ValueError, match="appointment"):
        resolve_new(New("appointment"), {"alert": 12})
    with pytest.raises(ValueError, match="street_code"):
        resolve_new(New("street_code"), {"street_code": "K7MX"})  # a code, not a row id
    with pytest.raises(ValueError, match="alert"):
        send_payload(Send("alert-card", buttons=(
            (Choice("alert-claim-button", AlertAction("claim", New("alert"))),),)))


# -- handles, applied on a real database ------------------------------------------------------

async def test_new_alert_fills_args_buttons_and_refs(db: Database) -> None:
    async with db.tx() as tx:
        casemanager, client = await people(tx)
        claim = Choice("alert-claim-button", AlertAction("claim", New("alert")),
                       args={"alias": ALIAS, "number": New("alert")})
        effects: tuple[Effect, ...] = (
            new_alert(client),
            UpdateAlert(New("alert"), {"severity": "normal"}),
            SetTimer("alert-escalate", New("alert"), NOW + timedelta(minutes=15)),
            Send("alert-card", {"alias": ALIAS, "number": New("alert"), "ids": [New("alert")]},
                 person_id=casemanager.id, buttons=((claim,),), tail=ALIAS,
                 ref=Ref("alert", New("alert"))),
        )
        queued = await apply_effects(tx, context(casemanager), effects)
        alert_id = (await tx.open_alerts())[0].id
        card = await tx.pending_by_ref(f"alert:{alert_id}")
        alert = await tx.alert(alert_id)
        timers = await tx.due_timers(NOW + timedelta(hours=1))
    assert queued == 1
    assert alert is not None and alert.severity == "normal"
    assert [t.subject for t in timers if t.kind == "alert-escalate"] == [alert_id]
    assert card is not None and card.chat_id == CHAT_ID
    payload: dict[str, Any] = card.payload
    assert payload["args"] == {"alias": ALIAS, "number": str(alert_id), "ids": [str(alert_id)]}
    assert payload["tail"] == ALIAS
    assert payload["buttons"] == [[{"key": "alert-claim-button",
                                    "data": f"alert:claim:{alert_id}",
                                    "args": {"alias": ALIAS, "number": str(alert_id)},
                                    "literal": None}]]


async def test_new_appointment_and_plain_refs(db: Database) -> None:
    async with db.tx() as tx:
        casemanager, client = await people(tx)
        come = Choice("appt-come-button", ApptAnswer("come", New("appointment")))
        effects: tuple[Effect, ...] = (
            CreateAppointment(client_id=client.id, casemanager_id=casemanager.id,
                              kind="visit", starts_at=NOW + timedelta(days=1),
                              timezone="Europe/Amsterdam", reminders=(60,), note=ALIAS),
            Send("appt-reminder", {"alias": ALIAS, "id": New("appointment")},
                 person_id=client.id, buttons=((come,),), ref=Ref("appt", New("appointment")),
                 due_at=NOW + timedelta(hours=23)),
            Send("appt-cancelled", {"alias": ALIAS}, person_id=client.id,
                 ref=Ref("client", client.id)),
            CancelOutbox(Ref("client", client.id)),
            Batch(Ref("batch", client.id), "relay", {"alias": ALIAS}, "first", None, CHAT_ID,
                  NOW + timedelta(minutes=1)),
            Batch(Ref("batch", client.id), "relay", {"alias": ALIAS}, "second", None, CHAT_ID,
                  NOW + timedelta(minutes=1)),
            Edit(42, "appt-card", {"alias": ALIAS}, buttons=((come,),)),
        )
        queued = await apply_effects(tx, context(casemanager), effects)
        appointment = (await tx.all_appointments())[0]
        reminder = await tx.pending_by_ref(f"appt:{appointment.id}")
        cancelled = await tx.pending_by_ref(f"client:{client.id}")
        batch = await tx.pending_by_ref(f"batch:{client.id}")
        edit = await tx.pending_by_ref(f"edit:{CHAT_ID}:42")
    assert queued == 4  # the reminder, the cancelled message, one batch, the edit
    assert appointment.note == ALIAS
    assert reminder is not None and reminder.chat_id == 7001
    assert reminder.payload["args"] == {"alias": ALIAS, "id": str(appointment.id)}
    assert reminder.payload["buttons"][0][0]["data"] == f"appt:come:{appointment.id}"
    assert cancelled is None
    assert batch is not None and batch.payload["tail"] == "first\nsecond"
    assert batch.payload["args"] == {"alias": ALIAS}
    assert edit is not None and edit.payload["message_id"] == 42
    assert edit.payload["args"] == {"alias": ALIAS}
    assert edit.payload["buttons"][0][0]["data"] == f"appt:come:{appointment.id}"


async def test_street_handles_fill_a_later_alert_and_message(db: Database) -> None:
    async with db.tx() as tx:
        fieldworker = await tx.create_person(
            role="fieldworker", alias="Fee", timezone="Europe/Amsterdam", now=NOW,
            language="nl", telegram_user_id=TELEGRAM_USER_ID, chat_id=CHAT_ID)
        undo = Choice("street-undo-button", StreetUndo("undo", New("street_contact")))
        effects: tuple[Effect, ...] = (
            SaveStreetContact(fieldworker_id=fieldworker.id, at=NOW, street_person_id=None,
                              alias=ALIAS),
            CreateAlert(client_id=None, casemanager_id=None, source="street",
                        categories=("violence",), severity="urgent",
                        street_contact_id=New("street_contact")),
            Send("street-saved", {"code": New("street_code"), "alias": ALIAS},
                 person_id=fieldworker.id, buttons=((undo,),), ref=Ref("alert", New("alert"))),
        )
        await apply_effects(tx, context(fieldworker), effects)
        alert = (await tx.open_alerts())[0]
        saved = await tx.pending_by_ref(f"alert:{alert.id}")
    assert alert.street_contact_id is not None
    assert saved is not None and saved.payload["args"]["alias"] == ALIAS
    code = saved.payload["args"]["code"]
    assert isinstance(code, str) and code.isalnum() and "@" not in code
    assert saved.payload["buttons"][0][0]["data"] == f"street:undo:{alert.street_contact_id}"


async def test_a_handle_used_before_its_create_effect_raises(db: Database) -> None:
    async with db.tx() as tx:
        casemanager, _ = await people(tx)
        with pytest.raises(ValueError, match="alert"):
            await apply_effects(tx, context(casemanager),
                                (UpdateAlert(New("alert"), {"severity": "normal"}),))
