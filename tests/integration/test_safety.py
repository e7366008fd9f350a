"""Safe on the client's phone, through the fake Bot API: safety mode deletes both sides of
the chat after the set time (across a restart, never past Telegram's 48 hours), sends
silently, withholds map pins and keeps the keyboard neutral; /wipe deletes what it still can
and says how to clear the rest; strangers are greeted once a day; other groups are left."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

from bot.clock import FakeClock
from bot.runtime import Runtime
from tests.conftest import make_settings
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import join_as, new_client, plain, settle

FRENCH, NL = "🇫🇷 Français", "🇳🇱"


@asynccontextmanager
async def running(api: FakeBotApi, data: Path, clock: FakeClock) -> AsyncIterator[Runtime]:
    api.state.wall = lambda: clock.now().timestamp()  # Telegram's dates follow the clock
    runtime = Runtime(make_settings(api, data), clock=clock)
    await runtime.start()
    try:
        yield runtime
    finally:
        await runtime.stop()


def keyboard(message: SentMessage) -> list[str]:
    rows = (message.reply_markup or {}).get("keyboard") or []
    return [plain(b["text"] if isinstance(b, dict) else b) for row in rows for b in row]


def deleted(api: FakeBotApi, user: FakeUser) -> set[int]:
    """The bot's messages deleted from the chat, and the ids of the person's that are gone."""
    chat = api.state.chats[user.id]  # message ids in a chat are 1, 2, 3, ...
    return {m for m in range(1, chat.last_message_id + 1)
            if m not in chat.bot_messages and m not in chat.user_messages}


def sent_to(api: FakeBotApi, user: FakeUser, since: int = 0) -> list[dict[str, object]]:
    return [c.params for c in api.calls[since:] if c.status == 200
            and c.method.startswith("send") and c.params.get("chat_id") == user.id]


async def safe_client(api: FakeBotApi, runtime: Runtime) -> tuple[FakeUser, FakeUser, int]:
    """Karim's client Youssef, with safety mode switched on by Karim (24 hours). Returns
    them and the index of the first API call made after it was switched on (the bot's
    messages from then on have message ids from the confirmation's on)."""
    manager = await join_as(api, runtime, "casemanager", 8101, "Karim", "en")
    client = await new_client(api, manager, "Youssef", 8102, FRENCH, NL)
    mark, staff = client.mark(), manager.mark()
    calls = len(api.calls)
    await manager.send("/safety Youssef on")
    saved = await client.wait_reply(lambda m: "⚙️" in plain(m.body), after=mark)
    assert plain(saved.body).splitlines()[0] == "⚙️ C'est enregistré."
    assert keyboard(saved) == ["🔔 Maintenant"], "a neutral keyboard: no 🆘 on the screen"
    told = await manager.wait_reply(lambda m: "🕶" in plain(m.body), after=staff)
    assert "Youssef" in plain(told.body) and "24" in plain(told.body)
    safe_from[client.id] = saved.message_id
    return manager, client, calls


safe_from: dict[int, int] = {}


async def client_writes(api: FakeBotApi, runtime: Runtime, client: FakeUser,
                        manager: FakeUser, text: str) -> tuple[int, SentMessage]:
    """The client writes `text`; returns its message id and the forward at the
    casemanager, once that arrived and everything has settled."""
    staff = manager.mark()
    said = await client.send(text)
    forward = await manager.wait_reply(lambda m: text in plain(m.body), after=staff)
    await settle(api, runtime)
    return said, forward


async def test_safety_mode_deletes_both_sides_after_the_set_time_across_a_restart(
    api: FakeBotApi, tmp_path: Path, clock: FakeClock
) -> None:
    data = tmp_path / "data"
    async with running(api, data, clock) as runtime:
        manager, client, calls = await safe_client(api, runtime)
        said, _ = await client_writes(api, runtime, client, manager, "Salam, ça va ?")
        ours = [m.message_id for m in client.replies() if m.message_id >= safe_from[client.id]]
        assert ours, "the bot wrote to Youssef since safety mode is on"
        sends = sent_to(api, client, calls)
        assert sends and all(p.get("disable_notification") in (True, "true") for p in sends)
        clock.advance(timedelta(hours=23, minutes=59))
        await settle(api, runtime)
        assert said not in deleted(api, client), "not before the set time"
    clock.advance(timedelta(minutes=2))  # the bot was down over the moment: still done
    async with running(api, data, clock) as runtime:
        await api.wait_for(lambda: {said, *ours} <= deleted(api, client), timeout=10)
        await settle(api, runtime)
    assert api.state.chats[client.id].bot_messages.keys().isdisjoint(ours)


async def test_a_deletion_never_reaches_past_telegrams_48_hours(
    api: FakeBotApi, tmp_path: Path, clock: FakeClock
) -> None:
    data = tmp_path / "data"
    async with running(api, data, clock) as runtime:
        manager, client, _ = await safe_client(api, runtime)
        said, _ = await client_writes(api, runtime, client, manager, "Salam")
    clock.advance(timedelta(hours=50))  # down for two days: too late to delete
    calls = len(api.calls)
    async with running(api, data, clock) as runtime:
        await settle(api, runtime)
    deletions = [c for c in api.calls[calls:] if c.method.startswith("deleteMessage")]
    assert deletions == [], "nothing older than 48 hours is even tried"
    assert said in api.state.chats[client.id].user_messages


async def test_a_refused_deletion_is_given_up_not_retried(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    api.state.wall = lambda: clock.now().timestamp()
    manager, client, _ = await safe_client(api, runtime)
    await client_writes(api, runtime, client, manager, "Salam")
    api.fail("deleteMessages", status=400, count=100, description="Bad Request: message can't be"
             " deleted for everyone")
    calls = len(api.calls)
    clock.advance(timedelta(hours=24, minutes=1))
    await settle(api, runtime)
    tries = [c for c in api.calls[calls:] if c.method == "deleteMessages"]
    assert 0 < len(tries) <= 3, "each deletion tried once, then set aside"
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        assert await tx.count_dead_letters() == len(tries)


async def test_wipe_deletes_what_it_can_and_says_how_to_clear_the_rest(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    api.state.wall = lambda: clock.now().timestamp()
    manager = await join_as(api, runtime, "casemanager", 8201, "Karim", "en")
    client = await new_client(api, manager, "Amina", 8202, FRENCH, NL)
    old, _ = await client_writes(api, runtime, client, manager, "Bonjour, merci pour hier")
    clock.advance(timedelta(hours=49))
    young, _ = await client_writes(api, runtime, client, manager, "merci beaucoup")
    mark, staff = client.mark(), manager.mark()
    wipe = await client.send("/wipe")
    line = await client.wait_reply(lambda m: "✔️" in plain(m.body), after=mark)
    assert plain(line.body).splitlines()[0] == "✔️ C'est fait."
    assert "Vider l'historique" in plain(line.body), "older messages: how to clear them"
    told = await manager.wait_reply(lambda m: "🧹" in plain(m.body), after=staff)
    assert "Amina" in plain(told.body)
    await api.wait_for(lambda: {young, wipe} <= deleted(api, client), timeout=10)
    assert old in api.state.chats[client.id].user_messages, "too old: left alone"
    young_bot = [m.message_id for m in client.replies()
                 if m.message_id != line.message_id and m.date >= clock.now().timestamp() - 60]
    assert set(young_bot) <= deleted(api, client)
    assert line.message_id not in deleted(api, client)
    await settle(api, runtime)  # the line's sending is recorded (its minute starts then)
    clock.advance(timedelta(seconds=61))
    await api.wait_for(lambda: line.message_id in deleted(api, client), timeout=10)


async def test_the_client_switches_safety_mode_in_privacy_and_their_casemanager_is_told(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager = await join_as(api, runtime, "casemanager", 8301, "Karim", "en")
    client = await new_client(api, manager, "Samir", 8302, FRENCH, NL)
    mark = client.mark()
    await client.send("/privacy")
    menu = await client.wait_reply(lambda m: any("🧹" in t for t in m.button_texts()),
                                   after=mark)
    assert "désactivé" in plain(menu.body)
    mark, staff = client.mark(), manager.mark()
    await client.tap("⏱ 6 h", menu)
    saved = await client.wait_reply(lambda m: "⚙️" in plain(m.body), after=mark)
    assert "6 heures" in plain(saved.body) and keyboard(saved) == ["🔔 Maintenant"]
    told = await manager.wait_reply(lambda m: "🕶" in plain(m.body), after=staff)
    assert "Samir" in plain(told.body) and "6" in plain(told.body)
    mark = client.mark()
    await client.send("🔔 Maintenant")  # the neutral button still asks for help now
    await client.wait_reply(lambda m: "112" in plain(m.body), after=mark)


async def test_a_map_pin_is_withheld_in_safety_mode(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    api.state.wall = lambda: clock.now().timestamp()
    _, client, calls = await safe_client(api, runtime)
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        person = await tx.person_by_telegram(client.id)
        assert person is not None
        await tx.enqueue(chat_id=client.id, kind="location", now=clock.now(),
                         person_id=person.id, payload={"latitude": 52.09, "longitude": 5.12})
    assert runtime.sender is not None
    runtime.sender.wake()
    await settle(api, runtime)
    assert not [c for c in api.calls[calls:] if c.method == "sendLocation"]


async def test_a_stranger_is_greeted_once_a_day(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    stranger = api.user(8401, "Someone", "nl")
    for text in ("hallo", "hallo?", "is daar iemand"):
        await stranger.send(text)
    await settle(api, runtime)
    assert len(stranger.replies()) == 1
    clock.advance(timedelta(hours=25))
    await stranger.send("hallo")
    await stranger.wait_reply(after=1)
    await settle(api, runtime)
    assert len(stranger.replies()) == 2


async def test_the_bot_leaves_a_group_that_is_not_the_team_chat(
    api: FakeBotApi, runtime: Runtime
) -> None:
    other = api.group(-100999, "Somewhere else")
    person = api.user(8501, "Somebody", "nl")
    await other.send(person, "hallo bot")
    await api.wait_for(lambda: any(c.method == "leaveChat" and c.params.get("chat_id")
                                   == -100999 for c in api.calls), timeout=10)
    await settle(api, runtime)
    assert not other.replies()


async def test_a_casemanagers_words_reach_the_client_protected(
    api: FakeBotApi, runtime: Runtime
) -> None:
    """A relay cannot be forwarded or saved from the client's chat (protect_content); the
    client's own confirmations can."""
    manager = await join_as(api, runtime, "casemanager", 8601, "Karim", "en")
    client = await new_client(api, manager, "Hamid", 8602, FRENCH, NL)
    calls = len(api.calls)
    _, forwarded = await client_writes(api, runtime, client, manager, "merci beaucoup")
    client_mark = client.mark()
    await manager.reply_to(forwarded.message_id, "On se voit demain.")
    relay = await client.wait_reply(lambda m: "demain" in plain(m.body), after=client_mark)
    assert plain(relay.body).splitlines()[0].startswith("📩")
    await settle(api, runtime)
    sends = {plain(str(p.get("text"))).splitlines()[0]: p.get("protect_content")
             for p in sent_to(api, client, calls)}
    assert sends[plain(relay.body).splitlines()[0]] in (True, "true")
    assert not any(v in (True, "true") for k, v in sends.items() if k.startswith("📨"))


async def test_a_long_message_sent_in_parts_is_deleted_whole(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    """A casemanager's long answer arrives in two messages; safety mode deletes both."""
    api.state.wall = lambda: clock.now().timestamp()
    manager, client, _ = await safe_client(api, runtime)
    _, forwarded = await client_writes(api, runtime, client, manager, "merci beaucoup")
    mark = client.mark()
    await manager.reply_to(forwarded.message_id, "Salam. " + "Ghda f 10 d sba7. " * 300)
    await api.wait_for(lambda: len([m for m in client.replies()[mark:]
                                    if "Ghda" in plain(m.body)]) == 2, timeout=10)
    parts = [m.message_id for m in client.replies()[mark:] if "Ghda" in plain(m.body)]
    await settle(api, runtime)
    clock.advance(timedelta(hours=24, minutes=1))
    await api.wait_for(lambda: set(parts) <= deleted(api, client), timeout=10)
