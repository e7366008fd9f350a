"""Casework end to end: nothing a client writes goes unseen, staff start conversations, one
time with its zone, words instead of codes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from bot.clock import FakeClock
from bot.runtime import Runtime
from tests.conftest import TEAM_CHAT
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import export_csv, join_as, new_client, plain, settle
from tests.integration.test_aftercare import answer_all, plan_aftercare
from tests.integration.test_appointments import plan

CODES = re.compile(r"\b(feels_bad|self_harm|no_shelter|no_money_food|asks_contact|"
                   r"checkin_\w+|lost_contact|appointment_cant|asked_help)\b")


def is_card(message: SentMessage) -> bool:
    return any(t.startswith("✋") for t in message.button_texts())


def no_codes(*people: FakeUser) -> None:
    for person in people:
        for message in person.replies():
            assert not CODES.search(plain(message.body)), plain(message.body)


async def setup(api: FakeBotApi, runtime: Runtime) -> tuple[FakeUser, FakeUser]:
    manager = await join_as(api, runtime, "casemanager", 6101, "Karim", "en")
    client = await new_client(api, manager, "Youssef", 6102)  # Darija, Morocco
    return manager, client


async def test_checkin_words_reach_the_casemanager_and_a_message_between_questions_too(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager, client = await setup(api, runtime)
    await plan_aftercare(manager, "Youssef", days="3, 7")
    mark, client_mark = manager.mark(), client.mark()
    clock.advance(timedelta(days=3, hours=2))
    question = await client.wait_reply(lambda m: len(m.button_texts()) == 4, after=client_mark)

    # typed while the check-in waits for a button: a message, delivered, not "use the buttons"
    await client.send("wach t9der tsift lia lwra9a dyal lbaladiya?")
    relayed = await manager.wait_reply(lambda m: "lbaladiya" in plain(m.body), after=mark)
    assert not is_card(relayed) and "Youssef" in plain(relayed.body)
    client_mark = client.mark()
    await client.tap(question.button_texts()[1], question)  # 🙂 the check-in goes on
    health = await client.wait_reply(lambda m: len(m.button_texts()) == 3, after=client_mark)

    # the answer to "anything else?" reaches the casemanager under a check-in header
    mark = manager.mark()
    await answer_all_rest(client, health, [2, 2, 2, 2, 2], "ghda ghadi nmchi l sou9 m3a khti")
    words = await manager.wait_reply(lambda m: "sou9" in plain(m.body), after=mark)
    assert plain(words.body).startswith('📋 Youssef, check-in, "anything else?":')
    assert any(t.startswith("✉️") for t in words.button_texts())

    # next time the words worry: the card shows them, not only the icons
    mark, client_mark = manager.mark(), client.mark()
    clock.advance(timedelta(days=4))
    await answer_all(client, 2, [2, 2, 2, 2, 2], client_mark,
                     other="ana mrid bzaf w ma9dertch ntnfes")
    card = plain((await manager.wait_reply(is_card, after=mark)).body)
    assert "ma9dertch ntnfes" in card and "URGENT" in card
    no_codes(manager)


async def answer_all_rest(client: FakeUser, asked: SentMessage, levels: list[int],
                          other: str) -> None:
    """The check-in's questions after the mood (`asked` is the first), then the free text."""
    mark = client.mark()
    for number, level in enumerate(levels):
        if number:
            asked = await client.wait_reply(lambda m: len(m.button_texts()) == 3, after=mark)
        mark = client.mark()
        await client.tap(asked.button_texts()[2 - level], asked)
    await client.wait_reply(lambda m: len(m.button_texts()) == 1, after=mark)
    mark = client.mark()
    await client.send(other)
    await client.wait_reply(lambda m: not m.button_texts(), after=mark)


async def test_staff_start_a_conversation(api: FakeBotApi, runtime: Runtime) -> None:
    manager, client = await setup(api, runtime)
    # /write alias
    mark, client_mark = manager.mark(), client.mark()
    await manager.send("/write Youss")
    await manager.wait_reply(lambda m: "Type your message to Youssef" in plain(m.body),
                             after=mark)
    await manager.send("Salam Youssef, kif dayr?")
    got = await client.wait_reply(lambda m: "kif dayr" in plain(m.body), after=client_mark)
    assert "Karim" not in plain(got.body), "under the neutral header, never the staff's name"
    sent = await manager.wait_reply(lambda m: "Sent to Youssef" in plain(m.body), after=mark)

    # ✉️ on a forwarded client message, and a Telegram reply to it
    mark = manager.mark()
    await client.send("labas hamdoullah, chokran")
    forwarded = await manager.wait_reply(lambda m: "chokran" in plain(m.body), after=mark)
    await manager.tap("✉️ Write", forwarded)
    await manager.wait_reply(lambda m: "Type your message" in plain(m.body), after=mark)
    client_mark = client.mark()
    await manager.send("Mzyan! Nchoufk ghda.")
    await client.wait_reply(lambda m: "Nchoufk ghda" in plain(m.body), after=client_mark)
    client_mark = client.mark()
    await manager.reply_to(forwarded.message_id, "Ah, w 3afak sift lia lwra9a.")
    await client.wait_reply(lambda m: "lwra9a" in plain(m.body), after=client_mark)

    # ✉️ on /client, and the contact log names each write
    mark = manager.mark()
    await manager.send("/client Youssef")
    view = await manager.wait_reply(lambda m: "👤" in plain(m.body), after=mark)
    assert "✉️ Write" in view.button_texts()
    assert sent.button_texts() == ["✉️ Write again"]
    assert runtime.settings.data_dir is not None
    log = await export_csv(runtime.settings.data_dir, "log")
    assert len([r for r in log if r["kind"] == "staff-wrote"]) == 3


