"""Telegram misbehaves: 429 storms, 5xx, timeouts, blocked users. Nothing is lost."""

from __future__ import annotations

from collections import Counter

from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi
from tests.integration.harness import join_as, new_client, plain


async def test_429_storm_delivers_everything_once(api: FakeBotApi, runtime: Runtime) -> None:
    # 24 strangers, each greeted once (a stranger hears the greeting once a day)
    users = [api.user(5000 + i, f"U{i}", "fr") for i in range(24)]
    api.fail("sendMessage", status=429, retry_after=1, count=6)
    for user in users:
        await user.send(f"/start hello-{user.id}")
    await api.wait_for(lambda: all(len(u.replies()) == 1 for u in users), timeout=30)
    per_chat = Counter(m.chat_id for m in api.sent)
    assert all(per_chat[u.id] == 1 for u in users), per_chat
    throttled = [c for c in api.calls if c.status == 429]
    assert len(throttled) == 6
    for refused in throttled:  # that chat waits retry_after; the others need not
        chat = str(refused.params["chat_id"])
        retried = [c.at for c in api.calls if c.method == "sendMessage" and c.status == 200
                   and str(c.params["chat_id"]) == chat and c.at > refused.at]
        assert min(retried) - refused.at >= 0.9, "retry_after was not honoured"


async def test_server_errors_are_retried(api: FakeBotApi, runtime: Runtime) -> None:
    user = api.user(6001, "Z", "nl")
    api.fail("sendMessage", status=500, count=3)
    await user.send("hallo")
    reply = await user.wait_reply(timeout=20)
    assert "uitnodiging" in plain(reply.body) or "invitation" in plain(reply.body)
    assert len(user.replies()) == 1


async def test_timeout_is_retried_with_at_most_one_duplicate(
    api: FakeBotApi, runtime: Runtime
) -> None:
    user = api.user(6002, "Z", "en")
    api.delay("sendMessage", seconds=runtime.settings.request_timeout + 1)
    await user.send("hello")
    sends = [c for c in api.calls if c.method == "sendMessage"]
    await api.wait_for(lambda: len([c for c in api.calls if c.method == "sendMessage"]) >= 2,
                       timeout=20)
    assert not sends
    assert 1 <= len(user.replies()) <= 2, "lost answer: one duplicate at most"
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        counts = await tx.outbox_counts()
    assert counts.get("sent") == 1


async def test_blocked_client_is_marked_and_casemanager_told(
    api: FakeBotApi, runtime: Runtime
) -> None:
    casemanager = await join_as(api, runtime, "casemanager", 7001, "Karim")
    client = await new_client(api, casemanager, "Rachid", 7002)
    api.block(client.id)
    mark = casemanager.mark()
    await client.send("/stop")
    told = await casemanager.wait_reply(lambda m: "unreachable" in plain(m.body), after=mark)
    assert "Rachid" in plain(told.body) and told.button_texts(), "an alert card"
    assert runtime.deps is not None
    async with runtime.deps.db.tx() as tx:
        person = await tx.person_by_telegram(client.id)
    assert person is not None and person.unreachable
