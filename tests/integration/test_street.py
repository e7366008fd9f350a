"""Fieldworkers register street contacts in a few taps, through the fake Bot API."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from bot.clock import FakeClock
from bot.runtime import Runtime
from storage import StreetContact
from tests.backends import backend_env
from tests.conftest import TEAM_CHAT
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import join_as, plain

ROOT = Path(__file__).resolve().parents[2]
KEYBOARD = [["🚶 Street contact", "📍 Contact here"]]


def screen(user: FakeUser) -> str:
    """What the chat shows at the bottom now (edits applied): text and button labels."""
    last = user.last_reply()
    return "\n".join([plain(last.body), *last.button_texts()])


def with_buttons(user: FakeUser) -> SentMessage:
    return [m for m in user.replies() if m.buttons()][-1]


class Thumb:
    """A fieldworker's thumb: taps the newest buttons, waits for the answer, counts taps."""

    def __init__(self, api: FakeBotApi, user: FakeUser) -> None:
        self.api, self.user, self.taps = api, user, 0

    async def tap(self, label: str, then: str) -> None:
        self.taps += 1
        await self.user.tap(label, with_buttons(self.user))
        await self.api.wait_for(lambda: then in screen(self.user))

    async def send(self, text: str, then: str) -> None:
        await self.user.send(text)
        await self.api.wait_for(lambda: then in screen(self.user))


async def contacts(runtime: Runtime) -> list[StreetContact]:
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        return await tx.street_contacts()


async def log_kinds(runtime: Runtime) -> list[str]:
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        return [entry.kind async for entry in tx.iter_log(None)]


async def fast_contact(thumb: Thumb, place: str = "📍 Utrecht Centraal",
                       need: str = "🛏 Night shelter") -> None:
    await thumb.send("/contact", "Who is it?")
    await thumb.tap("🆕 New person", "Where?")
    await thumb.tap(place, "Nationality")
    await thumb.tap("🇲🇦 Morocco", "Needs?")
    await thumb.tap(need, "✅")
    await thumb.tap("✅ Done", "Check and save")
    await thumb.tap("💾 Save · 🤝", "Saved")


async def test_fast_path_is_six_taps_without_typing(api: FakeBotApi, runtime: Runtime) -> None:
    fieldworker = await join_as(api, runtime, "fieldworker", 1301, "Sara", "en")
    assert fieldworker.reply_keyboard() == KEYBOARD
    thumb = Thumb(api, fieldworker)
    typed_before = len(fieldworker.chat.user_messages)

    await fieldworker.send("🚶 Street contact")  # the keyboard button stands for /contact
    await api.wait_for(lambda: "Who is it?" in screen(fieldworker))
    await thumb.tap("🆕 New person", "Where?")
    await thumb.tap("📍 Utrecht Centraal", "Nationality")
    await thumb.tap("🇲🇦 Morocco", "Needs?")
    await thumb.tap("🩺 Medical", "✅ Medical")
    await thumb.tap("✅ Done", "Check and save")
    await thumb.tap("💾 Save · 🤝", "Saved")

    assert thumb.taps == 6, "the fast path, from the command to saved"
    assert len(fieldworker.chat.user_messages) - typed_before == 1, "only the keyboard button"
    saved = screen(fieldworker)
    assert "Utrecht Centraal" in saved and "medical" in saved and "team was alerted" in saved
    [contact] = await contacts(runtime)
    assert contact.place_name == "Utrecht Centraal" and contact.needs == ("medical",)
    assert contact.person.nationality == "MA" and contact.person.language == "darija"
    assert contact.followup and contact.person.alias is None
    assert contact.person.code in saved, "a new person without alias gets a code to say aloud"
    team = api.group(TEAM_CHAT)  # in Dutch, the staff default
    card = await team.wait_reply(lambda m: contact.person.code in plain(m.body), after=0)
    assert "medisch" in plain(card.body) and "Sara · 📍 Utrecht Centraal" in plain(card.body)
    assert [t[0] for t in card.button_texts()] == ["✋", "✅"], "claim and resolve, no reply"
    kinds = await log_kinds(runtime)
    assert {"street-contact-started", "street-contact-saved", "alert-created"} <= set(kinds)


