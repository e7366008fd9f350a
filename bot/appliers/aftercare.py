"""Aftercare: plans, their check-ins and answers, the questions' recorded voices."""

from __future__ import annotations

from datetime import datetime

from bot.appliers import Table, entry
from bot.appliers.applier import Applier
from flows.core.effects import (
    AddCheckinAnswer,
    CreatePlan,
    ReplaceCheckins,
    SendVoice,
    SetQuestionVoice,
    UpdateCheckin,
    UpdatePlan,
)

__all__ = ["APPLIERS"]


async def _add_checkins(applier: Applier, plan_id: int, client_id: int,
                        checkins: tuple[tuple[int, datetime], ...]) -> None:
    for day, due in checkins:
        checkin_id = await applier.tx.add_checkin(plan_id, client_id, day, due)
        await applier.tx.add_timer("checkin-due", checkin_id, due)


async def create_plan(applier: Applier, effect: CreatePlan) -> None:
    plan_id = await applier.tx.create_plan(
        client_id=effect.client_id, return_date=effect.return_date, country=effect.country,
        local_hour=effect.local_hour, days=effect.days, now=applier.ctx.now,
        created_by=applier.self_id)
    await _add_checkins(applier, plan_id, effect.client_id, effect.checkins)


async def replace_checkins(applier: Applier, effect: ReplaceCheckins) -> None:
    tx = applier.tx
    for checkin in await tx.checkins_of(effect.client_id):
        if checkin.plan_id == effect.plan_id and checkin.status == "scheduled":
            await tx.update_checkin(checkin.id, status="cancelled")
            await tx.cancel_timers("checkin-due", checkin.id)
    await _add_checkins(applier, effect.plan_id, effect.client_id, effect.checkins)


async def update_plan(applier: Applier, effect: UpdatePlan) -> None:
    await applier.tx.update_plan(effect.plan_id, **effect.fields)


async def update_checkin(applier: Applier, effect: UpdateCheckin) -> None:
    await applier.tx.update_checkin(effect.checkin_id, **effect.fields)


async def add_checkin_answer(applier: Applier, effect: AddCheckinAnswer) -> None:
    await applier.tx.add_answer(effect.checkin_id, effect.client_id, effect.domain,
                                effect.level, effect.text, applier.ctx.now)


async def set_question_voice(applier: Applier, effect: SetQuestionVoice) -> None:
    await applier.tx.set_question_voice(effect.question, effect.language, effect.file_id)


async def send_voice(applier: Applier, effect: SendVoice) -> None:
    person = await applier.tx.person(effect.person_id)
    if person is not None and person.chat_id is not None:
        await applier.enqueue(chat_id=person.chat_id, kind="voice", person_id=effect.person_id,
                              payload={"file_id": effect.file_id})


APPLIERS: Table = dict([
    entry(CreatePlan, create_plan), entry(ReplaceCheckins, replace_checkins),
    entry(UpdatePlan, update_plan), entry(UpdateCheckin, update_checkin),
    entry(AddCheckinAnswer, add_checkin_answer),
    entry(SetQuestionVoice, set_question_voice), entry(SendVoice, send_voice),
])
