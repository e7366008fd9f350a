"""An urgent card is never stuck behind ordinary traffic: the outbox's priorities and the
team group's pacing, through the fake Bot API. An urgent card overtakes forwards queued for
the same casemanager; the team group never gets more than 20 sends and edits in a window
and every card still arrives; edits of one card that pile up go out as one, in its latest
state; a client's own chat keeps the order its messages were made in."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

from bot.clock import FakeClock
from bot.runtime import Runtime
from tests.conftest import TEAM_CHAT, TOKEN, make_settings
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import join_as, new_client, plain, settle

URGENT = "bghit nmout, ma b9itch baghi n3ich"  # the classifier: urgent, self-harm
ORDINARY = "Salam, kif dayr?"  # the classifier: nothing
LATER = ("wakha, nchoufk ghda", "chokran bzaf, labas", "merci beaucoup")  # nothing either
SOS_DARIJA = "🆘 خصني المساعدة دابا"
WINDOW = 2.0  # seconds standing in for Telegram's minute in the group limit


def is_card(message: SentMessage) -> bool:
    return any(t.startswith("✋") for t in message.button_texts())


@asynccontextmanager
async def running(api: FakeBotApi, data: Path, clock: FakeClock,
                  **overrides: object) -> AsyncIterator[Runtime]:
    runtime = Runtime(make_settings(api, data, **overrides), clock=clock)
    await runtime.start()
    try:
        yield runtime
    finally:
        await runtime.stop()


async def seed_clients(api: FakeBotApi, runtime: Runtime, manager: FakeUser, count: int,
                       first_id: int) -> list[FakeUser]:
    """Consented clients of `manager` (aliases Client01, Client02, ...) written straight into
    the database, as /newclient and the client's consent leave them: many, quickly."""
    assert runtime.deps is not None
    now = runtime.deps.clock.now()
    async with runtime.deps.db.tx() as tx:
        casemanager = await tx.person_by_telegram(manager.id)
        assert casemanager is not None
        for number in range(count):
            person = await tx.create_person(
                role="client", alias=f"Client{number + 1:02d}", timezone="Africa/Casablanca",
                now=now, language="ary", casemanager_id=casemanager.id,
                telegram_user_id=first_id + number, chat_id=first_id + number)
            await tx.update_person(person.id, consent="given")
    return [api.user(first_id + n, f"Client{n + 1:02d}", "ar") for n in range(count)]


async def processed(api: FakeBotApi, runtime: Runtime) -> None:
    """Until the bot has handled every update sent so far (its sends may still wait)."""
    await asyncio.wait_for(runtime.dispatcher.wait_processed(api.state.last_update_id), 10)


async def test_an_urgent_card_overtakes_a_backlog_of_forwards(
    api: FakeBotApi, tmp_path: Path, clock: FakeClock
) -> None:
    """One message a second per chat, as Telegram allows: five clients' forwards queue for
    Karim; an urgent message written after them reaches him before they have drained."""
    async with running(api, tmp_path / "data", clock, rate_per_chat=1.0) as runtime:
        manager = await join_as(api, runtime, "casemanager", 7101, "Karim", "en")
        clients = await seed_clients(api, runtime, manager, 6, first_id=7201)
        mark = manager.mark()
        for client in clients[1:]:
            await client.send(ORDINARY)
        await processed(api, runtime)  # five forwards queued, at most one sent yet
        await clients[0].send(URGENT)
        card = await manager.wait_reply(is_card, after=mark, timeout=15)
        assert "URGENT" in plain(card.body) and "Client01" in plain(card.body)
        ahead = [m for m in manager.chat.sent_log[mark:] if m.message_id < card.message_id]
        assert len(ahead) <= 2, ("the card waited behind the forwards queued before it: "
                                 f"{[plain(m.body) for m in ahead]}")
        # nothing lost: every forward still arrives, after the card
        await api.wait_for(lambda: len(manager.chat.sent_log) - mark >= 6, timeout=15)
        forwards = [plain(m.body) for m in manager.chat.sent_log[mark:] if not is_card(m)]
        assert sorted(f.split(":")[0] for f in forwards) == [
            f"💬 Client{n:02d}" for n in range(2, 7)]


