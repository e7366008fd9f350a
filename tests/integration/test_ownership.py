"""A button that names a row is checked against the person pressing it: forged, foreign or
out-of-range presses change nothing and get a neutral answer (security review M2, M3)."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import FakeClock
from bot.runtime import Runtime
from tests.fakebotapi import FakeBotApi, FakeUser
from tests.integration.harness import export_csv, join_as, new_client, plain, settle
from tests.integration.test_aftercare import plan_aftercare
from tests.integration.test_appointments import plan


def forge(api: FakeBotApi, user: FakeUser, data: str) -> None:
    """A press with made-up callback data, as a modified client could send."""
    api.state.push_update({"callback_query": {
        "id": f"forged-{data}", "from": user.api_user, "message": user.last_reply().to_api(),
        "chat_instance": "forged", "data": data}})


async def two_casemanagers(api: FakeBotApi, runtime: Runtime
                           ) -> tuple[FakeUser, FakeUser, FakeUser]:
    karim = await join_as(api, runtime, "casemanager", 8101, "Karim", "en")
    client = await new_client(api, karim, "Youssef", 8102)
    fatima = await join_as(api, runtime, "casemanager", 8103, "Fatima", "en")
    return karim, client, fatima


async def test_another_casemanagers_appointment_cannot_be_cancelled(
    api: FakeBotApi, runtime: Runtime
) -> None:
    karim, client, fatima = await two_casemanagers(api, runtime)
    await plan(karim, "Youssef", "🩺", when="24-11 10:30")
    assert runtime.settings.data_dir is not None
    [appointment] = await export_csv(runtime.settings.data_dir, "appointments")
    client_mark, mark = client.mark(), fatima.mark()
    forge(api, fatima, f"apptm:cancel:{appointment['appointment_id']}")
    answer = await fatima.wait_reply(after=mark)
    assert "Youssef" not in plain(answer.body)
    await settle(api, runtime)
    assert client.replies()[client_mark:] == [], "the client is told nothing"
    [still] = await export_csv(runtime.settings.data_dir, "appointments")
    assert still["status"] == "scheduled"


async def test_another_casemanagers_alert_cannot_be_claimed_or_resolved_nor_listed(
    api: FakeBotApi, runtime: Runtime
) -> None:
    karim, client, fatima = await two_casemanagers(api, runtime)
    mark = karim.mark()
    await client.send("ma3ndich fin nn3s had lila")  # normal: Karim's only, not the team's
    await karim.wait_reply(lambda m: any(t.startswith("✋") for t in m.button_texts()),
                           after=mark)
    assert runtime.settings.data_dir is not None
    [alert] = await export_csv(runtime.settings.data_dir, "alerts")
    assert alert["severity"] == "normal"
    for action in ("claim", "resolve", "wrong"):
        mark = fatima.mark()
        forge(api, fatima, f"alert:{action}:{alert['alert_id']}")
        answer = await fatima.wait_reply(after=mark)
        assert "Youssef" not in plain(answer.body)
    [after] = await export_csv(runtime.settings.data_dir, "alerts")
    assert after["status"] == "open" and after["severity"] == "normal"
    assert await export_csv(runtime.settings.data_dir, "flag-feedback") == []
    mark = fatima.mark()
    await fatima.send("/alerts")
    listed = await fatima.wait_reply(after=mark)
    assert "Youssef" not in plain(listed.body)


async def test_an_out_of_range_checkin_level_is_never_stored(
    api: FakeBotApi, runtime: Runtime, clock: FakeClock
) -> None:
    karim, client, _ = await two_casemanagers(api, runtime)
    await plan_aftercare(karim, "Youssef", days="3")
    client_mark = client.mark()
    clock.advance(timedelta(days=4))
    question = await client.wait_reply(lambda m: len(m.button_texts()) == 4, after=client_mark)
    data = question.find_button(question.button_texts()[0])
    assert data is not None
    checkin_id = data["callback_data"].split(":")[1]
    mark = client.mark()
    forge(api, client, f"ci:{checkin_id}:mood:9")
    await client.wait_reply(after=mark)
    await client.tap(question.button_texts()[0], question)  # the real answer still works
    await client.wait_reply(lambda m: len(m.button_texts()) == 3, after=mark)
    assert runtime.settings.data_dir is not None
    rows = await export_csv(runtime.settings.data_dir, "checkins")
    assert [r["level"] for r in rows if r["record"] == "answer"] == ["3"]
    mark = karim.mark()
    await karim.send("/client Youssef")
    await karim.wait_reply(lambda m: "👤" in plain(m.body), after=mark)
