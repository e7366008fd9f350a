"""Build, train and score the flag classifier (developers; needs the dev extras).

    python -m bot.flag_training split            # new rows of data/raw/*.tsv into the splits
    python -m bot.flag_training split --source raw2 --only train   # later data: train only
    python -m bot.flag_training dev [--c 2]      # fit on train, report on dev (tuning)
    python -m bot.flag_training train            # fit the shipped model (train + dev)
    python -m bot.flag_training test --record "why"   # score the frozen test part, once

The labelled messages live in `flows/flags/data/` (`train.tsv`, `dev.tsv`, `test.tsv`; see
`SOURCES.md` there). A message's split is fixed by a hash of its cleaned text, so adding data
never moves a message between splits. The test part is never used to choose anything: only
`test` reads it, and every run with `--record` is appended to `TEST_SCORES.md`.

The shipped model: hyperparameters chosen on dev (fitted on train only); then calibration and
thresholds from 5-fold out-of-fold predictions over train + dev (plus the older evaluation set
`tests/unit/flag_eval.tsv`), and the final weights fitted on all of it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from bot.flag_model import WEIGHTS_FILE, embedder, load_flag_model
from bot.lexicon_files import load_lexicon
from flows.flags import detect
from flows.flags.evaluate import (
    Labelled,
    format_register_report,
    parse_eval_set,
    score_registers,
)
from flows.flags.model import (
    EMBEDDING_SIZE,
    HEADS,
    NEIGHBOUR_GROUPS,
    ModelWeights,
    dense_features,
    neighbour_features,
    verdict,
)
from flows.flags.prepare import HASH_BUCKETS, clean, hashed_ngrams
from flows.flags.result import CATEGORIES, NOT_FLAGGED

__all__ = ["main"]

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ROOT / "flows" / "flags"
DATA = FLAGS / "data"
OLD_SET = ROOT / "tests" / "unit" / "flag_eval.tsv"
HEADER = "text\tlanguage\tscript\texpected_categories\turgent\tphenomenon"
SPLITS = (("test", 30), ("dev", 15), ("train", 55))  # percent of messages
SALT = "meldbot-flags-2026-12"
EMBEDDING_WEIGHT = 3.0  # embeddings are unit vectors: scaled up to weigh against n-grams
LEXICON_WEIGHT = 1.0
NEIGHBOUR_WEIGHT = 5.0
TARGET_RECALL = 0.975  # urgent messages caught on held-out data, when choosing the threshold
ASK_SHARE = 0.08  # at most this share of unflagged messages is asked "are you safe?"

Matrix = NDArray[np.float32]


def _split_of(cleaned: str) -> str:
    bucket = zlib.crc32(f"{SALT}:{cleaned}".encode()) % 100
    edge = 0
    for name, share in SPLITS:
        edge += share
        if bucket < edge:
            return name
    return "train"


def _row(message: Labelled) -> str:
    return "\t".join((message.text, message.language, message.script,
                      ",".join(sorted(message.expected)), "1" if message.urgent else "0",
                      message.phenomenon))


def split(source: str = "raw", only: str | None = None) -> None:
    """Every new message of `source`/*.tsv goes into the split its hash names (or into `only`,
    for data written after the test part was frozen); nothing already split moves."""
    existing: dict[str, list[Labelled]] = {}
    seen: set[str] = set()
    for name, _ in SPLITS:
        path = DATA / f"{name}.tsv"
        rows = parse_eval_set(path.read_text(encoding="utf-8")) if path.exists() else []
        existing[name] = rows
        seen.update(clean(m.text) for m in rows)
    seen.update(clean(m.text) for m in parse_eval_set(OLD_SET.read_text(encoding="utf-8")))
    added: Counter[tuple[str, str]] = Counter()
    for raw in sorted((DATA / source).glob("*.tsv")):
        for message in parse_eval_set(raw.read_text(encoding="utf-8")):
            key = clean(message.text)
            if key in seen:
                continue
            seen.add(key)
            name = only or _split_of(key)
            existing[name].append(message)
            added[(name, message.register)] += 1
    for name, rows in existing.items():
        body = "\n".join(_row(m) for m in rows)
        (DATA / f"{name}.tsv").write_text(f"{HEADER}\n{body}\n", encoding="utf-8")
    for (name, register), count in sorted(added.items()):
        print(f"{name:<6}{register:<16}+{count}")
    print({name: len(rows) for name, rows in existing.items()})


def _load(*names: str) -> list[Labelled]:
    rows: list[Labelled] = []
    for name in names:
        path = OLD_SET if name == "old" else DATA / f"{name}.tsv"
        rows += parse_eval_set(path.read_text(encoding="utf-8"))
    return rows


@dataclass
class Featurised:
    """The labelled messages as the model reads them, before the neighbour features."""

    dense: Matrix  # [embeddings | lexicon features]
    hashed: Any  # scipy CSR matrix of n-gram buckets
    targets: Matrix
    groups: NDArray[np.int8]

    def rows(self, mask: NDArray[np.bool_]) -> Featurised:
        return Featurised(self.dense[mask], self.hashed[mask], self.targets[mask],
                          self.groups[mask])

    @property
    def embeddings(self) -> Matrix:
        return self.dense[:, : 2 * EMBEDDING_SIZE]


def _featurise(messages: Sequence[Labelled]) -> Featurised:
    from scipy import sparse

    lexicon = load_lexicon()
    cleaned = [clean(m.text) for m in messages]
    lexical = [detect(m.text, lexicon) for m in messages]
    dense, _ = dense_features(cleaned, lexical, embedder())
    rows, cols = [], []
    for i, text in enumerate(cleaned):
        buckets = hashed_ngrams(text)
        rows += [i] * len(buckets)
        cols += list(buckets)
    hashed = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)),
                               shape=(len(messages), HASH_BUCKETS))
    targets = _targets(messages)
    groups = np.where(targets[:, 0] == 1, 0, np.where(targets[:, 1] == 1, 1, 2))
    return Featurised(dense, hashed, targets, groups.astype(np.int8))


def _targets(messages: Sequence[Labelled]) -> Matrix:
    columns = [[m.urgent for m in messages], [m.flag_worthy for m in messages]]
    columns += [[c in m.expected for m in messages] for c in CATEGORIES]
    return np.array(columns, dtype=np.float32).T


def _scale(width: int) -> NDArray[np.float32]:
    """Per dense column: embeddings, lexicon features, neighbour features."""
    scale = np.full(width, LEXICON_WEIGHT, dtype=np.float32)
    scale[: 2 * EMBEDDING_SIZE] = EMBEDDING_WEIGHT
    scale[-len(NEIGHBOUR_GROUPS):] = NEIGHBOUR_WEIGHT
    return scale


def _design(data: Featurised, references: Featurised | None = None) -> Any:
    """Columns as the model sees them; neighbours among `references` (or each other)."""
    from scipy import sparse

    if references is None:
        near = neighbour_features(data.embeddings, data.embeddings, data.groups,
                                  skip_self=True)
    else:
        near = neighbour_features(data.embeddings, references.embeddings, references.groups)
    dense = np.hstack([data.dense, near])
    return sparse.hstack([sparse.csr_matrix(dense * _scale(dense.shape[1])),
                          data.hashed]).tocsr()


def _fit(features: Any, targets: Matrix, c: float) -> list[Any]:
    from sklearn.linear_model import LogisticRegression

    models = []
    for head in range(targets.shape[1]):
        model = LogisticRegression(C=c, max_iter=3000, solver="liblinear")
        model.fit(features, targets[:, head])
        models.append(model)
    return models


def _scores(models: Sequence[Any], features: Any) -> Matrix:
    return np.array([m.decision_function(features) for m in models], dtype=np.float32).T


def _calibrate(scores: Matrix, targets: Matrix) -> Matrix:
    """Platt scaling per output: probability = sigmoid(a * score + b)."""
    from sklearn.linear_model import LogisticRegression

    out = np.zeros((scores.shape[1], 2), dtype=np.float32)
    for head in range(scores.shape[1]):
        platt = LogisticRegression(C=100.0)
        platt.fit(scores[:, head : head + 1], targets[:, head])
        out[head] = (platt.coef_[0, 0], platt.intercept_[0])
    return out


def _probabilities(scores: Matrix, calibration: Matrix) -> Matrix:
    return np.asarray(1 / (1 + np.exp(-(scores * calibration[:, 0] + calibration[:, 1]))),
                      dtype=np.float32)


def _thresholds(p: Matrix, targets: Matrix) -> dict[str, float]:
    """Urgent: the highest threshold that still catches TARGET_RECALL of urgent messages.
    Categories and "flagged": the best F1. Ask: unflagged messages above it are at most
    ASK_SHARE of all unflagged ones."""
    chosen: dict[str, float] = {}
    urgent = p[targets[:, 0] == 1, 0]
    chosen["urgent"] = float(np.quantile(urgent, 1 - TARGET_RECALL)) if len(urgent) else 0.5
    urgent_hit = p[:, 0] >= chosen["urgent"]
    for head in range(1, len(HEADS)):
        best, best_f1 = 0.5, -1.0
        for t in np.arange(0.05, 0.95, 0.01):
            predicted = p[:, head] >= t
            if head == 1:
                predicted |= urgent_hit
            truth = targets[:, head] == 1
            tp = float(np.sum(predicted & truth))
            f1 = 2 * tp / (np.sum(predicted) + np.sum(truth) or 1)
            if f1 > best_f1:
                best, best_f1 = float(t), f1
        chosen[HEADS[head]] = best
    chosen["ask"] = 1.0
    unflagged = [
        row[0] for row in p
        if verdict(dict(zip(HEADS, map(float, row), strict=True)), {**chosen, "ask": 1.0},
                    NOT_FLAGGED).severity is None
    ]
    if unflagged:
        chosen["ask"] = float(np.quantile(unflagged, 1 - ASK_SHARE))
    return chosen


def _out_of_fold(data: Featurised, messages: Sequence[Labelled], c: float, folds: int = 5
                 ) -> Matrix:
    scores = np.zeros(data.targets.shape, dtype=np.float32)
    fold = np.array([zlib.crc32(clean(m.text).encode()) % folds for m in messages])
    for k in range(folds):
        inside, held = data.rows(fold != k), data.rows(fold == k)
        models = _fit(_design(inside), inside.targets, c)
        scores[fold == k] = _scores(models, _design(held, inside))
    return scores


def _export(models: Sequence[Any], references: Featurised, calibration: Matrix,
            thresholds: dict[str, float], path: Path) -> str:
    coef = np.array([m.coef_[0] for m in models], dtype=np.float32).T
    bias = np.array([m.intercept_[0] for m in models], dtype=np.float32)
    width = references.dense.shape[1] + len(NEIGHBOUR_GROUPS)
    dense = coef[:width] * _scale(width)[:, None]
    hashed = coef[width:]
    version = hashlib.sha256(dense.tobytes() + hashed.tobytes()).hexdigest()[:12]
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path, dense=dense, hashed=hashed.astype(np.float16), bias=bias,
        calibration=calibration, heads=np.array(HEADS),
        threshold_names=np.array(list(thresholds)),
        threshold_values=np.array(list(thresholds.values()), dtype=np.float32),
        references=references.embeddings.astype(np.float16),
        reference_groups=references.groups, version=np.array(version))
    return version


def _report(messages: Sequence[Labelled], weights: ModelWeights) -> str:
    from flows.flags import FlagModel, classify

    model = FlagModel(lexicon=load_lexicon(), embed=embedder(), weights=weights)

    return format_register_report(score_registers(messages, lambda t: classify(t, model)))


def dev(c: float) -> None:
    """Fit on train (+ the old set), calibrate and choose thresholds on dev, report on dev."""
    train, held = _load("train", "old"), _load("dev")
    inside, outside = _featurise(train), _featurise(held)
    models = _fit(_design(inside), inside.targets, c)
    scores = _scores(models, _design(outside, inside))
    calibration = _calibrate(scores, outside.targets)
    thresholds = _thresholds(_probabilities(scores, calibration), outside.targets)
    tmp = DATA / "dev-model.npz"
    _export(models, inside, calibration, thresholds, tmp)
    weights = _weights(tmp)
    tmp.unlink()
    print({k: round(v, 3) for k, v in thresholds.items()})
    print(_report(held, weights))


def _weights(path: Path) -> ModelWeights:
    with np.load(path, allow_pickle=False) as arrays:
        return ModelWeights.from_arrays({name: arrays[name] for name in arrays.files})


def train(c: float) -> None:
    messages = _load("train", "dev", "old")
    data = _featurise(messages)
    scores = _out_of_fold(data, messages, c)
    calibration = _calibrate(scores, data.targets)
    thresholds = _thresholds(_probabilities(scores, calibration), data.targets)
    _print_out_of_fold(_probabilities(scores, calibration), data.targets, thresholds, messages)
    models = _fit(_design(data), data.targets, c)
    version = _export(models, data, calibration, thresholds, FLAGS / WEIGHTS_FILE)
    print(f"model {version}: {len(messages)} messages, C={c}")
    print({k: round(v, 3) for k, v in thresholds.items()})


def _print_out_of_fold(p: Matrix, targets: Matrix, thresholds: dict[str, float],
                       messages: Sequence[Labelled]) -> None:
    """How the chosen thresholds do on the out-of-fold predictions, per source."""
    for name, keep in (("all", [True] * len(messages)),
                       ("new", [bool(m.phenomenon) for m in messages]),
                       ("old set", [not m.phenomenon for m in messages])):
        mask = np.array(keep)
        verdicts = [verdict(dict(zip(HEADS, map(float, row), strict=True)), thresholds,
                             NOT_FLAGGED) for row in p[mask]]
        urgent = np.array([v.severity == "urgent" for v in verdicts])
        flagged = np.array([v.flagged for v in verdicts])
        truth = targets[mask]
        recall = urgent[truth[:, 0] == 1].mean()
        precision = (truth[flagged, 1] == 1).mean()
        print(f"out of fold, {name}: urgent caught {recall:.3f}, flags ok {precision:.3f}")


def test(record: str | None) -> None:
    """Score the shipped model on the frozen test part (and say so in TEST_SCORES.md)."""
    model = load_flag_model()
    from flows.flags import classify

    messages = _load("test")
    report = format_register_report(score_registers(messages, lambda t: classify(t, model)))
    print(f"model {model.weights.version}, frozen test part: {len(messages)} messages")
    print(report)
    if record:
        log = DATA / "TEST_SCORES.md"
        runs = log.read_text(encoding="utf-8") if log.exists() else "# Frozen test scorings\n"
        count = runs.count("\n## ") + 1
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        runs += (f"\n## Scoring {count}: {stamp}, model {model.weights.version}\n\n"
                 f"{record}\n\n```\n{report}\n```\n")
        log.write_text(runs, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.flag_training")
    parser.add_argument("action", choices=("split", "dev", "train", "test"))
    parser.add_argument("--c", type=float, default=2.0, help="inverse regularisation")
    parser.add_argument("--record", help="with test: why it was scored (kept in the log)")
    parser.add_argument("--source", default="raw", help="with split: the folder of new data")
    parser.add_argument("--only", choices=("train", "test"),
                        help="with split: all into this part")
    args = parser.parse_args(argv)
    if args.action == "split":
        split(args.source, args.only)
    elif args.action == "dev":
        dev(args.c)
    elif args.action == "train":
        train(args.c)
    else:
        test(args.record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
