"""`meldbot sandbox` in headless chromium: a casemanager registers a client who agrees, the
client's flagged message raises an alert card, the casemanager claims it; each phone shows
its side. Skipped only where chromium is not installed (CI installs it)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import qrcode

from fakebotapi.users import OGG_VOICE
from flows.time.zones import zone
from tests.e2e.browser import Page, SandboxProcess, browser_missing, new_profile, open_browser

MISSING = browser_missing()
if MISSING and os.environ.get("MELDBOT_BROWSER_TEST") == "required":  # set by .ci/run
    raise RuntimeError(f"the browser test must run here, but {MISSING}")
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")

KARIM, RUBEN, YOUSSEF, AMINA, NEWCOMER = 7002, 7004, 7101, 7102, 8001
URGENT = "3afak 3awni, ana mrid bzaf"
ARABIC = re.compile(r"[\u0600-\u06FF]")


def from_bot(message: dict[str, Any]) -> bool:
    return bool(message["side"] == "bot")


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Page]:
    production = tmp_path / "production-data"
    sandbox = SandboxProcess.start(tmp_path, production)
    driver = open_browser(new_profile())
    try:
        assert sandbox.url.startswith("http://127.0.0.1:")
        assert not production.exists(), "the sandbox must not touch MELDBOT_DATA"
        yield Page(driver, sandbox.url)
    finally:
        driver.quit()
        assert sandbox.stop() == 0
    assert not sandbox.data_dir.exists(), "its temporary data folder is removed on Ctrl-C"
    assert not production.exists()


def bot_reply(page: Page, user: int | str, what: str, after: int,
              buttons: int | None = None) -> dict[str, Any]:
    def matches(message: dict[str, Any]) -> bool:
        return from_bot(message) and (buttons is None or len(message["buttons"]) >= buttons)

    return page.wait_message(user, matches, what, after)


def register_client(page: Page, alias: str) -> dict[str, Any]:
    """Karim's phone: /newclient, alias, Darija, Morocco, confirm; returns the QR card."""
    mark = page.last_id(KARIM)
    page.type(KARIM, "/newclient")
    bot_reply(page, KARIM, "the alias question", mark)
    mark = page.last_id(KARIM)
    page.type(KARIM, alias)
    for step, button in (("languages", "🇲🇦"), ("countries", "🇲🇦"), ("confirmation", "✅")):
        question = bot_reply(page, KARIM, step, mark, buttons=2)
        mark = page.last_id(KARIM)
        page.tap(KARIM, question["id"], button)
    card: dict[str, Any] = page.wait_message(
        KARIM, lambda m: m["photo"] and "start=" in m["text"], "the QR card", mark)
    return card


def test_consent_flagged_message_and_claim_in_a_real_browser(page: Page) -> None:
    card = register_client(page, "Samira")
    assert "https://t.me/meldbot_sandbox_bot?start=" in card["text"]

    # The client opens the link: a new phone presses Start, chooses Darija and agrees.
    page.driver.find_element("css selector", f'.phone[data-user="{KARIM}"] a.start-link').click()
    page.until(lambda: str(NEWCOMER) in page.phone_ids(), "a phone for the newcomer")
    languages = bot_reply(page, NEWCOMER, "the language question", 0, buttons=2)
    page.tap(NEWCOMER, languages["id"], "🇲🇦")
    consent = bot_reply(page, NEWCOMER, "the consent question", languages["id"], buttons=2)
    assert ARABIC.search(consent["text"]) and consent["rtl"], "Darija is shown right-to-left"
    mark = page.last_id(KARIM)
    page.tap(NEWCOMER, consent["id"], consent["buttons"][0])
    thanks = bot_reply(page, NEWCOMER, "the thanks after agreeing", consent["id"])
    assert thanks["rtl"] and thanks["buttons"] == []
    page.wait_message(KARIM, lambda m: "Samira agreed" in m["text"], "the agreement", mark)

    # A flagged message: an urgent card for the casemanager and in the team chat.
    mark, team_mark = page.last_id(KARIM), page.last_id("team")
    page.type(NEWCOMER, URGENT)
    alert = page.wait_message(KARIM, lambda m: m["buttons"][:1] == ["✋ Claim"],
                              "the alert card", mark)
    assert "URGENT" in alert["text"] and "Samira" in alert["text"] and URGENT in alert["text"]
    team_card = page.wait_message("team", lambda m: m["buttons"][:1] == ["✋ Oppakken"]
                                  and "Samira" in m["text"], "the team's card", team_mark)
    assert "URGENT" in team_card["text"]

    # The casemanager claims it with the card's first button.
    mark = page.last_id(KARIM)
    page.tap(KARIM, alert["id"], alert["buttons"][0])
    page.wait_message(KARIM, lambda m: "You have alert" in m["text"], "the claim", mark)
    page.wait_message(KARIM, lambda m: m["id"] == alert["id"] and "claimed by Karim"
                      in m["text"], "the card marked as claimed")
    page.wait_message("team", lambda m: m["id"] == team_card["id"] and "Karim" in m["text"],
                      "the team's card naming Karim")

    # The client's phone: their own words on the right, replies in Darija, nothing internal.
    client = page.messages(NEWCOMER)
    mine = [m for m in client if m["side"] == "me"]
    assert [m["text"] for m in mine][-1] == URGENT
    page.wait_message(NEWCOMER, lambda m: from_bot(m) and m["id"] > mine[-1]["id"]
                      and bool(ARABIC.search(m["text"])), "the receipt")
    assert not any("URGENT" in m["text"] or "Karim" in m["text"] for m in page.messages(NEWCOMER))