async def test_the_team_group_gets_at_most_20_a_window_and_every_card(
    tmp_path: Path, clock: FakeClock
) -> None:
    """24 urgent cards and 24 claims would be 48 sends and edits for the team group: the
    bot sends cards that wait together as one message, spreads the rest out (no 429 from
    the group limit, never 21 in one window), and every card arrives there once, in its
    claimed state."""
    api = FakeBotApi(token=TOKEN, group_per_minute=20, group_window=WINDOW)
    team = api.group(TEAM_CHAT, "Casemanagers")
    await api.start()
    try:
        # the bot counts the group's 20 in the same short window as the fake server
        async with running(api, tmp_path / "data", clock, group_window=WINDOW) as runtime:
            manager = await join_as(api, runtime, "casemanager", 7301, "Karim", "en")
            clients = await seed_clients(api, runtime, manager, 24, first_id=7401)
            mark = manager.mark()
            for client in clients:
                await client.send(URGENT)
            await api.wait_for(lambda: sum(map(is_card, manager.chat.sent_log[mark:])) == 24,
                               timeout=15)
            for card in [m for m in manager.chat.sent_log[mark:] if is_card(m)]:
                await manager.tap("✋", card)

            def all_claimed_in_the_team() -> bool:
                shown = [plain(m.body) for m in team.replies()]
                return all(any(f"Client{n:02d}" in body and "Karim" in body for body in shown)
                           for n in range(1, 25))

            await api.wait_for(all_claimed_in_the_team, timeout=60)
            await settle(api, runtime, timeout=30)
    finally:
        await api.stop()
    cards = [m for m in api.state.chats[TEAM_CHAT].sent_log if "URGENT" in plain(m.body)]
    shown = [alias for m in cards for alias in re.findall(r"· (Client\d\d)", plain(m.body))]
    assert sorted(shown) == [f"Client{n:02d}" for n in range(1, 25)], "each card once"
    assert len(cards) < 24, "cards that waited together went out as one message"
    assert api.group_limited == 0, "the bot paced itself: the group limit never answered 429"
    assert api.group_peak(TEAM_CHAT, window=WINDOW) <= 20


async def test_edits_of_a_card_that_pile_up_go_out_as_one_in_the_latest_state(
    api: FakeBotApi, runtime: Runtime
) -> None:
    """Karim's chat is held by a 429 while Youssef's card changes four times (three more
    messages, then Karim claims it): one edit reaches the card, showing all of it."""
    manager = await join_as(api, runtime, "casemanager", 7501, "Karim", "en")
    client = await new_client(api, manager, "Youssef", 7502)
    mark = manager.mark()
    await client.send(URGENT)
    card = await manager.wait_reply(is_card, after=mark)
    await api.group(TEAM_CHAT).wait_reply(is_card, after=0)

    def edits() -> list[dict[str, object]]:
        return [c.params for c in api.calls if c.method == "editMessageText"
                and c.status == 200 and str(c.params.get("chat_id")) == str(manager.id)
                and str(c.params.get("message_id")) == str(card.message_id)]

    api.fail("editMessageText", status=429, retry_after=3, chat_id=manager.id)
    await client.send(LATER[0])
    await api.wait_for(lambda: any(c.status == 429 for c in api.calls))  # the chat is held
    for text in LATER[1:]:
        await client.send(text)
    await manager.tap("✋ Claim", card)
    await processed(api, runtime)
    assert edits() == [], "the held chat got no edit yet"

    def latest_state() -> bool:
        shown = plain(manager.chat.bot_messages[card.message_id].body)
        return "claimed by Karim" in shown and LATER[-1] in shown

    await api.wait_for(latest_state, timeout=10)
    await settle(api, runtime)
    assert len(edits()) == 1, f"{len(edits())} edits: the changes were not merged"
    shown = plain(manager.chat.bot_messages[card.message_id].body)
    assert "4 messages" in shown, shown