async def test_only_the_clients_own_casemanager_can_write(api: FakeBotApi,
                                                          runtime: Runtime) -> None:
    _, client = await setup(api, runtime)
    other = await join_as(api, runtime, "casemanager", 6103, "Fatima", "en")
    mark = other.mark()
    await other.send("/write Youssef")
    refused = await other.wait_reply(after=mark)
    assert "None of your clients" in plain(refused.body)
    client_mark = client.mark()
    api.state.push_update({"callback_query": {  # a forged ✉️ naming Youssef
        "id": "forged-w", "from": other.api_user, "message": other.last_reply().to_api(),
        "chat_instance": "forged", "data": f"write:{await client_id(runtime, 'Youssef')}"}})
    answer = await other.wait_reply(after=mark + 1)
    assert "Type your message" not in plain(answer.body)
    await settle(api, runtime)
    assert client.replies()[client_mark:] == []


async def client_id(runtime: Runtime, alias: str) -> int:
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        return next(p.id for p in await tx.people("client") if p.alias == alias)


async def test_one_time_with_its_zone_everywhere_staff_see_it(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    """Karim is in Amsterdam (UTC+1), Youssef in Casablanca (UTC+0 under tzdata 2026f)."""
    manager, client = await setup(api, runtime)
    mark, client_mark = manager.mark(), client.mark()
    await plan(manager, "Youssef", "🩺", when="24-11 10:30")
    told = plain((await client.wait_reply(after=client_mark)).body)
    assert "10:30" in told and "here" not in told, "the client sees their own time only"
    saved = plain(next(m for m in manager.replies()[mark:] if "Saved" in plain(m.body)).body)
    assert "10:30 Casablanca · 11:30 here" in saved
    confirm = plain(next(m for m in manager.replies()[mark:]
                         if "Reminders" in plain(m.body)).body)
    assert "10:30 Casablanca · 11:30 here" in confirm

    clock.set(datetime(2026, 11, 23, 10, 30, tzinfo=UTC))  # 24 h before
    reminder = await client.wait_reply(lambda m: len(m.button_texts()) == 3)
    mark = manager.mark()
    await client.tap(reminder.button_texts()[0], reminder)
    notice = await manager.wait_reply(lambda m: "will come" in plain(m.body), after=mark)
    assert "10:30 Casablanca · 11:30 here" in plain(notice.body)

    mark = manager.mark()
    await manager.send("/appointments")
    listed = await manager.wait_reply(lambda m: "Youssef" in plain(m.body), after=mark)
    assert "10:30 Casablanca · 11:30 here" in plain(listed.body)


async def test_words_not_codes_in_alerts_and_the_client_view(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager, client = await setup(api, runtime)
    mark = manager.mark()
    await client.send("ma3ndich fin nn3s w ma3ndich flous, bghit nhder m3ak")
    await manager.wait_reply(is_card, after=mark)
    mark = manager.mark()
    await manager.send("/alerts")
    listed = plain((await manager.wait_reply(lambda m: "open alert" in plain(m.body),
                                             after=mark)).body)
    assert "no money or food" in listed or "no shelter" in listed
    mark = manager.mark()
    await manager.send("/client Youssef")
    view = plain((await manager.wait_reply(lambda m: "👤" in plain(m.body), after=mark)).body)
    assert "🚨 #1" in view
    no_codes(manager, client)
    for message in api.group(TEAM_CHAT).replies():
        assert not CODES.search(plain(message.body))


async def test_clients_lists_a_casemanagers_own_clients_and_where_each_stands(
    api: FakeBotApi, runtime: Runtime
) -> None:
    """/clients: the command added by a feature declaration and its locale lines only."""
    manager, _ = await setup(api, runtime)
    other = await join_as(api, runtime, "casemanager", 6103, "Sanne", "en")
    await new_client(api, other, "Hamid", 6104)
    mark = manager.mark()
    await manager.send("/clients")
    listing = plain((await manager.wait_reply(lambda m: "👥" in plain(m.body), after=mark)).body)
    assert "1 client" in listing and "✅ Youssef (ary)" in listing
    assert "Hamid" not in listing, "another casemanager's client is not listed"
