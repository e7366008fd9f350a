"""Score the detector on a labelled set: precision and recall per category, overall, urgent.

The set is a TSV with the columns `text, language, script, expected_categories, urgent`
(see tests/unit/flag_eval.tsv). Staff can run it after editing the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from flows.flags.detect import detect
from flows.flags.lexicon import Lexicon
from flows.flags.result import CATEGORIES, Category

__all__ = ["EvalReport", "Labelled", "Score", "evaluate", "format_report", "parse_eval_set"]

EVAL_HEADER = ("text", "language", "script", "expected_categories", "urgent")


@dataclass(frozen=True)
class Labelled:
    text: str
    language: str
    script: str
    expected: frozenset[Category]
    urgent: bool


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    def add(self, expected: bool, predicted: bool) -> None:
        self.true_positives += expected and predicted
        self.false_positives += predicted and not expected
        self.false_negatives += expected and not predicted

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def support(self) -> int:
        return self.true_positives + self.false_negatives


@dataclass
class EvalReport:
    per_category: dict[Category, Score]
    micro: Score = field(default_factory=Score)  # over all (message, category) pairs
    urgent: Score = field(default_factory=Score)  # severity "urgent" against the urgent label
    flagged: Score = field(default_factory=Score)  # anything flagged at all
    mistakes: list[tuple[Labelled, tuple[Category, ...], bool]] = field(default_factory=list)
    size: int = 0


def parse_eval_set(text: str) -> list[Labelled]:
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != EVAL_HEADER:
        raise ValueError(f"the first line must be {EVAL_HEADER}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != len(EVAL_HEADER) or fields[4] not in ("0", "1"):
            raise ValueError(f"line {number}: expected 5 columns and urgent 0 or 1")
        expected = frozenset(c for c in fields[3].split(",") if c)
        unknown = expected - set(CATEGORIES)
        if unknown:
            raise ValueError(f"line {number}: unknown categories {sorted(unknown)}")
        categories = frozenset(c for c in CATEGORIES if c in expected)
        rows.append(Labelled(fields[0], fields[1], fields[2], categories, fields[4] == "1"))
    return rows


def evaluate(messages: Iterable[Labelled], lexicon: Lexicon) -> EvalReport:
    report = EvalReport(per_category={category: Score() for category in CATEGORIES})
    for message in messages:
        result = detect(message.text, lexicon)
        got = set(result.categories)
        for category in CATEGORIES:
            wanted, found = category in message.expected, category in got
            report.per_category[category].add(wanted, found)
            report.micro.add(wanted, found)
        is_urgent = result.severity == "urgent"
        report.urgent.add(message.urgent, is_urgent)
        report.flagged.add(bool(message.expected), result.flagged)
        if got != message.expected or is_urgent != message.urgent:
            report.mistakes.append((message, result.categories, is_urgent))
        report.size += 1
    return report


def format_report(report: EvalReport, show_mistakes: bool = False) -> str:
    lines = [f"{'category':<15}{'precision':>10}{'recall':>8}{'support':>9}"]
    rows: Sequence[tuple[str, Score]] = [
        *report.per_category.items(),
        ("overall", report.micro),
        ("urgent", report.urgent),
        ("any flag", report.flagged),
    ]
    for name, score in rows:
        lines.append(
            f"{name:<15}{score.precision:>10.3f}{score.recall:>8.3f}{score.support:>9}"
        )
    lines.append(f"{report.size} messages, {len(report.mistakes)} not exactly right")
    if show_mistakes:
        for message, got, urgent in report.mistakes:
            expected = ",".join(sorted(message.expected)) or "-"
            lines.append(
                f"  {message.text!r}: want {expected} u={int(message.urgent)},"
                f" got {','.join(got) or '-'} u={int(urgent)}"
            )
    return "\n".join(lines)
