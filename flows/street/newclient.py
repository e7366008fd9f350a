"""/newclient can start from a street contact: their alias is taken, and they are linked."""

from __future__ import annotations

from flows.core.context import Context
from flows.core.effects import Choice
from flows.core.events import Button
from flows.street.ui import FLAGS

__all__ = ["street_alias", "street_choices"]

_SHOWN = 4


def street_choices(ctx: Context) -> tuple[tuple[Choice, ...], ...]:
    """Buttons for recent street contacts who are not clients yet (data newclient:alias:s<id>)."""
    return tuple((Choice("street-newclient-button", f"newclient:alias:s{person.id}",
                         {"label": person.label,
                          "flag": FLAGS.get(person.nationality or "", "")}),)
                 for person in ctx.street.unlinked[:_SHOWN])


def street_alias(ctx: Context, button: Button) -> tuple[str, int] | None:
    """The alias and street person id a tapped street-contact button stands for."""
    value = button.data.rpartition(":")[2]
    if not value.startswith("s") or not value[1:].isdigit():
        return None
    person = next((p for p in ctx.street.unlinked if p.id == int(value[1:])), None)
    return None if person is None else (person.label, person.id)