async def test_a_clients_chat_keeps_its_order_whatever_the_priorities(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    """While Youssef's chat is held by a 429, three messages for him queue in this order: the
    receipt for his message (a confirmation, the least urgent), Karim's answer (a reply),
    the acknowledgement of his 🆘 (life-safety). They arrive in that order."""
    manager = await join_as(api, runtime, "casemanager", 7601, "Karim", "en")
    client = await new_client(api, manager, "Youssef", 7602)
    clock.advance(timedelta(minutes=2))  # his joining is no longer "recent": a receipt
    await settle(api, runtime)
    client_mark = client.mark()
    api.fail("sendMessage", status=429, retry_after=3, chat_id=client.id)
    await client.send(ORDINARY)
    await api.wait_for(lambda: any(c.status == 429 for c in api.calls))  # the chat is held
    mark = manager.mark()
    await manager.send("/write Youssef")
    await manager.wait_reply(lambda m: "Type your message" in plain(m.body), after=mark)
    await manager.send("Mzyan, nchoufk ghda f 10")
    await client.send(SOS_DARIJA)
    await processed(api, runtime)
    await client.wait_reply(lambda m: "🆘" in plain(m.body), after=client_mark, timeout=10)
    await settle(api, runtime)
    arrived = [plain(m.body) for m in client.chat.sent_log[client_mark:]]
    receipt = next(i for i, body in enumerate(arrived) if "📨" in body)
    answer = next(i for i, body in enumerate(arrived) if "nchoufk ghda f 10" in body)
    acknowledgement = next(i for i, body in enumerate(arrived) if "🆘" in body)
    assert receipt < answer < acknowledgement, arrived


async def test_cards_sent_as_one_message_each_keep_their_own_buttons(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Five alerts at once in a team group that is already busy: their cards share one
    message, each button names its alert, and claiming one claims that alert only (the
    message is edited with all five, that one claimed)."""
    api = FakeBotApi(token=TOKEN, group_per_minute=20, group_window=WINDOW * 10)
    team = api.group(TEAM_CHAT, "Casemanagers")
    await api.start()
    try:
        async with running(api, tmp_path / "data", clock, group_window=WINDOW * 10) as runtime:
            manager = await join_as(api, runtime, "casemanager", 7601, "Karim", "en")
            clients = await seed_clients(api, runtime, manager, 8, first_id=7701)
            for client in clients:
                await client.send(URGENT)
            await api.wait_for(lambda: sum(
                len(re.findall(r"· Client\d\d", plain(m.body))) for m in team.replies()
                if is_card(m)) == 8, timeout=30)
            bundle = next(m for m in team.replies() if is_card(m)
                          and len(re.findall(r"· Client\d\d", plain(m.body))) > 1)
            numbers = re.findall(r"#(\d+) · Client\d\d", plain(bundle.body))
            claims = [t for t in bundle.button_texts() if t.startswith("✋")]
            assert [re.search(r"#(\d+)", plain(t)).group(1) for t in claims] == numbers  # type: ignore[union-attr]
            await team.tap(manager, claims[1], bundle)
            second = numbers[1]

            def claimed_in_team() -> bool:
                body = plain(api.state.chats[TEAM_CHAT].bot_messages[bundle.message_id].body)
                return "Karim" in body

            await api.wait_for(claimed_in_team, timeout=30)
            await settle(api, runtime, timeout=30)
            async with runtime.deps.db.tx() as tx:  # type: ignore[union-attr]
                alerts = {a.id: a for a in await tx.open_alerts()}
    finally:
        await api.stop()
    body = plain(api.state.chats[TEAM_CHAT].bot_messages[bundle.message_id].body)
    assert body.count("Karim") == 1 and len(re.findall(r"· Client\d\d", body)) == len(numbers)
    assert alerts[int(second)].claimed_by is not None
    assert all(alerts[int(n)].claimed_by is None for n in numbers if n != second)
    assert api.group_limited == 0


async def test_a_resolved_alerts_card_state_is_deleted(api: FakeBotApi, runtime: Runtime
                                                       ) -> None:
    """The newest state of a card (the client's words, alias, categories) is kept sealed
    while the alert is open, so a copy on its way can be brought up to date; once the alert
    is resolved it is deleted."""
    manager = await join_as(api, runtime, "casemanager", 7901, "Karim", "en")
    client = await new_client(api, manager, "Nadia", 7902)
    mark = manager.mark()
    await client.send(URGENT)
    card = await manager.wait_reply(is_card, after=mark)
    mark = manager.mark()
    await manager.tap("✋", card)
    await manager.wait_reply(lambda m: "Nadia" in plain(m.body), after=mark)
    await settle(api, runtime)
    assert runtime.deps is not None
    alert = int(re.findall(r"#(\d+)", plain(card.body))[0])
    async with runtime.deps.db.tx() as tx:
        assert await tx.get_secret(f"card:{alert}") is not None, "claimed: kept, sealed"
    mark = manager.mark()
    await manager.tap("✅", card)
    await manager.wait_reply(lambda m: "resolved" in plain(m.body), after=mark)
    await settle(api, runtime)
    async with runtime.deps.db.tx() as tx:
        assert await tx.get_secret(f"card:{alert}") is None
