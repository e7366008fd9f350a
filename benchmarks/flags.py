"""Flag classifier quality and speed: `.venv/bin/python benchmarks/flags.py` from the repo root.

Quality: per register on the frozen test part (`flows/flags/data/test.tsv`), which no tuning
looked at; how often it was scored, and why, is in `flows/flags/data/TEST_SCORES.md` (the
model is deterministic: this prints the same figures as the last recorded scoring).
Speed, pinned to one core: model load time, extra memory, per-message latency (p50, p99) of
test messages and of 4,000-character messages, and throughput in batches.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from flows.flags.evaluate import (  # noqa: E402
    format_register_report,
    parse_eval_set,
    score_registers,
)

TEST_SET = REPO / "flows" / "flags" / "data" / "test.tsv"
LONG_SIZE = 4_000
BATCH = 64


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def describe(label: str, took: list[float]) -> str:
    ordered = sorted(took)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (f"{label:<30}{len(took):>6} msgs   p50 {statistics.median(ordered) * 1000:7.2f} ms"
            f"   p99 {p99 * 1000:7.2f} ms   max {ordered[-1] * 1000:7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3, help="passes over the test part")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    import numpy  # noqa: F401  (its own memory is not the model's)

    from bot.flag_model import load_flag_model
    from flows.flags import classify
    from flows.flags.model import assess_many

    before = rss_mb()
    start = time.perf_counter()
    model = load_flag_model()
    loaded = time.perf_counter() - start
    print(f"model {model.weights.version} loaded in {loaded:.2f} s "
          f"(goal < 3 s); extra memory {rss_mb() - before:.0f} MB (goal < 150 MB)")

    labelled = parse_eval_set(TEST_SET.read_text(encoding="utf-8"))
    texts = [m.text for m in labelled]
    took = []
    for _ in range(args.repeat):
        for text in texts:
            begin = time.perf_counter()
            classify(text, model)
            took.append(time.perf_counter() - begin)
    print(describe("one message at a time", took) + "   (goal p99 < 50 ms)")
    joined = " ".join(texts)
    long = [joined[i * 997 : i * 997 + LONG_SIZE] for i in range(30)]
    took_long = []
    for text in long:
        begin = time.perf_counter()
        classify(text, model)
        took_long.append(time.perf_counter() - begin)
    print(describe("4,000-character messages", took_long))
    begin = time.perf_counter()
    done = 0
    for _ in range(args.repeat):
        for i in range(0, len(texts), BATCH):
            assess_many(texts[i : i + BATCH], model)
            done += len(texts[i : i + BATCH])
    rate = done / (time.perf_counter() - begin)
    print(f"batches of {BATCH}: {rate:,.0f} messages/s (goal >= 200)")
    print(f"peak memory of this process: {rss_mb():.0f} MB\n")

    print(f"frozen test part: {len(labelled)} messages")
    print(format_register_report(score_registers(labelled, lambda t: classify(t, model))))


if __name__ == "__main__":
    main()
