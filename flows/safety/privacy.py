"""/privacy (what we keep, how to stop, safety mode, the quick wipe), /wipe, and the
casemanager's /safety alias on|off [hours]."""

from __future__ import annotations

from flows.core.common import CLIENT_KEYBOARD, buttons_expired, match_alias, reply
from flows.core.context import Context
from flows.core.effects import Choice, Effect, Log, Send, Transition
from flows.core.events import Button, Command
from flows.model import Person
from flows.safety.buttons import CHOICES, SafetyHours, WipeNow
from flows.safety.effects import SetSafety, WipeChat

__all__ = ["DEFAULT_HOURS", "MAX_HOURS", "QUIET_KEYBOARD", "on_privacy", "on_safety",
           "on_safety_button", "on_wipe"]

DEFAULT_HOURS = 24
MAX_HOURS = 46  # Telegram lets a bot delete a message for 48 hours; leave a margin
# in safety mode the client's keyboard shows neutral words (the button still asks for help)
QUIET_KEYBOARD = {"client-sos-button": "client-sos-button-quiet"}


def _buttons(on: bool) -> tuple[tuple[Choice, ...], ...]:
    hours = tuple(Choice("safety-hours-button", SafetyHours(h), {"hours": int(h)})
                  for h in CHOICES)
    off = (Choice("safety-off-button", SafetyHours("off")),) if on else ()
    return (hours, *((off,) if off else ()), (Choice("wipe-button", WipeNow()),))


def on_privacy(ctx: Context, _: Command) -> Transition:
    on = ctx.safety_hours is not None
    status = reply(ctx, "privacy-safety-on", hours=ctx.safety_hours or 0) if on \
        else reply(ctx, "privacy-safety-off")
    return Transition(ctx.state, (
        reply(ctx, "consent-text"), reply(ctx, "privacy-how-to-stop"),
        Send(status.key, status.args, person_id=ctx.person_id, buttons=_buttons(on),
             priority="low")))


def _switched(ctx: Context, client: Person, hours: int | None) -> list[Effect]:
    """Safety mode set: the client is told (their keyboard follows), the change logged."""
    key = "safety-on" if hours is not None else "safety-off"
    return [SetSafety(client.id, hours), Log(key, client.id),
            Send(key, {"hours": hours or 0}, person_id=client.id, keyboard=CLIENT_KEYBOARD,
                 system=True)]


def on_safety_button(ctx: Context, button: Button) -> Transition:
    press, client = button.press, ctx.person
    if not isinstance(press, SafetyHours) or client is None:
        return buttons_expired(ctx)
    hours = None if press.hours == "off" else int(press.hours)
    effects = _switched(ctx, client, hours)
    if client.casemanager_id is not None:  # their casemanager knows why messages vanish
        key = "safety-client-on-staff" if hours is not None else "safety-client-off-staff"
        effects.append(Send(key, {"alias": client.alias, "hours": hours or 0},
                            person_id=client.casemanager_id, priority="low"))
    return Transition(ctx.state, tuple(effects))


def on_wipe(ctx: Context, _: Command | Button) -> Transition:
    """Delete what can be deleted; the client's case and data stay as they are."""
    client = ctx.person
    if client is None:
        return buttons_expired(ctx)
    effects: list[Effect] = [WipeChat(client.id, "wipe-done", "wipe-done-older"),
                             Log("wipe", client.id)]
    if client.casemanager_id is not None:
        effects.append(Send("wipe-staff", {"alias": client.alias},
                            person_id=client.casemanager_id, priority="low"))
    return Transition(ctx.state, tuple(effects))


# the last words of /safety: on or off in the staff's languages (ary and ar: شعل/تشغيل, طفي/إيقاف)
ON_WORDS = frozenset({"on", "aan", "شعل", "تشغيل"})
OFF_WORDS = frozenset({"off", "uit", "طفي", "إيقاف"})


def _parse(arg: str) -> tuple[str, int | None] | None:
    """(alias, hours or None for off) from "alias on [hours]" / "alias off"; else None."""
    words = arg.split()
    hours: int | None = DEFAULT_HOURS
    if len(words) >= 3 and words[-2].casefold() in ON_WORDS:
        digits = words[-1].casefold().removesuffix("h")
        if not digits.isdigit() or not 1 <= int(digits) <= MAX_HOURS:
            return None
        hours, words = int(digits), words[:-1]
    if len(words) < 2 or words[-1].casefold() not in ON_WORDS | OFF_WORDS:
        return None
    return " ".join(words[:-1]), None if words[-1].casefold() in OFF_WORDS else hours


def on_safety(ctx: Context, command: Command) -> Transition:
    """/safety alias on|off [hours]: for a client of the caller's caseload."""
    parsed = _parse(command.arg)
    if parsed is None:
        return Transition(ctx.state, (reply(ctx, "safety-usage", most=MAX_HOURS),))
    alias, hours = parsed
    found = match_alias((p for p in ctx.caseload if p.role == "client"), alias)
    if len(found) != 1:
        return Transition(ctx.state, (reply(ctx, "safety-not-found", typed=alias[:40]),))
    client = found[0]
    staff_key = "safety-staff-on" if hours is not None else "safety-staff-off"
    return Transition(ctx.state, (*_switched(ctx, client, hours),
                                  reply(ctx, staff_key, alias=client.alias, hours=hours or 0)))
