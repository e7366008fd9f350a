"""The sandbox in-process: demo people, its own data folder, the page's endpoints, live events,
the clock, and what keeps it local."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from importlib import resources
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from fakebotapi.users import JPEG_PHOTO, OGG_VOICE
from flows.time.zones import zone
from sandbox import DEMO_PEOPLE, TEAM_CHAT_ID, Sandbox
from sandbox.seed import TIMEZONE, demo_year
from tests.integration.harness import plain

KARIM, YOUSSEF = 7002, 7101
POST = {"X-Sandbox": "1"}
URGENT = "3afak 3awni, ana mrid bzaf"


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Sandbox]:
    running = Sandbox(tmp_path / "sandbox-data")
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def get(http: aiohttp.ClientSession, url: str) -> Any:
    async with http.get(url) as response:
        assert response.status == 200, await response.text()
        return await response.json()


async def post(http: aiohttp.ClientSession, url: str, status: int = 200, **fields: Any) -> Any:
    form = aiohttp.FormData()
    for name, value in fields.items():
        if isinstance(value, tuple):
            form.add_field(name, value[0], content_type=value[1], filename="upload")
        else:
            form.add_field(name, str(value))
    async with http.post(url, data=form, headers=POST) as response:
        assert response.status == status, await response.text()
        return await response.json() if status == 200 else await response.text()


async def test_demo_people_team_chat_and_own_data_folder(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    assert sandbox.url.startswith("http://127.0.0.1:")
    assert sandbox.runtime.settings.team_chat_id == TEAM_CHAT_ID
    assert sandbox.runtime.settings.database_path.parent == sandbox.data_dir
    state = await get(http, sandbox.url + "api/state")
    people = {p["name"]: p for p in state["people"]}
    assert {demo.name: demo.role for demo in DEMO_PEOPLE} == {
        name: p["role"] for name, p in people.items()}
    assert people["Youssef"]["language"] == "ary"
    assert people["Youssef"]["timezone"] == "Africa/Casablanca"
    assert people["Amina"]["language"] == "fr"
    assert people["Youssef"]["casemanager"] == people["Karim"]["person_id"]
    assert state["team"]["chat_id"] == TEAM_CHAT_ID
    assert sandbox.runtime.deps is not None
    async with sandbox.runtime.deps.db.tx() as tx:
        clients = await tx.people("client")
    assert {c.alias: c.consent for c in clients if c.telegram_user_id is not None} == {
        "Youssef": "given", "Amina": "given"}
    # and a demo year for /factsheet: last year's clients, none of them on Telegram
    year = demo_year(sandbox.clock.now())
    assert len([c for c in clients if c.telegram_user_id is None and c.created_at
                and c.created_at.astimezone(zone(TIMEZONE)).year == year]) == 176
    await sandbox.api.wait_for(lambda: sandbox.api.commands_for(
        {"type": "chat", "chat_id": KARIM}) is not None)
    commands = await get(http, f"{sandbox.url}api/chats/{KARIM}/commands")
    assert "newclient" in [c["command"] for c in commands]


async def test_the_page_loads_nothing_from_elsewhere(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    async with http.get(sandbox.url) as response:
        page = await response.text()
        policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "http" not in policy
    references = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert references and all(ref.startswith("static/") for ref in references)
    static = resources.files("sandbox").joinpath("static")
    for name in ("sandbox.css", "sandbox.js", "render.js"):
        async with http.get(f"{sandbox.url}static/{name}") as response:
            assert response.status == 200
            body = await response.text()
        assert body == static.joinpath(name).read_text("utf-8")
        assert "@import" not in body and "url(" not in body and "//cdn" not in body


async def test_only_local_pages_may_drive_it(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    async with http.get(sandbox.url, headers={"Host": "attacker.example"}) as response:
        assert response.status == 403
    async with http.post(f"{sandbox.url}api/clock", data={"step": "day"}) as response:
        assert response.status == 403
    assert sandbox.clock.offset.total_seconds() == 0


async def read_events(
    http: aiohttp.ClientSession, url: str, wanted: Any, into: list[dict[str, Any]]
) -> None:
    async with http.get(url) as response:
        async for raw in response.content:
            line = raw.decode().strip()
            if line.startswith("data: "):
                into.append(json.loads(line[6:]))
                if wanted(into[-1]):
                    return


async def test_a_flagged_message_streams_to_the_page_and_a_tap_claims(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    events: list[dict[str, Any]] = []

    def is_card(item: dict[str, Any]) -> bool:
        message = item.get("message") or {}
        return item["chat_id"] == KARIM and "URGENT" in plain(message.get("text"))

    reader = asyncio.create_task(read_events(http, sandbox.url + "events", is_card, events))
    await sandbox.api.wait_for(lambda: bool(sandbox._listeners))
    await post(http, f"{sandbox.url}api/chats/{YOUSSEF}/text", user=YOUSSEF, text=URGENT)
    await asyncio.wait_for(reader, 10)
    mine = next(e for e in events if e["chat_id"] == YOUSSEF)
    assert mine["message"]["text"] == URGENT and not mine["message"]["from_bot"]
    card = events[-1]["message"]
    assert card["buttons"][0][0]["text"] == "✋ Claim" and card["time"]

    await post(http, f"{sandbox.url}api/chats/{KARIM}/tap", user=KARIM,
               message_id=card["message_id"], text="✋ Claim")
    await sandbox.api.wait_for(lambda: "claimed by Karim" in plain(
        sandbox.api.state.chats[KARIM].bot_messages[card["message_id"]].text))
    chat = await get(http, f"{sandbox.url}api/chats/{KARIM}")
    shown = next(m for m in chat["messages"] if m["message_id"] == card["message_id"])
    assert shown["edited"] and "claimed by Karim" in plain(shown["text"])


async def test_photo_voice_and_location_reach_the_casemanager(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    base = f"{sandbox.url}api/chats/{YOUSSEF}/"
    await post(http, base + "photo", user=YOUSSEF, file=(JPEG_PHOTO, "image/jpeg"))
    await post(http, base + "voice", user=YOUSSEF, file=(OGG_VOICE, "audio/webm"), duration=2.4)
    await post(http, base + "location", user=YOUSSEF, latitude="33.5731", longitude="-7.5898")
    await sandbox.api.wait_for(
        lambda: {"photo", "voice", "location"} <= {m.kind for m in sandbox.api.messages(KARIM)},
        timeout=15)
    chat = await get(http, f"{sandbox.url}api/chats/{KARIM}")
    voice = next(m for m in chat["messages"] if m["kind"] == "voice")
    assert voice["media"]["mime"] == "audio/webm"
    async with http.get(f"{sandbox.url}media/{voice['media']['file_id']}") as response:
        assert response.content_type == "audio/webm" and await response.read() == OGG_VOICE
    spot = next(m for m in chat["messages"] if m["kind"] == "location")["location"]
    assert spot == {"latitude": 33.5731, "longitude": -7.5898}
    await post(http, base + "location", 400, user=YOUSSEF, latitude="north", longitude="1")
    await post(http, base + "text", 400, user=KARIM, text="not my phone")


async def test_reply_keyboards_and_new_people(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    youssef = sandbox.users[YOUSSEF]
    await sandbox.api.wait_for(lambda: youssef.reply_keyboard() is not None)  # his 🆘 one
    keyboard = {"keyboard": [[{"text": "ja"}, {"text": "nee"}]], "one_time_keyboard": True}
    async with http.post(f"{sandbox.api.api_url}{sandbox.api.token}/sendMessage",
                         json={"chat_id": YOUSSEF, "text": "?", "reply_markup": keyboard}):
        pass
    chat = await get(http, f"{sandbox.url}api/chats/{YOUSSEF}")
    assert chat["keyboard"] == [[{"text": "ja", "request": None},
                                 {"text": "nee", "request": None}]]
    await post(http, f"{sandbox.url}api/chats/{YOUSSEF}/press", user=YOUSSEF, text="ja")
    assert list(youssef.chat.user_messages.values())[-1]["text"] == "ja"
    assert (await get(http, f"{sandbox.url}api/chats/{YOUSSEF}"))["keyboard"] is None

    created = await post(http, f"{sandbox.url}api/users")
    stranger = created["user_id"]
    mark = sandbox.users[stranger].mark()
    await post(http, f"{sandbox.url}api/chats/{stranger}/text", user=stranger, text="hallo")
    await sandbox.users[stranger].wait_reply(after=mark)
    people = (await get(http, f"{sandbox.url}api/state"))["people"]
    assert next(p for p in people if p["user_id"] == stranger)["role"] == "unknown"


async def test_the_team_chat_is_driven_by_staff(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    base = f"{sandbox.url}api/chats/{TEAM_CHAT_ID}/"
    await post(http, base + "text", user=KARIM, text="goedemorgen")
    messages = (await get(http, f"{sandbox.url}api/chats/{TEAM_CHAT_ID}"))["messages"]
    assert messages[-1]["sender"] == "Karim" and messages[-1]["text"] == "goedemorgen"
    await post(http, base + "photo", 400, user=KARIM, file=(JPEG_PHOTO, "image/jpeg"))
    await post(http, f"{sandbox.url}api/chats/-5/text", 404, user=KARIM, text="x")


async def test_the_clock_moves_forward_and_wakes_the_bot(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    before = sandbox.clock.now()
    moved = await post(http, f"{sandbox.url}api/clock", step="week")
    assert (sandbox.clock.now() - before).days == 7
    assert moved["now"][:10] == sandbox.clock.now().isoformat()[:10]
    await post(http, f"{sandbox.url}api/clock", 400, step="-1 day")


async def test_an_hour_later_an_unclaimed_alert_is_escalated(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    sanne = sandbox.users[7003]
    await post(http, f"{sandbox.url}api/chats/{YOUSSEF}/text", user=YOUSSEF, text=URGENT)
    await sandbox.users[KARIM].wait_reply(lambda m: "URGENT" in plain(m.body), timeout=10)
    assert not sanne.replies() or all("URGENT" not in plain(m.body) for m in sanne.replies())
    await post(http, f"{sandbox.url}api/clock", step="hour")
    escalated = await sanne.wait_reply(lambda m: "URGENT" in plain(m.body), timeout=10, after=0)
    assert escalated.button_texts()
