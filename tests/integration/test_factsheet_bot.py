"""/factsheet through the fake Bot API: an admin gets the year's factsheet as a picture and
a PDF in their own chat; no one else gets it, and the team chat never does."""

from __future__ import annotations

from pathlib import Path

import aiohttp

from bot.factsheet.demo_data import seed_year
from bot.runtime import Runtime
from sandbox import Sandbox
from sandbox.seed import demo_year
from tests.conftest import TEAM_CHAT
from tests.fakebotapi import FakeBotApi, SentMessage
from tests.integration.harness import join_as, plain, settle, text_of
from tests.integration.test_alerts import URGENT_ARABIZI, is_card, setup

PNG = b"\x89PNG\r\n\x1a\n"
ANOUK = 7001  # the sandbox's demo admin
RENDERING = 120.0  # drawing the charts on a busy 2-core machine (seconds)


def _is_file(message: SentMessage) -> bool:
    return message.kind in ("photo", "document")


async def _load_demo_year(runtime: Runtime, year: int) -> None:
    """A year of clients, profiles, outcomes and street contacts, shaped like the 2024
    report (as the sandbox's demo year)."""
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        await seed_year(tx, year=year)


async def test_an_admin_gets_the_picture_and_the_pdf_in_their_own_chat(
    api: FakeBotApi, runtime: Runtime
) -> None:
    await _load_demo_year(runtime, 2024)
    admin = await join_as(api, runtime, "admin", 6101, "Anouk", "en")
    mark = admin.mark()
    await admin.send("/factsheet 2024")
    preparing = await admin.wait_reply(after=mark)
    assert plain(preparing.body) == text_of(runtime, "en", "factsheet-preparing", year="2024")

    photo = await admin.wait_reply(after=mark + 1, timeout=RENDERING)  # the next one
    assert photo.kind == "photo", plain(photo.body)
    assert photo.photo is not None and photo.photo.startswith(PNG)
    assert len(photo.photo) > 20_000  # charts, not a blank page
    assert plain(photo.body) == text_of(runtime, "en", "factsheet-caption", year="2024")
    document = await admin.wait_reply(lambda m: m.kind == "document", after=mark,
                                      timeout=RENDERING)
    assert document.document is not None and document.document.startswith(b"%PDF")
    assert document.content["document"]["file_name"] == "factsheet-2024.pdf"
    await settle(api, runtime)
    assert not any(_is_file(m) for m in api.group(TEAM_CHAT).replies())


async def test_a_dutch_admin_asks_without_a_year_and_gets_last_year(
    api: FakeBotApi, runtime: Runtime
) -> None:
    admin = await join_as(api, runtime, "admin", 6111, "Sanne", "nl")
    mark = admin.mark()
    await admin.send("/factsheet")  # the clock says November 2026
    await admin.wait_reply(after=mark)
    photo = await admin.wait_reply(after=mark + 1, timeout=RENDERING)
    assert photo.kind == "photo", plain(photo.body)
    assert plain(photo.body) == text_of(runtime, "nl", "factsheet-caption", year="2025")
    await admin.wait_reply(lambda m: m.kind == "document", after=mark, timeout=RENDERING)


async def test_a_casemanager_is_refused_and_a_bad_year_is_answered(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager = await join_as(api, runtime, "casemanager", 6121, "Karim", "en")
    admin = await join_as(api, runtime, "admin", 6122, "Anouk", "en")
    mark = manager.mark()
    await manager.send("/factsheet 2024")
    refused = await manager.wait_reply(after=mark)
    assert plain(refused.body) == text_of(runtime, "en", "refusal-not-available")

    for typed, key, args in (("last year", "factsheet-bad-year", {"typed": "last year"}),
                             ("2031", "factsheet-future-year", {"year": "2031"})):
        admin_mark = admin.mark()
        await admin.send(f"/factsheet {typed}")
        answer = await admin.wait_reply(after=admin_mark)
        assert plain(answer.body) == text_of(runtime, "en", key, **args)
        assert "/factsheet 2024" in plain(answer.body)  # says what to send instead
    await settle(api, runtime)
    assert not any(_is_file(m) for m in manager.replies() + admin.replies())


async def test_in_the_team_chat_nothing_is_sent_there(api: FakeBotApi, runtime: Runtime
                                                      ) -> None:
    _, client = await setup(api, runtime)
    admin = await join_as(api, runtime, "admin", 6131, "Anouk", "en")
    team = api.group(TEAM_CHAT)
    await client.send(URGENT_ARABIZI)
    card = await team.wait_reply(is_card, after=0)  # a bot message there to reply to
    await settle(api, runtime)
    team_mark, admin_mark = team.mark(), admin.mark()

    await team.send(admin, "/factsheet 2024")  # a command in the group: not for the bot
    await team.reply_to(admin, card.message_id, "/factsheet 2024")  # even as a reply to it
    told = await admin.wait_reply(after=admin_mark)
    assert plain(told.body) == text_of(runtime, "en", "factsheet-private-only")
    await settle(api, runtime)
    assert team.mark() == team_mark, [plain(m.body) for m in team.replies()[team_mark:]]
    assert admin.mark() == admin_mark + 1  # that one answer, and no factsheet anywhere


async def test_the_sandbox_has_a_demo_year_to_show(tmp_path: Path) -> None:
    """Out of the box: Anouk (admin, Dutch) sends /factsheet and gets last year's."""
    sandbox = Sandbox(tmp_path / "sandbox-data")
    await sandbox.start()
    try:
        anouk = sandbox.users[ANOUK]
        await sandbox.api.wait_for(lambda: anouk.reply_keyboard() is not None, timeout=10)
        year = str(demo_year(sandbox.clock.now()))
        mark = anouk.mark()
        await anouk.send("/factsheet")
        preparing = await anouk.wait_reply(after=mark)
        assert year in plain(preparing.body)
        photo = await anouk.wait_reply(after=mark + 1, timeout=RENDERING)
        assert photo.kind == "photo", plain(photo.body)
        assert photo.photo is not None and photo.photo.startswith(PNG)
        document = await anouk.wait_reply(lambda m: m.kind == "document", after=mark,
                                          timeout=RENDERING)
        assert document.document is not None and document.document.startswith(b"%PDF")
        assert not any(_is_file(m) for m in sandbox.team.replies())
        async with aiohttp.ClientSession() as http:  # the page offers the PDF to save
            async with http.get(f"{sandbox.url}api/chats/{ANOUK}") as response:
                shown = (await response.json())["messages"]
            [pdf] = [m["media"] for m in shown if m["media"].get("kind") == "document"]
            assert pdf["name"] == f"factsheet-{year}.pdf"
            async with http.get(f"{sandbox.url}media/{pdf['file_id']}") as response:
                assert (await response.read()).startswith(b"%PDF")
    finally:
        await sandbox.stop()