def test_photo_voice_location_and_choosing_who_a_phone_is(page: Page, tmp_path: Path) -> None:
    photo, voice = tmp_path / "street.png", tmp_path / "note.ogg"
    qrcode.make("sandbox").save(photo)
    voice.write_bytes(OGG_VOICE)
    youssef = page.driver.find_element("css selector", f'.phone[data-user="{YOUSSEF}"]')
    mark = page.last_id(KARIM)
    youssef.find_element("css selector", ".attach-button").click()
    youssef.find_element("css selector", ".photo-input").send_keys(str(photo))
    page.wait_message(YOUSSEF, lambda m: m["side"] == "me" and m["photo"] and m["loaded"],
                      "Youssef's own photo")
    youssef.find_element("css selector", ".attach-button").click()
    youssef.find_element("css selector", ".voice-input").send_keys(str(voice))
    page.wait_message(YOUSSEF, lambda m: m["side"] == "me" and m["audio"], "his voice note")
    youssef.find_element("css selector", ".attach-button").click()
    youssef.find_element("css selector", ".send-location").click()
    page.wait_message(YOUSSEF, lambda m: m["side"] == "me" and m["place"], "his location")
    page.wait_message(KARIM, lambda m: m["photo"] and m["loaded"], "the photo's copy", mark)
    page.wait_message(KARIM, lambda m: m["audio"], "the voice note's copy", mark)
    page.wait_message(KARIM, lambda m: m["place"].startswith("📍 52.0894"), "the location", mark)

    page.choose(AMINA, "Ruben · fieldworker")
    page.until(lambda: str(RUBEN) in page.phone_ids(), "Amina's phone to become Ruben's")
    page.choose(RUBEN, "➕ a new unknown person")
    page.until(lambda: str(NEWCOMER) in page.phone_ids(), "a new unknown person's phone")
    page.type(NEWCOMER, "salam")
    page.wait_message(NEWCOMER, from_bot, "the neutral greeting")


def test_the_clock_moves_forward_only_here(page: Page) -> None:
    def shown() -> datetime:
        value = page.driver.find_element("id", "now").get_attribute("datetime") or ""
        return datetime.fromisoformat(value.replace("Z", "+00:00"))

    before = shown()
    page.driver.find_element("css selector", '.clock button[data-step="day"]').click()
    page.until(lambda: shown() - before >= timedelta(days=1), "the clock a day later")


def test_keyboards_from_the_start_and_the_location_button(page: Page) -> None:
    page.until(lambda: page.keyboard(KARIM) == ["🚶 Street contact", "📍 Contact here"],
               "Karim's street-contact keyboard, before he sent anything")
    page.until(lambda: len(page.keyboard(YOUSSEF)) == 1 and page.keyboard(YOUSSEF)[0]
               .startswith("🆘"), "Youssef's help-now keyboard")
    karim = page.driver.find_element("css selector", f'.phone[data-user="{KARIM}"]')
    assert not karim.find_element("css selector", ".share-panel").is_displayed()
    mark = page.last_id(KARIM)
    page.press(KARIM, "📍 Contact here")  # asks where, as a phone shares its location
    page.until(lambda: karim.find_element("css selector", ".share-panel").is_displayed(),
               "the location picker")
    karim.find_element("css selector", ".share-location").click()
    page.wait_message(KARIM, lambda m: m["side"] == "me" and m["place"] ==
                      "📍 52.08940, 5.11010", "the shared location", mark)
    page.wait_message(KARIM, lambda m: from_bot(m) and "Who is it?" in m["text"],
                      "a street contact started there", mark)
    assert not any("/help" in m["text"] for m in page.messages(KARIM) if m["id"] > mark)


def test_the_page_shows_the_next_timer_and_moves_it_with_the_clock(page: Page) -> None:
    def next_due() -> tuple[str, datetime | None]:
        shown = page.driver.find_element("id", "next")
        value = shown.get_attribute("datetime")
        at = datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
        return shown.text, at

    daily = {"daily purge": "03:00", "daily street digest": "08:00"}  # local times

    def shown_daily() -> str | None:
        text = next_due()[0]
        return next((name for name in daily if text.startswith(f"next: {name} at ")), None)

    page.until(lambda: shown_daily() is not None,
               "the next timer: a daily one (the purge at 03:00 or the street digest at 08:00)")
    name = shown_daily()
    text, first = next_due()
    assert name is not None and first is not None and "(Europe/Amsterdam)" in text
    assert first.astimezone(zone("Europe/Amsterdam")).strftime("%H:%M") == daily[name]
    assert daily[name] in text
    page.driver.find_element("css selector", '.clock button[data-step="day"]').click()
    page.until(lambda: next_due()[1] == first + timedelta(days=1),
               "the same daily timer, a day later: the skipped one fired")
