"""The demo people of a fresh sandbox, written straight into its own database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage import Database
from storage.models import Role

__all__ = ["DEMO_PEOPLE", "TEAM_CHAT_ID", "TEAM_TITLE", "DemoPerson", "seed"]

TEAM_CHAT_ID = -1001000000001
TEAM_TITLE = "Casemanagers"


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


async def seed(db: Database, now: datetime) -> bool:
    """Insert the demo people (clients have agreed already) unless the database has people;
    returns whether it seeded. Each gets their command menu through the outbox."""
    async with db.tx() as tx:
        if await tx.count_people() > 0:
            return False
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
            await tx.enqueue(chat_id=demo.user_id, kind="commands", payload={}, now=now,
                             person_id=person.id, system=True)
    return True
