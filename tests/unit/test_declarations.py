"""The feature declarations are complete: every need has a loader, every row a button may
name has a row loader, every effect type is declared by a feature, every command has its
menu line in every language."""

from __future__ import annotations

from typing import get_args

from bot.loader import NEED_LOADERS
from bot.rows import ROW_LOADERS
from flows.core.buttons import RowKind, kinds
from flows.core.effects import Effect
from flows.core.feature import Need
from flows.features import COMMANDS, EFFECTS, FEATURES, commands_for


def test_every_need_has_a_loader() -> None:
    assert set(get_args(Need)) == set(NEED_LOADERS)
    declared = {need for f in FEATURES for spec in (*f.commands, *f.buttons, *f.conversations)
                for need in spec.needs} | {need for f in FEATURES for _, need in f.always}
    assert declared <= set(NEED_LOADERS)


def test_every_row_a_button_names_has_a_row_loader() -> None:
    named = {kind.ROW for kind in kinds() if kind.ROW is not None}
    assert named <= set(ROW_LOADERS) == set(get_args(RowKind))


def test_every_effect_type_is_declared_by_one_feature() -> None:
    union = set(get_args(Effect))
    union = {member for kind in union for member in (get_args(kind) or (kind,))}
    assert union == EFFECTS


def test_the_menus_come_from_the_declarations() -> None:
    assert commands_for("client") == ["help", "language", "stop", "sos", "privacy", "wipe"]
    assert "safety" in commands_for("casemanager") and "safety" not in commands_for("client")
    assert "invite" in commands_for("admin") and "invite" not in commands_for("casemanager")
    assert "start" not in commands_for("admin")
    assert set(COMMANDS) >= {"start", "cancel", "contact", "alerts", "write", "places"}
