"""Score the detector on a labelled set: precision and recall per category, overall, urgent.

The set is a TSV with the columns `text, language, script, expected_categories, urgent`
(see tests/unit/flag_eval.tsv). Staff can run it after editing the lexicon.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from flows.flags.detect import detect
from flows.flags.lexicon import Lexicon
from flows.flags.result import CATEGORIES, Category, FlagResult

__all__ = [
    "REGISTERS",
    "EvalReport",
    "Labelled",
    "RegisterScore",
    "Score",
    "evaluate",
    "format_register_report",
    "format_report",
    "parse_eval_set",
    "score_registers",
]

EVAL_HEADER = ("text", "language", "script", "expected_categories", "urgent")
# The seven registers clients write in; `mixed` is code-switching within one message.
REGISTERS = ("darija_ma/arab", "darija_ma/latn", "darija_dz", "msa", "fr", "nl", "mixed")
PLEASANTRIES = frozenset({"neg_greeting", "neg_emoji"})


@dataclass(frozen=True)
class Labelled:
    text: str
    language: str
    script: str
    expected: frozenset[Category]
    urgent: bool
    phenomenon: str = ""  # what the message shows (overdose, neg_idiom ...), when labelled

    @property
    def register(self) -> str:
        if self.language == "darija_ma":
            return f"darija_ma/{'arab' if self.script == 'arab' else 'latn'}"
        return self.language

    @property
    def flag_worthy(self) -> bool:
        return self.urgent or bool(self.expected)


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
    header = tuple(lines[0].split("\t")) if lines else ()
    if header not in (EVAL_HEADER, (*EVAL_HEADER, "phenomenon")):
        raise ValueError(f"the first line must be {EVAL_HEADER} (and phenomenon)")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != len(header) or fields[4] not in ("0", "1"):
            raise ValueError(f"line {number}: expected {len(header)} columns and urgent 0 or 1")
        expected = frozenset(c for c in fields[3].split(",") if c)
        unknown = expected - set(CATEGORIES)
        if unknown:
            raise ValueError(f"line {number}: unknown categories {sorted(unknown)}")
        categories = frozenset(c for c in CATEGORIES if c in expected)
        phenomenon = fields[5] if len(fields) > 5 else ""
        rows.append(Labelled(fields[0], fields[1], fields[2], categories, fields[4] == "1",
                             phenomenon))
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


@dataclass
class RegisterScore:
    """What the organisation cares about, for one register: urgent messages caught, how
    many flags are right, pleasantries never flagged, how often an unflagged one is asked."""

    messages: int = 0
    urgent: int = 0
    urgent_caught: int = 0  # severity urgent
    urgent_flagged: int = 0  # flagged at all
    flagged: int = 0
    flagged_right: int = 0  # flagged and worth flagging (a category or urgent)
    pleasantries: int = 0
    pleasantries_flagged: int = 0
    unflagged: int = 0
    asked: int = 0

    def add(self, message: Labelled, result: FlagResult) -> None:
        self.messages += 1
        self.urgent += message.urgent
        self.urgent_caught += message.urgent and result.severity == "urgent"
        self.urgent_flagged += message.urgent and result.flagged
        self.flagged += result.flagged
        self.flagged_right += result.flagged and message.flag_worthy
        pleasantry = message.phenomenon in PLEASANTRIES
        self.pleasantries += pleasantry
        self.pleasantries_flagged += pleasantry and result.flagged
        self.unflagged += not result.flagged
        self.asked += result.ask

    @property
    def urgent_recall(self) -> float:
        return self.urgent_caught / self.urgent if self.urgent else 1.0

    @property
    def precision(self) -> float:
        return self.flagged_right / self.flagged if self.flagged else 1.0

    @property
    def ask_rate(self) -> float:
        return self.asked / self.unflagged if self.unflagged else 0.0


def score_registers(messages: Iterable[Labelled], classify: Callable[[str], FlagResult]
                    ) -> dict[str, RegisterScore]:
    """Scores per register and "overall"."""
    scores = {name: RegisterScore() for name in (*REGISTERS, "overall")}
    for message in messages:
        result = classify(message.text)
        scores.setdefault(message.register, RegisterScore()).add(message, result)
        scores["overall"].add(message, result)
    return scores


def format_register_report(scores: dict[str, RegisterScore]) -> str:
    lines = [f"{'register':<16}{'msgs':>6}{'urgent':>8}{'caught':>8}{'flagged':>9}"
             f"{'flags ok':>10}{'pleasant.':>11}{'asked':>8}"]
    for name, s in scores.items():
        if not s.messages:
            continue
        lines.append(
            f"{name:<16}{s.messages:>6}{s.urgent:>8}{s.urgent_recall:>8.3f}"
            f"{s.urgent_flagged / s.urgent if s.urgent else 1.0:>9.3f}{s.precision:>10.3f}"
            f"{f'{s.pleasantries_flagged}/{s.pleasantries}':>11}{s.ask_rate:>8.3f}")
    lines.append("caught: urgent messages flagged urgent; flagged: flagged at all; flags ok: "
                 "flagged messages worth flagging; pleasant.: greetings, thanks and emoji "
                 "flagged; asked: unflagged messages that get the are-you-safe question")
    return "\n".join(lines)
