"""Pacing against a fake monotonic clock: the sender's decision loop, run as fast as it can."""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections import defaultdict
from collections.abc import Callable

import pytest

from bot.pacing import Pacer

Start = tuple[float, int]  # (monotonic time, chat id)

# Realistic loop.time() values; 63.47061349052385 is one where (t + 1.0) - 1.0 < t in floats.
START_TIMES = [0.0, 63.47061349052385, 4095.2782776171757, 12345.678]


def drain(pacer: Pacer, chats: list[int], now: float, max_rounds: int = 100_000) -> list[Start]:
    """Start every message as soon as the pacer allows, jumping the clock to the next ready
    time whenever nothing may start. Returns when each message started."""
    starts: list[Start] = []
    queue = list(chats)
    for _ in range(max_rounds):
        if not queue:
            return starts
        waiting, next_ready = [], math.inf
        for chat in queue:
            ready = max(pacer.global_ready_at(now), pacer.chat_ready_at(chat, now))
            if ready > now:
                waiting.append(chat)
                next_ready = min(next_ready, ready)
                continue
            pacer.record(chat, now)
            starts.append((now, chat))
        queue = waiting
        if queue:
            assert next_ready > now, "the pacer says wait but gives no later time"
            now = next_ready
    raise AssertionError("the pacer never let every message go")


def busiest_second(starts: list[Start]) -> int:
    """The most starts in any window [t, t + 1s)."""
    times = sorted(t for t, _ in starts)
    return max(sum(1 for u in times if t <= u < t + 1.0) for t in times)


@pytest.mark.parametrize("t0", START_TIMES)
@pytest.mark.parametrize("limit", [1, 3, 30])
def test_never_more_than_n_starts_in_any_second(t0: float, limit: int) -> None:
    pacer = Pacer(per_second=limit, per_chat_per_second=1000.0)
    starts = drain(pacer, list(range(200)), t0)
    assert len(starts) == 200
    assert busiest_second(starts) == limit
    # and no slower than needed: full batches one second apart
    assert starts[-1][0] - t0 == pytest.approx(math.ceil(200 / limit) - 1)


@pytest.mark.parametrize("t0", START_TIMES)
def test_per_chat_gap_is_honoured(t0: float) -> None:
    pacer = Pacer(per_second=30, per_chat_per_second=0.5)
    chats = [1, 2, 3] * 10 + [4]
    starts = drain(pacer, chats, t0)
    by_chat: dict[int, list[float]] = defaultdict(list)
    for t, chat in starts:
        by_chat[chat].append(t)
    for chat, times in by_chat.items():
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert all(gap >= 2.0 - 1e-9 for gap in gaps), chat
    assert len(by_chat[1]) == 10
    assert by_chat[1][-1] - t0 == pytest.approx(18.0)  # 10 messages, 2 s apart
    assert by_chat[4] == [t0]  # a quiet chat is not held up by busy ones


def test_one_busy_chat_does_not_use_up_the_global_budget() -> None:
    pacer = Pacer(per_second=2, per_chat_per_second=1.0)
    starts = drain(pacer, [7, 7, 7, 8, 9], 100.0)
    assert starts[:2] == [(100.0, 7), (100.0, 8)]
    assert busiest_second(starts) <= 2


@pytest.mark.parametrize("t0", START_TIMES)
def test_pause_delays_everything(t0: float) -> None:
    pacer = Pacer(per_second=30, per_chat_per_second=1.0)
    drain(pacer, [1, 2], t0)
    pacer.pause(t0 + 5.0)
    pacer.pause(t0 + 3.0)  # an earlier pause does not shorten a later one
    assert pacer.global_ready_at(t0 + 1.0) == t0 + 5.0
    starts = drain(pacer, list(range(100, 160)), t0 + 1.0)
    assert min(t for t, _ in starts) == t0 + 5.0
    assert busiest_second(starts) <= 30


