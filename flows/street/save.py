"""Saving a street registration (after the duplicate check), its alert, and Undo."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from flows.alerts.cards import (
    card_args,
    card_priority,
    card_sends,
    card_tail,
    escalation_delay,
)
from flows.core.common import buttons_expired
from flows.core.context import Context
from flows.core.effects import (
    AddAlertMessage,
    CancelTimers,
    Choice,
    CreateAlert,
    Edit,
    EditCards,
    Effect,
    Log,
    New,
    Send,
    SetTimer,
    Transition,
    UpdateAlert,
)
from flows.core.events import Button, Event
from flows.model import Person, StreetContact
from flows.street.buttons import StreetUndo
from flows.street.draft import ALERT_NEEDS, Draft, person_entry, touch
from flows.street.effects import SaveStreetContact, SaveStreetDraft, UndoStreetContact
from flows.street.search import likely_duplicates
from flows.street.ui import needs_arg, place_arg, show

__all__ = ["UNDO_WINDOW", "on_save", "on_undo", "save", "street_subject"]

UNDO_WINDOW = timedelta(minutes=10)
_CARD_COUNTRIES = ("MA", "DZ", "TN", "NL")
_BOT_LANGUAGES = {"darija": "ary", "ar": "ar", "fr": "fr", "nl": "nl", "en": "en"}


def street_subject(alias: str, nationality: str | None, language: str | None,
                   timezone: str) -> Person:
    """An alert card's subject for a street contact: not a client, so it has no id (0)."""
    return Person(id=0, role="client", alias=alias, timezone=timezone,
                  language=_BOT_LANGUAGES.get(language or ""),
                  country=nationality if nationality in _CARD_COUNTRIES else "other")


def subject_of(contact: StreetContact, timezone: str) -> Person:
    person = contact.person
    return street_subject(person.label, person.nationality, person.language, timezone)


def on_save(ctx: Context, event: Button, draft: Draft, followup: bool) -> Transition:
    """Save, unless likely duplicates should be offered for linking first."""
    duplicates = likely_duplicates(draft, ctx.street.candidates)
    if not duplicates:
        return save(ctx, event, draft, followup)
    offered = touch(draft, ctx.now, step="dupes", followup=followup,
                    offer=[person_entry(p) for p in duplicates])
    return Transition({"flow": "street"}, (SaveStreetDraft(ctx.person_id, offered),
                                           Log("street-duplicates-offered"),
                                           show(ctx, event, offered)))


def save(ctx: Context, event: Event, draft: Draft, followup: bool) -> Transition:
    person = draft.get("person") or {"new": True, "alias": None}
    known = person.get("id")
    alias = None if known else person.get("alias")
    place = draft.get("place") or {}
    note = draft.get("note") or {}
    needs = tuple(draft.get("needs") or ())
    contact = SaveStreetContact(
        fieldworker_id=ctx.person_id, at=datetime.fromisoformat(draft["started"]),
        street_person_id=known, alias=alias, nationality=draft.get("nationality"),
        language=draft.get("language"), gender=draft.get("gender"),
        age_band=draft.get("age"), place_id=place.get("id"), latitude=place.get("lat"),
        longitude=place.get("lon"), needs=needs,
        note=note.get("text") or note.get("file_id"), note_kind=note.get("kind"),
        followup=followup, shift=ctx.street.shift)
    alerting = _alert(ctx, draft, alias or (str(person["label"]) if known
                                            else New("street_code")))
    undo = ((Choice("street-undo-button", StreetUndo("undo", New("street_contact"))),),)
    args = {"who": _saved_who(person, alias), "place": place_arg(draft),
            "needs": needs_arg(needs), "alert": "yes" if alerting else "no", "minutes": 10}
    done: Effect = Edit(event.message_id, "street-saved", args, undo) \
        if isinstance(event, Button) and event.message_id is not None else \
        Send("street-saved", args, person_id=ctx.person_id, buttons=undo)
    return Transition(None, (
        contact,
        SaveStreetDraft(ctx.person_id, None),
        Log("street-contact-saved" if not known else "street-contact-saved-known"),
        *alerting,
        done,
    ))


