"""What the aftercare flows may know, loaded by the bot for the events that need it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from flows.model import Alert, Answer, Checkin, Person, Plan

__all__ = ["CareView"]


@dataclass(frozen=True)
class CareView:
    client: Person | None = None  # the client in question (/client, /aftercare, a check-in)
    plan: Plan | None = None  # their aftercare plan
    checkin: Checkin | None = None  # the check-in a button or timer is about
    checkins: tuple[Checkin, ...] = ()  # all their check-ins
    answers: tuple[Answer, ...] = ()  # their earlier check-in answers, oldest first
    question_voices: Mapping[str, str] = field(default_factory=dict)  # question -> file id
    open_alerts: tuple[Alert, ...] = ()  # their open alerts, for the /client view