def test_ready_now_when_idle() -> None:
    pacer = Pacer(per_second=30, per_chat_per_second=1.0)
    assert pacer.global_ready_at(5.0) == 5.0
    assert pacer.chat_ready_at(1, 5.0) == 5.0
    pacer.record(1, 5.0)
    assert pacer.chat_ready_at(1, 5.5) == 6.0
    assert pacer.chat_ready_at(2, 5.5) == 5.5


Call = tuple[float, float, bool]  # (paced at, answered at, refused)


def simulate(pacer: Pacer, n: int, delay: Callable[[int], float],
             refused: Callable[[int], bool], now: float) -> list[Call]:
    """The sender against Telegram, event by event: each call is made as soon as the pacer
    allows, and answered `delay(i)` later (refused or not); answers reach the pacer when
    they come back, before any call that is made after them."""
    calls: list[Call] = []
    pending: list[tuple[float, float, bool]] = []  # (answered at, paced at, refused)
    while len(calls) < n:
        chat = len(calls)
        ready = pacer.call_ready_at(chat, now)
        pending.sort()
        if pending and pending[0][0] <= ready:
            back, sent, was_refused = pending.pop(0)
            now = max(now, back)
            if was_refused:
                pacer.refund(sent)
            else:
                pacer.answered(sent, back)
            continue
        if ready > now:  # wait, then look again (as `Pacer.acquire` does)
            now = ready
            continue
        sent = pacer.called(chat, now)
        call = (sent, now + delay(chat), refused(chat))
        calls.append(call)
        pending.append((call[1], sent, call[2]))
    return calls


@pytest.mark.parametrize("t0", START_TIMES)
def test_refused_calls_are_made_up_within_the_limit(t0: float) -> None:
    """The sender's pacing (with its margin) when one call in 14 is refused (429/5xx): what
    Telegram accepts stays at most 30 in any second, and the refused calls' slots are used
    again, so the accepted rate stays near the limit instead of 7 % below it."""
    pacer = Pacer(per_second=30, per_chat_per_second=1.0, margin=0.02)
    calls = simulate(pacer, 3200, lambda i: 0.005, lambda i: i % 14 == 13, t0)
    accepted = [(sent, 0) for sent, _, was_refused in calls if not was_refused]
    assert busiest_second(accepted) <= 30
    rate = (len(accepted) - 1) / (accepted[-1][0] - accepted[0][0])
    assert rate >= 0.95 * 30


def test_slow_answers_never_let_telegram_see_more_than_n_in_a_second() -> None:
    """Telegram counts a call somewhere between when it was paced and when it was answered.
    With some answers slow (a stalled loop, a slow network), even if Telegram counted each
    call at the worst moment, no second holds more than 30."""
    rng = random.Random(7)
    pacer = Pacer(per_second=30, per_chat_per_second=1.0, margin=0.02)
    calls = simulate(pacer, 3000, lambda i: rng.uniform(0.03, 0.4) if rng.random() < 0.1
                     else 0.003, lambda i: False, 50.0)
    # the most calls that could fall in one window (t - 1, t]: each at its worst moment
    sents, backs = sorted(c[0] for c in calls), sorted(c[1] for c in calls)
    worst = max(bisect.bisect_right(sents, t) - bisect.bisect_right(backs, t - 1.0 + 1e-9)
                for t in sents)
    assert worst <= 30
    rate = (len(calls) - 1) / (calls[-1][0] - calls[0][0])
    assert rate >= 0.9 * 30  # slow answers cost a little rate, not much


def test_a_429_holds_only_its_chat_until_retry_after() -> None:
    pacer = Pacer(per_second=30, per_chat_per_second=1.0, margin=0.02)
    for chat in range(1, 20_001):  # many chats called long ago are forgotten, not scanned
        pacer.record(chat, chat * 0.001)
    sent_at = pacer.called(7, 100.0)
    pacer.throttled(7, sent_at, retry_after=5.0, now=100.01)
    assert pacer.chat_ready_at(7, 100.5) == pytest.approx(105.01)
    assert pacer.chat_ready_at(8, 100.5) == 100.5
    assert sorted(pacer.paced_chats(100.5)) == [7]
    assert pacer.paced_chats(105.02) == []
    assert pacer.global_ready_at(100.5) == 100.5  # one 429 does not stop everyone


