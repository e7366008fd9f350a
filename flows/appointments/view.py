"""What the appointment flows may know, loaded by the bot for the events that need it."""

from __future__ import annotations

from dataclasses import dataclass

from flows.model import Appointment, Person

__all__ = ["AppointmentsView"]


@dataclass(frozen=True)
class AppointmentsView:
    appointment: Appointment | None = None  # the appointment a button or timer is about
    client: Person | None = None  # its client
    upcoming: tuple[tuple[Appointment, Person], ...] = ()  # for /appointments and moves
