"""Applying a flow's effects inside the caller's transaction."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from bot.deps import hash_code
from bot.parse import Incoming
from bot.street_apply import apply_street
from flows.core.context import Context
from flows.core.effects import (
    NEW_ALERT,
    NEW_APPOINTMENT,
    SELF,
    AddAlertMessage,
    AddCheckinAnswer,
    Batch,
    BindInvite,
    BindPerson,
    CancelOutbox,
    CancelTimers,
    Copy,
    CreateAlert,
    CreateAppointment,
    CreateClient,
    CreateInvite,
    CreatePlan,
    Edit,
    EditCards,
    Effect,
    Log,
    RecordFlagFeedback,
    ReplaceCheckins,
    SaveState,
    Send,
    SendVoice,
    SetCommands,
    SetQuestionVoice,
    SetTimer,
    Toast,
    UpdateAlert,
    UpdateAppointment,
    UpdateCheckin,
    UpdatePerson,
    UpdatePlan,
)
from flows.onboarding.staff import INVITE_DAYS
from flows.street.effects import StreetEffect
from storage import LogEntry, Tx

__all__ = ["apply_effects", "send_payload"]

log = logging.getLogger(__name__)


def send_payload(effect: Send) -> dict[str, Any]:
    return {
        "key": effect.key,
        "args": dict(effect.args),
        "buttons": [[asdict(choice) for choice in row] for row in effect.buttons],
        "keyboard": effect.keyboard if effect.keyboard != "remove" else "remove",
        "qr": effect.qr,
        "tail": effect.tail,
    }


class _Applier:
    def __init__(self, tx: Tx, ctx: Context, incoming: Incoming | None) -> None:
        self.tx, self.ctx, self.incoming = tx, ctx, incoming
        self.self_id: int | None = ctx.person.id if ctx.person else None
        self.new_alert: int | None = None
        self.new_appointment: int | None = None
        self.new_client: int | None = None
        self.created: dict[str, str] = {}  # other placeholders: street contacts, codes
        self.outbox_rows = 0
        self.chats: dict[int, int | None] = {
            p.id: p.chat_id for p in (ctx.person, ctx.casemanager) if p is not None}

    def resolve(self, person_id: int | None) -> int | None:
        return self.self_id if person_id == SELF else person_id

    def placeholder_id(self, value: int | str) -> int:
        filled = self.fill(str(value))
        if filled is None or not filled.isdigit():
            raise ValueError(f"placeholder {value} used before its Create effect")
        return int(filled)

    def fill(self, text: str | None) -> str | None:
        """Put new ids where a flow wrote the NEW_ALERT / NEW_APPOINTMENT placeholders."""
        if text is None:
            return text
        if self.new_alert is not None:
            text = text.replace(NEW_ALERT, str(self.new_alert))
        if self.new_appointment is not None:
            text = text.replace(NEW_APPOINTMENT, str(self.new_appointment))
        for placeholder, value in self.created.items():
            text = text.replace(placeholder, value)
        return text

    async def chat_of(self, person_id: int) -> int | None:
        """The person's chat; people the context already holds cost no query."""
        if person_id not in self.chats:
            person = await self.tx.person(person_id)
            self.chats[person_id] = person.chat_id if person else None
        return self.chats[person_id]

    async def target_chat(self, person_id: int | None, chat_id: int | None
                          ) -> tuple[int | None, int | None]:
        person_id = self.resolve(person_id)
        if person_id is not None:
            return person_id, await self.chat_of(person_id)
        return None, chat_id

    async def apply(self, effect: Effect) -> None:
        now, tx = self.ctx.now, self.tx
        if isinstance(effect, UpdatePerson | BindPerson | BindInvite):
            self.chats.clear()
        if isinstance(effect, Toast):
            return  # answered with the callback by the dispatcher, after the commit
        if isinstance(effect, Edit):
            await self.edit_message(effect)
            return
        if isinstance(effect, StreetEffect):
            await apply_street(self, effect)
            return
        match effect:
            case Send():
                await self.send(effect)
            case UpdatePerson(person_id=pid, fields=fields):
                await tx.update_person(self.resolve(pid) or 0, **fields)
            case CreateInvite(code=code, role=role, name=name, person_id=pid):
                await tx.create_invite(code_hash=hash_code(code), role=role,  # type: ignore[arg-type]
                                       now=now, expires_at=now + timedelta(days=INVITE_DAYS),
                                       person_id=pid, name=name, created_by=self.self_id)
            case CreateClient():
                client = await tx.create_person(
                    role="client", alias=effect.alias, timezone=effect.timezone, now=now,
                    language=effect.language, country=effect.country,
                    casemanager_id=effect.casemanager_id, created_by=self.self_id)
                await tx.create_invite(code_hash=hash_code(effect.code), role="client", now=now,
                                       expires_at=now + timedelta(days=INVITE_DAYS),
                                       person_id=client.id, created_by=self.self_id)
                self.new_client = client.id
            case BindPerson(person_id=pid):
                await tx.bind_telegram(pid, self.ctx.telegram_user_id, self.ctx.chat_id)
                self.self_id = pid
            case BindInvite():
                person = await tx.create_person(
                    role=effect.role, alias=effect.name, timezone=effect.timezone,  # type: ignore[arg-type]
                    now=now, language=effect.language,
                    telegram_user_id=self.ctx.telegram_user_id, chat_id=self.ctx.chat_id)
                self.self_id = person.id
            case SetCommands(person_id=pid):
                target = await tx.person(self.resolve(pid) or 0)
                if target is not None and target.chat_id is not None:
                    await tx.enqueue(chat_id=target.chat_id, kind="commands", payload={},
                                     now=now, person_id=target.id, system=True)
                    self.outbox_rows += 1
            case Log():
                await self.write_log(effect)
            case _:
                await self.apply_alerting(effect)

    async def apply_alerting(self, effect: Effect) -> None:
        now, tx = self.ctx.now, self.tx
        match effect:
            case Copy():
                person_id, chat_id = await self.target_chat(effect.person_id, effect.chat_id)
                if chat_id is not None:
                    await tx.enqueue(chat_id=chat_id, kind="copy", now=now, person_id=person_id,
                                     payload={"from_chat": effect.from_chat_id,
                                              "message_id": effect.message_id},
                                     ref=self.fill(effect.ref))
                    self.outbox_rows += 1
            case CreateAlert():
                self.new_alert = await tx.create_alert(
                    client_id=effect.client_id, casemanager_id=effect.casemanager_id,
                    source=effect.source, categories=effect.categories,
                    severity=effect.severity, terms=effect.terms, now=now,
                    street_contact_id=None if effect.street_contact_id is None
                    else self.placeholder_id(effect.street_contact_id))
            case UpdateAlert(alert_id=alert_id, fields=fields):
                await tx.update_alert(self.placeholder_id(alert_id), **fields)
            case AddAlertMessage():
                await tx.add_alert_message(self.placeholder_id(effect.alert_id), now,
                                           effect.direction, effect.kind, effect.text)
            case EditCards():
                await self.edit_cards(effect)
            case Batch():
                await self.batch(effect)
            case SetTimer(kind=kind, subject=subject, due_at=due_at):
                subject_id = self.placeholder_id(subject) if isinstance(subject, str) else subject
                await tx.cancel_timers(kind, subject_id)
                await tx.add_timer(kind, subject_id, due_at)
            case CancelTimers(kind=kind, subject=subject):
                await tx.cancel_timers(kind, subject)
            case CancelOutbox(ref=ref):
                await tx.cancel_outbox(ref)
            case CreateAppointment():
                self.new_appointment = await tx.create_appointment(
                    client_id=effect.client_id, casemanager_id=effect.casemanager_id,
                    kind=effect.kind, starts_at=effect.starts_at, timezone=effect.timezone,
                    reminders=effect.reminders, place=effect.place, note=effect.note, now=now,
                    pin=effect.pin)
            case UpdateAppointment(appointment_id=appointment_id, fields=fields):
                await tx.update_appointment(self.placeholder_id(appointment_id), **fields)
            case _:
                await self.apply_aftercare(effect)

    async def apply_aftercare(self, effect: Effect) -> None:
        now, tx = self.ctx.now, self.tx
        match effect:
            case CreatePlan():
                plan_id = await tx.create_plan(
                    client_id=effect.client_id, return_date=effect.return_date,
                    country=effect.country, local_hour=effect.local_hour, days=effect.days,
                    now=now, created_by=self.self_id)
                await self.add_checkins(plan_id, effect.client_id, effect.checkins)
            case ReplaceCheckins():
                for checkin in await tx.checkins_of(effect.client_id):
                    if checkin.plan_id == effect.plan_id and checkin.status == "scheduled":
                        await tx.update_checkin(checkin.id, status="cancelled")
                        await tx.cancel_timers("checkin-due", checkin.id)
                await self.add_checkins(effect.plan_id, effect.client_id, effect.checkins)
            case UpdatePlan(plan_id=plan_id, fields=fields):
                await tx.update_plan(plan_id, **fields)
            case UpdateCheckin(checkin_id=checkin_id, fields=fields):
                await tx.update_checkin(checkin_id, **fields)
            case AddCheckinAnswer():
                await tx.add_answer(effect.checkin_id, effect.client_id, effect.domain,
                                    effect.level, effect.text, now)
            case SetQuestionVoice():
                await tx.set_question_voice(effect.question, effect.language, effect.file_id)
            case SaveState(person_id=person_id, state=state):
                await tx.save_state(f"p:{person_id}", state, now)
            case RecordFlagFeedback():
                await tx.add_flag_feedback(
                    at=now, kind=effect.kind, alert_id=effect.alert_id,
                    client_id=effect.client_id, staff_id=self.self_id,
                    language=effect.language, categories=effect.categories,
                    severity=effect.severity, text=effect.text)
            case SendVoice(person_id=person_id, file_id=file_id):
                person = await tx.person(person_id)
                if person is not None and person.chat_id is not None:
                    await tx.enqueue(chat_id=person.chat_id, kind="voice", now=now,
                                     person_id=person_id, payload={"file_id": file_id})
                    self.outbox_rows += 1

    async def add_checkins(self, plan_id: int, client_id: int,
                           checkins: tuple[tuple[int, datetime], ...]) -> None:
        for day, due in checkins:
            checkin_id = await self.tx.add_checkin(plan_id, client_id, day, due)
            await self.tx.add_timer("checkin-due", checkin_id, due)

    async def edit_message(self, effect: Edit) -> None:
        """A change to one of the bot's messages in the caller's chat; the newest one wins."""
        ref = f"edit:{self.ctx.chat_id}:{effect.message_id}"
        payload = send_payload(Send(effect.key, effect.args, buttons=effect.buttons,
                                    tail=effect.tail))
        payload["args"] = {k: self.fill(v) if isinstance(v, str) else v
                           for k, v in payload["args"].items()}
        for row in payload["buttons"]:
            for choice in row:
                choice["data"] = self.fill(choice["data"])
        await self.tx.cancel_outbox(ref)
        await self.tx.enqueue(chat_id=self.ctx.chat_id, kind="edit", now=self.ctx.now,
                              person_id=self.self_id, ref=ref,
                              payload={**payload, "message_id": effect.message_id})
        self.outbox_rows += 1

    async def edit_cards(self, effect: EditCards) -> None:
        """Copies not sent yet go out as they are now; sent ones get one pending edit each."""
        ref = f"alert:{effect.alert_id}"
        payload = {"key": effect.key, "args": dict(effect.args), "tail": effect.tail,
                   "buttons": [[asdict(c) for c in row] for row in effect.buttons]}
        for row in await self.tx.pending_with_ref(ref, "message"):
            if row.payload.get("key") == effect.key:
                await self.tx.replace_payload(row.id, {**row.payload, **payload})
        # a copy in flight right now is brought up to date by the sender once it has an id
        await self.tx.set_value(f"card:{effect.alert_id}",
                                json.dumps({**payload, "edited_at": self.ctx.now.isoformat()}))
        for chat_id, message_id, person_id, language in await self.tx.sent_cards(ref):
            edit_ref = f"edit:{chat_id}:{message_id}"
            await self.tx.cancel_outbox(edit_ref)
            await self.tx.enqueue(chat_id=chat_id, kind="edit", now=self.ctx.now,
                                  person_id=person_id, language=language, ref=edit_ref,
                                  payload={**payload, "message_id": message_id})
            self.outbox_rows += 1

    async def batch(self, effect: Batch) -> None:
        pending = await self.tx.pending_by_ref(effect.ref)
        if pending is not None:
            payload = dict(pending.payload)
            payload["tail"] = f"{payload.get('tail') or ''}\n{effect.tail}".strip()
            await self.tx.replace_payload(pending.id, payload)
            return
        person_id, chat_id = await self.target_chat(effect.person_id, effect.chat_id)
        if chat_id is None:
            return
        await self.tx.enqueue(chat_id=chat_id, kind="message", now=self.ctx.now,
                              due_at=effect.due_at, person_id=person_id,
                              language=effect.language, ref=effect.ref,
                              payload={"key": effect.key, "args": dict(effect.args),
                                       "tail": effect.tail, "buttons": []})
        self.outbox_rows += 1

    async def send(self, effect: Send) -> None:
        person_id = self.resolve(effect.person_id)
        chat_id = effect.chat_id
        if person_id is not None:
            chat_id = await self.chat_of(person_id)
            if chat_id is None:
                log.warning("no chat for person %s; message %s not queued", person_id, effect.key)
                return
        if chat_id is None:
            return
        payload = send_payload(effect)
        for row in payload["buttons"]:
            for choice in row:
                choice["data"] = self.fill(choice["data"])
        payload["args"] = {k: self.fill(v) if isinstance(v, str) else v
                           for k, v in payload["args"].items()}
        if effect.expires_at is not None:
            payload["expires_at"] = effect.expires_at.isoformat()
            payload["expiry_notify"] = effect.expiry_notify
            payload["expiry_key"] = effect.expiry_key
        if effect.location is not None:
            payload["latitude"], payload["longitude"] = effect.location
        kind = "photo" if effect.qr else "location" if effect.location else "message"
        await self.tx.enqueue(
            chat_id=chat_id, kind=kind,
            payload=payload, now=self.ctx.now, due_at=effect.due_at,
            person_id=person_id, language=effect.language, system=effect.system,
            ref=self.fill(effect.ref))
        self.outbox_rows += 1

    async def write_log(self, effect: Log) -> None:
        actor = self.ctx.person
        await self.tx.log(LogEntry(
            at=self.ctx.now, actor_role=actor.role if actor else "unknown",
            direction=effect.direction, kind=effect.kind,
            actor_id=self.self_id, person_id=self.resolve(effect.person_id),
            chat_id=self.ctx.chat_id,
            message_id=self.incoming.message_id if self.incoming else None,
            update_id=self.incoming.update_id if self.incoming else None,
            text=effect.text,
        ))


async def apply_effects(
    tx: Tx, ctx: Context, effects: tuple[Effect, ...], incoming: Incoming | None = None
) -> int:
    """Apply in order; returns how many outbox rows were written."""
    applier = _Applier(tx, ctx, incoming)
    for effect in effects:
        await applier.apply(effect)
    return applier.outbox_rows