async def test_search_matches_spellings_and_duplicates_are_offered(
    api: FakeBotApi, runtime: Runtime
) -> None:
    sara = await join_as(api, runtime, "fieldworker", 1311, "Sara", "en")
    thumb = Thumb(api, sara)
    await thumb.send("/contact", "Who is it?")
    await thumb.send("Mohammed", "Nobody found")
    await thumb.tap("🆕 New: Mohammed", "Where?")
    await thumb.tap("⏭ Skip", "Nationality")
    await thumb.tap("🇲🇦 Morocco", "Needs?")
    await thumb.tap("✅ Done", "Check and save")
    await thumb.tap("💾 Save · 🚫", "Saved")

    jan = await join_as(api, runtime, "fieldworker", 1312, "Jan", "en")
    other = Thumb(api, jan)
    await other.send("/contact", "Who is it?")
    for spelling in ("محمد", "MUHAMMAD", "mhamed", "Mohamed"):
        await other.send(spelling, f"Found for “{spelling}”")
        assert any(t.startswith("🔁 Mohammed 🇲🇦") for t in with_buttons(jan).button_texts())
    await other.send("Ahmed", "Nobody found")

    await other.send("Mhamed", "Found for")
    await other.tap("🆕 New: Mhamed", "Where?")
    await other.tap("📍 Moreelsepark", "Nationality")
    await other.tap("🇲🇦 Morocco", "Needs?")
    await other.tap("✅ Done", "Check and save")
    await other.tap("💾 Save · 🤝", "Met before?")
    assert with_buttons(jan).button_texts()[0].startswith("🔗 Mohammed")
    await other.tap("🔗 Mohammed", "Saved")
    first, second = await contacts(runtime)
    assert first.person.id == second.person.id, "linked to the person met before"
    assert second.place_name == "Moreelsepark" and second.followup

    await other.send("/contact", "Who is it?")  # recently met people are one tap away
    assert any(t.startswith("🔁 Mohammed") for t in with_buttons(jan).button_texts())
    await other.tap("🔁 Mohammed", "Where?")
    await other.tap("⏭ Skip", "Needs?")  # known nationality: that step is skipped
    await other.tap("✅ Done", "Check and save")
    await other.tap("💾 Save · 🚫", "Saved")
    assert len({c.person.id for c in await contacts(runtime)}) == 1


