"""The trained flag classifier: lexicon, sentence embeddings and n-grams, combined.

Pure: the sentence-embedding model and the trained weights are loaded by `bot/` (once, at
start-up) and passed in as a `FlagModel`. `classify(text, model)` gives the same answer for
the same text every time.

Signals, for each piece of a message (long messages are read in pieces of ~300 characters;
the most worrying piece counts):
1. the lexicon (`detect`): which categories its words raise, whether it calls them urgent;
2. the multilingual sentence embedding of the cleaned text and of its Arabic-script view
   (Arabizi transliterated), so unseen wording with a known meaning is recognised;
3. hashed character n-grams and word pairs, for spellings the embedding does not know;
4. how close the message comes to the labelled messages the model was trained on (mean
   similarity of the three nearest urgent, flagged and harmless ones), which lets the linear
   model draw a curved line ("I was in hospital, now fine" near the harmless ones).
One logistic regression per output (urgent, flagged, each category) over all three, with a
calibration fitted on the development split, gives probabilities; thresholds tuned on the
development split turn them into a verdict. Greetings, thanks and emoji-only messages are
never flagged (🆘 aside).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray

from flows.flags.detect import detect
from flows.flags.lexicon import Lexicon
from flows.flags.pleasantry import is_pleasantry
from flows.flags.prepare import arabic_view, chunks, clean, hashed_ngrams, words
from flows.flags.result import (
    CATEGORIES,
    NOT_FLAGGED,
    URGENT_CATEGORIES,
    Category,
    FlagResult,
)

__all__ = [
    "EMBEDDING_SIZE",
    "HEADS",
    "Assessment",
    "Embedder",
    "FlagModel",
    "ModelWeights",
    "assess",
    "assess_many",
    "classify",
    "dense_features",
    "lexicon_features",
    "neighbour_features",
    "verdict",
]

Embedder = Callable[[Sequence[str]], NDArray[np.float32]]
EMBEDDING_SIZE = 512
HEADS: tuple[str, ...] = ("urgent", "flagged", *CATEGORIES)
LEXICON_FEATURES = len(CATEGORIES) + 4
NEIGHBOUR_GROUPS = ("urgent", "flagged", "harmless")
NEIGHBOURS = 3
SOS = "🆘"
_Array = NDArray[np.float32]


@dataclass(frozen=True)
class ModelWeights:
    """A trained model: weights per output, calibration, thresholds (see bot/flag_training)."""

    dense: _Array  # (features, heads)
    hashed: _Array  # (buckets, heads)
    bias: _Array  # (heads,)
    calibration: _Array  # (heads, 2): probability = sigmoid(a * score + b)
    thresholds: Mapping[str, float]  # per head, and "ask" (the lower edge of the ask band)
    version: str
    references: _Array  # (labelled messages, 2 * EMBEDDING_SIZE): their embeddings
    reference_groups: NDArray[np.int8]  # index into NEIGHBOUR_GROUPS, per reference

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, NDArray[np.generic]]) -> ModelWeights:
        heads = tuple(str(h) for h in arrays["heads"])
        if heads != HEADS:
            raise ValueError(f"the model's outputs are {heads}, expected {HEADS}")
        names = [str(n) for n in arrays["threshold_names"]]
        values = [float(v) for v in arrays["threshold_values"]]
        return cls(
            dense=np.asarray(arrays["dense"], dtype=np.float32),
            hashed=np.asarray(arrays["hashed"], dtype=np.float32),
            bias=np.asarray(arrays["bias"], dtype=np.float32),
            calibration=np.asarray(arrays["calibration"], dtype=np.float32),
            thresholds=dict(zip(names, values, strict=True)),
            version=str(arrays["version"]),
            references=np.asarray(arrays["references"], dtype=np.float32),
            reference_groups=np.asarray(arrays["reference_groups"], dtype=np.int8),
        )


@dataclass(frozen=True)
class FlagModel:
    lexicon: Lexicon
    embed: Embedder
    weights: ModelWeights


@dataclass(frozen=True)
class Assessment:
    """Everything the classifier saw and concluded: `meldbot flag --explain` prints it."""

    result: FlagResult
    probabilities: Mapping[str, float] = field(default_factory=dict)
    pieces: tuple[str, ...] = ()
    arabic: tuple[str, ...] = ()
    lexicon: FlagResult | None = None
    guard: str | None = None  # why the model was not asked: "pleasantry", "emoji", "sos"


def lexicon_features(found: FlagResult) -> list[float]:
    """The lexicon's verdict as numbers: categories, urgent, flagged, strength, doubt."""
    categories = set(found.categories)
    high = [m for m in found.matches if m.confidence == "high"]
    return [
        *(1.0 if c in categories else 0.0 for c in CATEGORIES),
        1.0 if found.severity == "urgent" else 0.0,
        1.0 if found.flagged else 0.0,
        min(len(found.matches), 3) / 3,
        1.0 if found.flagged and not high else 0.0,
    ]


def dense_features(cleaned: Sequence[str], lexical: Sequence[FlagResult],
                   embed: Embedder) -> tuple[_Array, tuple[str, ...]]:
    """Rows of [embedding of the text | embedding of its Arabic view | lexicon features]."""
    views = [arabic_view(text) for text in cleaned]
    wanted = list(dict.fromkeys([*cleaned, *views]))
    vectors = embed(wanted) if wanted else np.zeros((0, EMBEDDING_SIZE), np.float32)
    row = {text: i for i, text in enumerate(wanted)}
    out = np.zeros((len(cleaned), 2 * EMBEDDING_SIZE + LEXICON_FEATURES), dtype=np.float32)
    for i, (text, view, found) in enumerate(zip(cleaned, views, lexical, strict=True)):
        out[i, :EMBEDDING_SIZE] = vectors[row[text]]
        out[i, EMBEDDING_SIZE : 2 * EMBEDDING_SIZE] = vectors[row[view]]
        out[i, 2 * EMBEDDING_SIZE :] = lexicon_features(found)
    return out, tuple(views)


