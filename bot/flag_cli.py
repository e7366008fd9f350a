"""`meldbot flag`: run the flag detector on messages and print one JSON line per message.

    meldbot flag "ana mrid bzaf" "ma3ndich flous"
    meldbot flag < messages.txt          # one message per line; blank lines are skipped

Staff use it to check a lexicon edit: set MELDBOT_LEXICON to the edited folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from flows.flags import FlagResult, detect, load_lexicon

__all__ = ["flag_json", "run_flag"]


def run_flag(
    messages: list[str],
    stdin: TextIO,
    stdout: TextIO,
    lexicon_folder: Path | None = None,
) -> int:
    """Classify each argument, or each non-empty line of stdin when there are none."""
    lexicon = load_lexicon(lexicon_folder)
    texts = messages if messages else (line.rstrip("\r\n") for line in stdin)
    for text in texts:
        if not text.strip():
            continue
        stdout.write(json.dumps(flag_json(text, detect(text, lexicon)), ensure_ascii=False))
        stdout.write("\n")
    return 0


def flag_json(text: str, result: FlagResult) -> dict[str, object]:
    return {
        "text": text,
        "categories": list(result.categories),
        "severity": result.severity,
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