async def test_back_skip_edit_reask_and_undo(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    sara = await join_as(api, runtime, "fieldworker", 1321, "Sara", "en")
    thumb = Thumb(api, sara)
    await thumb.send("/contact", "Who is it?")
    await thumb.tap("⏭ Skip", "Where?")
    await thumb.tap("⬅️ Back", "Who is it?")
    await thumb.tap("🆕 New person", "Where?")
    mark = sara.mark()
    await sara.send("centraal")  # typed where a button is expected
    reask = await sara.wait_reply(lambda m: "Please tap one of the buttons" in plain(m.body),
                                  after=mark)
    assert not reask.buttons()
    await api.wait_for(lambda: "Where?" in screen(sara))  # the step again, buttons below
    await thumb.tap("⏭ Skip", "Nationality")
    await thumb.tap("⏭ Skip", "Needs?")
    await thumb.tap("🛏 Night shelter", "✅ Night shelter")
    await thumb.tap("⬅️ Back", "Nationality")
    await thumb.tap("👤 Language", "Language spoken")
    await thumb.tap("🗣 French", "✅ French")
    await thumb.tap("🧑 18–25", "✅ 18–25")
    await thumb.tap("✅ Done", "Nationality")
    await thumb.tap("🇩🇿 Algeria", "Needs?")
    assert "✅ Night shelter" in with_buttons(sara).button_texts()
    await thumb.tap("✅ Done", "Check and save")
    assert "Algeria · 🗣 French" in screen(sara) and "18–25" in screen(sara)
    await thumb.send("sleeps near the bike shed", "sleeps near the bike shed")
    await thumb.tap("✏️ Edit", "What do you want to change?")
    await thumb.tap("🩺 Needs", "Needs?")
    await thumb.tap("🍲 Food/clothing", "✅ Food/clothing")
    await thumb.tap("✅ Done", "night shelter, food/clothing")
    await thumb.tap("💾 Save · 🚫", "Saved")
    [contact] = await contacts(runtime)
    assert contact.note == "sleeps near the bike shed" and not contact.followup
    assert contact.needs == ("shelter", "food") and contact.person.age_band == "age18to25"

    await thumb.tap("↩️ Undo", "Undone")
    assert await contacts(runtime) == []
    assert "street-contact-undone" in await log_kinds(runtime)

    await fast_contact(thumb)
    clock.advance(timedelta(minutes=11))
    await thumb.tap("↩️ Undo", "Too late to undo")
    assert len(await contacts(runtime)) == 1


async def test_abandoned_draft_survives_a_restart_and_is_kept_an_hour(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    sara = await join_as(api, runtime, "fieldworker", 1331, "Sara", "en")
    jan = await join_as(api, runtime, "fieldworker", 1332, "Jan", "en")
    mine, theirs = Thumb(api, sara), Thumb(api, jan)
    await mine.send("/contact", "Who is it?")
    await theirs.send("/contact", "Who is it?")
    await mine.tap("🆕 New person", "Where?")
    await theirs.tap("🆕 New person", "Where?")
    await mine.tap("📍 Hoog Catharijne", "Nationality")
    await theirs.tap("📍 Janskerkhof", "Nationality")
    await mine.send("/today", "No contacts registered today")  # abandoned halfway

    await runtime.stop()
    await runtime.start()
    clock.advance(timedelta(minutes=40))
    await mine.send("/contact", "unfinished contact from 12:00 (Hoog Catharijne)")
    await mine.tap("▶️ Continue", "Nationality")
    await mine.tap("🇹🇳 Tunisia", "Needs?")
    await theirs.tap("🇱🇾 Libya", "Needs?")
    await mine.tap("✅ Done", "Check and save")
    await theirs.tap("✅ Done", "Check and save")
    await theirs.tap("💾 Save · 🚫", "Saved")
    await mine.tap("💾 Save · 🤝", "Saved")
    by_worker = {c.fieldworker_alias: c for c in await contacts(runtime)}
    assert by_worker["Sara"].place_name == "Hoog Catharijne"
    assert by_worker["Sara"].person.nationality == "TN" and by_worker["Sara"].followup
    assert by_worker["Jan"].place_name == "Janskerkhof"
    assert by_worker["Jan"].person.nationality == "LY" and not by_worker["Jan"].followup
    assert "street-contact-resumed" in await log_kinds(runtime)

    await mine.send("/contact", "Who is it?")
    await mine.tap("🆕 New person", "Where?")
    clock.advance(timedelta(minutes=61))
    await mine.send("/contact", "Who is it?")  # more than an hour: a fresh start
    assert "unfinished" not in screen(sara)


async def export(runtime: Runtime, *args: str) -> list[dict[str, str]]:
    """`meldbot export ...` in a subprocess, with the bot stopped (and started again after)."""
    await runtime.stop()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MELDBOT_"))}
    env.update(backend_env(runtime.settings.data_dir), PYTHONPATH=str(ROOT))
    done = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "bot.cli", "export", *args], env=env,
        capture_output=True, text=True, timeout=60, check=True,
        cwd=runtime.settings.data_dir.parent)
    await runtime.start()
    return list(csv.DictReader(io.StringIO(done.stdout)))


