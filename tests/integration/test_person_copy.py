"""A person's copy of their data (GDPR Art. 15): `meldbot export ... --person ALIAS` gives the
rows about that one client and nobody else, and is audited with whose copy it was."""

from __future__ import annotations

from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi
from tests.integration.harness import export_csv, join_as, new_client, plain, settle


async def test_an_export_for_one_person_holds_only_their_rows(
    api: FakeBotApi, runtime: Runtime
) -> None:
    manager = await join_as(api, runtime, "casemanager", 8701, "Karim", "en")
    first = await new_client(api, manager, "Rachid", 8702)
    second = await new_client(api, manager, "Leila", 8703)
    for client, words in ((first, "merci beaucoup"), (second, "ok, à demain")):
        mark = manager.mark()
        await client.send(words)
        await manager.wait_reply(lambda m, w=words: w in plain(m.body), after=mark)
    await settle(api, runtime)
    data = runtime.settings.data_dir
    assert data is not None
    everyone = await export_csv(data, "log", "--with-text")
    mine = await export_csv(data, "log", "--with-text", "--person", "rachid")
    assert {r["person_id"] for r in mine} == {r["person_id"] for r in everyone
                                               if r["text"] == "merci beaucoup"}
    assert any(r["text"] == "merci beaucoup" for r in mine)
    assert not any("demain" in r["text"] for r in mine), "nobody else's words"
    assert 0 < len(mine) < len(everyone)
    audit = await export_csv(data, "audit")
    copy = [r for r in audit if r["action"] == "export" and r["person_id"]]
    assert [r["detail"] for r in copy] == ["log with-text"]
    assert copy[0]["person_id"] == mine[0]["person_id"]
