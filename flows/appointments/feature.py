"""Appointments: making one, listing, moving and cancelling, reminders and the client's
answer."""

from __future__ import annotations

from flows.appointments import create, listing, reminders
from flows.appointments.buttons import (
    ApptAnswer,
    ApptClient,
    ApptDay,
    ApptKind,
    ApptManage,
    ApptPlace,
    ApptReminder,
    ApptStep,
    ApptTime,
    MoveClient,
    MoveCountry,
)
from flows.core.access import CASEWORK, CLIENT
from flows.core.effects import CancelOutbox, CreateAppointment, UpdateAppointment
from flows.core.feature import ButtonSpec, CommandSpec, Conversation, Feature, TimerSpec

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="appointments",
    commands=(
        CommandSpec("appointment", CASEWORK, create.on_appointment, needs=("caseload",)),
        CommandSpec("appointments", CASEWORK, listing.on_appointments, needs=("caseload",)),
        CommandSpec("move", CASEWORK, listing.on_move, needs=("caseload",)),
    ),
    buttons=(
        ButtonSpec((ApptStep, ApptClient, ApptKind, ApptDay, ApptTime, ApptPlace,
                    ApptReminder), CASEWORK, create.on_appointment_event,
                   needs=("caseload",), flow="appointment"),
        ButtonSpec((ApptManage,), CASEWORK, listing.on_appointment_action,
                   needs=("appointment",)),
        ButtonSpec((MoveClient, MoveCountry), CASEWORK, listing.on_move_event,
                   needs=("caseload",), flow="move"),
        ButtonSpec((ApptAnswer,), CLIENT, reminders.on_answer, needs=("appointment",)),
    ),
    conversations=(
        Conversation("appointment", create.on_appointment_event, needs=("caseload",)),
        Conversation("move", listing.on_move_event, needs=("caseload",)),
    ),
    timers=(TimerSpec("appt-noanswer", reminders.on_no_answer),),
    # a reschedule in progress ("reschedule" in the state) names its appointment
    always=(("casemanager", "appointment"), ("admin", "appointment"),
            ("client", "appointment")),
    effects=(CancelOutbox, CreateAppointment, UpdateAppointment),
)
