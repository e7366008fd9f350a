"""/newclient can start from a street contact: their alias is taken, and they are linked."""

from __future__ import annotations

from flows.core.context import Context
from flows.core.effects import Choice
from flows.core.events import Button
from flows.onboarding.buttons import NewClientFromStreet
from flows.street.ui import FLAGS

__all__ = ["street_alias", "street_choices"]

_SHOWN = 4


def street_choices(ctx: Context) -> tuple[tuple[Choice, ...], ...]:
    """Buttons for recent street contacts who are not clients yet (`NewClientFromStreet`)."""
    return tuple((Choice("street-newclient-button", NewClientFromStreet("alias", f"s{person.id}"),
                         {"label": person.label,
                          "flag": FLAGS.get(person.nationality or "", "")}),)
                 for person in ctx.street.unlinked[:_SHOWN])


def street_alias(ctx: Context, button: Button) -> tuple[str, int] | None:
    """The alias and street person id a tapped street-contact button stands for."""
    press = button.press
    if not isinstance(press, NewClientFromStreet):
        return None
    wanted = int(press.street_person[1:])
    person = next((p for p in ctx.street.unlinked if p.id == wanted), None)
    return None if person is None else (person.label, person.id)
