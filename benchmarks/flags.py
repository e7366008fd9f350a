"""Flag detector speed and quality: `.venv/bin/python benchmarks/flags.py` from the repo root.

Loads the lexicon, classifies the evaluation set repeated to ~20,000 messages plus some
4,000-character messages, and prints throughput, p50/p99 latency and the precision table.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from flows.flags import Lexicon, detect, load_lexicon  # noqa: E402
from flows.flags.evaluate import evaluate, format_report, parse_eval_set  # noqa: E402
from flows.flags.normalize import normalize_word, skeleton, spelling  # noqa: E402

EVAL_SET = REPO / "tests" / "unit" / "flag_eval.tsv"
TARGET = 20_000
LONG_MESSAGES = 50
LONG_SIZE = 4_000


def timed(messages: list[str], lexicon: Lexicon) -> list[float]:
    """Seconds per message."""
    took = []
    for text in messages:
        start = time.perf_counter()
        detect(text, lexicon)
        took.append(time.perf_counter() - start)
    return took


def describe(label: str, took: list[float]) -> str:
    ordered = sorted(took)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"{label:<28}{len(took):>7} msgs {len(took) / sum(took):>10,.0f} msg/s"
        f"   p50 {statistics.median(ordered) * 1000:6.3f} ms   p99 {p99 * 1000:7.3f} ms"
    )


def sliced(texts: list[str], size: int, count: int) -> list[str]:
    """`count` messages of `size` characters cut from the joined evaluation messages."""
    joined = " ".join(texts)
    step = max(1, (len(joined) - size) // count)
    return [joined[i * step : i * step + size] for i in range(count)]


def clear_caches() -> None:
    for cached in (normalize_word, skeleton, spelling):
        cached.cache_clear()


def main() -> None:
    start = time.perf_counter()
    lexicon = load_lexicon()
    took = (time.perf_counter() - start) * 1000
    print(f"lexicon: {lexicon.size} rows loaded and compiled in {took:.0f} ms")
    labelled = parse_eval_set(EVAL_SET.read_text(encoding="utf-8"))
    texts = [message.text for message in labelled]
    repeated = (texts * (TARGET // len(texts) + 1))[:TARGET]
    clear_caches()
    print(describe("eval set, first pass (cold)", timed(texts, lexicon)))
    print(describe("eval set x ~20,000", timed(repeated, lexicon)))
    print(describe("300-char messages", timed(sliced(texts, 300, 2_000), lexicon)))
    print(describe("4,000-char messages", timed(sliced(texts, LONG_SIZE, LONG_MESSAGES), lexicon)))
    print(f"mean eval message length: {statistics.mean(map(len, texts)):.0f} characters\n")
    print(format_report(evaluate(labelled, lexicon)))


if __name__ == "__main__":
    main()
