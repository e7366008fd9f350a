"""Closing and reopening a case through the bot: nothing more goes out to a closed client,
their own messages still reach the casemanager, only an admin reopens."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import FakeClock
from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi
from tests.integration.harness import join_as, new_client, plain, settle, text_of
from tests.integration.test_aftercare import plan_aftercare


async def test_closed_case_gets_nothing_but_still_reaches_the_casemanager(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    manager = await join_as(api, runtime, "casemanager", 5101, "Karim", "en")
    client = await new_client(api, manager, "Samir", 5102, "🇫🇷 Français", "🇳🇱")
    await plan_aftercare(manager, "Samir")
    await settle(api, runtime)

    await manager.send("/close Samir")
    ask = await manager.wait_reply(lambda m: "Close the case of Samir" in plain(m.body))
    assert len(ask.button_texts()) == 6
    mark = manager.mark()
    await manager.tap("🏠", ask)
    await api.wait_for(lambda: "is closed" in plain(api.state.current(ask).body))
    assert not api.state.current(ask).button_texts()
    await settle(api, runtime)

    # a month passes: no check-in, no reminder goes out
    client_mark = client.mark()
    for _ in range(30):
        clock.advance(timedelta(days=1))
        await settle(api, runtime)
    assert client.mark() == client_mark, [plain(m.body) for m in client.replies()[-3:]]

    # the client writes anyway: it reaches the casemanager; the client is sent nothing
    mark = manager.mark()
    await client.send("bonjour, je suis toujours là")
    await manager.wait_reply(lambda m: "toujours là" in plain(m.body), after=mark)
    await settle(api, runtime)
    assert client.mark() == client_mark

    # a casemanager cannot reopen; an admin can, and messages go out again
    mark = manager.mark()
    await manager.send("/reopen Samir")
    refused = await manager.wait_reply(after=mark)
    assert plain(refused.body) == text_of(runtime, "en", "refusal-not-available")
    admin = await join_as(api, runtime, "admin", 5103, "Anouk", "en")
    await admin.send("/reopen Samir")
    await admin.wait_reply(lambda m: "Samir is open" in plain(m.body))
    mark = manager.mark()
    await manager.send("/write Samir")
    await manager.wait_reply(after=mark)
    mark = manager.mark()
    await manager.send("On se voit demain")
    await client.wait_reply(lambda m: "On se voit demain" in plain(m.body), after=client_mark)


async def test_close_can_be_kept_open_and_only_for_own_clients(
    api: FakeBotApi, runtime: Runtime
) -> None:
    karim = await join_as(api, runtime, "casemanager", 5201, "Karim", "en")
    sanne = await join_as(api, runtime, "casemanager", 5202, "Sanne", "en")
    client = await new_client(api, karim, "Rachid", 5203, "🇫🇷 Français", "🇳🇱")

    await sanne.send("/close Rachid")
    await sanne.wait_reply(lambda m: "No client of yours" in plain(m.body))

    await karim.send("/close Rachid")
    ask = await karim.wait_reply(lambda m: "Close the case of Rachid" in plain(m.body))
    await karim.tap("↩️", ask)
    await api.wait_for(lambda: "stays open" in plain(api.state.current(ask).body))
    mark = client.mark()
    await karim.send("/write Rachid")
    await karim.wait_reply()
    await karim.send("Tout va bien ?")
    await client.wait_reply(lambda m: "Tout va bien" in plain(m.body), after=mark)
