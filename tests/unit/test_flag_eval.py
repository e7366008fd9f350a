"""The flag detector on the labelled evaluation set (tests/unit/flag_eval.tsv).

Prints precision and recall per category; run with `-s` or see the table in the output below.
The same table: `.venv/bin/python benchmarks/flags.py`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.lexicon_files import load_lexicon
from flows.flags.evaluate import EvalReport, Labelled, evaluate, format_report, parse_eval_set

EVAL_SET = Path(__file__).with_name("flag_eval.tsv")
MIN_URGENT_RECALL = 0.95
MIN_PRECISION = 0.85


def load_eval_set(path: Path = EVAL_SET) -> list[Labelled]:
    return parse_eval_set(path.read_text(encoding="utf-8"))


def eval_report(path: Path = EVAL_SET) -> EvalReport:
    """Score the packaged lexicon on the evaluation set."""
    return evaluate(load_eval_set(path), load_lexicon())


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return eval_report()


def test_eval_set_is_large_varied_and_has_hard_negatives() -> None:
    messages = load_eval_set()
    assert len(messages) >= 300
    assert len({m.text for m in messages}) == len(messages)
    negatives = sum(not m.expected for m in messages)
    assert negatives / len(messages) >= 0.35
    languages = Counter(m.language for m in messages)
    assert set(languages) == {"darija_ma", "darija_dz", "msa", "fr", "nl", "mixed"}
    scripts = Counter((m.language, m.script) for m in messages)
    assert scripts["darija_ma", "arab"] and scripts["darija_ma", "latn"]
    assert scripts["darija_dz", "arab"] and scripts["darija_dz", "latn"]


def test_urgent_label_follows_the_categories() -> None:
    urgent_categories = {"medical", "self_harm", "violence", "police"}
    for message in load_eval_set():
        if message.expected & urgent_categories:
            assert message.urgent, message.text
        if not message.expected:
            assert not message.urgent, message.text


def test_precision_and_recall(report: EvalReport, capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + format_report(report))
    assert report.urgent.recall >= MIN_URGENT_RECALL
    assert report.micro.precision >= MIN_PRECISION
