"""Alerts: created, changed, their thread, their cards re-rendered, flagging feedback."""

from __future__ import annotations

import json

from bot.appliers import Table, entry
from bot.appliers.applier import Applier
from bot.appliers.messages import buttons_payload
from flows.core.effects import (
    PRIORITY_RANK,
    AddAlertMessage,
    CreateAlert,
    EditCards,
    RecordFlagFeedback,
    Ref,
    UpdateAlert,
)

__all__ = ["APPLIERS"]


async def create_alert(applier: Applier, effect: CreateAlert) -> None:
    street_contact_id = (None if effect.street_contact_id is None
                         else applier.resolve_new(effect.street_contact_id))
    applier.new["alert"] = await applier.tx.create_alert(
        client_id=effect.client_id, casemanager_id=effect.casemanager_id,
        source=effect.source, categories=effect.categories, severity=effect.severity,
        terms=effect.terms, now=applier.ctx.now, street_contact_id=street_contact_id)


async def update_alert(applier: Applier, effect: UpdateAlert) -> None:
    await applier.tx.update_alert(applier.resolve_new(effect.alert_id), **effect.fields)


async def add_alert_message(applier: Applier, effect: AddAlertMessage) -> None:
    await applier.tx.add_alert_message(applier.resolve_new(effect.alert_id), applier.ctx.now,
                                       effect.direction, effect.kind, effect.text)


async def edit_cards(applier: Applier, effect: EditCards) -> None:
    """Copies not sent yet go out as they are now; sent ones get one pending edit each."""
    tx, now = applier.tx, applier.ctx.now
    ref = applier.ref(Ref("alert", effect.alert_id))
    payload = {"key": effect.key, "args": applier.resolve(effect.args), "tail": effect.tail,
               "buttons": buttons_payload(effect.buttons, applier.new)}
    for row in await tx.pending_with_ref(ref, "message"):
        if row.payload.get("key") == effect.key:  # not sent yet: goes out as it is now
            await tx.replace_payload(row.id, {**row.payload, **payload})
            await tx.raise_priority(row.id, PRIORITY_RANK[effect.priority])
    # a copy in flight right now is brought up to date by the sender once it has an id; a
    # resolved alert's card state is deleted (it holds the client's words)
    if effect.args.get("status") == "resolved":
        await tx.delete_values(f"card:{effect.alert_id}")
    else:
        await tx.set_secret(f"card:{effect.alert_id}", json.dumps(
            {**payload, "edited_at": now.isoformat()}, ensure_ascii=False))
    for chat_id, message_id, person_id, language in await tx.sent_cards(ref):
        edit = await _bundle_edit(applier, chat_id, message_id, effect.alert_id, payload,
                                  effect.args.get("status") == "resolved") \
            or payload
        await applier.enqueue_edit(chat_id=chat_id, ref=f"edit:{chat_id}:{message_id}",
                                   person_id=person_id, language=language,
                                   payload={**edit, "message_id": message_id},
                                   priority=effect.priority)


async def _bundle_edit(applier: Applier, chat_id: int, message_id: int, alert_id: int,
                       payload: dict[str, object], resolved: bool
                       ) -> dict[str, object] | None:
    """A card sent together with others (bot/sender.py): the message is edited as a whole,
    this card in its new state, the others as they last were."""
    name = f"bundle:{chat_id}:{message_id}"
    stored = await applier.tx.get_secret(name)
    if stored is None:
        return None
    bundle = json.loads(stored)
    index = bundle["alerts"].index(alert_id)
    bundle["parts"][index] = {**bundle["parts"][index], **payload}
    if resolved:  # done: the client's words go
        bundle["parts"][index]["tail"] = ""
        bundle.setdefault("resolved", []).append(alert_id)
    if set(bundle.get("resolved", ())) >= set(bundle["alerts"]):
        await applier.tx.delete_values(name)  # every card in it is done: nothing kept
    else:
        await applier.tx.set_secret(name, json.dumps(bundle, ensure_ascii=False))
    return {"bundle": bundle["parts"]}


async def record_flag_feedback(applier: Applier, effect: RecordFlagFeedback) -> None:
    await applier.tx.add_flag_feedback(
        at=applier.ctx.now, kind=effect.kind, alert_id=effect.alert_id,
        client_id=effect.client_id, staff_id=applier.self_id, language=effect.language,
        categories=effect.categories, severity=effect.severity, text=effect.text)


APPLIERS: Table = dict([
    entry(CreateAlert, create_alert), entry(UpdateAlert, update_alert),
    entry(AddAlertMessage, add_alert_message), entry(EditCards, edit_cards),
    entry(RecordFlagFeedback, record_flag_feedback),
])
