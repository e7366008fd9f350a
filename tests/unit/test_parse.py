"""Raw Bot API updates become our own events."""

from __future__ import annotations

from typing import Any

import pytest

from bot.parse import Incoming, parse_update
from flows.core.events import Button, Command, Edited, Event, Location, Media, Text, Unsupported

BOT = "MeldBot"
USER = {"id": 501, "is_bot": False, "first_name": "A", "language_code": "fr"}
PRIVATE = {"id": 501, "type": "private", "first_name": "A"}
GROUP = {"id": -1001, "type": "supergroup", "title": "Team"}


def message_update(chat: dict[str, Any] | None = None, key: str = "message",
                   **fields: Any) -> dict[str, Any]:
    message = {"message_id": 77, "date": 1_700_000_000, "chat": chat or PRIVATE, "from": USER,
               **fields}
    return {"update_id": 9001, key: message}


def parsed(raw: dict[str, Any]) -> Incoming:
    incoming = parse_update(raw, BOT)
    assert incoming is not None
    return incoming


def event_of(**fields: Any) -> Event:
    return parsed(message_update(**fields)).event


def test_text_message() -> None:
    incoming = parsed(message_update(text="hello there"))
    assert incoming == Incoming(update_id=9001, user_id=501, chat_id=501, private=True,
                                language_code="fr", event=Text("hello there"), message_id=77,
                                first_name="A")


@pytest.mark.parametrize(
    ("text", "event"),
    [("/start", Command("start")),
     ("/start abc123", Command("start", "abc123")),
     ("/invite casemanager  Sara de Vries ", Command("invite", "casemanager  Sara de Vries")),
     ("/HELP", Command("help")),
     ("/new_client", Command("new_client")),
     ("/start@MeldBot code", Command("start", "code")),
     ("/start@meldbot", Command("start")),
     ("/start@OtherBot code", Text("/start@OtherBot code")),
     ("/", Text("/")),
     ("/ hello", Text("/ hello")),
     ("/../etc", Text("/../etc")),
     ("and /start", Text("and /start"))],
)
def test_commands(text: str, event: Event) -> None:
    assert event_of(text=text) == event


def test_callback_query_is_a_button_in_the_chat_of_its_message() -> None:
    raw = {"update_id": 9002, "callback_query": {
        "id": "cb-1", "from": USER, "chat_instance": "x", "data": "lang:fr",
        "message": {"message_id": 55, "date": 1, "chat": PRIVATE, "text": "choose"}}}
    assert parsed(raw) == Incoming(update_id=9002, user_id=501, chat_id=501, private=True,
                                   language_code="fr", event=Button("lang:fr", 55),
                                   message_id=55, callback_id="cb-1",
                                   first_name="A")


def test_callback_query_without_message_or_data() -> None:
    raw = {"update_id": 9003, "callback_query": {"id": "cb-2", "from": USER,
                                                 "chat_instance": "x"}}
    incoming = parsed(raw)
    assert (incoming.chat_id, incoming.private, incoming.event) == (501, True, Button("", None))


@pytest.mark.parametrize(
    ("fields", "event"),
    [({"text": "fixed typo"}, Edited("fixed typo")),
     ({"caption": "new caption", "photo": [{"file_id": "p", "width": 1, "height": 1}]},
      Edited("new caption")),
     ({"location": {"latitude": 1.0, "longitude": 2.0}}, Unsupported("edit"))],
    ids=["text", "caption", "live-location"],
)
def test_edited_message(fields: dict[str, Any], event: Event) -> None:
    assert event_of(key="edited_message", **fields) == event


def test_edited_command_is_not_run_again() -> None:
    assert event_of(key="edited_message", text="/stop") == Edited("/stop")


def test_location() -> None:
    event = event_of(location={"latitude": 52.370216, "longitude": 4.895168})
    assert event == Location(52.370216, 4.895168)


def test_photo_takes_the_largest_size_and_caption() -> None:
    sizes = [{"file_id": f"p{n}", "file_unique_id": f"u{n}", "width": n, "height": n}
             for n in (90, 320, 1280)]
    assert event_of(photo=sizes, caption="my wound") == Media("photo", "p1280", "my wound")


@pytest.mark.parametrize("kind", ["voice", "audio", "document", "video", "video_note",
                                  "animation"])
def test_media(kind: str) -> None:
    assert event_of(**{kind: {"file_id": f"{kind}-id", "file_unique_id": "u"}}) == Media(
        kind, f"{kind}-id", None)


def test_document_with_caption() -> None:
    event = event_of(document={"file_id": "d", "file_unique_id": "u", "file_name": "a.pdf"},
                     caption="my papers")
    assert event == Media("document", "d", "my papers")


@pytest.mark.parametrize(
    ("fields", "kind"),
    [({"sticker": {"file_id": "s", "type": "regular"}}, "sticker"),
     ({"contact": {"phone_number": "+31", "first_name": "B"}}, "contact"),
     ({"poll": {"id": "p", "question": "?"}}, "poll"),
     ({"dice": {"emoji": "🎲", "value": 3}}, "dice"),
     ({"new_chat_title": "x"}, "other")],
)
def test_unsupported_messages(fields: dict[str, Any], kind: str) -> None:
    assert event_of(**fields) == Unsupported(kind)


@pytest.mark.parametrize(
    "raw",
    [{"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": PRIVATE, "text": "x"}},
     {"update_id": 2, "channel_post": {"message_id": 1, "date": 1, "chat": GROUP, "text": "x"}},
     {"update_id": 3, "my_chat_member": {"chat": PRIVATE, "from": USER, "date": 1}},
     {"update_id": 4}],
    ids=["message-without-from", "channel-post", "chat-member", "empty"],
)
def test_updates_without_a_person_are_none(raw: dict[str, Any]) -> None:
    assert parse_update(raw, BOT) is None


def test_group_messages_are_flagged_not_private() -> None:
    incoming = parsed(message_update(chat=GROUP, text="/help@MeldBot"))
    assert (incoming.private, incoming.chat_id, incoming.user_id) == (False, -1001, 501)
    assert incoming.event == Command("help")
    raw = {"update_id": 9004, "callback_query": {
        "id": "cb", "from": USER, "chat_instance": "x", "data": "d",
        "message": {"message_id": 5, "date": 1, "chat": GROUP}}}
    assert parsed(raw).private is False


def test_missing_language_code() -> None:
    raw = message_update(text="hi")
    raw["message"]["from"] = {"id": 501, "is_bot": False, "first_name": "A"}
    assert parsed(raw).language_code is None
