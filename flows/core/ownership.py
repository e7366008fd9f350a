"""Who may press a button that names a row: checked once, centrally, before any flow runs.

A button's prefix says which roles may press it (flows/access.py); this says whether the
presser may act on the row its data names, from the rows the loader put in the context.
A forged, foreign or stale press changes nothing (the router answers it neutrally).
"""

from __future__ import annotations

from flows.core.context import Context
from flows.core.events import Button
from flows.model import Alert, Person

__all__ = ["may_act_on_alert", "may_press"]


def may_act_on_alert(person: Person, alert: Alert, in_team_chat: bool = False) -> bool:
    """The client's casemanager and admins; anyone on the team once the alert reached the
    team (urgent, no casemanager, or escalated), when they press in the team chat or are on
    duty."""
    if person.role == "admin" or alert.casemanager_id == person.id:
        return True
    reached_team = alert.severity == "urgent" or alert.casemanager_id is None \
        or alert.escalations > 0
    return reached_team and (in_team_chat or (person.on_duty and person.role == "casemanager"))


def may_press(ctx: Context, button: Button) -> bool:
    person = ctx.person
    if person is None:
        return False
    prefix, _, rest = button.data.partition(":")
    if prefix == "alert" and not rest.startswith("cancel"):
        alert = ctx.alert
        if alert is None:
            return True  # nothing loaded: the flow answers "expired"
        if not may_act_on_alert(person, alert, ctx.in_group):
            return False
        claimed_by_other = alert.status == "claimed" and alert.claimed_by != person.id
        return not (rest.startswith("resolve") and claimed_by_other and person.role != "admin")
    if prefix == "apptm":
        client = ctx.appointment_client
        return client is None or person.role == "admin" or client.casemanager_id == person.id
    return True
