"""/profile, /outcome and /client through the bot, and `meldbot export outcomes`: a
casemanager fills in every field of a profile with buttons (and a typed year), records a
voluntary return with its country and aftercare, is offered /aftercare, sees both in
/client, and the export has the rows; someone else's client stays out of reach."""

from __future__ import annotations

from bot.config import Settings
from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import (
    export_csv,
    join_as,
    new_client,
    plain,
    settle,
    text_of,
)
from tests.integration.test_ownership import forge


async def tap_and_see(api: FakeBotApi, user: FakeUser, label: str, message: SentMessage,
                      expected: str) -> SentMessage:
    """Tap `label` on `message` and wait until the message (edited in place) shows
    `expected` (in its text or on a button)."""

    def shown() -> str:
        current = api.state.current(message)
        return " | ".join([plain(current.body), *current.button_texts()])

    await user.tap(label, message)
    await api.state.wait_for(lambda: expected in shown(), describe=shown)
    return api.state.current(message)


async def test_profile_fills_every_field_with_buttons_and_a_typed_year(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager = await join_as(api, runtime, "casemanager", 6101, "Karim", "en")
    await new_client(api, manager, "Samir", 6102, "🇫🇷 Français", "🇳🇱")

    await manager.send("/profile Samir")
    card = await manager.wait_reply(lambda m: "Profile of Samir" in plain(m.body))
    assert plain(card.body).count("❔") == 7  # nothing known yet
    assert len(card.button_texts()) == 8

    card = await tap_and_see(api, manager, "🌍 Nationality", card, "Nationality of Samir?")
    assert "❔ Unknown" in card.button_texts() and "🇩🇿 Algeria" in card.button_texts()
    card = await tap_and_see(api, manager, "🇩🇿 Algeria", card, "Profile of Samir")
    assert "Nationality: 🇩🇿 Algeria" in plain(card.body)

    # a year of birth: nonsense gets a clear answer, a plausible year is saved
    card = await tap_and_see(api, manager, "🎂 Year of birth", card, "Year of birth of")
    mark = manager.mark()
    await manager.send("1890")
    refused = await manager.wait_reply(after=mark)
    assert "from 1930 to 2026" in plain(refused.body)
    mark = manager.mark()
    await manager.send("1997")
    typed = await manager.wait_reply(lambda m: "Profile of Samir" in plain(m.body), after=mark)
    assert "Born: 1997" in plain(typed.body)
    card = typed

    card = await tap_and_see(api, manager, "⏳ Years in NL", card, "How many years")
    card = await tap_and_see(api, manager, "⏳ 3-5 years", card, "Profile of Samir")
    card = await tap_and_see(api, manager, "📝 Asylum in NL", card, "applied for asylum")
    card = await tap_and_see(api, manager, "❌ No", card, "Profile of Samir")
    card = await tap_and_see(api, manager, "🇪🇺 EU document", card, "residence document of")
    card = await tap_and_see(api, manager, "✅ Yes", card, "Profile of Samir")
    card = await tap_and_see(api, manager, "👶 Children in NL", card, "have children")
    card = await tap_and_see(api, manager, "❔ Unknown", card, "Profile of Samir")
    # medical: several allowed, each tap ticks one
    card = await tap_and_see(api, manager, "🩺 Medical", card, "Tap each that applies")
    card = await tap_and_see(api, manager, "⬜ addiction", card, "✅ addiction")
    card = await tap_and_see(api, manager, "⬜ acquired brain injury", card,
                             "✅ acquired brain injury")
    assert "✅ addiction" in card.button_texts()
    card = await tap_and_see(api, manager, "↩️ Back", card, "Profile of Samir")

    shown = plain(card.body)
    assert "🌍 Nationality: 🇩🇿 Algeria · 🎂 Born: 1997" in shown
    assert "In the Netherlands: 3-5 years" in shown
    assert "Asylum history in NL: no · 🇪🇺 EU residence document: yes" in shown
    assert "Complex medical background: addiction, acquired brain injury" in shown
    assert "Children in NL: ❔" in shown

    # an age band instead of the year, then "unknown" for the medical background
    card = await tap_and_see(api, manager, "🎂 Year of birth", card, "Year of birth of")
    card = await tap_and_see(api, manager, "🎂 18-25", card, "Born: 18-25")
    card = await tap_and_see(api, manager, "🩺 Medical", card, "Tap each that applies")
    card = await tap_and_see(api, manager, "❔ Unknown", card, "Profile of Samir")
    assert "Complex medical background: ❔" in plain(card.body)
    await manager.tap("✔️ Done", card)
    await api.wait_for(lambda: not api.state.current(card).button_texts())
    assert "Born: 18-25" in plain(api.state.current(card).body)

    # /client shows it, and the export of the log names no health word
    mark = manager.mark()
    await manager.send("/client Samir")
    view = await manager.wait_reply(lambda m: "👤 Samir" in plain(m.body), after=mark)
    assert "🇩🇿 Algeria · 🎂 Born: 18-25" in plain(view.body)
    await settle(api, runtime)


async def test_outcome_voluntary_return_with_aftercare_shown_and_exported(
    api: FakeBotApi, runtime: Runtime, settings: Settings
) -> None:
    manager = await join_as(api, runtime, "casemanager", 6201, "Karim", "en")
    await new_client(api, manager, "Samir", 6202, "🇫🇷 Français", "🇳🇱")

    await manager.send("/outcome Samir")
    kinds = await manager.wait_reply(lambda m: "What happened with Samir" in plain(m.body))
    assert len(kinds.button_texts()) == 12  # eleven kinds and cancel
    mark = manager.mark()
    await manager.tap("🛫 Voluntary return", kinds)
    await manager.wait_reply(lambda m: "when?" in plain(m.body), after=mark)
    mark = manager.mark()
    await manager.send("20-11")  # typed as staff type dates
    countries = await manager.wait_reply(lambda m: "Which country" in plain(m.body),
                                         after=mark)
    assert "🇲🇦 Morocco" in countries.button_texts()
    mark = manager.mark()
    await manager.tap("🇲🇦 Morocco", countries)
    await manager.wait_reply(lambda m: "aftercare after the return" in plain(m.body),
                             after=mark)
    mark = manager.mark()
    await manager.tap("✅ Yes")
    done = await manager.wait_reply(lambda m: "Recorded for Samir" in plain(m.body),
                                    after=mark)
    assert "🛫 Voluntary return, 2026-11-20 · 🇲🇦 Morocco" in plain(done.body)
    assert "🤝 Plan aftercare" in done.button_texts()

    # the offered /aftercare starts at once, with this client
    mark = manager.mark()
    await manager.tap("🤝 Plan aftercare", done)
    await manager.wait_reply(lambda m: "return" in plain(m.body) and "Samir" in plain(m.body),
                             after=mark)
    await manager.send("/cancel")

    # a second one, by mistake, then removed with 🗑
    mark = manager.mark()
    await manager.send("/outcome Samir")
    kinds = await manager.wait_reply(lambda m: "What happened" in plain(m.body), after=mark)
    mark = manager.mark()
    await manager.tap("📵 Lost contact", kinds)
    when = await manager.wait_reply(lambda m: "when?" in plain(m.body), after=mark)
    mark = manager.mark()
    await manager.tap("📅 Today", when)
    mistake = await manager.wait_reply(lambda m: "Recorded for Samir" in plain(m.body),
                                       after=mark)

    mark = manager.mark()
    await manager.send("/client Samir")
    view = await manager.wait_reply(lambda m: "👤 Samir" in plain(m.body), after=mark)
    shown = plain(view.body)
    assert "No profile yet" in shown
    assert shown.index("2026-11-22 📵 Lost contact") < \
        shown.index("2026-11-20 🛫 Voluntary return · 🇲🇦 Morocco · 🤝 aftercare")

    mark = manager.mark()
    await manager.tap("🗑", mistake)
    ask = await manager.wait_reply(lambda m: "Remove" in plain(m.body), after=mark)
    await tap_and_see(api, manager, "🗑 Remove", ask, "Removed")
    await settle(api, runtime)

    rows = await export_csv(settings.data_dir, "outcomes")
    assert [(r["date"], r["client_alias"], r["kind"], r["country"], r["aftercare"])
            for r in rows] == [("2026-11-20", "Samir", "voluntary_return", "MA", "yes")]
    assert list(rows[0]) == ["outcome_id", "date", "client_id", "client_alias", "kind",
                             "country", "aftercare", "recorded_utc", "recorded_by"]
    assert rows[0]["recorded_utc"].startswith("2026-11-22") and rows[0]["recorded_by"]
    assert await export_csv(settings.data_dir, "outcomes", "--since", "2026-11-21") == []
    assert len(await export_csv(settings.data_dir, "outcomes", "--person", "Samir")) == 1
    # the contact log holds the kind "outcome", never the outcome's kind in plain
    log = await export_csv(settings.data_dir, "log")
    kinds_logged = {r["kind"] for r in log}
    assert {"outcome", "outcome-removed"} <= kinds_logged
    assert not {k for k in kinds_logged if "voluntary_return" in k or "lost_contact" in k}


async def test_someone_elses_client_is_out_of_reach(api: FakeBotApi, runtime: Runtime) -> None:
    karim = await join_as(api, runtime, "casemanager", 6301, "Karim", "en")
    sanne = await join_as(api, runtime, "casemanager", 6302, "Sanne", "en")
    await new_client(api, karim, "Rachid", 6303, "🇫🇷 Français", "🇳🇱")

    for command in ("/profile Rachid", "/outcome Rachid"):
        mark = sanne.mark()
        await sanne.send(command)
        answer = await sanne.wait_reply(after=mark)
        assert "No client of yours is called “Rachid”" in plain(answer.body)

    # a button of Karim's card, pressed by Sanne (forwarded data), changes nothing
    await karim.send("/profile Rachid")
    card = await karim.wait_reply(lambda m: "Profile of Rachid" in plain(m.body))
    await karim.tap("🌍 Nationality", card)
    await api.wait_for(lambda: "Nationality of" in plain(api.state.current(card).body))
    button = api.state.current(card).find_button("🇲🇦 Morocco")
    assert button is not None
    mark = sanne.mark()
    await sanne.send("/help")  # so that Sanne has a message of the bot to press on
    await sanne.wait_reply(after=mark)
    mark = sanne.mark()
    forge(api, sanne, button["callback_data"])
    expired = await sanne.wait_reply(after=mark)
    assert plain(expired.body) == text_of(runtime, "en", "button-expired")
    await karim.tap("↩️ Back", card)
    await api.wait_for(lambda: "Profile of Rachid" in plain(api.state.current(card).body))
    assert "Nationality: ❔" in plain(api.state.current(card).body)
