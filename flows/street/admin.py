"""/shift, /today and the casemanagers' daily digest of street contacts."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from typing import Any

from flows.core.common import reply
from flows.core.context import Context
from flows.core.effects import Effect, Log, Send, SetTimer, Transition
from flows.core.events import Command, Tick
from flows.model import StreetContact
from flows.street.draft import ALERT_NEEDS, NEEDS
from flows.street.effects import SetShift
from flows.street.ui import FLAGS, KEYBOARD, local_time, needs_arg
from flows.time.when import next_local_hour
from flows.time.zones import zone

__all__ = ["DIGEST", "on_digest", "on_shift", "on_today"]

DIGEST = "street-digest"
_SHIFT_NAME = re.compile(r"^[\w-]{1,32}$")
_MAX_LINES = 30


def on_shift(ctx: Context, command: Command) -> Transition:
    """/shift <name> tags every registration until /shift end; /shift alone tells."""
    name = command.arg.strip().lower()
    if not name:
        key = "street-shift-current" if ctx.street.shift else "street-shift-none"
        return Transition(ctx.state, (Send(key, {"name": ctx.street.shift or ""},
                                           person_id=ctx.person_id, keyboard=KEYBOARD),))
    if name in ("end", "stop", "einde", "fin"):
        if ctx.street.shift is None:
            return Transition(ctx.state, (reply(ctx, "street-shift-none"),))
        return Transition(ctx.state, (
            SetShift(ctx.person_id, None), Log("street-shift-end"),
            Send("street-shift-ended", {"name": ctx.street.shift}, person_id=ctx.person_id,
                 keyboard=KEYBOARD)))
    if not _SHIFT_NAME.match(name):
        return Transition(ctx.state, (reply(ctx, "street-shift-invalid"),))
    return Transition(ctx.state, (
        SetShift(ctx.person_id, name), Log("street-shift-start"),
        Send("street-shift-started", {"name": name}, person_id=ctx.person_id,
             keyboard=KEYBOARD)))


def _line(contact: StreetContact, timezone: str) -> list[Any]:
    place = contact.place_name or (f"{contact.latitude:.3f}, {contact.longitude:.3f}"
                                   if contact.latitude is not None else "–")
    return ["street-today-line", {
        "time": local_time(contact.at, timezone), "who": contact.person.label,
        "flag": FLAGS.get(contact.person.nationality or "", ""), "place": place,
        "needs": needs_arg(contact.needs), "shift": contact.shift or ""}]


def on_today(ctx: Context, _: Command) -> Transition:
    """The caller's own registrations of today, in their time zone."""
    person = ctx.person
    assert person is not None
    local = zone(person.timezone)
    today = ctx.now.astimezone(local).date()
    mine = [c for c in ctx.street.today if c.at.astimezone(local).date() == today
            and c.fieldworker_id == person.id]
    lines = [_line(c, person.timezone) for c in mine[-_MAX_LINES:]]
    return Transition(ctx.state, (Send("street-today", {
        "count": len(mine), "lines": {"$msgs": lines}}, person_id=person.id,
        keyboard=KEYBOARD),))


def on_digest(ctx: Context, tick: Tick) -> Transition:
    """Daily: new street contacts and their needs to every casemanager. Sets the next one."""
    again = SetTimer(DIGEST, 1, next_local_hour(ctx.now, ctx.street.digest_hour,
                                               ctx.default_timezone))
    contacts = ctx.street.digest
    if tick.subject == 0 or not contacts:
        return Transition(None, (again,))
    counts = Counter(need for c in contacts for need in c.needs if need != "none")
    needs = [["street-digest-need", {"need": need, "count": counts[need]}]
             for need in NEEDS if counts[need]]
    urgent = sum(1 for c in contacts if ALERT_NEEDS & set(c.needs))
    new_people = len({c.person.id for c in contacts
                      if c.person.created_at is not None and c.person.created_at >= c.at
                      - timedelta(minutes=1)})
    effects: list[Effect] = [again, Log("street-digest-sent")]
    for person in ctx.street.casework:
        lines = [_line(c, person.timezone) for c in contacts[-_MAX_LINES:]]
        effects.append(Send("street-digest", {
            "count": len(contacts), "people": new_people, "alerts": urgent,
            "needs": {"$msgs": needs} if needs else {"$msg": "street-unset"},
            "lines": {"$msgs": lines}}, person_id=person.id, priority="low"))
    return Transition(None, tuple(effects))