async def test_shift_tag_today_location_and_csv_export(
    api: FakeBotApi, runtime: Runtime
) -> None:
    sara = await join_as(api, runtime, "fieldworker", 1341, "Sara", "en")
    thumb = Thumb(api, sara)
    await thumb.send("/shift koudweer", "Shift “koudweer” started")
    await fast_contact(thumb)
    await thumb.send("/shift end", "ended")
    await sara.send_location(52.08944, 5.11002)  # the 📍 keyboard button: a contact here
    await api.wait_for(lambda: "Who is it?" in screen(sara))
    await thumb.tap("🆕 New person", "Nationality")  # the place is known already
    await thumb.tap("❔ Unknown", "Needs?")
    await thumb.tap("🚫 No needs", "✅ No needs")
    await thumb.tap("✅ Done", "52.089, 5.110")
    await thumb.tap("💾 Save · 🚫", "Saved")
    await thumb.send("/today", "2 contacts today")
    assert "12:00" in screen(sara) and "koudweer" in screen(sara)

    tagged = await export(runtime, "contacts", "--shift", "koudweer")
    assert len(tagged) == 1
    row = tagged[0]
    assert row["shift"] == "koudweer" and row["fieldworker"] == "Sara"
    assert row["place"] == "Utrecht Centraal" and row["needs"] == "shelter"
    assert row["nationality"] == "MA" and row["language"] == "darija"
    assert row["followup_consent"] == "yes" and row["time_local"].endswith("12:00")
    every = await export(runtime, "contacts", "--since", "2026-11-22")
    assert [r["place"] for r in every] == ["Utrecht Centraal", "52.089,5.110"]
    assert every[1]["shift"] == "" and every[1]["followup_consent"] == "no"


async def test_digest_places_and_newclient_from_a_street_contact(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    admin = await join_as(api, runtime, "admin", 1351, "Ada", "en")
    manager = await join_as(api, runtime, "casemanager", 1352, "Karim", "en")
    sara = await join_as(api, runtime, "fieldworker", 1353, "Sara", "en")
    boss = Thumb(api, admin)
    await boss.send("/places", "saved places")
    await boss.tap("➕ Add a place", "Type the name")
    await boss.send("Griftpark", "Send the location of Griftpark")
    await admin.send_location(52.0985, 5.1290)
    await api.wait_for(lambda: "Griftpark added (52.0985, 5.1290)" in screen(admin))
    await boss.send("/places", "8 saved places")
    await boss.tap("📍 Neude", "Neude (52.0927")
    await boss.tap("🗑 Remove", "Neude removed")

    thumb = Thumb(api, sara)
    await thumb.send("/contact", "Who is it?")
    await thumb.send("Mo", "Nobody found")
    await thumb.tap("🆕 New: Mo", "Where?")
    labels = with_buttons(sara).button_texts()
    assert "📍 Griftpark" in labels and "📍 Neude" not in labels
    await thumb.tap("📍 Griftpark", "Nationality")
    await thumb.tap("🇲🇦 Morocco", "Needs?")
    await thumb.tap("🧠 Psychiatric", "✅ Psychiatric")
    await thumb.tap("✅ Done", "Check and save")
    await thumb.tap("💾 Save · 🤝", "team was alerted")
    [saved] = await contacts(runtime)
    assert f"Saved: Mo · {saved.person.code} · 📍 Griftpark" in screen(sara), \
        "a new person's code follows their alias"
    mark = manager.mark()
    await manager.send("/alerts")  # street alerts are listed with the others
    listing = await manager.wait_reply(after=mark)
    assert "#1 Mo" in plain(listing.body) and "psychiatric" in plain(listing.body)

    clock.advance(timedelta(hours=20))  # 08:00 in Utrecht the next morning
    digest = await manager.wait_reply(lambda m: "Street contacts" in plain(m.body), after=0)
    assert "1 new person" in plain(digest.body) and "psychiatric 1" in plain(digest.body)
    assert "Mo" in plain(digest.body) and "Griftpark" in plain(digest.body)

    mark = manager.mark()
    await manager.send("/newclient")
    ask = await manager.wait_reply(after=mark)
    assert "🚶 Mo 🇲🇦" in ask.button_texts()
    await manager.tap("🚶 Mo", ask)
    await manager.wait_reply(lambda m: "Which language does Mo read best" in plain(m.body))
    await manager.tap("🇲🇦 الدارجة")
    await manager.wait_reply(lambda m: "Where does the client live" in plain(m.body))
    await manager.tap("🇲🇦")
    await manager.wait_reply(lambda m: "Time zone" in plain(m.body))
    await manager.tap("✅")
    await manager.wait_reply(lambda m: m.kind == "photo")
    [contact] = await contacts(runtime)
    assert contact.person.client_id is not None
