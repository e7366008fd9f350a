"""Typed button data: one small frozen dataclass per button kind, built and read only here.

A kind names its prefix and, when its data names a row, which kind of row (`ROW`) and in
which field (`id`). Its fields are written in order, separated by ":", within Telegram's 64
bytes. Version 1 is written `prefix:field:...`, a later version `prefix~2:field:...`; data
of an older or unknown version, of the wrong shape, or with a value out of range decodes
to None, and the router answers it neutrally ("this button has expired"). Values are
checked by their type (int: digits; a Literal: one of its choices; date: a real date) and by
the kind's own `valid()` (ranges).

    @button
    @dataclass(frozen=True)
    class ClaimAlert(ButtonData):
        PREFIX = "alert"
        ROW = "alert"
        action: Literal["claim"]
        id: int
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from types import UnionType
from typing import Any, ClassVar, Literal, TypeVar, get_args, get_origin, get_type_hints

__all__ = [
    "MAX_BYTES",
    "ButtonData",
    "New",
    "RowKind",
    "button",
    "decode",
    "kinds",
]

MAX_BYTES = 64  # Telegram's limit for callback data
RowKind = Literal["alert", "appointment", "checkin", "client", "plan", "update", "place",
                  "street_contact"]
_TOKEN = re.compile(r"^[A-Za-z0-9_+\-./@]{1,40}$")  # a plain str field: one word, no ':'
_INT = re.compile(r"^[0-9]{1,18}$")

K = TypeVar("K", bound="type[ButtonData]")


@dataclass(frozen=True)
class New:
    """A row made by an earlier effect of the same transition (CreateAlert, CreateAppointment,
    SaveStreetContact): flows put it where the row's id belongs (an effect's id field, a
    button's `id`, a message argument, a Ref) and the applier puts the real id there."""

    kind: Literal["alert", "appointment", "street_contact", "street_code", "outcome"]


class ButtonData:
    """The base of every button kind (a frozen dataclass)."""

    PREFIX: ClassVar[str]
    VERSION: ClassVar[int] = 1
    ROW: ClassVar[RowKind | None] = None  # the kind of row the `id` field names

    def valid(self) -> bool:
        """Ranges and cross-field rules beyond the field types; True by default."""
        return True

    @property
    def row_id(self) -> int | None:
        """The id of the row this press names, if its kind names one."""
        value = getattr(self, "id", None) if self.ROW is not None else None
        return value if isinstance(value, int) else None

    def encode(self) -> str:
        head = self.PREFIX if self.VERSION == 1 else f"{self.PREFIX}~{self.VERSION}"
        parts = [head, *(_write(getattr(self, f.name)) for f in fields(self))]  # type: ignore[arg-type]
        data = ":".join(parts)
        if len(data.encode("utf-8")) > MAX_BYTES:
            raise ValueError(f"button data over {MAX_BYTES} bytes: {data[:20]}…")
        return data


_KINDS: dict[str, list[type[ButtonData]]] = {}
_HINTS: dict[type[ButtonData], list[tuple[str, Any]]] = {}


def button(kind: K) -> K:
    """Register a button kind (used as a class decorator, under @dataclass)."""
    hints = get_type_hints(kind)
    _HINTS[kind] = [(f.name, hints[f.name]) for f in fields(kind)]  # type: ignore[arg-type]
    for _, hint in _HINTS[kind]:
        if hint not in (int, str, date, int | New) and get_origin(hint) is not Literal:
            raise TypeError(f"{kind.__name__}: unsupported field type {hint}")
    _KINDS.setdefault(kind.PREFIX, []).append(kind)
    return kind


def kinds() -> list[type[ButtonData]]:
    """Every registered kind (for the tests that cross buttons with roles)."""
    return [kind for group in _KINDS.values() for kind in group]


def decode(data: str) -> ButtonData | None:
    """The typed button `data` stands for, or None when no kind reads it."""
    if not data or len(data.encode("utf-8")) > MAX_BYTES:
        return None
    head, *values = data.split(":")
    prefix, _, version = head.partition("~")
    wanted = int(version) if version.isdigit() else (1 if not version else -1)
    for kind in _KINDS.get(prefix, ()):
        if wanted != kind.VERSION or len(values) != len(_HINTS[kind]):
            continue
        read = _read_all(kind, values)
        if read is not None and read.valid():
            return read
    return None


def _read_all(kind: type[ButtonData], values: list[str]) -> ButtonData | None:
    parsed: dict[str, object] = {}
    for (name, hint), text in zip(_HINTS[kind], values, strict=True):
        value = _read(hint, text)
        if value is None:
            return None
        parsed[name] = value
    return kind(**parsed)


def _read(hint: Any, text: str) -> object | None:
    if hint is int or (isinstance(hint, UnionType) and int in get_args(hint)):
        return int(text) if _INT.match(text) else None
    if hint is str:
        return text if _TOKEN.match(text) else None
    if hint is date:
        try:
            return date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            return None
    return next((choice for choice in get_args(hint) if str(choice) == text), None)  # Literal


def _write(value: object) -> str:
    if isinstance(value, New):
        raise ValueError(f"button names a new {value.kind} the applier has not filled in")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if ":" in text or not text:
        raise ValueError("a button field may not be empty or hold ':'")
    return text