def _saved_who(person: dict[str, Any], alias: str | None) -> object:
    """Who was saved: a known person's label; a new person's code (given when saved), after
    their alias if they have one ("Mo · K7MA"). The code is a `New` handle the applier
    fills in, so alias and code are the arguments of their own message."""
    if person.get("id"):
        return str(person["label"])
    if not alias:
        return New("street_code")
    return {"$msg": "street-who-saved", "args": {"alias": alias, "code": New("street_code")}}


def _alert(ctx: Context, draft: Draft, alias: str | New) -> list[Effect]:
    """Medical or psychiatric needs: an alert card to the team at once. A new person without
    an alias is named on the card by the code they get when saved."""
    categories = tuple(need for need in draft.get("needs") or () if need in ALERT_NEEDS)
    if not categories:
        return []
    subject = street_subject(alias if isinstance(alias, str) else "", draft.get("nationality"),
                             draft.get("language"), ctx.default_timezone)
    args = {**card_args(ctx, subject, categories, "normal", (), 1, New("alert")),
            "alias": alias}
    fieldworker = ctx.person.alias if ctx.person else "?"
    place = draft.get("place") or {}
    where = place.get("name") or (f"{place['lat']:.3f}, {place['lon']:.3f}"
                                  if place.get("lat") is not None else "–")
    note = (draft.get("note") or {}).get("text")
    line = f"🚶 {fieldworker} · 📍 {where}" + (f"\n{note}" if note else "")
    team = ctx.team_chat_id is not None
    recipients = () if team else tuple(p.id for p in ctx.street.casework)
    return [
        CreateAlert(None, None, "street", categories, "normal",
                    street_contact_id=New("street_contact")),
        AddAlertMessage(New("alert"), "in", "street", line),
        Log("alert-created"),
        *card_sends(ctx, None, subject, args, card_tail([], line), recipients, team,
                    priority=card_priority("normal", categories)),
        SetTimer("alert-escalate", New("alert"), ctx.now + escalation_delay("normal", ctx)),
    ]


def on_undo(ctx: Context, button: Button, press: StreetUndo) -> Transition:
    contact = ctx.street.contact
    if contact is None or contact.id != press.row_id or contact.fieldworker_id != ctx.person_id:
        return buttons_expired(ctx)
    if contact.undone_at is not None:
        return Transition(ctx.state, (Send("street-undone", {"who": contact.person.label},
                                           person_id=ctx.person_id),))
    if ctx.now - contact.saved_at > UNDO_WINDOW:
        return Transition(ctx.state, (Send("street-undo-too-late", {"minutes": 10},
                                           person_id=ctx.person_id),))
    args = {"who": contact.person.label}
    done: Effect = Edit(button.message_id, "street-undone", args) \
        if button.message_id is not None else \
        Send("street-undone", args, person_id=ctx.person_id)
    return Transition(ctx.state, (UndoStreetContact(contact.id), Log("street-contact-undone"),
                                  *_withdraw_alert(ctx, contact), done))


def _withdraw_alert(ctx: Context, contact: StreetContact) -> list[Effect]:
    """An undone registration's alert is resolved by the fieldworker, every card says so."""
    alert = ctx.alerts.alert
    if alert is None or alert.street_contact_id != contact.id or alert.status == "resolved":
        return []
    subject = subject_of(contact, ctx.default_timezone)
    name = ctx.person.alias if ctx.person else "?"
    args = card_args(ctx, subject, alert.categories, alert.severity, alert.terms,
                     alert.message_count, alert.id, "resolved", name)
    return [UpdateAlert(alert.id, {"status": "resolved", "resolved_at": ctx.now,
                                   "resolved_by": ctx.person_id}),
            CancelTimers("alert-escalate", alert.id),
            EditCards(alert.id, "alert-card", args, (), card_tail(list(ctx.alerts.messages),
                                                                  None))]
