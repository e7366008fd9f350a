"""Aftercare: a plan of check-ins after a return, the check-in itself, the client's trends
(/client), recorded question voices."""

from __future__ import annotations

from flows.aftercare import checkin, plan, trends
from flows.aftercare.buttons import (
    CareChoice,
    CareClient,
    CarePlan,
    CareStep,
    CheckinAnswer,
    CheckinControl,
    VoiceLanguage,
    VoiceQuestion,
)
from flows.core.access import CASEWORK, CLIENT
from flows.core.effects import (
    AddCheckinAnswer,
    CreatePlan,
    ReplaceCheckins,
    SendVoice,
    SetQuestionVoice,
    UpdateCheckin,
    UpdatePlan,
)
from flows.core.feature import ButtonSpec, CommandSpec, Conversation, Feature, TimerSpec

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="aftercare",
    commands=(
        CommandSpec("aftercare", CASEWORK, plan.on_aftercare, needs=("caseload",)),
        CommandSpec("client", CASEWORK, trends.on_client, needs=("caseload", "profile")),
        CommandSpec("voice", CASEWORK, plan.on_voice),
    ),
    buttons=(
        ButtonSpec((CareStep, CareClient, CarePlan, CareChoice), CASEWORK,
                   plan.on_aftercare_event, needs=("caseload",), flow="aftercare"),
        ButtonSpec((VoiceQuestion, VoiceLanguage), CASEWORK, plan.on_voice_event,
                   flow="voice"),
        ButtonSpec((CheckinAnswer, CheckinControl), CLIENT, checkin.on_checkin_event,
                   needs=("checkin",)),
    ),
    conversations=(
        Conversation("aftercare", plan.on_aftercare_event, needs=("caseload",)),
        Conversation("voice", plan.on_voice_event),
        Conversation("checkin", checkin.on_checkin_event, needs=("checkin",)),
    ),
    timers=tuple(TimerSpec(kind, checkin.on_checkin_tick) for kind in (
        "checkin-due", "checkin-remind1", "checkin-remind2", "checkin-lost")),
    always=(("client", "checkin"),),
    effects=(AddCheckinAnswer, CreatePlan, ReplaceCheckins, SendVoice, SetQuestionVoice,
             UpdateCheckin, UpdatePlan),
)
