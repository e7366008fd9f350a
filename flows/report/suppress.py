"""Small-number suppression for the public factsheet.

1. Primary: every count from 1 to 4 is hidden ("small", shown as "< 5"). Zero is shown.
2. Secondary: in every additive group (a total and its parts), a reader must not be able to
   work a hidden count back out: not from the total minus the shown parts when one cell is
   hidden, nor from a known sum of hidden cells (two "< 5" cells summing to 2 are both 1; a
   "< 5" and an "x" summing to 6 are 1 and 5). While a group gives a cell away, one more cell
   is hidden ("secondary", shown as "x"): the smallest part above zero that is still shown,
   or else the total. A sum that narrows cells down without fixing them (two cells summing
   to 3: each is 1 or 2) is accepted: each is still only "< 5".
   This repeats until every group is safe: a cell hidden for one group may make another
   unsafe.
3. A derived figure (share, change, median, youngest, oldest) is hidden when any count it
   comes from is hidden.
Without --public nothing of this applies: the team sees exact numbers."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal

from flows.report.figures import Factsheet, Group

__all__ = [
    "SMALL",
    "Hidden",
    "hidden_figures",
    "hide_derived",
    "hide_secondary",
    "hide_small",
    "suppress",
]

Hidden = Literal["small", "secondary"]
SMALL = range(1, 5)


def hide_small(counts: Mapping[str, int]) -> dict[str, Hidden]:
    return {name: "small" for name, value in counts.items() if value in SMALL}


_BOUNDS: dict[Hidden, tuple[float, float]] = {"small": (1, 4), "secondary": (5, math.inf)}


def _unsafe(total: str, parts: Sequence[str], hidden: Mapping[str, Hidden],
            counts: Mapping[str, int]) -> bool:
    """Whether a reader can work out a hidden cell of this group: they know the shown cells,
    that "< 5" is 1 to 4, that "x" is at least 5 (zero is never hidden), and that the parts
    add up to the total. One linear equation with bounded whole unknowns: each unknown can
    take every value in the interval the others leave it, so it is given away exactly when
    that interval is one number."""
    signs = {p: 1 for p in parts if p in hidden}
    if total in hidden:
        signs[total] = -1
    if not signs:
        return False
    # sum(sign * value of the hidden cells) = target
    shown = sum(counts.get(p, 0) for p in parts if p not in hidden)
    target = (0 if total in hidden else counts[total]) - shown
    for cell, sign in signs.items():
        low, high = 0.0, 0.0  # the bounds of the others' signed sum
        for other, other_sign in signs.items():
            if other != cell:
                a, b = (other_sign * x for x in _BOUNDS[hidden[other]])
                low, high = low + min(a, b), high + max(a, b)
        own_low, own_high = _BOUNDS[hidden[cell]]
        first, last = sorted(sign * (target - x) for x in (low, high))
        if max(own_low, first) >= min(own_high, last):
            return True
    return False


def hide_secondary(counts: Mapping[str, int], groups: Sequence[Group],
                   hidden: Mapping[str, Hidden]) -> dict[str, Hidden]:
    """`hidden` plus the cells hidden so that no group reveals a hidden count."""
    result = dict(hidden)
    changed = True
    while changed:
        changed = False
        for total, parts in groups:
            if not _unsafe(total, parts, result, counts):
                continue
            shown = [p for p in parts if p not in result and counts.get(p, 0) > 0]
            if shown:
                result[min(shown, key=lambda p: (counts[p], p))] = "secondary"
            elif total not in result:
                result[total] = "secondary"
            else:
                continue  # nothing left to hide: every cell with a value is hidden
            changed = True
    return result


def hide_derived(derived: Mapping[str, Sequence[str]],
                 hidden: Mapping[str, Hidden]) -> dict[str, Hidden]:
    """`hidden` plus every derived figure computed from a hidden count."""
    result = dict(hidden)
    for name, sources in derived.items():
        if any(source in hidden for source in sources):
            result[name] = "secondary"
    return result


def suppress(counts: Mapping[str, int], groups: Sequence[Group],
             derived: Mapping[str, Sequence[str]]) -> dict[str, Hidden]:
    """The figures to hide, and why: all three steps."""
    hidden = hide_secondary(counts, groups, hide_small(counts))
    return hide_derived(derived, hidden)


def hidden_figures(sheet: Factsheet) -> dict[str, Hidden]:
    counts = {f.name: int(f.value) for f in sheet.figures
              if f.kind == "count" and f.value is not None}
    derived = {f.name: f.sources for f in sheet.figures if f.kind != "count"}
    return suppress(counts, sheet.groups, derived)