def test_calls_of_the_process_before_a_restart_count_in_the_window() -> None:
    pacer = Pacer(per_second=30, per_chat_per_second=1.0, margin=0.02)
    pacer.assume_calls([100.0 - 0.9 + i * 0.03 for i in range(30)])  # the last second's 30
    assert pacer.global_ready_at(100.0) == pytest.approx(100.12)  # the first + 1.02 s
    starts = drain(pacer, list(range(1, 31)), 100.0)
    everything = [(100.0 - 0.9 + i * 0.03, 0) for i in range(30)] + starts
    assert busiest_second(everything) <= 30


# -- groups: about 20 messages a minute -------------------------------------------------------

GROUP = -100


def test_a_group_gets_at_most_its_minute_quota_and_other_chats_are_not_held() -> None:
    pacer = Pacer(30, 1, group_per_minute=20)
    starts = drain(pacer, [GROUP] * 45 + [7] * 3, now=0.0)
    group = [at for at, chat in starts if chat == GROUP]
    assert len(group) == 45
    assert max(sum(1 for t in group if start <= t < start + 60.0) for start in group) == 20
    assert group[20] >= group[0] + 60.0, "the 21st waits until the first leaves the minute"
    assert [at for at, chat in starts if chat == 7] == [0.0, 1.0, 2.0], "others go on"


def test_a_group_call_counts_from_its_answer_and_a_refused_one_not_at_all() -> None:
    pacer = Pacer(30, 1, group_per_minute=2)
    first = pacer.called(GROUP, 0.0)
    pacer.answered(first, 5.0)  # a slow answer: Telegram may have counted it at 5.0
    second = pacer.called(GROUP, 1.0)
    assert pacer.group_ready_at(GROUP, 2.0) > 2.0, "an unanswered call holds its place"
    pacer.refund(second)  # a 429 or 5xx: it delivered nothing
    assert pacer.group_ready_at(GROUP, 2.0) == 2.0
    third = pacer.called(GROUP, 2.0)
    pacer.answered(third, 2.1)
    assert pacer.group_ready_at(GROUP, 50.0) == pytest.approx(2.1 + pacer.group_window)
    assert GROUP in pacer.paced_chats(50.0) and 8 not in pacer.paced_chats(50.0)
    assert pacer.group_ready_at(GROUP, 70.0) == 70.0


def test_a_group_past_half_its_minute_keeps_the_rest_for_new_messages() -> None:
    pacer = Pacer(30, 1, group_per_minute=20)
    for n in range(9):
        pacer.record(GROUP, float(n))
    assert pacer.groups_saving(10.0) == []
    pacer.record(GROUP, 10.0)
    assert pacer.groups_saving(14.0) == [GROUP], "edits wait; new cards still go"
    assert pacer.group_ready_at(GROUP, 14.0) == 14.0
    assert pacer.groups_saving(100.0) == [], "a new minute"


def test_a_busy_group_gets_its_minute_spread_out_so_a_new_card_never_waits_long() -> None:
    pacer = Pacer(30, 1, group_per_minute=20)
    starts = [at for at, _ in drain(pacer, [GROUP] * 30, now=0.0)]
    assert starts[:3] == [0.0, 1.0, 2.0], "a few go at the per-chat pace"
    gaps = [b - a for a, b in itertools.pairwise(starts[2:])]
    assert pacer.group_gap < 3.5
    assert max(gaps) == pytest.approx(pacer.group_gap, abs=0.01)
    assert max(sum(1 for t in starts if s <= t < s + 60.0) for s in starts) <= 20
