"""/client <alias>: the last check-ins per domain as a compact trend, and what is open."""

from __future__ import annotations

from flows.aftercare.checkin import DOMAINS, LEVEL_ICONS
from flows.alerts.buttons import WriteTo
from flows.alerts.cards import category_words
from flows.appointments.reminders import client_time
from flows.core.common import reply
from flows.core.context import Context
from flows.core.effects import Audit, Choice, Ref, Send, Transition
from flows.core.events import Command
from flows.model import Answer
from flows.outcomes.lines import with_outcomes

__all__ = ["on_client", "trend_line"]

_SHOWN = 6


def trend_line(answers: list[Answer], domain: str) -> tuple[str, bool]:
    """Icons oldest to newest, and whether the newest is worse than the one before."""
    levels = [a.level for a in answers if a.domain == domain and a.level is not None]
    icons = LEVEL_ICONS.get(domain, LEVEL_ICONS["other"])
    shown = "".join(icons[level] for level in levels[-_SHOWN:]) or "–"
    worse = len(levels) >= 2 and levels[-1] < levels[-2]
    return shown, worse


def on_client(ctx: Context, command: Command) -> Transition:
    client = ctx.care.client
    if client is None:
        return Transition(ctx.state, (reply(ctx, "client-view-not-found",
                                            typed=command.arg.strip() or "–"),))
    answers = list(ctx.care.answers)
    lines = []
    for domain in DOMAINS:
        shown, worse = trend_line(answers, domain)
        lines.append([f"client-view-{domain}", {"trend": shown, "worse": "yes" if worse
                                                else "no"}])
    issues = [["client-view-alert", {"number": str(a.id),
                                     "categories": category_words(a.categories)}]
              for a in ctx.care.open_alerts]
    issues += [["client-view-appointment", {"kind": {"$msg": f"appointment-kind-{a.kind}"},
                                            "when": client_time(a.starts_at, a.timezone)}]
               for a, p in ctx.appointments.upcoming if p.id == client.id]
    scheduled = [c for c in ctx.care.checkins if c.status == "scheduled"]
    plan = ctx.care.plan
    view = {
        "alias": client.alias, "zone": client.timezone,
        "plan": plan.status if plan else "none",
        "next": client_time(scheduled[0].due_at, client.timezone) if scheduled else "–",
        "answered": len([c for c in ctx.care.checkins if c.status == "answered"]),
        "trends": {"$msgs": lines},
        "issues": {"$msgs": issues} if issues else {"$msg": "client-view-no-issues"},
    }
    assert ctx.person is not None  # with its profile and outcomes (flows/outcomes/lines.py)
    key, args, remove = with_outcomes(ctx.outcomes, client, ctx.person, "client-view", view)
    return Transition(ctx.state, (Send(key, args, person_id=ctx.person_id, buttons=(
        (Choice("write-button", WriteTo(client.id)),), *remove),
        ref=Ref("client", client.id)), Audit("read:client", client.id)))
