"""From the first admin to a consenting client, through the fake Bot API."""

from __future__ import annotations

from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi
from tests.integration.harness import invite_code, join_as, link_code, plain


async def test_admin_to_client_consent_and_stop(api: FakeBotApi, runtime: Runtime) -> None:
    admin = await join_as(api, runtime, "admin", 1001, "Amina")
    assert "admin" in plain(admin.last_reply().body)

    await admin.send("/invite")
    await admin.wait_reply(lambda m: "Who do you want to invite" in plain(m.body))
    await admin.tap("🧑‍💼 Casemanager")
    link = await admin.wait_reply(lambda m: "t.me/" in plain(m.body))
    casemanager = api.user(2002, "Karim", "nl")
    await casemanager.send(f"/start {link_code(link)}")
    welcome = await casemanager.wait_reply(lambda m: "Welkom" in plain(m.body))
    assert "Karim" in plain(welcome.body), "invited without a name: their Telegram first name"
    # ... and asked which name colleagues should see, the first name one tap away
    question = await casemanager.wait_reply(lambda m: "Welke naam" in plain(m.body))
    assert question.button_texts() == ["✅ Karim"]
    mark = casemanager.mark()
    await casemanager.send("Karim B.")
    named = await casemanager.wait_reply(after=mark)
    assert plain(named.body) == "👤 Collega's zien je als: Karim B."

    await casemanager.send("/newclient")
    await casemanager.wait_reply()
    await casemanager.send("Youssef T")
    await casemanager.wait_reply()
    await casemanager.tap("🇲🇦 الدارجة")
    await casemanager.wait_reply()
    await casemanager.tap("🇲🇦")
    await casemanager.wait_reply()
    await casemanager.tap("✅")
    card = await casemanager.wait_reply(lambda m: m.kind == "photo")
    assert card.photo is not None and card.photo.startswith(b"\x89PNG")
    client_code = link_code(card)

    client = api.user(3003, "Y", language_code=None)
    await client.send(f"/start {client_code}")
    picker = await client.wait_reply()
    assert "🇲🇦 الدارجة" in picker.button_texts()
    await client.tap("🇲🇦 الدارجة")
    consent = await client.wait_reply(lambda m: len(m.button_texts()) == 2)
    assert any("\u0600" <= ch <= "\u06ff" for ch in plain(consent.body)), "consent in Arabic"

    mark = casemanager.mark()
    await client.tap(consent.button_texts()[0])
    await client.wait_reply()
    await casemanager.wait_reply(lambda m: "Youssef T" in plain(m.body), after=mark)

    mark = casemanager.mark()
    await client.send("/stop")
    stopped = await client.wait_reply()
    assert "/start" in plain(stopped.body)
    told = await casemanager.wait_reply(lambda m: "Youssef T" in plain(m.body), after=mark)
    assert "/stop" in plain(told.body)


async def test_used_and_unknown_invites_get_the_neutral_greeting(
    api: FakeBotApi, runtime: Runtime
) -> None:
    code = await invite_code(runtime, "casemanager")
    first = api.user(4004, "A", "en")
    await first.send(f"/start {code}")
    await first.wait_reply()
    second = api.user(4005, "B", "fr")
    await second.send(f"/start {code}")
    greeting = await second.wait_reply()
    stranger = api.user(4006, "C", "fr")
    await stranger.send("/start")
    assert plain((await stranger.wait_reply()).body) == plain(greeting.body)
    assert "invitation" in plain(greeting.body).lower()
