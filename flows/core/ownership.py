"""Who may press a button that names a row: checked once, centrally, before any flow runs.

A button kind's declaration says which roles may press it (flows/<feature>/feature.py);
this says whether the presser may act on the row its data names (`ROW` and `id`), from the
row the loader found (`ctx.named`, and `ctx.alerts.alert` for alerts). A forged, foreign or stale
press changes nothing: the router answers it neutrally and logs it with ids.
"""

from __future__ import annotations

from flows.alerts.buttons import AlertAction
from flows.core.buttons import ButtonData
from flows.core.context import Context
from flows.model import Alert, Person

__all__ = ["may_act_on_alert", "may_act_on_client", "may_press"]


def may_act_on_alert(person: Person, alert: Alert, in_team_chat: bool = False) -> bool:
    """The client's casemanager, admins and whoever claimed it; anyone on the team once the
    alert reached the team (urgent, no casemanager, or escalated), when they press in the
    team chat or are on duty."""
    if person.role == "admin" or person.id in (alert.casemanager_id, alert.claimed_by):
        return True
    reached_team = alert.severity == "urgent" or alert.casemanager_id is None \
        or alert.escalations > 0
    return reached_team and (in_team_chat or (person.on_duty and person.role == "casemanager"))


def may_act_on_client(person: Person, client: Person, in_team_chat: bool = False) -> bool:
    """A client's own rows; for staff, an admin, the client's casemanager, or anyone in the
    team chat for a client without a casemanager."""
    if person.role == "client":
        return client.id == person.id
    if person.role == "admin" or client.casemanager_id == person.id:
        return True
    return client.casemanager_id is None and in_team_chat


def may_press(ctx: Context, press: ButtonData) -> bool:
    person = ctx.person
    if person is None:
        return False
    if press.ROW is None:
        return True
    named = ctx.named
    if named is None or named.kind != press.ROW or named.id != press.row_id:
        return False  # no such row (forged, or gone)
    if isinstance(press, AlertAction):
        return _may_press_alert(ctx, person, press)
    if named.kind == "place":
        return True  # places are shared by the team; the roles are checked already
    if named.kind == "street_contact":
        return person.role == "admin" or named.made_by == person.id
    return named.client is not None and may_act_on_client(person, named.client, ctx.in_group)


def _may_press_alert(ctx: Context, person: Person, press: AlertAction) -> bool:
    alert = ctx.alerts.alert
    if alert is None or alert.id != press.row_id \
            or not may_act_on_alert(person, alert, ctx.in_group):
        return False
    claimed_by_other = alert.status == "claimed" and alert.claimed_by != person.id
    if press.action == "force":  # resolving someone else's claim, after a confirmation
        return person.role == "admin" and claimed_by_other
    return not (press.action == "resolve" and claimed_by_other and person.role != "admin")
