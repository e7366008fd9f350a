"""Profiles and outcomes are kept sealed and read back whole."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from flows.model import Profile
from storage import Database
from tests.backends import open_test_store
from tests.unit.factories import NOW


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_test_store(tmp_path)
    yield database
    await database.close()


async def test_a_profile_and_outcomes_round_trip_and_are_not_readable_in_the_file(
    db: Database, tmp_path: Path
) -> None:
    async with db.tx() as tx:
        client = await tx.create_person(role="client", alias="Youssef", timezone="UTC", now=NOW)
        await tx.save_profile(Profile(client.id, nationality="DZ", birth_year=1999,
                                      asylum_nl=False, medical=("psychiatric", "addiction")),
                              NOW, None)
        first = await tx.add_outcome(person_id=client.id, kind="specialised_care",
                                     on=date(2024, 3, 1), country=None, aftercare=None,
                                     now=NOW, by=None)
        await tx.add_outcome(person_id=client.id, kind="voluntary_return", on=date(2024, 9, 9),
                             country="DZ", aftercare=True, now=NOW, by=None)
    async with db.tx() as tx:
        profile = await tx.profile(client.id)
        outcomes = await tx.outcomes(client.id)
        later = await tx.outcomes(start=date(2024, 6, 1))
    assert profile is not None and profile.nationality == "DZ"
    assert profile.medical == ("psychiatric", "addiction") and profile.asylum_nl is False
    assert profile.eu_document is None, "unknown stays unknown"
    assert (outcomes[0].id, outcomes[0].kind) == (first, "specialised_care")
    assert [(o.kind, o.country, o.aftercare) for o in later] == [("voluntary_return", "DZ", True)]
    raw = b"".join(f.read_bytes() for f in sorted(tmp_path.iterdir())  # noqa: ASYNC240
                   if f.name.startswith("meldbot.sqlite3"))
    for word in (b"psychiatric", b"voluntary_return", b"specialised_care"):
        assert word not in raw
