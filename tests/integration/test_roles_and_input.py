"""Roles, menus, languages and bad input, as people meet them."""

from __future__ import annotations

import json

from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi
from tests.integration.harness import join_as, new_client, plain, text_of


async def test_fieldworker_is_refused_casemanager_commands(
    api: FakeBotApi, runtime: Runtime
) -> None:
    worker = await join_as(api, runtime, "fieldworker", 9001, "Sanne", "nl")
    for command in ("/newclient", "/invite casemanager"):
        mark = worker.mark()
        await worker.send(command)
        refusal = await worker.wait_reply(after=mark)
        assert plain(refusal.body) == text_of(runtime, "nl", "refusal-not-available")
        assert not refusal.buttons()
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        kinds = [entry.kind async for entry in tx.iter_log()]
    assert "refused:command:newclient" in kinds and "refused:command:invite" in kinds


async def test_command_menu_per_role_and_language(api: FakeBotApi, runtime: Runtime) -> None:
    worker = await join_as(api, runtime, "fieldworker", 9002, "Sanne", "nl")
    manager = await join_as(api, runtime, "casemanager", 9003, "Karim", "en")
    await api.wait_for(lambda: len([c for c in api.calls if c.method == "setMyCommands"]) >= 2)
    menus = {json.loads(str(c.params["scope"]))["chat_id"]
             if isinstance(c.params["scope"], str) else c.params["scope"]["chat_id"]:
             c.params["commands"] for c in api.calls if c.method == "setMyCommands"}
    worker_menu = menus[worker.id]
    manager_menu = menus[manager.id]
    worker_names = {c["command"] for c in (json.loads(worker_menu)
                                           if isinstance(worker_menu, str) else worker_menu)}
    manager_names = {c["command"] for c in (json.loads(manager_menu)
                                            if isinstance(manager_menu, str) else manager_menu)}
    assert "newclient" in manager_names and "newclient" not in worker_names
    assert "invite" not in manager_names


async def test_help_lists_only_own_commands(api: FakeBotApi, runtime: Runtime) -> None:
    manager = await join_as(api, runtime, "casemanager", 9004, "Karim", "en")
    client = await new_client(api, manager, "Samir", 9005, "🇫🇷 Français", "🇳🇱")
    mark = client.mark()
    await client.send("/help")
    help_text = plain((await client.wait_reply(after=mark)).body)
    assert "/stop" in help_text and "/newclient" not in help_text


async def test_language_switch(api: FakeBotApi, runtime: Runtime) -> None:
    manager = await join_as(api, runtime, "casemanager", 9006, "Karim", "en")
    await manager.send("/language")
    await manager.wait_reply(lambda m: len(m.button_texts()) == 5)
    mark = manager.mark()
    await manager.tap("🇳🇱 Nederlands")
    await manager.wait_reply(after=mark)
    mark = manager.mark()
    await manager.send("/help")
    reply = plain((await manager.wait_reply(after=mark)).body)
    assert reply.startswith(text_of(runtime, "nl", "help-list", commands="").strip())


async def test_bad_input_gets_a_polite_answer(api: FakeBotApi, runtime: Runtime) -> None:
    manager = await join_as(api, runtime, "casemanager", 9007, "Karim", "en")
    client = await new_client(api, manager, "Nadia", 9008, "🇫🇷 Français", "🇳🇱")
    mark = client.mark()
    await client.send_sticker()
    assert "message" in plain((await client.wait_reply(after=mark)).body).lower()
    mark = client.mark()
    await client.send("/doesnotexist")
    assert "/help" in plain((await client.wait_reply(after=mark)).body)
    mark = manager.mark()
    huge = "a" * 4096
    await client.send(huge)
    relayed = await manager.wait_reply(lambda m: "Nadia" in plain(m.body), after=mark)

    def relayed_a() -> int:
        parts = [m for m in manager.replies() if m.message_id >= relayed.message_id]
        return sum(plain(m.body).count("a") for m in parts)

    await api.wait_for(lambda: relayed_a() >= 4096 + 1)  # + the "a" of Nadia
    assert all(len(m.body or "") <= 4096 for m in manager.replies())

    mark = manager.mark()
    await manager.send("/newclient")
    await manager.wait_reply(after=mark)
    await manager.send("Ali")
    await manager.wait_reply()
    mark = manager.mark()
    await manager.send("French please")  # text where a button is expected
    reask = await manager.wait_reply(after=mark)
    assert "button" in plain(reask.body).lower()
    mark = manager.mark()
    await manager.send("/cancel")
    await manager.wait_reply(after=mark)


async def test_edited_message_is_handled(api: FakeBotApi, runtime: Runtime) -> None:
    manager = await join_as(api, runtime, "casemanager", 9010, "Karim", "en")
    client = await new_client(api, manager, "Omar", 9011, "🇫🇷 Français", "🇳🇱")
    message_id = await client.send("je vais bien")
    mark = manager.mark()
    await client.edit(message_id, "je vais pas bien")
    edited = await manager.wait_reply(lambda m: "pas bien" in plain(m.body), after=mark)
    assert "Omar" in plain(edited.body)
