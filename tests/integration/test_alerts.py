"""Flagged replies reach a casemanager fast: alert, claim, relayed reply, escalation."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from bot.clock import FakeClock
from bot.runtime import Runtime
from tests.conftest import TEAM_CHAT, make_settings
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import (
    export_csv,
    join_as,
    link_code,
    new_client,
    plain,
    settle,
)

ROOT = Path(__file__).resolve().parents[2]
URGENT_ARABIZI = "3afak 3awni, ana mrid bzaf w ma3andich flous"


def is_card(message: SentMessage) -> bool:
    return "✋ Claim" in message.button_texts() or "✋ Claimen" in message.button_texts() \
        or any(t.startswith("✋") for t in message.button_texts())


def current(api: FakeBotApi, chat_id: int, message: SentMessage) -> SentMessage:
    """The message as the chat shows it now (edits applied)."""
    return next(m for m in api.messages(chat_id) if m.message_id == message.message_id)


async def setup(api: FakeBotApi, runtime: Runtime) -> tuple[FakeUser, FakeUser]:
    manager = await join_as(api, runtime, "casemanager", 1101, "Karim", "en")
    client = await new_client(api, manager, "Youssef", 1102)
    return manager, client


async def test_urgent_arabizi_alert_claim_and_relayed_reply(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager, client = await setup(api, runtime)
    team = api.group(TEAM_CHAT)
    mark = manager.mark()
    await client.send(URGENT_ARABIZI)
    card = await manager.wait_reply(is_card, after=mark)
    body = plain(card.body)
    assert "URGENT" in body and "Youssef" in body and "medical" in body
    assert "mrid" in body and URGENT_ARABIZI in body
    team_card = await team.wait_reply(is_card, after=0)

    mark = manager.mark()
    await manager.tap("✋ Claim", card)
    await manager.wait_reply(lambda m: "You have alert" in plain(m.body), after=mark)
    await api.wait_for(lambda: "Karim" in plain(current(api, team.chat_id, team_card).body)
                       and "claimed by Karim" in plain(current(api, manager.id, card).body))

    await manager.tap("↩️ Reply", card)
    await manager.wait_reply(lambda m: "Type your answer" in plain(m.body))
    client_mark = client.mark()
    await manager.send("Ghadi n3ayet lik daba")
    answer = await client.wait_reply(lambda m: "Ghadi" in plain(m.body), after=client_mark)
    assert "Karim" not in plain(answer.body)
    header = [m for m in client.replies() if m.message_id <= answer.message_id][-1]
    assert "Ghadi n3ayet lik daba" in plain(header.body)

    mark = manager.mark()
    await client.send("chokran, fin nmchi?")
    thread = await manager.wait_reply(lambda m: "fin nmchi" in plain(m.body), after=mark)
    assert "#" in plain(thread.body)

    mark = manager.mark()
    await manager.reply_to(thread.message_id, "sir l sbitar")
    await client.wait_reply(lambda m: "sir l sbitar" in plain(m.body))
    await manager.wait_reply(lambda m: "Sent to" in plain(m.body), after=mark)


async def test_negated_message_raises_no_alert(api: FakeBotApi, runtime: Runtime) -> None:
    manager, client = await setup(api, runtime)
    mark = manager.mark()
    await client.send("ana labas hamdoullah, ma mridch")
    relayed = await manager.wait_reply(lambda m: "ma mridch" in plain(m.body), after=mark)
    assert not is_card(relayed)
    assert not any(is_card(m) for m in api.group(TEAM_CHAT).replies())


async def test_claim_race_between_two_casemanagers(api: FakeBotApi, runtime: Runtime) -> None:
    manager, client = await setup(api, runtime)
    other = await join_as(api, runtime, "casemanager", 1103, "Fatima", "en")
    team = api.group(TEAM_CHAT)
    await client.send(URGENT_ARABIZI)
    card = await manager.wait_reply(is_card, after=0)
    team_card = await team.wait_reply(is_card, after=0)
    first, second = manager.mark(), other.mark()
    await manager.tap("✋ Claim", card)
    query = await team.tap(other, "✋", team_card)
    mine = await manager.wait_reply(after=first)
    assert "You have alert" in plain(mine.body)
    # Fatima tapped in the team chat: the answer shows there, as a toast, not in her chat
    await api.wait_for(lambda: any(a.callback_query_id == query and a.text
                                   for a in api.callback_answers))
    toast = next(a for a in api.callback_answers if a.callback_query_id == query)
    assert toast.chat_id == TEAM_CHAT and "already taken by Karim" in plain(toast.text)
    await api.wait_for(lambda: "Karim" in plain(current(api, team.chat_id, team_card).body)
                       and "claimed by Karim" in plain(current(api, manager.id, card).body))
    # a claimed card keeps Reply and Resolve, everywhere; Claim is gone
    await api.wait_for(lambda: all(
        not any(t.startswith("✋") for t in current(api, chat, message).button_texts())
        for chat, message in ((team.chat_id, team_card), (manager.id, card))))
    await settle(api, runtime)
    assert other.replies()[second:] == []


async def test_unclaimed_urgent_alert_is_escalated_every_15_minutes(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    _, client = await setup(api, runtime)
    other = await join_as(api, runtime, "casemanager", 1104, "Fatima", "en")
    team = api.group(TEAM_CHAT)
    await client.send(URGENT_ARABIZI)
    await team.wait_reply(is_card, after=0)
    cards_before = len([m for m in team.replies() if is_card(m)])
    assert not [m for m in other.replies() if is_card(m)]

    clock.advance(timedelta(minutes=14))
    clock.advance(timedelta(minutes=1, seconds=1))
    await other.wait_reply(is_card, after=0)
    assert "still not claimed" in plain(other.last_reply().body)
    # the team chat already has the card: it is brought up to date, not posted again
    await api.wait_for(lambda: "nog steeds niet opgepakt" in plain(
        current(api, team.chat_id, next(m for m in team.replies() if is_card(m))).body))
    await settle(api, runtime)
    assert len([m for m in team.replies() if is_card(m)]) == cards_before

    clock.advance(timedelta(minutes=15))
    await settle(api, runtime)
    assert len([m for m in other.replies() if is_card(m)]) == 1, "Fatima has it: no repost"

    await other.tap("✋ Claim")
    await other.wait_reply(lambda m: "You have alert" in plain(m.body))
    count = len(other.replies())
    clock.advance(timedelta(minutes=30))
    await api.wait_for(lambda: all("Fatima" in plain(m.body)
                                   for m in team.replies() if is_card(m) or "#1" in plain(m.body)))
    assert not [m for m in other.replies()[count:] if is_card(m)]


async def test_flood_makes_one_alert_that_grows(api: FakeBotApi, runtime: Runtime) -> None:
    _, client = await setup(api, runtime)
    manager = api.user(1101)
    for i in range(20):
        await client.send(f"ana mrid bzaf {i}")
    await api.wait_for(lambda: any("20 messages" in plain(m.body)
                                   for m in manager.replies()), timeout=30)
    cards = [m for m in manager.replies() if is_card(m)]
    assert len(cards) == 1
    receipts = [m for m in client.replies() if "Received" in plain(m.body)
                or "وصل" in plain(m.body)]
    assert len(receipts) <= 2


async def test_unflagged_flood_is_batched(api: FakeBotApi, runtime: Runtime,
                                          clock: FakeClock) -> None:
    manager, client = await setup(api, runtime)
    mark = manager.mark()
    for i in range(10):
        await client.send(f"salam {i}")
    await api.wait_for(lambda: any("salam 2" in plain(m.body) for m in manager.replies()))
    last = api.push_update({"message": {"message_id": 999, "date": 0, "text": "/help",
                                        "from": {"id": client.id, "is_bot": False,
                                                 "first_name": "Y"},
                                        "chat": {"id": client.id, "type": "private"}}})
    await asyncio.wait_for(runtime.dispatcher.wait_processed(last), timeout=5)
    assert not any("salam 9" in plain(m.body) for m in manager.replies())
    clock.advance(timedelta(minutes=1, seconds=1))
    batch = await manager.wait_reply(lambda m: "salam 9" in plain(m.body), after=mark)
    assert all(f"salam {i}" in plain(batch.body) for i in range(3, 10))
    assert len(manager.replies()) - mark == 4, "three single messages, then one batch"


async def test_media_is_forwarded_as_it_is(api: FakeBotApi, runtime: Runtime) -> None:
    manager, client = await setup(api, runtime)
    await client.send_voice()
    await client.send_photo(caption="wrapping")
    await client.send_document(b"%PDF-1.4 test", "letter.pdf")
    await client.send_location(35.7595, -5.8340)
    await api.wait_for(lambda: {"voice", "photo", "document", "location"} <= {
        m.kind for m in manager.replies()}, timeout=15)
    copies = [m for m in manager.replies() if m.method == "copyMessage"]
    assert {m.kind for m in copies} == {"voice", "photo", "document", "location"}


async def test_alerts_list_duty_and_export(api: FakeBotApi, runtime: Runtime,
                                           clock: FakeClock) -> None:
    manager, client = await setup(api, runtime)
    await client.send(URGENT_ARABIZI)
    card = await manager.wait_reply(is_card, after=0)
    clock.advance(timedelta(minutes=3))
    mark = manager.mark()
    await manager.send("/alerts")
    listing = await manager.wait_reply(after=mark)
    assert "#1 Youssef" in plain(listing.body) and "3 min" in plain(listing.body)

    mark = manager.mark()
    await manager.send("/duty off")
    assert "off duty" in plain((await manager.wait_reply(after=mark)).body)
    await manager.tap("✋ Claim", card)
    await manager.wait_reply(lambda m: "You have alert" in plain(m.body))
    await manager.tap("✅ Resolve", card)
    await manager.wait_reply(lambda m: "resolved" in plain(m.body))
    mark = manager.mark()
    await manager.send("/alerts")
    assert "No open alerts" in plain((await manager.wait_reply(after=mark)).body)
    await runtime.stop()

    [row] = await export_csv(runtime.settings.data_dir, "alerts")
    assert row["client_alias"] == "Youssef" and row["severity"] == "urgent"
    assert row["status"] == "resolved" and row["seconds_to_claim"] == "180"
    assert "medical" in row["categories"]
    await runtime.start()  # the fixture stops it again


async def test_message_before_consent_waits_for_agreement(api: FakeBotApi,
                                                          runtime: Runtime) -> None:
    manager = await join_as(api, runtime, "casemanager", 1201, "Karim", "en")
    await manager.send("/newclient")
    await manager.wait_reply()
    await manager.send("Mourad")
    await manager.wait_reply()
    await manager.tap("🇫🇷 Français")
    await manager.wait_reply()
    await manager.tap("🇲🇦")
    await manager.wait_reply()
    await manager.tap("✅")
    link = await manager.wait_reply(lambda m: m.kind == "photo")
    client = api.user(1202, "M", "fr")
    await client.send(f"/start {link_code(link)}")
    await client.wait_reply()
    mark = client.mark()
    await client.send("j'ai mal au ventre, je suis malade")
    kept = await client.wait_reply(after=mark)
    assert "📥" in plain(kept.body)
    assert not any(is_card(m) for m in manager.replies())
    await client.tap("🇫🇷 Français")
    consent = await client.wait_reply(lambda m: len(m.button_texts()) == 2)
    await client.tap(consent.button_texts()[0])
    card = await manager.wait_reply(is_card)
    assert "malade" in plain(card.body)


async def test_escalation_delay_is_a_setting(api: FakeBotApi, tmp_path: Path,
                                             clock: FakeClock) -> None:
    settings = make_settings(api, tmp_path / "data", escalate_urgent_minutes=5.0)
    runtime = Runtime(settings, clock=clock)
    await runtime.start()
    try:
        _, client = await setup(api, runtime)
        other = await join_as(api, runtime, "casemanager", 1304, "Fatima", "en")
        await client.send(URGENT_ARABIZI)
        await api.group(TEAM_CHAT).wait_reply(is_card, after=0)
        clock.advance(timedelta(minutes=5, seconds=1))
        await other.wait_reply(is_card, after=0)
    finally:
        await runtime.stop()
