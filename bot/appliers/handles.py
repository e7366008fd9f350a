"""Typed handles: the ids of rows made earlier in the same transition, put where flows wrote
`New(kind)`, and a `Ref` turned into the string the outbox stores ("alert:12")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any

from flows.core.buttons import ButtonData, New
from flows.core.effects import Ref

__all__ = ["Handles", "resolve", "resolve_new"]

Handles = Mapping[str, int | str]  # New.kind -> the id (or, for "street_code", the code)


def _filled(handle: New, new: Handles) -> int | str:
    if handle.kind not in new:
        raise ValueError(f"New({handle.kind!r}) used before the effect that creates it")
    return new[handle.kind]


def resolve_new(value: int | New, new: Handles) -> int:
    """The row id `value` stands for: itself, or the id an earlier effect made."""
    if not isinstance(value, New):
        return value
    filled = _filled(value, new)
    if not isinstance(filled, int):
        raise ValueError(f"New({value.kind!r}) is not a row id")
    return filled


def resolve(value: Any, new: Handles) -> Any:
    """`value` with every New filled in (also inside dicts, lists, tuples and a button's
    fields), and a Ref as its stored string. Strings are never looked into. In a message's
    arguments a new row's id is text, like every id shown ("#12345", not "#12,345")."""
    if isinstance(value, New):
        return str(_filled(value, new))
    if isinstance(value, Ref):
        return f"{value.kind}:{resolve_new(value.id, new)}"
    if isinstance(value, ButtonData):
        handles = {f.name: resolve_new(getattr(value, f.name), new)
                   for f in fields(value) if isinstance(getattr(value, f.name), New)}  # type: ignore[arg-type]
        return replace(value, **handles) if handles else value  # type: ignore[type-var]
    if isinstance(value, Mapping):
        return {key: resolve(item, new) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, new) for item in value]
    if isinstance(value, tuple):
        return tuple(resolve(item, new) for item in value)
    return value
