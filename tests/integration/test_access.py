"""Taking access back, end to end through the fake Bot API: staff disabled and roles
changed, invites revoked, clients reassigned and detached, the inviter told who joined,
and every read of a client's data and every export in the audit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from bot.clock import FakeClock
from bot.config import Settings
from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi, FakeUser, SentMessage
from tests.integration.harness import export_csv, join_as, link_code, new_client, plain, settle
from tests.integration.test_appointments import plan


def says(*words: str) -> Callable[[SentMessage], bool]:
    return lambda m: all(w in plain(m.body) for w in words)


async def ask(user: FakeUser, text: str, *words: str) -> SentMessage:
    mark = user.mark()
    await user.send(text)
    return await user.wait_reply(says(*words), after=mark)


async def tap(user: FakeUser, label: str, *words: str,
              message: SentMessage | None = None) -> SentMessage:
    mark = user.mark()
    await user.tap(label, message)
    return await user.wait_reply(says(*words), after=mark)


async def stranger_greeting(api: FakeBotApi, language: str | None = "en") -> str:
    """What someone the bot does not know gets, in the same Telegram language."""
    stranger = api.user(7999 if language else 7998, "Nobody", language)
    await stranger.send("/help")
    return plain((await stranger.wait_reply()).body)


async def test_a_disabled_colleague_is_a_stranger_until_enabled_and_roles_change(
    api: FakeBotApi, runtime: Runtime
) -> None:
    admin = await join_as(api, runtime, "admin", 7001, "Anouk")
    sanne = await join_as(api, runtime, "casemanager", 7002, "Sanne")
    listing = await ask(admin, "/staff", "Anouk", "Sanne")
    assert "🚫 Disable Sanne" in listing.button_texts()
    assert not any("Anouk" in t for t in listing.button_texts())  # never oneself

    # a new role: told, and the menu and the rights follow
    await tap(admin, "🔁 Role of Sanne", "Which role", message=listing)
    told = sanne.mark()
    await tap(admin, "🚶", "Sanne is now fieldworker")
    await sanne.wait_reply(says("Your role is now fieldworker"), after=told)
    await ask(sanne, "/newclient", "not available")

    # disabled: the bot answers her exactly as it answers a stranger
    listing = await ask(admin, "/staff", "Sanne")
    await tap(admin, "🚫 Disable Sanne", "Sanne is disabled", message=listing)
    reply = await ask(sanne, "/help", "")
    assert plain(reply.body) == await stranger_greeting(api)

    listing = await ask(admin, "/staff", "🚫 Sanne")
    await tap(admin, "✅ Enable Sanne", "enabled again", message=listing)
    await ask(sanne, "/help", "/contact")


async def test_a_revoked_invite_gets_the_neutral_greeting_and_the_inviter_hears_who_joined(
    api: FakeBotApi, runtime: Runtime
) -> None:
    admin = await join_as(api, runtime, "admin", 7011, "Anouk")
    leaked = link_code(await ask(admin, "/invite casemanager Karim", "t.me"))
    listing = await ask(admin, "/invites", "for Karim", "by Anouk")
    await tap(admin, "🗑", "revoked", message=listing)
    await ask(admin, "/invites", "No pending invites")
    someone = api.user(7012, "Mallory", "en")
    await someone.send(f"/start {leaked}")
    assert plain((await someone.wait_reply()).body) == await stranger_greeting(api)

    code = link_code(await ask(admin, "/invite fieldworker Ruben", "t.me"))
    mark = admin.mark()
    ruben = api.user(7013, "Ruben", "en")
    await ruben.send(f"/start {code}")
    await admin.wait_reply(says("🔔 Invite for Ruben used: fieldworker, joined"), after=mark)


async def test_reassigned_client_writes_to_the_new_casemanager_and_both_are_told(
    api: FakeBotApi, runtime: Runtime
) -> None:
    admin = await join_as(api, runtime, "admin", 7021, "Anouk")
    karim = await join_as(api, runtime, "casemanager", 7022, "Karim")
    sanne = await join_as(api, runtime, "casemanager", 7023, "Sanne")
    client = await new_client(api, karim, "Youssef", 7024)
    await settle(api, runtime)
    karim_mark, sanne_mark = karim.mark(), sanne.mark()
    await ask(admin, "/reassign youss", "Youssef is with Karim")
    await tap(admin, "🧑‍💼 Sanne", "Youssef is now with Sanne")
    await karim.wait_reply(says("Youssef is now with Sanne"), after=karim_mark)
    await sanne.wait_reply(says("Youssef is now your client", "Karim"), after=sanne_mark)

    karim_mark = karim.mark()
    await client.send("wach kayn chi jdid 3la lwra9?")
    await sanne.wait_reply(says("lwra9"))
    await settle(api, runtime)
    assert not any("lwra9" in plain(m.body) for m in karim.replies()[karim_mark:])


async def test_a_detached_phone_gets_nothing_and_a_new_link_binds_a_new_one(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    karim = await join_as(api, runtime, "casemanager", 7031, "Karim")
    old_phone = await new_client(api, karim, "Youssef", 7032)
    await plan(karim, "Youssef", "🩺", when="morgen 14:30")  # its reminders are still to come
    await settle(api, runtime)
    old_mark = old_phone.mark()
    await ask(karim, "/detach Youssef", "Detach the phone of Youssef")
    card = await tap(karim, "📵 Detach", "detached")
    assert card.kind == "photo"

    mark = karim.mark()
    reply = await ask(old_phone, "salam, hada telephone jdid?", "")
    assert plain(reply.body) == await stranger_greeting(api, language=None)
    await settle(api, runtime)
    assert not any("telephone jdid" in plain(m.body) for m in karim.replies()[mark:])

    new_phone = api.user(7033, "Youssef", language_code=None)
    await new_phone.send(f"/start {link_code(card)}")
    await new_phone.wait_reply()
    await karim.wait_reply(says("Invite for Youssef used"), after=mark)
    await new_phone.tap("🇲🇦 الدارجة")
    await new_phone.wait_reply(lambda m: "🆘" in str(m.reply_markup))
    await new_phone.send("ana b telephone jdid")
    await karim.wait_reply(says("ana b telephone jdid"))

    clock.advance(timedelta(hours=25))  # the appointment's reminders fall due
    reminder = await new_phone.wait_reply(lambda m: len(m.button_texts()) == 3)
    assert "14:30" in plain(reminder.body)
    await settle(api, runtime)
    assert [plain(m.body) for m in old_phone.replies()[old_mark:]] == [plain(reply.body)]


async def test_reads_and_exports_are_audited_and_unknown_commands_leave_no_name(
    api: FakeBotApi, runtime: Runtime, settings: Settings
) -> None:
    karim = await join_as(api, runtime, "casemanager", 7041, "Karim")
    client = await new_client(api, karim, "Youssef", 7042)
    await client.send("=HYPERLINK(\"http://evil.example\",\"klik\")")
    await karim.wait_reply(says("HYPERLINK"))
    await ask(karim, "/client Youssef", "Youssef")
    await karim.send("/secretplan")
    await settle(api, runtime)

    data: Path = settings.data_dir
    log = await export_csv(data, "log", "--with-text")  # no terminal: no question, audited
    texts = [row["text"] for row in log if "HYPERLINK" in row["text"]]
    assert texts and all(t.startswith("'=") for t in texts)
    kinds = {row["kind"] for row in log}
    assert "command:unknown" in kinds and not any("secretplan" in k for k in kinds)

    audit = await export_csv(data, "audit", "--since", "2026-01-01")
    reads = [row for row in audit if row["action"] == "read:client"]
    assert len(reads) == 1 and reads[0]["actor_role"] == "casemanager"
    assert reads[0]["person_id"] and reads[0]["actor_id"]
    exports = [row["detail"] for row in audit if row["action"] == "export"]
    assert exports == ["log with-text", "audit since=2026-01-01"]
    assert all(row["actor_role"] == "system" for row in audit if row["action"] == "export")
    assert list(audit[0]) == ["audit_id", "at_utc", "actor_id", "actor_role", "action",
                              "person_id", "detail"]
    assert await export_csv(data, "audit", "--since", "2099-01-01") == []