def neighbour_features(embeddings: _Array, references: _Array,
                       groups: NDArray[np.int8], skip_self: bool = False) -> _Array:
    """Per row: the mean similarity of its NEIGHBOURS nearest references in each group.

    `skip_self`: the rows are the references themselves (training); a row is not its own
    neighbour."""
    similarity = embeddings @ references.T / 2  # both views: the mean of two cosines
    if skip_self:
        np.fill_diagonal(similarity, -1.0)
    out = np.zeros((len(embeddings), len(NEIGHBOUR_GROUPS)), dtype=np.float32)
    for group in range(len(NEIGHBOUR_GROUPS)):
        members = similarity[:, groups == group]
        if members.shape[1]:
            k = min(NEIGHBOURS, members.shape[1])
            out[:, group] = np.partition(members, -k, axis=1)[:, -k:].mean(axis=1)
    return out


def _probabilities(dense: _Array, hashed: Sequence[tuple[int, ...]],
                   weights: ModelWeights) -> _Array:
    near = neighbour_features(dense[:, : 2 * EMBEDDING_SIZE], weights.references,
                              weights.reference_groups)
    scores = np.hstack([dense, near]) @ weights.dense + weights.bias
    for i, buckets in enumerate(hashed):
        if buckets:
            scores[i] += weights.hashed[list(buckets)].sum(axis=0)
    calibrated = weights.calibration[:, 0] * scores + weights.calibration[:, 1]
    return np.asarray(1.0 / (1.0 + np.exp(-calibrated)), dtype=np.float32)


def classify(text: str, model: FlagModel) -> FlagResult:
    """Categories, severity and score of one client message."""
    return assess(text, model).result


def assess(text: str, model: FlagModel) -> Assessment:
    return assess_many([text], model)[0]


def assess_many(texts: Sequence[str], model: FlagModel) -> list[Assessment]:
    """Several messages at once: one call to the sentence encoder for all their pieces."""
    out: list[Assessment | None] = []
    pending: list[tuple[int, FlagResult, list[str]]] = []
    for text in texts:
        found = detect(text, model.lexicon)
        guarded = _guard(text, found)
        out.append(guarded)
        if guarded is None:
            pending.append((len(out) - 1, found, chunks(clean(text))))
    pieces = [piece for _, _, own in pending for piece in own]
    lexical = [found if len(own) == 1 else detect(piece, model.lexicon)
               for _, found, own in pending for piece in own]
    dense, views = dense_features(pieces, lexical, model.embed)
    probabilities = _probabilities(dense, [hashed_ngrams(p) for p in pieces], model.weights)
    start = 0
    for index, found, own in pending:
        rows = probabilities[start : start + len(own)].max(axis=0)
        named = {head: round(float(p), 4) for head, p in zip(HEADS, rows, strict=True)}
        result = verdict(named, model.weights.thresholds, found)
        if result.ask and len({c for piece in own for c in piece if c.isalpha()}) < 3:
            result = replace(result, ask=False)  # "aaaa", "k": nothing to ask about
        out[index] = Assessment(result, named, tuple(own), views[start : start + len(own)],
                                found)
        start += len(own)
    return [a for a in out if a is not None]


def _guard(text: str, found: FlagResult) -> Assessment | None:
    """🆘 is urgent; emoji alone, greetings and thanks are never flagged; else None."""
    if SOS in text:
        sos = FlagResult(("feels_bad",), "urgent", found.matches, score=1.0)
        return Assessment(sos, lexicon=found, guard="sos")
    cleaned = clean(text)
    if not words(cleaned):
        return Assessment(NOT_FLAGGED, lexicon=found, guard="emoji")
    if is_pleasantry(cleaned):
        return Assessment(NOT_FLAGGED, lexicon=found, guard="pleasantry")
    return None


def verdict(p: Mapping[str, float], thresholds: Mapping[str, float],
             found: FlagResult) -> FlagResult:
    """Urgent and flagged come from their own outputs; the categories only name what a
    flagged message is about (the likeliest one if none passes its threshold)."""
    urgent = p["urgent"] >= thresholds["urgent"]
    flagged = urgent or p["flagged"] >= thresholds["flagged"]
    score = round(p["urgent"], 3)
    if not flagged:
        return FlagResult((), None, (), score=score, ask=p["urgent"] >= thresholds["ask"])
    categories: list[Category] = [c for c in CATEGORIES if p[c] >= thresholds[c]]
    if urgent and URGENT_CATEGORIES.isdisjoint(categories) and "feels_bad" not in categories:
        likeliest = max(URGENT_CATEGORIES, key=lambda c: p[c])
        categories.append(likeliest if p[likeliest] >= thresholds[likeliest] / 2
                          else "feels_bad")  # no category stands out: a cry for help
    if not categories:
        categories = [max(CATEGORIES, key=lambda c: p[c])]
    kept = tuple(m for m in found.matches if m.category in categories)
    return FlagResult(tuple(sorted(set(categories))), "urgent" if urgent else "normal", kept,
                      score=score)
