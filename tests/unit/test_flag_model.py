"""The trained flag classifier as the bot loads it: guards, pieces, views, the unsure band.

Quality is measured on the frozen test part by `benchmarks/flags.py`, not here.
"""

from __future__ import annotations

import pytest

from bot.flag_model import load_flag_model
from flows.flags import FlagModel, assess, classify
from flows.flags.prepare import arabic_view, chunks, clean, hashed_ngrams


@pytest.fixture(scope="module")
def model() -> FlagModel:
    return load_flag_model()


@pytest.mark.parametrize("text", [
    "salam khoya", "السلام عليكم", "شكرا بزاف الله يجازيك بخير", "merci beaucoup ❤️",
    "bedankt voor alles vandaag", "hoi alles goed?", "Eid mubarak 🌙", "جمعة مباركة",
    "🙏", "👍👍", "😂😂😂", "❤️", "ok", "wakha", "d'accord", "saha ftourkoum",
])
def test_greetings_thanks_and_emoji_are_never_flagged_nor_asked(model: FlagModel,
                                                                text: str) -> None:
    result = classify(text, model)
    assert not result.flagged and not result.ask


@pytest.mark.parametrize("text", [
    "bslama 3la kolchi", "merci pour tout, adieu", "bedankt voor alles, vaarwel",
])
def test_a_farewell_is_not_taken_for_a_pleasantry(model: FlagModel, text: str) -> None:
    assert assess(text, model).guard is None, "goodbye words are the model's to judge"


def test_sos_emoji_alone_is_urgent(model: FlagModel) -> None:
    result = classify("🆘", model)
    assert result.severity == "urgent" and result.score == 1.0


@pytest.mark.parametrize("text", [
    "ana mrid bzaf w ma9dertch ntnfes", "بغيت نموت ما بقيتش قادر",
    "ik zie het niet meer zitten", "je vais en finir ce soir", "la police est devant la porte",
    "sa7bi ma bghach yfi9, klla bzaf dyal l7bob",
])
def test_clear_urgent_messages(model: FlagModel, text: str) -> None:
    assert classify(text, model).severity == "urgent"


@pytest.mark.parametrize("text", ["het is te veel", "الحال طايح"])
def test_the_integration_tests_unsure_messages_are_in_the_band(model: FlagModel,
                                                               text: str) -> None:
    """tests/integration/test_help_now.py relies on these; a retrained model may need others."""
    result = classify(text, model)
    assert result.ask and not result.flagged


def test_a_long_message_is_read_in_pieces_and_the_worst_piece_counts(model: FlagModel) -> None:
    calm = "Vandaag ben ik naar de markt geweest en heb ik groenten gekocht. " * 30
    text = calm + "Ik heb alle pillen genomen, ik wil niet meer leven. " + calm
    explained = assess(text, model)
    assert len(explained.pieces) > 10
    assert explained.result.severity == "urgent"
    assert not classify(calm * 2, model).flagged


def test_same_text_same_answer(model: FlagModel) -> None:
    text = "rani f sbitar daba, jiw 3afak"
    assert classify(text, model) == classify(text, model)


def test_clean_shortens_stretched_letters_and_drops_marks() -> None:
    assert clean("Bzzzzaaaaf   MRIIIIDA") == "bzzaaf mriida"
    assert clean("سلاااااام") == "سلام"
    assert clean("مـــريض") == "مريض"


def test_arabic_view_transliterates_arabizi_and_leaves_other_languages() -> None:
    assert arabic_view("3afak 3awni") == "عفاك عاوني"
    assert arabic_view("ik zie het niet meer zitten") == "ik zie het niet meer zitten"
    mixed = arabic_view("je suis malade bzaf")
    assert mixed.startswith("je suis malade") and mixed.endswith("بزاف")


def test_chunks_cover_the_whole_text_in_short_pieces() -> None:
    text = clean("een zin. " * 200)
    pieces = chunks(text)
    assert all(len(piece) <= 300 for piece in pieces)
    assert " ".join(pieces).split() == text.split()


def test_hashed_ngrams_are_stable_and_sorted() -> None:
    first = hashed_ngrams("ana mrid")
    assert first == hashed_ngrams("ana mrid") and list(first) == sorted(set(first))
    assert hashed_ngrams("") == ()


@pytest.mark.parametrize("text", ["a" * 4096, "k", "ok ok", "?????"])
def test_keyboard_mash_and_single_letters_are_never_asked(model: FlagModel, text: str) -> None:
    assert not classify(text, model).ask
