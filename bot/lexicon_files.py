"""Reading the flag lexicon's files: the packaged ones or a staff-edited copy."""

from __future__ import annotations

from pathlib import Path

import flows.flags
from flows.flags import Lexicon, LexiconError, parse_lexicon

__all__ = ["PACKAGED_FOLDER", "load_lexicon"]

PACKAGED_FOLDER = Path(flows.flags.__file__).resolve().parent / "lexicon"


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """The packaged lexicon, or a staff-edited copy in `folder`.

    A folder without its own `modifiers.tsv` uses the packaged one.
    """
    folder = PACKAGED_FOLDER if folder is None else Path(folder)
    modifiers = folder / "modifiers.tsv"
    if not modifiers.exists():
        modifiers = PACKAGED_FOLDER / "modifiers.tsv"
    return parse_lexicon(_text(folder / "lexicon.tsv"), _text(modifiers), str(folder))


def _text(path: Path) -> tuple[str, str]:
    try:
        return str(path), path.read_text(encoding="utf-8")
    except OSError as error:
        raise LexiconError(f"cannot read {path}: {error.strerror}") from error
