"""Help now, through the fake Bot API: the 🆘 button, the acknowledgement with the right
country's emergency numbers, the "do you need help right now?" question and its three
outcomes, and staff feedback on the flagging (in Darija and Dutch)."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import FakeClock
from bot.runtime import Runtime
from tests.conftest import TEAM_CHAT
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import export_csv, join_as, new_client, plain, settle

SOS_DARIJA = "🆘 خصني المساعدة دابا"
SOS_DUTCH = "🆘 Ik heb nu hulp nodig"
# In the shipped model's "unsure" band (tests/unit/test_flag_model.py checks that they are):
UNSURE_DUTCH = "het is te veel"
UNSURE_DARIJA = "الحال طايح"


def is_card(message: SentMessage) -> bool:
    return any(t.startswith("✋") for t in message.button_texts())


async def darija_client(api: FakeBotApi, runtime: Runtime) -> tuple[FakeUser, FakeUser]:
    manager = await join_as(api, runtime, "casemanager", 5101, "Karim", "en")
    client = await new_client(api, manager, "Youssef", 5102)  # Darija, Morocco
    return manager, client


async def dutch_client(api: FakeBotApi, runtime: Runtime) -> tuple[FakeUser, FakeUser]:
    manager = await join_as(api, runtime, "casemanager", 5201, "Sanne", "en")
    client = await new_client(api, manager, "Bilal", 5202, "🇳🇱 Nederlands", "🇳🇱")
    return manager, client


async def test_sos_button_in_darija_raises_an_urgent_alert_with_moroccan_numbers(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager, client = await darija_client(api, runtime)
    assert client.reply_keyboard() == [[SOS_DARIJA]], "one tap, there from the start"
    team = api.group(TEAM_CHAT)
    mark, client_mark = manager.mark(), client.mark()
    await client.send(SOS_DARIJA)
    ack = plain((await client.wait_reply(lambda m: "🆘" in plain(m.body),
                                         after=client_mark)).body)
    assert "كنطلبو ليك المساعدة" in ack
    for number in ("15", "19", "177"):  # Protection Civile, police, gendarmerie
        assert f": {number}" in ack, number
    assert "112" in ack and "113" not in ack, "Morocco's numbers, not the Netherlands'"
    card = plain((await manager.wait_reply(is_card, after=mark)).body)
    assert "URGENT" in card and "Youssef" in card and "pressed the help button" in card
    team_card = plain((await team.wait_reply(is_card, after=0)).body)
    assert "Youssef" in team_card and "hulpknop" in team_card


async def test_sos_button_in_dutch_gives_the_dutch_numbers(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager, client = await dutch_client(api, runtime)
    assert client.reply_keyboard() == [[SOS_DUTCH]]
    mark, client_mark = manager.mark(), client.mark()
    await client.send(SOS_DUTCH)
    ack = plain((await client.wait_reply(lambda m: "🆘" in plain(m.body),
                                         after=client_mark)).body)
    assert "We vragen nu hulp voor je" in ack
    assert "Alarmnummer (ambulance, brandweer, politie): 112" in ack
    assert "Gedachten aan zelfdoding: 113" in ack and "177" not in ack
    card = plain((await manager.wait_reply(is_card, after=mark)).body)
    assert "URGENT" in card and "Bilal" in card
    await api.group(TEAM_CHAT).wait_reply(is_card, after=0)


async def test_checkin_i_need_help_gets_the_acknowledgement(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    from tests.integration.test_aftercare import plan_aftercare

    manager, client = await darija_client(api, runtime)
    await plan_aftercare(manager, "Youssef", days="3")
    client_mark = client.mark()
    clock.advance(timedelta(days=4))
    question = await client.wait_reply(lambda m: len(m.button_texts()) == 4, after=client_mark)
    client_mark = client.mark()
    await client.tap(question.button_texts()[3], question)  # 🆘 I need help
    ack = await client.wait_reply(lambda m: "كنطلبو ليك المساعدة" in plain(m.body),
                                  after=client_mark)
    assert ": 19" in plain(ack.body)
    await api.group(TEAM_CHAT).wait_reply(is_card, after=0)


async def test_unsure_message_asks_first_and_yes_raises_an_urgent_alert(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager, client = await dutch_client(api, runtime)
    mark, client_mark = manager.mark(), client.mark()
    await client.send(UNSURE_DUTCH)
    question = await client.wait_reply(lambda m: "Heb je nu meteen hulp nodig?" in plain(m.body),
                                       after=client_mark)
    assert plain(question.body).startswith("📋 Een korte vraag")
    assert question.button_texts() == ["🆘 Ja, nu", "🙂 Nee, het kan wachten"]
    await settle(api, runtime)
    assert manager.replies()[mark:] == [], "the message waits for the answer"

    client_mark = client.mark()
    await client.tap("🆘 Ja, nu", question)
    card = plain((await manager.wait_reply(is_card, after=mark)).body)
    assert "URGENT" in card and UNSURE_DUTCH in card and "needs help now" in card
    await api.group(TEAM_CHAT).wait_reply(is_card, after=0)
    ack = await client.wait_reply(lambda m: "We vragen nu hulp" in plain(m.body),
                                  after=client_mark)
    assert "112" in plain(ack.body)


async def test_unsure_message_no_delivers_it_as_usual(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager, client = await darija_client(api, runtime)
    mark, client_mark = manager.mark(), client.mark()
    await client.send(UNSURE_DARIJA)
    question = await client.wait_reply(lambda m: "واش خصك المساعدة دابا؟" in plain(m.body),
                                       after=client_mark)
    await client.tap("🙂 لا، يقدر يتسنى", question)
    relayed = await manager.wait_reply(lambda m: UNSURE_DARIJA in plain(m.body), after=mark)
    assert not is_card(relayed) and "Youssef" in plain(relayed.body)
    await settle(api, runtime)
    assert not [m for m in api.group(TEAM_CHAT).replies() if is_card(m)]
    assert not [m for m in manager.replies()[mark:] if is_card(m)]


async def test_unsure_message_without_answer_becomes_a_normal_alert_after_ten_minutes(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager, client = await darija_client(api, runtime)
    mark, client_mark = manager.mark(), client.mark()
    await client.send(UNSURE_DARIJA)
    await client.wait_reply(lambda m: "واش خصك المساعدة دابا؟" in plain(m.body),
                            after=client_mark)
    clock.advance(timedelta(minutes=9))
    await settle(api, runtime)
    assert manager.replies()[mark:] == [], "nine minutes: still waiting for the answer"
    clock.advance(timedelta(minutes=1, seconds=1))
    card = plain((await manager.wait_reply(is_card, after=mark)).body)
    assert UNSURE_DARIJA in card and "maybe urgent" in card and "URGENT" not in card
    await settle(api, runtime)
    assert not [m for m in api.group(TEAM_CHAT).replies() if is_card(m)], "normal: no team"


async def test_staff_feedback_on_a_card_and_on_a_forwarded_message_is_exported(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager, client = await dutch_client(api, runtime)
    mark = manager.mark()
    await client.send("ik heb heel veel pijn in mijn borst en kan niet ademen")
    card = await manager.wait_reply(is_card, after=mark)
    assert "URGENT" in plain(card.body)
    await manager.tap("👎 Not urgent / wrong flag", card)
    await manager.wait_reply(lambda m: "Noted" in plain(m.body), after=mark)
    await api.wait_for(lambda: "URGENT" not in plain(
        next(m for m in api.messages(manager.id) if m.message_id == card.message_id).body))
    await manager.tap("✋ Claim", card)
    await manager.tap("✅ Resolve", card)
    await manager.wait_reply(lambda m: "resolved" in plain(m.body))

    mark = manager.mark()
    await client.send("morgen ga ik naar de markt")
    relayed = await manager.wait_reply(lambda m: "markt" in plain(m.body), after=mark)
    assert not is_card(relayed)
    await manager.tap("🚩 Should have been flagged", relayed)
    await manager.wait_reply(lambda m: "Noted" in plain(m.body), after=mark)

    assert runtime.settings.data_dir is not None
    rows = await export_csv(runtime.settings.data_dir, "flag-feedback")
    assert [(r["kind"], r["text"], r["language"]) for r in rows] == [
        ("wrongly_flagged", "ik heb heel veel pijn in mijn borst en kan niet ademen", "nl"),
        ("missed", "morgen ga ik naar de markt", "nl")]
    assert rows[0]["severity"] == "urgent" and rows[0]["alert_id"]


async def test_should_have_been_flagged_is_refused_to_another_casemanager(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager, client = await dutch_client(api, runtime)
    other = await join_as(api, runtime, "casemanager", 5203, "Fatima", "en")
    mark = manager.mark()
    await client.send("morgen ga ik naar de markt")
    relayed = await manager.wait_reply(lambda m: "markt" in plain(m.body), after=mark)
    button = relayed.find_button("🚩 Should have been flagged")
    assert button is not None
    other_mark = other.mark()
    api.state.push_update({"callback_query": {  # the same data, pressed in Fatima's chat
        "id": "forged-1", "from": other.api_user, "message": other.last_reply().to_api(),
        "chat_instance": "forged", "data": button["callback_data"]}})
    answer = await other.wait_reply(after=other_mark)
    assert "markt" not in plain(answer.body) and "Noted" not in plain(answer.body)
    assert runtime.settings.data_dir is not None
    assert await export_csv(runtime.settings.data_dir, "flag-feedback") == []
