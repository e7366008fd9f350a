"""Reply keyboards in the sandbox: the demo people have theirs from the start, as after
joining, and a button that asks for the location or the contact shares it, as in Telegram."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from sandbox import DEMO_PEOPLE, Sandbox
from tests.integration.harness import plain, text_of
from tests.integration.test_sandbox import get, post

KARIM, RUBEN, YOUSSEF, AMINA = 7002, 7004, 7101, 7102
UTRECHT_CENTRAAL = ("52.0894", "5.1101")


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


def expected_keyboard(sandbox: Sandbox, role: str, language: str) -> list[list[str]]:
    def label(key: str) -> str:
        return text_of(sandbox.runtime, language, key)

    if role == "client":
        return [[label("client-sos-button")]]
    return [[label("street-keyboard-button"), label("street-keyboard-location-button")]]


async def test_demo_people_have_their_keyboards_from_the_start(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    wanted = {demo.user_id: expected_keyboard(sandbox, demo.role, demo.language)
              for demo in DEMO_PEOPLE}
    await sandbox.api.wait_for(lambda: all(
        sandbox.users[user_id].reply_keyboard() == keyboard
        for user_id, keyboard in wanted.items()), timeout=10)
    assert wanted[RUBEN] == [["🚶 Straatcontact", "📍 Contact hier"]]
    assert wanted[AMINA] == [["🆘 J'ai besoin d'aide maintenant"]]

    karim = await get(http, f"{sandbox.url}api/chats/{KARIM}")
    assert karim["keyboard"] == [[{"text": "🚶 Street contact", "request": None},
                                  {"text": "📍 Contact here", "request": "location"}]]
    welcome = [m for m in karim["messages"] if m["from_bot"]]
    assert len(welcome) == 1 and "Welcome, Karim" in plain(welcome[0]["text"])
    youssef = await get(http, f"{sandbox.url}api/chats/{YOUSSEF}")
    assert youssef["keyboard"][0][0]["request"] is None
    thanks = text_of(sandbox.runtime, "ary", "consent-thanks")
    assert [plain(m["text"]) for m in youssef["messages"]] == [thanks]


async def test_the_location_button_shares_a_location_and_starts_a_street_contact(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    ruben = sandbox.users[RUBEN]
    await sandbox.api.wait_for(lambda: ruben.keyboard_button("📍 Contact hier") is not None,
                               timeout=10)
    base = f"{sandbox.url}api/chats/{RUBEN}/press"
    await post(http, base, 400, user=RUBEN, text="📍 Contact hier")  # no location chosen
    await post(http, base, 400, user=RUBEN, text="📍 Contact hier", latitude="95",
               longitude="5")
    await post(http, base, 400, user=RUBEN, text="📍 Elsewhere", latitude="52", longitude="5")
    mark = ruben.mark()
    latitude, longitude = UTRECHT_CENTRAAL
    await post(http, base, user=RUBEN, text="📍 Contact hier", latitude=latitude,
               longitude=longitude)
    question = await ruben.wait_reply(after=mark, timeout=10)
    assert "Wie is het" in plain(question.body), "a street contact here, not 'send /help'"
    shared = list(ruben.chat.user_messages.values())[-1]
    assert shared["location"] == {"latitude": 52.0894, "longitude": 5.1101}
    assert "text" not in shared, "a location, as Telegram sends for request_location"
    chat = await get(http, f"{sandbox.url}api/chats/{RUBEN}")
    mine = [m for m in chat["messages"] if not m["from_bot"]]
    assert mine[-1]["kind"] == "location"
    assert mine[-1]["location"] == {"latitude": 52.0894, "longitude": 5.1101}


async def test_a_plain_button_sends_its_text_the_sos_button_raises_an_alert(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    youssef, karim = sandbox.users[YOUSSEF], sandbox.users[KARIM]
    sos = text_of(sandbox.runtime, "ary", "client-sos-button")
    await sandbox.api.wait_for(lambda: youssef.keyboard_button(sos) is not None, timeout=10)
    mark = karim.mark()
    await post(http, f"{sandbox.url}api/chats/{YOUSSEF}/press", user=YOUSSEF, text=sos)
    card = await karim.wait_reply(lambda m: "URGENT" in plain(m.body), after=mark, timeout=10)
    assert "Youssef" in plain(card.body)
    assert list(youssef.chat.user_messages.values())[-1]["text"] == sos


async def test_the_contact_button_shares_ones_own_number(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    amina = sandbox.users[AMINA]
    await sandbox.api.wait_for(lambda: amina.reply_keyboard() is not None, timeout=10)
    keyboard = {"keyboard": [[{"text": "📞 Mon numéro", "request_contact": True}]],
                "one_time_keyboard": True}
    async with http.post(f"{sandbox.api.api_url}{sandbox.api.token}/sendMessage",
                         json={"chat_id": AMINA, "text": "?", "reply_markup": keyboard}):
        pass
    chat = await get(http, f"{sandbox.url}api/chats/{AMINA}")
    assert chat["keyboard"] == [[{"text": "📞 Mon numéro", "request": "contact"}]]
    await post(http, f"{sandbox.url}api/chats/{AMINA}/press", user=AMINA, text="📞 Mon numéro")
    await sandbox.api.wait_for(lambda: sandbox.api.pending_updates == 0, timeout=10)
    shared = list(amina.chat.user_messages.values())[-1]
    assert shared["contact"]["user_id"] == AMINA and shared["contact"]["phone_number"]
    chat = await get(http, f"{sandbox.url}api/chats/{AMINA}")
    assert chat["keyboard"] is None, "a one-time keyboard closes"
    mine = [m for m in chat["messages"] if not m["from_bot"]][-1]
    assert mine["kind"] == "contact"
    assert mine["contact"] == {"phone_number": shared["contact"]["phone_number"],
                               "first_name": "Amina"}


async def test_a_kept_data_folder_gives_the_new_phones_their_keyboards_again(
    tmp_path: Path
) -> None:
    """Telegram's side of the sandbox lives in memory: after a restart with --data the
    phones are blank, and get the command menu and keyboard that joining left."""
    first = Sandbox(tmp_path / "kept")
    await first.start()
    try:
        await first.api.wait_for(lambda: first.users[KARIM].reply_keyboard() is not None,
                                 timeout=10)
        assert first.runtime.deps is not None
        async with first.runtime.deps.db.tx() as tx:
            people = await tx.count_people()  # the demo people and the demo year's
    finally:
        await first.stop()
    again = Sandbox(tmp_path / "kept")
    await again.start()
    try:
        karim = again.users[KARIM]
        await again.api.wait_for(lambda: karim.reply_keyboard() == [
            ["🚶 Street contact", "📍 Contact here"]], timeout=10)
        await again.api.wait_for(lambda: again.api.commands_for(
            {"type": "chat", "chat_id": KARIM}) is not None, timeout=10)
        assert again.runtime.deps is not None
        async with again.runtime.deps.db.tx() as tx:
            assert await tx.count_people() == people, "no second set of people"
    finally:
        await again.stop()
