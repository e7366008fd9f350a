"""/factsheet [year]: an admin asks for the year's factsheet; it comes to their private
chat as a picture and a PDF (never to a group). Without a year: the last full year."""

from __future__ import annotations

from typing import Literal

from flows.core.common import reply
from flows.core.context import STAFF_DEFAULT_LANGUAGE, Context
from flows.core.effects import Log, Transition
from flows.core.events import Command
from flows.factsheet.effects import SendFactsheet
from flows.time.zones import zone

__all__ = ["FIRST_YEAR", "on_factsheet", "report_language"]

FIRST_YEAR = 2000  # earlier years cannot hold any of the bot's data


def report_language(language: str | None) -> Literal["nl", "en"]:
    """The factsheet exists in Dutch and English: Dutch for Dutch, English for the rest."""
    return "nl" if (language or STAFF_DEFAULT_LANGUAGE) == "nl" else "en"


def on_factsheet(ctx: Context, command: Command) -> Transition:
    person = ctx.person
    assert person is not None
    if ctx.in_group:  # the team chat: nothing is said there; the answer goes to them alone
        return Transition(ctx.state, (reply(ctx, "factsheet-private-only"),
                                      Log("refused:factsheet-in-group", person.id)))
    this_year = ctx.now.astimezone(zone(ctx.default_timezone)).year
    typed = command.arg.strip()
    if not typed:
        year = this_year - 1
    elif typed.isascii() and typed.isdigit() and len(typed) == 4:
        year = int(typed)
    else:
        return Transition(ctx.state, (reply(ctx, "factsheet-bad-year", typed=typed[:20]),))
    if year > this_year:
        return Transition(ctx.state, (reply(ctx, "factsheet-future-year", year=str(year)),))
    if year < FIRST_YEAR:
        return Transition(ctx.state, (reply(ctx, "factsheet-bad-year", typed=typed),))
    return Transition(ctx.state, (
        reply(ctx, "factsheet-preparing", year=str(year)),
        SendFactsheet(person.id, year, report_language(person.language)),
        Log("factsheet-requested", person.id),
    ))
