"""The demo people of a new sandbox, written straight into its own database, and what
joining left on everyone's phone; and a demo year of data (the last full year), so that
/factsheet has something to show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.apply import send_payload
from bot.factsheet.demo_data import seed_year
from flows.core.common import CLIENT_KEYBOARD
from flows.core.effects import Send
from flows.street.ui import KEYBOARD
from flows.time.zones import zone
from storage import Database, Person, Tx
from storage.models import Role

__all__ = ["DEMO_PEOPLE", "TEAM_CHAT_ID", "TEAM_TITLE", "DemoPerson", "demo_year", "seed"]

TEAM_CHAT_ID = -1001000000001
TEAM_TITLE = "Casemanagers"
TIMEZONE = "Europe/Amsterdam"  # the sandbox's MELDBOT_TZ


@dataclass(frozen=True)
class DemoPerson:
    name: str
    role: Role
    language: str
    timezone: str
    user_id: int
    country: str | None = None
    casemanager: str | None = None  # the name of their casemanager (clients)


DEMO_PEOPLE = (
    DemoPerson("Anouk", "admin", "nl", "Europe/Amsterdam", 7001),
    DemoPerson("Karim", "casemanager", "en", "Europe/Amsterdam", 7002),
    DemoPerson("Sanne", "casemanager", "nl", "Europe/Amsterdam", 7003),
    DemoPerson("Ruben", "fieldworker", "nl", "Europe/Amsterdam", 7004),
    DemoPerson("Youssef", "client", "ary", "Africa/Casablanca", 7101, "MA", "Karim"),
    DemoPerson("Amina", "client", "fr", "Europe/Amsterdam", 7102, "NL", "Sanne"),
)


def _joined(person: Person) -> Send | None:
    """The last message of joining, which leaves the reply keyboard on their phone: the
    welcome with the street-contact buttons (staff), the thanks for agreeing with the 🆘
    button (clients who agreed), as the onboarding and consent flows send them."""
    if person.unreachable or person.chat_id is None:
        return None
    if person.is_staff:
        return Send("welcome-staff", {"name": person.alias, "role": person.role},
                    person_id=person.id, keyboard=KEYBOARD)
    if person.consent == "given" and not person.stopped:
        return Send("consent-thanks", person_id=person.id, system=True,
                    keyboard=CLIENT_KEYBOARD)
    return None


async def _create_demo_people(tx: Tx, now: datetime) -> None:
    ids: dict[str, int] = {}
    for demo in DEMO_PEOPLE:
        person = await tx.create_person(
            role=demo.role, alias=demo.name, timezone=demo.timezone, now=now,
            language=demo.language, country=demo.country,
            casemanager_id=ids.get(demo.casemanager or ""),
            telegram_user_id=demo.user_id, chat_id=demo.user_id)
        ids[demo.name] = person.id
        if demo.role == "client":
            await tx.update_person(person.id, consent="given")


def demo_year(now: datetime) -> int:
    """The year of the demo data: the last full year."""
    return now.astimezone(zone(TIMEZONE)).year - 1


async def seed(db: Database, now: datetime) -> bool:
    """A new sandbox gets the demo people (the clients have agreed already) and a demo year
    of clients with profiles and outcomes, street contacts, alerts, check-ins and
    appointments, shaped like the 2024 annual report (bot/factsheet/demo_data.py: its own
    casemanager and fieldworker, no one with Telegram, nothing to send). At every start,
    as Telegram's side of the sandbox starts blank, each person gets what joining left on
    their phone, through the outbox: their command menu and the last message of joining
    with their reply keyboard. Returns whether anything was queued."""
    queued = False
    async with db.tx() as tx:
        if await tx.count_people() == 0:
            await _create_demo_people(tx, now)
            await seed_year(tx, year=demo_year(now), timezone=TIMEZONE)
        for person in await tx.people():
            joined = _joined(person)
            if joined is None or person.chat_id is None:
                continue
            await tx.enqueue(chat_id=person.chat_id, kind="commands", payload={}, now=now,
                             person_id=person.id, system=True)
            await tx.enqueue(chat_id=person.chat_id, kind="message", now=now,
                             payload=send_payload(joined), person_id=person.id,
                             system=joined.system)
            queued = True
    return queued
