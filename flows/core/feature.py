"""A feature's single declaration: its commands, buttons, conversations, timers, keyboard
labels, the roles allowed for each, what each needs loaded and the effects it emits.

flows/features.py gathers every feature's declaration; the router, the access table, the
per-role command menus, /help, the loader (bot/loader.py reads `needs`) and the effect
appliers (bot/apply.py, checked against `effects`) are built from them. Nothing else lists
commands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from flows.core.buttons import ButtonData
from flows.core.context import Context
from flows.core.effects import Transition
from flows.core.events import Button, Command, Event, Location, Tick

__all__ = ["ButtonSpec", "CommandSpec", "Conversation", "Feature", "LocationSpec", "Need",
           "TimerSpec"]

# What a step may need loaded beyond the caller, their state and their casemanager. The
# loader (bot/loader.py) has one loader per need; a test checks that every need has one.
Need = Literal[
    "caseload",       # a casemanager's clients, appointments, places; the client in question
    "alert",          # the alert in question (a pressed card, the state, a reply to a card)
    "alert_list",     # the alerts the caller may act on (/alerts)
    "write_client",   # the client staff write to
    "logged_message", # the client's message a "should have been flagged" tap names
    "appointment",    # the appointment in question
    "checkin",        # the client's check-in in question
    "street",         # street outreach's draft, places and people
    "access",         # the staff, pending invites, the client a /reassign or /detach names
    "profile",        # the client named (/profile, /outcome, /client), profile and outcomes
]


@dataclass(frozen=True)
class CommandSpec:
    name: str
    roles: frozenset[str]
    handler: Callable[[Context, Command], Transition]
    needs: tuple[Need, ...] = ()
    menu: bool = True  # shown in the Telegram menu and /help


@dataclass(frozen=True)
class ButtonSpec:
    """Buttons of these kinds, the roles that may press them, and their handler. A kind
    that names a row (`ROW`) is also checked against the presser (flows/core/ownership.py);
    `flow` limits the button to its conversation."""

    kinds: tuple[type[ButtonData], ...]
    roles: frozenset[str]
    handler: Callable[[Context, Button], Transition]
    needs: tuple[Need, ...] = ()
    flow: str | None = None


@dataclass(frozen=True)
class Conversation:
    """A conversation that takes free text and media while it is the person's `flow`."""

    flow: str
    handler: Callable[[Context, Event], Transition]
    needs: tuple[Need, ...] = ()


@dataclass(frozen=True)
class TimerSpec:
    kind: str
    handler: Callable[[Context, Tick], Transition]


@dataclass(frozen=True)
class LocationSpec:
    """A location shared outside any conversation (a keyboard's 📍 button)."""

    roles: frozenset[str]
    handler: Callable[[Context, Location], Transition]
    needs: tuple[Need, ...] = ()


@dataclass(frozen=True)
class Feature:
    name: str
    commands: tuple[CommandSpec, ...] = ()
    buttons: tuple[ButtonSpec, ...] = ()
    conversations: tuple[Conversation, ...] = ()
    timers: tuple[TimerSpec, ...] = ()
    location: LocationSpec | None = None
    # reply-keyboard label (a Fluent key) -> the command it stands for; bot/ matches the
    # label the person pressed in every language and the router treats it as that command
    keyboard: tuple[tuple[str, str], ...] = ()
    # (role, need): loaded for every event of a person with that role; the loader finds
    # what, if anything, is in question (a pressed row, the state, a replied-to message)
    always: tuple[tuple[str, Need], ...] = ()
    effects: tuple[type[Any], ...] = ()  # the effect types its flows emit
