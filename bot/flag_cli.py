"""`meldbot flag`: run the flag classifier on messages and print one JSON line per message.

    meldbot flag "ana mrid bzaf" "ma3ndich flous"
    meldbot flag < messages.txt          # one message per line; blank lines are skipped
    meldbot flag --explain "ik zie het niet meer zitten"

Staff use it to check a lexicon edit: set MELDBOT_LEXICON to the edited folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from bot.flag_model import load_flag_model
from flows.flags import Assessment, FlagResult, assess

__all__ = ["flag_json", "run_flag"]


def run_flag(
    messages: list[str],
    stdin: TextIO,
    stdout: TextIO,
    lexicon_folder: Path | None = None,
    explain: bool = False,
) -> int:
    """Classify each argument, or each non-empty line of stdin when there are none."""
    model = load_flag_model(lexicon_folder)
    texts = messages if messages else (line.rstrip("\r\n") for line in stdin)
    for text in texts:
        if not text.strip():
            continue
        assessment = assess(text, model)
        line = flag_json(text, assessment.result)
        if explain:
            line["explain"] = explanation(assessment, dict(model.weights.thresholds))
        stdout.write(json.dumps(line, ensure_ascii=False))
        stdout.write("\n")
        stdout.flush()
    return 0


def flag_json(text: str, result: FlagResult) -> dict[str, object]:
    return {
        "text": text,
        "categories": list(result.categories),
        "severity": result.severity,
        "score": result.score,
        "ask": result.ask,
        "matches": [
            {
                "category": match.category,
                "term": match.term,
                "matched": match.matched,
                "confidence": match.confidence,
            }
            for match in result.matches
        ],
    }


def explanation(assessment: Assessment, thresholds: dict[str, float]) -> dict[str, object]:
    """Which signals fired and their scores."""
    lexicon = assessment.lexicon
    return {
        "guard": assessment.guard,
        "lexicon": None if lexicon is None else {
            "categories": list(lexicon.categories), "severity": lexicon.severity,
            "words": [m.matched for m in lexicon.matches]},
        "model": dict(assessment.probabilities),
        "thresholds": {k: round(v, 3) for k, v in thresholds.items()},
        "pieces": list(assessment.pieces),
        "arabic_view": list(assessment.arabic),
    }
