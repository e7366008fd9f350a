"""Taking access back and the audit trail, below the bot: the flows' rules (nobody disables
themselves or the last admin), the append-only audit table, revoked invites, the safe CSV
writer and the --with-text question."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from bot.deps import hash_code
from bot.export_audit import SafeWriter, confirm_with_text, neutralise
from flows import step
from flows.access.buttons import StaffAction, StaffRole
from flows.access.effects import DisableStaff
from flows.access.view import AccessView, StaffMember
from flows.core.context import Context
from flows.core.effects import Audit, Send, UpdatePerson
from flows.core.events import Button, Command
from storage import Database
from tests.backends import open_test_store
from tests.unit.factories import NOW, context, person

ADMIN = person("admin")
OTHER_ADMIN = person("admin", id=4, alias="Anouk", telegram_user_id=7004, chat_id=7004)
MANAGER = person("casemanager", alias="Sanne")


def staff_ctx(*members: StaffMember) -> Context:
    return replace(context(ADMIN), access=AccessView(staff=members))


def press(data: StaffAction | StaffRole) -> Button:
    return Button(data.encode(), message_id=1)


def keys(effects: tuple[object, ...]) -> list[str]:
    return [e.key for e in effects if isinstance(e, Send)]


def test_an_admin_disables_a_colleague_and_it_is_audited() -> None:
    ctx = staff_ctx(StaffMember(ADMIN), StaffMember(MANAGER))
    effects = step(ctx, press(StaffAction("disable", MANAGER.id))).effects
    assert DisableStaff(MANAGER.id) in effects
    assert Audit("staff-disable", MANAGER.id) in effects
    assert keys(effects) == ["access-staff-disabled"]


def test_nobody_disables_themselves() -> None:
    ctx = staff_ctx(StaffMember(ADMIN), StaffMember(OTHER_ADMIN))
    effects = step(ctx, press(StaffAction("disable", ADMIN.id))).effects
    assert keys(effects) == ["access-not-yourself"]
    assert not any(isinstance(e, DisableStaff) for e in effects)


def test_the_last_admin_keeps_admin() -> None:
    """The last active admin can be neither disabled nor given another role (a disabled
    admin does not count)."""
    caller = replace(ADMIN, id=9)
    ctx = replace(context(caller), access=AccessView(staff=(
        StaffMember(OTHER_ADMIN), StaffMember(replace(ADMIN, id=5), disabled=True))))
    for data in (StaffAction("disable", OTHER_ADMIN.id), StaffRole("fieldworker", OTHER_ADMIN.id)):
        effects = step(ctx, press(data)).effects
        assert keys(effects) == ["access-last-admin"]
        assert not any(isinstance(e, DisableStaff | UpdatePerson) for e in effects)


def test_a_role_change_tells_the_person_and_refreshes_their_menu() -> None:
    ctx = staff_ctx(StaffMember(ADMIN), StaffMember(MANAGER))
    effects = step(ctx, press(StaffRole("fieldworker", MANAGER.id))).effects
    assert UpdatePerson(MANAGER.id, {"role": "fieldworker"}) in effects
    assert keys(effects) == ["access-role-changed", "access-role-changed-you"]


def test_staff_commands_are_for_admins_only() -> None:
    for name in ("staff", "invites", "reassign"):
        effects = step(context(MANAGER), Command(name, "x")).effects
        assert keys(effects) == ["refusal-not-available"]


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_test_store(tmp_path)
    yield database
    await database.close()


async def test_the_audit_table_is_append_only(db: Database) -> None:
    async with db.tx() as tx:
        await tx.audit(at=NOW, actor_id=2, action="read:client", person_id=10)
    for sql in ("UPDATE audit SET person_id = 11", "DELETE FROM audit"):
        with pytest.raises(Exception, match="append-only"):
            async with db.tx() as tx:
                await tx._run(sql)
    async with db.read() as tx:
        rows = [entry async for entry in tx.iter_audit(NOW - timedelta(days=1))]
        later = [entry async for entry in tx.iter_audit(NOW + timedelta(days=1))]
    assert [(r.actor_id, r.action, r.person_id) for r in rows] == [(2, "read:client", 10)]
    assert later == []


async def test_a_revoked_invite_behaves_like_an_expired_one(db: Database) -> None:
    async with db.tx() as tx:
        await tx.create_invite(code_hash=hash_code("abc"), role="casemanager", now=NOW,
                               expires_at=NOW + timedelta(days=7), name="Karim")
        [pending] = await tx.pending_invites(NOW)
        assert await tx.revoke_invite(pending.id, NOW, by=1)
        assert await tx.pending_invites(NOW) == []
        outcome = await tx.redeem_invite(hash_code("abc"), NOW + timedelta(seconds=1), 99)
    assert outcome.status == "expired"


@pytest.mark.parametrize(("cell", "written"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+31 6 1234", "'+31 6 1234"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("salam =)", "salam =)"), ("", ""), (-5, -5),
])
def test_cells_that_would_be_formulas_are_neutralised(cell: object, written: object) -> None:
    assert neutralise(cell) == written


def test_the_safe_writer_keeps_columns_and_neutralises() -> None:
    out = io.StringIO()
    SafeWriter(out).writerow(["a", "=1+1", 3])
    assert out.getvalue() == "a,'=1+1,3\r\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("typed", "goes_on"), [("yes\n", True), ("YES\n", True),
                                                ("no\n", False), ("\n", False), ("", False)])
def test_with_text_asks_on_a_terminal(typed: str, goes_on: bool) -> None:
    asked = io.StringIO()
    assert confirm_with_text(Terminal(typed), asked) is goes_on
    assert "Type yes" in asked.getvalue()


def test_with_text_from_a_script_goes_on_without_asking() -> None:
    asked = io.StringIO()
    assert confirm_with_text(io.StringIO(""), asked) is True
    assert asked.getvalue() == ""


async def test_disabling_takes_the_account_and_the_links_and_enabling_gives_it_back(
    db: Database
) -> None:
    async with db.tx() as tx:
        manager = await tx.create_person(role="casemanager", alias="Sanne", timezone="UTC",
                                         now=NOW, telegram_user_id=7002, chat_id=7002)
        await tx.create_invite(code_hash=hash_code("hers"), role="client", now=NOW,
                               expires_at=NOW + timedelta(days=7), created_by=manager.id)
        await tx.enqueue(chat_id=7002, kind="message", payload={"key": "x"}, now=NOW,
                         person_id=manager.id)
        assert await tx.disable_staff(manager.id, NOW, by=1) == 1
        assert await tx.person_by_telegram(7002) is None
        assert await tx.disabled_staff() == {manager.id}
        assert await tx.pending_invites(NOW) == []
        assert await tx.due_outbox(NOW + timedelta(seconds=1)) == []
        assert await tx.enable_staff(manager.id)
        back = await tx.person_by_telegram(7002)
        assert back is not None and back.id == manager.id and back.chat_id == 7002
        assert await tx.disabled_staff() == set()
