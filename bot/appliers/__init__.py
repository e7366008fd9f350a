"""One async function per effect type, grouped by feature; bot/apply.py joins them into
the table `apply_effects` looks effects up in."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from bot.appliers.applier import Applier

__all__ = ["EffectApplier", "Table", "entry"]

EffectApplier = Callable[["Applier", Any], Awaitable[None]]
Table = dict[type, EffectApplier]
E = TypeVar("E")


def entry(kind: type[E], apply: Callable[[Applier, E], Awaitable[None]]
          ) -> tuple[type, EffectApplier]:
    """A table row; the type checker sees that `apply` takes this kind of effect."""
    return kind, apply
