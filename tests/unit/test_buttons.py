"""Typed buttons: every kind is declared, round-trips, fits Telegram's 64 bytes; every button
that names a row is refused centrally for every role that is not its owner's, and a
malformed or out-of-range press changes nothing."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from types import UnionType
from typing import Any, Literal, get_args, get_origin, get_type_hints

import pytest

from flows import step
from flows.alerts.buttons import AlertAction
from flows.core.buttons import MAX_BYTES, ButtonData, New, decode, kinds
from flows.core.context import Context
from flows.core.effects import Log, Send, Transition
from flows.core.events import Button
from flows.core.ownership import may_press
from flows.features import BUTTONS
from flows.model import Alert, NamedRow, Person
from tests.unit.factories import NOW, context, person

ROW_ID = 41
_STR_CANDIDATES = ("p1", "s41", "1430", "0", "MA", "default", "keep", "ary")


def sample(kind: type[ButtonData], row_id: int = ROW_ID) -> ButtonData:
    """A valid value of `kind`, naming row `row_id` if it names one."""
    hints = get_type_hints(kind)
    values: dict[str, Any] = {}
    for f in fields(kind):  # type: ignore[arg-type]
        hint = hints[f.name]
        if hint is int or isinstance(hint, UnionType):
            values[f.name] = row_id if f.name == "id" else 1
        elif hint is date:
            values[f.name] = date(2026, 12, 3)
        elif get_origin(hint) is Literal:
            values[f.name] = get_args(hint)[0]
        else:
            values[f.name] = _STR_CANDIDATES[0]
    made = kind(**values)
    for candidate in _STR_CANDIDATES:  # a str field the kind checks: find a valid value
        if made.valid():
            break
        made = kind(**{**values, **{f.name: candidate for f in fields(kind)  # type: ignore[arg-type]
                                    if hints[f.name] is str}})
    assert made.valid(), kind
    return made


ALL_KINDS = kinds()
ROW_KINDS = [kind for kind in ALL_KINDS if kind.ROW is not None]


def test_every_kind_is_declared_by_a_feature_and_every_declared_kind_is_registered() -> None:
    assert set(ALL_KINDS) == set(BUTTONS)
    assert len(ALL_KINDS) >= 35


@pytest.mark.parametrize("kind", ALL_KINDS, ids=lambda k: k.__name__)
def test_every_kind_round_trips_within_64_bytes(kind: type[ButtonData]) -> None:
    value = sample(kind, row_id=10**17)  # the longest id a row gets
    data = value.encode()
    assert len(data.encode()) <= MAX_BYTES
    assert decode(data) == value


def test_a_new_row_must_be_filled_in_before_the_button_is_encoded() -> None:
    with pytest.raises(ValueError, match="alert"):
        AlertAction("claim", New("alert")).encode()


@pytest.mark.parametrize("data", [
    "", "alert", "alert:claim", "alert:claim:x", "alert:claim:-1", "alert:claim:1:2",
    "alert:explode:1", "alert~9:claim:1", "ci:1:mood:4", "ci:1:mood:-1", "ci:1:health:3",
    "ci:1:feelings:1", "apptnew:day:2026-02-30", "apptnew:time:2460", "apptnew:kind:spa",
    "appt:come:1x", "lang:xx", "invite:client", "care:hour:24", "care:returned:3",
    "newclient:alias:41", "places:open:", "x" * 65, "alert:claim:" + "9" * 60, "💥:1",
])
def test_malformed_forged_or_out_of_range_data_reads_as_nothing(data: str) -> None:
    assert decode(data) is None


def refused_and_nothing_changed(transition: Transition, ctx: Context) -> bool:
    """Only a neutral answer and a log line naming the refusal; the state as it was."""
    answers = [e for e in transition.effects if isinstance(e, Send)]
    logs = [e for e in transition.effects if isinstance(e, Log)]
    return (transition.state == ctx.state
            and len(answers) + len(logs) == len(transition.effects)
            and [a.key for a in answers] in (["button-expired"], ["refusal-not-available"])
            and all(log.kind.startswith("refused") for log in logs) and len(logs) == 1)


@pytest.mark.parametrize("data", ["alert:claim:x", "ci:1:mood:9", "garbage", "apptm:cancel:"])
@pytest.mark.parametrize("role", ["client", "casemanager", "fieldworker", "admin"])
def test_an_unreadable_press_is_answered_neutrally_logged_and_changes_nothing(
        role: Any, data: str) -> None:
    ctx = context(person(role), {"flow": "checkin", "checkin": 1})
    assert refused_and_nothing_changed(step(ctx, Button(data, 7)), ctx)


# -- who owns what ------------------------------------------------------------------------

OWNER_CASEMANAGER = 2  # the casemanager in tests/unit/factories.py
FOREIGN_CASEMANAGER = 99
ROLES: tuple[Any, ...] = ("client", "casemanager", "fieldworker", "admin")


def owned_client(casemanager_id: int) -> Person:
    return person("client", id=77, casemanager_id=casemanager_id)


def alert_of(casemanager_id: int, **fields: Any) -> Alert:
    values: dict[str, Any] = {"severity": "normal", "status": "open", **fields}
    return Alert(id=ROW_ID, client_id=77, casemanager_id=casemanager_id, source="text",
                 categories=("medical",), created_at=NOW, last_message_at=NOW, **values)


def row_context(presser: Person, kind: type[ButtonData], owner: Person, made_by: int,
                **extra: Any) -> Context:
    assert kind.ROW is not None
    client = owner if kind.ROW != "place" else None
    named = NamedRow(kind.ROW, ROW_ID, client, made_by)
    alert = alert_of(owner.casemanager_id or 0) if kind.ROW == "alert" else None
    return context(presser, {"flow": "idle"}, named=named, alert=alert, **extra)


@pytest.mark.parametrize("kind", [k for k in ROW_KINDS if k.ROW != "place"],
                         ids=lambda k: k.__name__)
@pytest.mark.parametrize("role", ROLES)
def test_a_button_naming_someone_elses_row_is_refused_for_every_role(
        kind: type[ButtonData], role: Any) -> None:
    """The row belongs to another casemanager's client (another client, for a client;
    another fieldworker's street contact): nobody but an admin gets past the check, and an
    admin only where the role may press it at all."""
    presser = person(role, id=55)  # not the client, not the client's casemanager
    ctx = row_context(presser, kind, owned_client(FOREIGN_CASEMANAGER), made_by=98)
    press = sample(kind)
    transition = step(ctx, Button(press.encode(), 7))
    spec = BUTTONS[kind]
    if role == "admin" and role in spec.roles and not (
            isinstance(press, AlertAction) and press.action == "force"):
        assert may_press(ctx, press)  # admins act on every client's rows
        return
    assert refused_and_nothing_changed(transition, ctx), transition.effects


@pytest.mark.parametrize("kind", ROW_KINDS, ids=lambda k: k.__name__)
def test_the_rows_owner_gets_past_the_check(kind: type[ButtonData]) -> None:
    roles = BUTTONS[kind].roles
    role: Any = "client" if "client" in roles else (
        "casemanager" if "casemanager" in roles else sorted(roles)[0])
    presser = person(role)
    owner = presser if role == "client" else owned_client(presser.id)
    press = sample(kind)
    ctx = row_context(presser, kind, owner, made_by=presser.id)
    if isinstance(press, AlertAction) and press.action == "force":
        admin = person("admin")
        ctx = replace(row_context(admin, kind, owner, made_by=admin.id),
                      alert=alert_of(presser.id, claimed_by=presser.id, status="claimed"))
        assert may_press(ctx, press)
        return
    assert may_press(ctx, press)


def test_a_row_that_does_not_exist_is_refused() -> None:
    ctx = context(person("casemanager"))  # the loader found no such row: named is None
    for kind in ROW_KINDS:
        assert not may_press(ctx, sample(kind)), kind


def test_a_claimed_alert_is_resolved_by_its_claimer_or_an_admin_after_confirming() -> None:
    claimer, other, admin = person("casemanager", id=5), person("casemanager"), person("admin")
    alert = alert_of(OWNER_CASEMANAGER, claimed_by=claimer.id, status="claimed")
    named = NamedRow("alert", ROW_ID, owned_client(OWNER_CASEMANAGER))

    def may(who: Person, action: Any) -> bool:
        return may_press(context(who, named=named, alert=alert), AlertAction(action, ROW_ID))

    assert may(claimer, "resolve") and not may(claimer, "force")
    assert not may(other, "resolve")  # the client's own casemanager, but not the claimer
    assert may(admin, "resolve")  # answered by the flow with a confirmation question
    assert may(admin, "force") and not may(other, "force")
