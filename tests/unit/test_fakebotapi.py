"""The fake Bot API server, driven by a real python-telegram-bot `Bot`."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaPhoto,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
    Update,
)
from telegram.error import (
    BadRequest,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Application, ApplicationBuilder, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from tests.fakebotapi import Event, FakeBotApi


def keyboard(*labels: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=f"data:{label}") for label in labels]]
    )


@pytest.fixture(autouse=True)
def _timedelta_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22 warns about int time periods (RetryAfter, durations) unless opted in.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.api_url, base_file_url=api.file_url) as client:
        yield client


async def test_binds_localhost_and_answers_get_me(api: FakeBotApi, bot: Bot) -> None:
    assert api.base_url.startswith("http://127.0.0.1:")
    assert api.api_url == f"{api.base_url}/bot"
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (123456, "meldbot_test_bot", True)
    assert api.calls[0].method == "getMe"
    assert api.calls[0].status == 200


async def test_send_message_is_recorded_with_keyboard(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    message = await bot.send_message(alice.chat_id, "Hello", reply_markup=keyboard("Yes", "No"))
    assert message.message_id == 1
    assert message.chat.id == 1001
    assert message.reply_markup == keyboard("Yes", "No")
    reply = alice.last_reply()
    assert (reply.text, reply.kind, reply.chat_id) == ("Hello", "text", 1001)
    assert reply.button_texts() == ["Yes", "No"]
    assert reply.buttons()[0][1]["callback_data"] == "data:No"
    assert api.sent == [reply]
    assert api.calls[-1].params["chat_id"] == 1001


async def test_message_ids_increase_per_chat(api: FakeBotApi, bot: Bot) -> None:
    alice, bob = api.user(1, "Alice"), api.user(2, "Bob")
    assert await alice.send("hi") == 1
    first = await bot.send_message(alice.chat_id, "one")
    second = await bot.send_message(bob.chat_id, "two")
    third = await bot.send_message(alice.chat_id, "three")
    assert (first.message_id, second.message_id, third.message_id) == (2, 1, 3)
    assert [m.text for m in api.messages(alice.chat_id)] == ["one", "three"]


async def test_unknown_chat_is_bad_request(api: FakeBotApi, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(999, "anyone?")


async def test_get_updates_confirms_with_offset(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice", language_code="de")
    await alice.send("/start token123")
    await alice.send("hello")
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["/start token123", "hello"]
    first = updates[0].message
    assert first is not None and first.from_user is not None
    assert first.from_user.language_code == "de"
    assert first.entities[0].type == "bot_command"
    assert first.entities[0].length == len("/start")
    assert api.pending_updates == 2
    assert await bot.get_updates(offset=updates[-1].update_id + 1) == ()
    assert api.confirmed_offset == updates[-1].update_id + 1
    assert api.pending_updates == 0


async def test_get_updates_limit(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    for number in range(5):
        await alice.send(f"message {number}")
    updates = await bot.get_updates(limit=2)
    assert len(updates) == 2
    rest = await bot.get_updates(offset=updates[-1].update_id + 1, limit=10)
    assert len(rest) == 3


async def test_long_polling_returns_as_soon_as_a_user_sends(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.sleep(0.1)
    assert not poll.done()
    await alice.send("wake up")
    updates = await asyncio.wait_for(poll, 2)
    assert updates[0].message is not None
    assert updates[0].message.text == "wake up"
    assert time.monotonic() - started < 2


async def test_long_polling_times_out_empty(api: FakeBotApi, bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 < time.monotonic() - started < 3


async def test_scripted_rate_limit_raises_retry_after(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    api.fail("sendMessage", status=429, retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(alice.chat_id, "too fast")
    assert caught.value.retry_after == dt.timedelta(seconds=3)
    assert api.calls[-1].status == 429
    assert api.sent == []
    await bot.send_message(alice.chat_id, "now fine")
    assert alice.last_reply().text == "now fine"


async def test_scripted_errors_map_to_ptb_exceptions(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    api.fail("sendMessage", status=403)
    api.fail("sendMessage", status=400, description="Bad Request: chat not found")
    api.fail("sendMessage", status=500)
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(alice.chat_id, "x")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(alice.chat_id, "x")
    with pytest.raises(NetworkError, match=r"(?i)Internal Server Error"):
        await bot.send_message(alice.chat_id, "x")
    await bot.send_message(alice.chat_id, "x")


async def test_failure_for_one_chat_only(api: FakeBotApi, bot: Bot) -> None:
    alice, bob = api.user(1), api.user(2)
    api.fail("sendMessage", status=429, retry_after=1, count=2, chat_id=bob.chat_id)
    await bot.send_message(alice.chat_id, "fine")
    for _ in range(2):
        with pytest.raises(RetryAfter):
            await bot.send_message(bob.chat_id, "limited")
    await bot.send_message(bob.chat_id, "fine again")
    assert [m.text for m in api.sent] == ["fine", "fine again"]


async def test_block_until_unblock(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    api.block(alice.chat_id)
    with pytest.raises(Forbidden, match=r"(?i)blocked"):
        await bot.send_message(alice.chat_id, "x")
    with pytest.raises(Forbidden):
        await bot.send_photo(alice.chat_id, photo=b"\xff\xd8data")
    api.unblock(alice.chat_id)
    await bot.send_message(alice.chat_id, "back")


async def test_user_blocking_the_bot_sends_member_update(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    await alice.block_bot()
    updates = await bot.get_updates()
    member = updates[0].my_chat_member
    assert member is not None and member.new_chat_member.status == "kicked"
    with pytest.raises(Forbidden):
        await bot.send_message(alice.chat_id, "x")


async def test_delay_makes_the_client_time_out(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    api.delay("sendMessage", 1.0)
    with pytest.raises(TimedOut):
        await bot.send_message(alice.chat_id, "slow", read_timeout=0.2)
    # Like a real lost answer: the message did arrive.
    assert alice.last_reply().text == "slow"
    await bot.send_message(alice.chat_id, "quick", read_timeout=0.5)


async def test_unknown_method_and_wrong_token(api: FakeBotApi, bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")
    assert api.calls[-1].status == 404
    request = HTTPXRequest()
    stranger = Bot("999:WRONG", base_url=api.api_url, request=request)
    try:
        with pytest.raises(InvalidToken):
            await stranger.get_me()
    finally:
        await request.shutdown()
    assert api.calls[-1].status == 401


async def test_photo_upload_and_download(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    data = b"\xff\xd8\xff\xe0fake-jpeg-bytes\xff\xd9"
    message = await bot.send_photo(
        alice.chat_id, photo=data, caption="<b>Map</b> &amp; more", parse_mode="HTML"
    )
    reply = alice.last_reply()
    assert (reply.kind, reply.photo, reply.caption) == ("photo", data, "Map & more")
    assert reply.raw_text == "<b>Map</b> &amp; more"
    assert message.photo[-1].file_id == reply.file_id
    file = await bot.get_file(message.photo[-1].file_id)
    assert bytes(await file.download_as_bytearray()) == data
    again = await bot.send_photo(alice.chat_id, photo=message.photo[-1].file_id)
    assert again.photo[-1].file_id == reply.file_id


async def test_files_sent_by_users_can_be_downloaded(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    await alice.send_voice(b"OggS-voice-note", duration=4)
    await alice.send_document(b"%PDF-1.4", file_name="letter.pdf")
    updates = await bot.get_updates()
    voice, document = updates[0].message.voice, updates[1].message.document  # type: ignore[union-attr]
    assert voice is not None and document is not None
    assert voice.duration == dt.timedelta(seconds=4)
    assert document.file_name == "letter.pdf"
    voice_file = await bot.get_file(voice.file_id)
    assert bytes(await voice_file.download_as_bytearray()) == b"OggS-voice-note"
    file_id = api.add_file(b"raw", kind="document", file_name="notes.txt")
    stored = await bot.get_file(file_id)
    assert bytes(await stored.download_as_bytearray()) == b"raw"


async def test_media_group_uploads_every_item(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    album = [InputMediaPhoto(b"\xff\xd8one", caption="first"), InputMediaPhoto(b"\xff\xd8two")]
    messages = await bot.send_media_group(alice.chat_id, album)
    assert len(messages) == 2
    assert messages[0].media_group_id == messages[1].media_group_id
    assert [m.photo for m in alice.replies()] == [b"\xff\xd8one", b"\xff\xd8two"]
    assert alice.replies()[0].caption == "first"


async def test_other_media_and_location(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    await bot.send_voice(alice.chat_id, voice=b"OggS", duration=2)
    await bot.send_document(alice.chat_id, document=b"hello", filename="hello.txt")
    await bot.send_location(alice.chat_id, latitude=52.37, longitude=4.89)
    await bot.send_venue(alice.chat_id, latitude=52.0, longitude=4.0, title="Clinic", address="X")
    await bot.send_chat_action(alice.chat_id, "typing")
    kinds = [m.kind for m in alice.replies()]
    assert kinds == ["voice", "document", "location", "venue"]
    assert alice.replies()[0].voice == b"OggS"
    assert alice.replies()[2].location == (52.37, 4.89)
    assert alice.chat.last_action == "typing"


async def test_edits_apply_to_messages_but_not_sent_log(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    sent = await bot.send_message(alice.chat_id, "Question?", reply_markup=keyboard("A", "B"))
    edited = await bot.edit_message_text("Answered", alice.chat_id, sent.message_id)
    assert isinstance(edited, object) and alice.last_reply().text == "Answered"
    assert alice.last_reply().edited and alice.last_reply().buttons() == []
    assert api.sent[0].text == "Question?"
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Answered", alice.chat_id, sent.message_id)
    await bot.edit_message_reply_markup(alice.chat_id, sent.message_id, reply_markup=keyboard("C"))
    assert alice.last_reply().button_texts() == ["C"]
    with pytest.raises(BadRequest, match=r"(?i)not found"):
        await bot.edit_message_text("nope", alice.chat_id, 99)
    assert await bot.delete_message(alice.chat_id, sent.message_id)
    assert alice.replies() == []
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(alice.chat_id, sent.message_id)


async def test_text_limits_and_html_checks(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    await bot.send_message(alice.chat_id, "x" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(alice.chat_id, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(alice.chat_id, "I <3 you", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(alice.chat_id, "<b>open", parse_mode="HTML")
    await bot.send_message(alice.chat_id, "I &lt;3 <i>you</i>", parse_mode="HTML")
    assert alice.last_reply().text == "I <3 you"


async def test_tap_sends_callback_query_and_records_answer(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    await bot.send_message(alice.chat_id, "Pick", reply_markup=keyboard("✅ Yes", "❌ No"))
    await bot.send_message(alice.chat_id, "No buttons here")
    query_id = await alice.tap("✅")
    query = (await bot.get_updates())[0].callback_query
    assert query is not None
    assert (query.id, query.data, query.from_user.id) == (query_id, "data:✅ Yes", 1001)
    assert query.message is not None and query.message.message_id == 1
    assert await bot.answer_callback_query(query.id, text="Saved")
    assert api.callback_answers[-1].text == "Saved"
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query.id)
    with pytest.raises(AssertionError, match=r"(?i)available: \['✅ Yes', '❌ No'\]"):
        await alice.tap("Maybe")


async def test_raw_callback_query_updates_can_be_answered(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    sent = await bot.send_message(alice.chat_id, "Pick", reply_markup=keyboard("A"))
    query = {"id": "raw-1", "from": alice.api_user, "message": sent.to_dict(),
             "chat_instance": "x", "data": "data:A"}  # fmt: skip
    update_id = api.push_update({"callback_query": query})
    updates = await bot.get_updates()
    assert updates[0].update_id == update_id
    assert await bot.answer_callback_query("raw-1")


async def test_tap_without_buttons_explains(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    await bot.send_message(alice.chat_id, "plain")
    with pytest.raises(AssertionError, match=r"(?i)no bot message with inline buttons"):
        await alice.tap("Yes")


async def test_reply_keyboard_shown_and_removed(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    assert alice.reply_keyboard() is None
    markup = ReplyKeyboardMarkup([["Help", "Stop"], ["Share location"]])
    await bot.send_message(alice.chat_id, "Choose", reply_markup=markup)
    assert alice.reply_keyboard() == [["Help", "Stop"], ["Share location"]]
    await bot.send_message(alice.chat_id, "Done", reply_markup=ReplyKeyboardRemove())
    assert alice.reply_keyboard() is None


async def test_replies_copy_and_forward_into_a_group(api: FakeBotApi, bot: Bot) -> None:
    alice, worker = api.user(1001, "Alice"), api.user(2002, "Worker")
    team = api.group(-500, "Outreach team")
    voice_id = await alice.send_voice()
    copied = await bot.copy_message(team.chat_id, alice.chat_id, voice_id, caption="from Alice")
    card = team.last_reply()
    assert (card.message_id, card.kind, card.caption) == (copied.message_id, "voice", "from Alice")
    forwarded = await bot.forward_message(team.chat_id, alice.chat_id, voice_id)
    assert forwarded.forward_origin is not None
    await team.reply_to(worker, card.message_id, "I'll call her")
    await team.send(worker, "/status@meldbot_test_bot")
    updates = await bot.get_updates()
    reply = updates[-2].message
    assert reply is not None and reply.reply_to_message is not None
    assert reply.reply_to_message.message_id == card.message_id
    assert reply.chat.type == "group" and reply.from_user is not None
    assert reply.from_user.id == worker.id
    answer = await bot.send_message(
        team.chat_id, "ok", reply_parameters=ReplyParameters(card.message_id)
    )
    assert answer.reply_to_message is not None
    assert team.last_reply().reply_to_message_id == card.message_id


async def test_user_edit_and_location(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    message_id = await alice.send("typo")
    await alice.edit(message_id, "fixed")
    await alice.send_location(52.1, 4.3)
    await alice.send_photo(caption="look")
    await alice.send_sticker()
    updates = await bot.get_updates()
    assert updates[1].edited_message is not None
    assert updates[1].edited_message.text == "fixed"
    assert updates[2].message is not None and updates[2].message.location is not None
    assert updates[3].message is not None and updates[3].message.caption == "look"
    assert updates[4].message is not None and updates[4].message.sticker is not None


async def test_wait_reply_waits_for_a_new_matching_message(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    await bot.send_message(alice.chat_id, "old")

    async def later() -> None:
        await asyncio.sleep(0.05)
        await bot.send_message(alice.chat_id, "thinking")
        await bot.send_message(alice.chat_id, "answer 42")

    task = asyncio.create_task(later())
    reply = await alice.wait_reply(lambda m: "42" in (m.text or ""))
    assert reply.text == "answer 42"
    await task
    assert (await alice.wait_reply(after=0)).text == "old"
    with pytest.raises(TimeoutError, match=r"(?i)new bot messages"):
        await alice.wait_reply(timeout=0.1)


async def test_wait_for_reports_recent_activity(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001)
    await bot.send_message(alice.chat_id, "hi")
    await api.wait_for(lambda: len(api.sent) == 1)
    with pytest.raises(TimeoutError, match=r"(?i)last sent"):
        await api.wait_for(lambda: len(api.sent) == 2, timeout=0.1)


async def test_commands_by_scope_and_language(api: FakeBotApi, bot: Bot) -> None:
    commands = [BotCommand("start", "Begin"), BotCommand("help", "Help")]
    await bot.set_my_commands(commands)
    await bot.set_my_commands(commands[:1], scope=BotCommandScopeChat(7), language_code="nl")
    default = api.commands[('{"type":"default"}', None)]
    assert default[1] == {"command": "help", "description": "Help"}
    assert api.commands_for({"type": "chat", "chat_id": 7}, "nl") == [
        {"command": "start", "description": "Begin"}
    ]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()


async def test_subscribers_see_sends_and_edits(api: FakeBotApi, bot: Bot) -> None:
    events: list[Event] = []
    unsubscribe = api.subscribe(events.append)
    alice = api.user(1001)
    sent = await bot.send_message(alice.chat_id, "one")
    await bot.edit_message_text("two", alice.chat_id, sent.message_id)
    unsubscribe()
    await bot.send_message(alice.chat_id, "three")
    kinds = [(e.kind, e.message.text) for e in events if e.message is not None]
    assert kinds == [("sent", "one"), ("edited", "two")]


async def test_peak_rates(api: FakeBotApi, bot: Bot) -> None:
    alice, bob = api.user(1), api.user(2)
    await asyncio.gather(*(bot.send_message(alice.chat_id, str(n)) for n in range(4)))
    await bot.send_message(bob.chat_id, "x")
    await bot.send_chat_action(bob.chat_id, "typing")
    assert api.peak_rate() == 5
    assert api.peak_rate(window=0.000001) == 1
    assert api.sends_per_chat_peak() == 4
    assert api.peak_rate("sendChatAction") == 1


async def test_json_body_and_query_string(api: FakeBotApi) -> None:
    alice = api.user(1001)
    url = f"{api.api_url}{api.token}"
    async with aiohttp.ClientSession() as session:
        body = {"chat_id": "1001", "text": "123", "reply_markup": {"inline_keyboard": []}}
        async with session.post(f"{url}/sendMessage", json=body) as response:
            assert response.status == 200
            assert (await response.json())["result"]["text"] == "123"
        async with session.get(f"{url}/sendMessage", params={"chat_id": "1001", "text": "q"}):
            pass
        async with session.post(f"{url}/sendMessage", data={"chat_id": "1001"}) as response:
            assert response.status == 400
            assert (await response.json())["description"] == "Bad Request: message text is empty"
    assert [m.text for m in alice.replies()] == ["123", "q"]


async def test_webhook_methods(api: FakeBotApi, bot: Bot) -> None:
    assert await bot.delete_webhook(drop_pending_updates=True)
    info = await bot.get_webhook_info()
    assert info.url == ""
    chat = await bot.get_chat(api.user(1001, "Alice").chat_id)
    assert chat.first_name == "Alice"


async def test_application_polling_end_to_end(api: FakeBotApi) -> None:
    async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, "Welcome!")

    application: Application = (  # type: ignore[type-arg]
        ApplicationBuilder()
        .token(api.token)
        .base_url(api.api_url)
        .base_file_url(api.file_url)
        .build()
    )
    application.add_handler(CommandHandler("start", on_start))
    alice = api.user(1001, "Alice")
    async with application:
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=dt.timedelta(seconds=5))
        await application.start()
        await alice.send("/start")
        reply = await alice.wait_reply(timeout=5)
        await application.updater.stop()
        await application.stop()
    assert reply.text == "Welcome!"
    await api.wait_for(lambda: api.pending_updates == 0)


@pytest.fixture
async def team_api(request: pytest.FixtureRequest) -> AsyncIterator[FakeBotApi]:
    """A server with the group limit from `@pytest.mark.parametrize("team_api", [...])`."""
    per_minute, window = getattr(request, "param", (20, 60.0))
    async with FakeBotApi(group_per_minute=per_minute, group_window=window) as server:
        yield server


@pytest.fixture
async def team_bot(team_api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(team_api.token, base_url=team_api.api_url) as client:
        yield client


async def test_group_takes_twenty_messages_a_minute(team_api: FakeBotApi, team_bot: Bot) -> None:
    api, bot = team_api, team_bot
    team = api.group(-500)
    for number in range(20):
        await bot.send_message(team.chat_id, f"card {number}")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(team.chat_id, "one too many")
    # Whole seconds until the first card leaves the minute: 60, or 59 on a slow machine.
    retry_after = caught.value.retry_after
    assert isinstance(retry_after, dt.timedelta)
    assert retry_after.total_seconds() in (59, 60)
    assert api.calls[-1].status == 429
    assert api.calls[-1].description == f"Too Many Requests: retry after {retry_after.seconds}"
    url = f"{api.api_url}{api.token}/sendMessage"
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, json={"chat_id": team.chat_id, "text": "raw"}) as response,
    ):
        assert response.status == 429
        body = await response.json()
    assert body["error_code"] == 429 and body["parameters"]["retry_after"] in (59, 60)
    assert len(team.replies()) == len(api.sent) == 20
    assert (api.group_peak(), api.group_peak(team.chat_id), api.group_limited) == (20, 20, 2)
    assert api.group_peak(-1) == 0


async def test_group_limit_counts_only_successful_sends_and_edits(
    team_api: FakeBotApi, team_bot: Bot
) -> None:
    api, bot = team_api, team_bot
    team = api.group(-500)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(team.chat_id, "x" * 4097)
    card = await bot.send_message(team.chat_id, "card")
    for number in range(19):
        await bot.edit_message_text(f"card, edit {number}", team.chat_id, card.message_id)
    await bot.send_chat_action(team.chat_id, "typing")
    assert api.group_peak() == 20
    with pytest.raises(RetryAfter):
        await bot.edit_message_text("one edit too many", team.chat_id, card.message_id)
    assert team.last_reply().text == "card, edit 18"
    with pytest.raises(RetryAfter):
        await bot.send_photo(team.chat_id, photo=b"\xff\xd8data")
    assert api.group_limited == 2


async def test_private_chats_are_not_limited_per_minute(
    team_api: FakeBotApi, team_bot: Bot
) -> None:
    alice = team_api.user(1001)
    for number in range(25):
        await team_bot.send_message(alice.chat_id, f"note {number}")
    assert len(alice.replies()) == 25
    assert (team_api.group_peak(), team_api.group_limited) == (0, 0)


async def test_scripted_failures_come_before_the_group_limit(
    team_api: FakeBotApi, team_bot: Bot
) -> None:
    team = team_api.group(-500)
    for number in range(20):
        await team_bot.send_message(team.chat_id, f"card {number}")
    team_api.fail("sendMessage", status=400, description="Bad Request: chat not found")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await team_bot.send_message(team.chat_id, "scripted")
    team_api.block(team.chat_id)
    with pytest.raises(Forbidden, match=r"(?i)kicked"):
        await team_bot.send_message(team.chat_id, "blocked")
    assert team_api.group_limited == 0


@pytest.mark.parametrize("team_api", [(None, 60.0)], indirect=True)
async def test_group_limit_can_be_switched_off(team_api: FakeBotApi, team_bot: Bot) -> None:
    team = team_api.group(-500)
    await asyncio.gather(*(team_bot.send_message(team.chat_id, str(n)) for n in range(25)))
    assert len(team.replies()) == 25
    assert (team_api.group_peak(), team_api.group_limited) == (25, 0)


@pytest.mark.parametrize("team_api", [(2, 0.3)], indirect=True)
async def test_group_accepts_again_once_the_window_passed(
    team_api: FakeBotApi, team_bot: Bot
) -> None:
    now = [1000.0]
    team_api.clock = lambda: now[0]  # the server's time, moved by hand
    team = team_api.group(-500)
    await team_bot.send_message(team.chat_id, "one")
    await team_bot.send_message(team.chat_id, "two")
    with pytest.raises(RetryAfter) as caught:
        await team_bot.send_message(team.chat_id, "three")
    assert caught.value.retry_after == dt.timedelta(seconds=1)  # whole seconds, at least 1
    now[0] += 0.35
    await team_bot.send_message(team.chat_id, "three, later")
    assert [m.text for m in team.replies()] == ["one", "two", "three, later"]
    assert team_api.group_peak(window=0.3) == 2
    assert team_api.group_peak() == 3
