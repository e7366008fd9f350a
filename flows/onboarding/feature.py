"""Onboarding and consent: joining by invite, language, consent, /stop, staff invites and
names, new clients, /help."""

from __future__ import annotations

from flows.core.access import ADMIN, ALL_KNOWN, CASEWORK, CLIENT, STAFF
from flows.core.common import buttons_expired
from flows.core.context import Context
from flows.core.effects import (
    BindInvite,
    BindPerson,
    CreateClient,
    CreateInvite,
    SetCommands,
    Transition,
    UpdatePerson,
)
from flows.core.events import Button
from flows.core.feature import ButtonSpec, CommandSpec, Conversation, Feature
from flows.onboarding import caseload, client, joining, newclient, staff
from flows.onboarding.buttons import (
    Consent,
    InviteRole,
    Language,
    NewClientCancel,
    NewClientChoice,
    NewClientFromStreet,
    StaffNameKeep,
)

__all__ = ["FEATURE"]


def _on_language(ctx: Context, button: Button) -> Transition:
    press = button.press
    return client.on_language(ctx, press.code) if isinstance(press, Language) \
        else buttons_expired(ctx)


FEATURE = Feature(
    name="onboarding",
    commands=(
        CommandSpec("help", ALL_KNOWN, staff.on_help),
        CommandSpec("language", ALL_KNOWN, staff.on_language_command),
        CommandSpec("stop", CLIENT, client.on_stop),
        CommandSpec("start", frozenset({"unknown"}) | ALL_KNOWN, client.on_start, menu=False),
        CommandSpec("newclient", CASEWORK, newclient.on_newclient, needs=("street",)),
        CommandSpec("clients", CASEWORK, caseload.on_clients, needs=("caseload",)),
        CommandSpec("invite", ADMIN, staff.on_invite),
    ),
    buttons=(
        ButtonSpec((Language,), ALL_KNOWN, _on_language),
        # consent is asked before anything else (the router's consent gate); pressed later,
        # the question has expired
        ButtonSpec((Consent,), CLIENT, lambda ctx, _: buttons_expired(ctx)),
        ButtonSpec((InviteRole,), ADMIN, staff.on_invite_button),
        ButtonSpec((StaffNameKeep,), STAFF, joining.on_staff_name),
        ButtonSpec((NewClientCancel, NewClientChoice), CASEWORK, newclient.on_newclient_event,
                   flow="newclient"),
        ButtonSpec((NewClientFromStreet,), CASEWORK, newclient.on_newclient_event,
                   needs=("street",), flow="newclient"),
    ),
    conversations=(
        Conversation("newclient", newclient.on_newclient_event),
        Conversation("staffname", joining.on_staff_name),
    ),
    effects=(BindInvite, BindPerson, CreateClient, CreateInvite, SetCommands, UpdatePerson),
)
