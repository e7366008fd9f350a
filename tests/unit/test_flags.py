"""Flag detector: tables of message -> (categories, severity), one table per behaviour."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from bot.flag_cli import run_flag
from bot.lexicon_files import PACKAGED_FOLDER, load_lexicon
from flows.flags import FlagResult, Lexicon, LexiconError, detect
from flows.flags.normalize import normalize_word, skeleton, tokenize

NOTHING: tuple[tuple[str, ...], None] = ((), None)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def verdict(text: str, lexicon: Lexicon) -> tuple[tuple[str, ...], str | None]:
    result = detect(text, lexicon)
    return result.categories, result.severity


# --- normalisation -----------------------------------------------------------------------

NORMALIZED = [
    ("bzzzzaf", "bzaf"),  # stretched letters
    ("3awniiiii", "3awni"),
    ("MRID", "mrid"),
    ("hôpital", "hopital"),  # French accents
    ("suïcide", "suicide"),  # Dutch diaeresis
    ("مريـــض", "مريض"),  # tatweel
    ("مَرِيضٌ", "مريض"),  # tashkeel
    ("أنا", "انا"),  # hamza on alef
    ("إسعاف", "اسعاف"),
    ("مريضة", "مريضه"),  # ta marbuta
    ("مريضا", "مريضه"),  # feminine written with alef
    ("اعتقلوا", "اعتقلوا"),  # ... but not the verb ending -وا
    ("ڭاع", "كاع"),  # Moroccan g
    ("ڨاع", "كاع"),  # Algerian g
    ("٣", "3"),  # Arabic-Indic digit
    ("ｍｒｉｄ", "mrid"),  # full-width letters
]


@pytest.mark.parametrize(("word", "expected"), NORMALIZED)
def test_normalize_word(word: str, expected: str) -> None:
    assert normalize_word(word) == expected


SKELETONS = [
    ("sbitar", "sbeetar"),
    ("ma3andich", "ma3ndich"),
    ("khayf", "5ayf"),
    ("7ogra", "hogra"),
    ("9tel", "qtel"),
    ("chouf", "xouf"),
]


@pytest.mark.parametrize(("one", "other"), SKELETONS)
def test_spelling_variants_share_a_skeleton(one: str, other: str) -> None:
    assert skeleton(one) == skeleton(other)


def test_tokens_keep_their_place_in_the_original_text() -> None:
    text = "Ana  MRIIID, j'ai mal"
    assert [(t.key, text[t.start : t.end]) for t in tokenize(text)] == [
        ("ana", "Ana"),
        ("mrid", "MRIIID"),
        ("j", "j"),
        ("ai", "ai"),
        ("mal", "mal"),
    ]


def test_invisible_marks_do_not_split_words() -> None:
    assert [t.key for t in tokenize("mr\u200fid")] == ["mrid"]


# --- the product owner's example ------------------------------------------------------------


def test_product_owner_example(lexicon: Lexicon) -> None:
    result = detect("3afak 3awni, ana mrid bzaf w ma3andich flous", lexicon)
    assert {"medical", "no_money_food"} <= set(result.categories)
    assert result.severity == "urgent"
    money = [m for m in result.matches if m.category == "no_money_food"]
    assert money[0].matched == "ma3andich flous"
    assert money[0].confidence == "high"


# --- each category, in several languages ----------------------------------------------------

CATEGORIES = [
    ("ana mrid bzzzaf", ("medical",), "urgent"),
    ("rani malade", ("medical",), "urgent"),
    ("ik heb buikpijn", ("medical",), "urgent"),
    ("ziekenhuisopname morgen", ("medical",), "urgent"),  # Dutch compound
    ("أنا في المستشفى", ("medical",), "urgent"),
    ("bghit nmout", ("self_harm",), "urgent"),
    ("je veux mourir", ("self_harm",), "urgent"),
    ("ik wil dood", ("self_harm",), "urgent"),
    ("drbouni f lgare", ("violence",), "urgent"),
    ("hij bedreigde me", ("violence",), "urgent"),  # Dutch past tense of "bedreigt"
    ("mon pote s'est fait arrêter", ("police",), "urgent"),  # infinitive of "arrêté"
    ("ضربوني", ("violence",), "urgent"),
    ("chdatni lbolis", ("police",), "urgent"),
    ("politie heeft me opgepakt", ("police",), "urgent"),
    ("اعتقلوا صديقي", ("police",), "urgent"),  # Arabic verb ending stripped
    ("ma3ndich fin nbat", ("no_shelter",), "normal"),
    ("je dors dehors", ("no_shelter",), "normal"),
    ("ik slaap op straat", ("no_shelter",), "normal"),
    ("ma3ndich flous", ("no_money_food",), "normal"),
    ("g faim", ("no_money_food",), "normal"),  # SMS "g" = j'ai
    ("ghadi nmout mn jou3", ("no_money_food",), "normal"),  # "dying of hunger" is not self-harm
    ("bghit nhder m3a lmas2oul", ("asks_contact",), "normal"),
    ("bel me aub", ("asks_contact",), "normal"),
    ("kunnen jullie me bellen", ("asks_contact",), "normal"),  # Dutch verb last
    ("ana khayf bzaf", ("feels_bad",), "normal"),
    ("jpp", ("feels_bad",), "normal"),
    ("ik voel me heel alleen", ("feels_bad",), "normal"),
]


@pytest.mark.parametrize(("text", "categories", "severity"), CATEGORIES)
def test_categories(
    text: str, categories: tuple[str, ...], severity: str, lexicon: Lexicon
) -> None:
    assert verdict(text, lexicon) == (categories, severity)


# --- Arabizi: digits, stretching, vowels, glued prefixes, glued words -------------------------

ARABIZI = [
    ("ana fsbitar", ("medical",)),  # f + sbitar
    ("flsbitar m3a mama", ("medical",)),  # fl + sbitar
    ("rani f sbeetar", ("medical",)),  # vowel variant
    ("lbolissss chdouni", ("police",)),
    ("ma3ndichflous", ("no_money_food",)),  # words glued together
    ("ma 3ndich flous", ("no_money_food",)),  # ... and split apart
    ("mandich flous", ("no_money_food",)),  # the 3 dropped
    ("bghitnmout", ("self_harm",)),
    ("kan n3ess f zen9a", ("no_shelter",)),  # verb prefix split off, e for nothing
    ("mriiida", ("medical",)),
    ("5ayfa bzf", ("feels_bad",)),
]


@pytest.mark.parametrize(("text", "categories"), ARABIZI)
def test_arabizi(text: str, categories: tuple[str, ...], lexicon: Lexicon) -> None:
    assert verdict(text, lexicon)[0] == categories


# --- negation: a state is cancelled, a lack is created ---------------------------------------

NEGATION = [
    ("ma mridch", NOTHING),
    ("mamridch", NOTHING),
    ("ana machi mrid", NOTHING),
    ("ma rani ch mrid", NOTHING),  # Algerian ma ... ch around the verb
    ("ma b9itch mrid hamdoullah", NOTHING),
    ("مامريضش", NOTHING),
    ("ماشي مريض", NOTHING),
    ("لست مريضا", NOTHING),
    ("pas malade", NOTHING),
    ("je suis pas malade", NOTHING),
    ("chui pas malade", NOTHING),
    ("je n'ai pas peur", NOTHING),
    ("niet ziek", NOTHING),
    ("ik ben niet ziek", NOTHING),
    ("ik heb geen pijn meer", NOTHING),
    ("ik heb geen honger", NOTHING),
    ("ma3ndi 7ta mochkil", NOTHING),
    ("ma3ndich flous", (("no_money_food",), "normal")),
    ("ma 3ndi 7ta flous", (("no_money_food",), "normal")),  # resource after a negation
    ("ما عندي حتى درهم", (("no_money_food",), "normal")),
    ("pas d'argent", (("no_money_food",), "normal")),
    ("geen geld", (("no_money_food",), "normal")),
    ("geen slaapplek", (("no_shelter",), "normal")),
    ("ليس لدي مكان للنوم", (("no_shelter",), "normal")),
    ("ma fiya walo", NOTHING),
    ("ik weet niet waar ik moet slapen", (("no_shelter",), "normal")),  # "not" is about knowing
    ("je sais pas où dormir", (("no_shelter",), "normal")),
    ("ma femme me frappe", (("violence",), "urgent")),  # French "ma" is not a negation
    ("j'ai de la fièvre", (("medical",), "urgent")),  # ... nor is "la"
]


@pytest.mark.parametrize(("text", "expected"), NEGATION)
def test_negation(
    text: str, expected: tuple[tuple[str, ...], str | None], lexicon: Lexicon
) -> None:
    assert verdict(text, lexicon) == expected


# --- reassurance: "labas" takes back a complaint, "but" brings it back ------------------------

REASSURANCE = [
    ("labas hamdoullah", NOTHING),
    ("ana labas, chokran", NOTHING),
    ("hamdoullah walakin mrid bzaf", (("medical",), "urgent")),
    ("labas hamdoullah walakin mrid bzaf", (("medical",), "urgent")),
    ("الحمد لله ولكن مريض بزاف", (("medical",), "urgent")),
    ("mchit l tbib w 3tani dwa, daba ana mzyan", NOTHING),
    ("le médecin a dit que tout va bien", NOTHING),
    ("ana mrid, wakha?", (("medical",), "urgent")),  # "ok?" asks, does not reassure
    ("ana mrid walakin labas", (("medical",), "urgent")),  # "but" blocks the take-back
    ("ik heb geen geld maar het gaat goed", (("no_money_food",), "normal")),  # a lack stays
]


@pytest.mark.parametrize(("text", "expected"), REASSURANCE)
def test_reassurance(
    text: str, expected: tuple[tuple[str, ...], str | None], lexicon: Lexicon
) -> None:
    assert verdict(text, lexicon) == expected


# --- safe phrases and other harmless uses of flag words ---------------------------------------

SAFE = [
    "ma kayn mochkil",
    "makach mouchkil",
    "kanmout 3lik a sahbi",
    "nmout 3la had lfilm",
    "mort de rire",
    "drbni lberd",
    "ضربني البرد",
    "9tel lwa9t",
    "ik lig dood",
    "pas de problème",
    "khdam f sbitar",
    "je travaille à l'hôpital",
    "chokran 3la lmosa3ada",
    "dank u voor de hulp",
    "j'ai mal dormi",
    "wach kayn rdv ghda?",  # appointment words are weak
    "afspraak morgen om 3 uur",
    "l9it lkhedma w 3ndi flous daba",  # money words alone are weak
    "الله يرحم الوالدين",  # a blessing, not a death
    "salam",
    "ok merci",
]


@pytest.mark.parametrize("text", SAFE)
def test_harmless(text: str, lexicon: Lexicon) -> None:
    assert verdict(text, lexicon) == NOTHING


# --- mixed languages and urgency ----------------------------------------------------------

MIXED = [
    ("ana malade bzaf", ("medical",), "urgent"),
    ("ma3ndich l'argent khoya", ("no_money_food",), "normal"),
    ("sahbi ik ben skeer", ("no_money_food",), "normal"),
    ("ana f straat, geen slaapplek", ("no_shelter",), "normal"),
    ("انا مريض، j'ai besoin d'un docteur", ("medical",), "urgent"),
    ("ana khayef, ils m'ont frappé", ("feels_bad", "violence"), "urgent"),
    ("3ajel 3afak ma3ndich fin nbat", ("no_shelter",), "urgent"),  # urgency word + any flag
    ("dringend, geen slaapplek vannacht", ("no_shelter",), "urgent"),
    ("urgent j'ai plus rien à manger", ("no_money_food",), "urgent"),
    ("عاجل", ("feels_bad",), "urgent"),  # an urgency word alone still reaches a human
    ("sos", ("feels_bad",), "urgent"),
    ("🆘", ("feels_bad",), "urgent"),
    ("ce n'est pas urgent, g faim", ("no_money_food",), "normal"),
]


@pytest.mark.parametrize(("text", "categories", "severity"), MIXED)
def test_mixed_and_urgency(
    text: str, categories: tuple[str, ...], severity: str, lexicon: Lexicon
) -> None:
    assert verdict(text, lexicon) == (categories, severity)


# --- the result ---------------------------------------------------------------------------


def test_result_shape(lexicon: Lexicon) -> None:
    result = detect("ik heb honger en ik ben ziek, help", lexicon)
    assert isinstance(result, FlagResult)
    assert result.flagged
    assert result.categories == tuple(sorted(set(result.categories)))
    assert {m.category for m in result.matches} == set(result.categories)
    for match in result.matches:
        assert match.matched in "ik heb honger en ik ben ziek, help"
        assert match.confidence in ("high", "low")


def test_nothing_flagged(lexicon: Lexicon) -> None:
    result = detect("", lexicon)
    assert not result.flagged
    assert result.severity is None
    assert result.matches == ()


def test_fuzzy_matches_are_low_confidence(lexicon: Lexicon) -> None:
    result = detect("ghatn7er", lexicon)  # one consonant short of ghantn7er
    assert result.categories == ("self_harm",)
    assert {m.confidence for m in result.matches} == {"low"}


def test_long_message_is_fast(lexicon: Lexicon) -> None:
    text = ("salam khoya, ana hna f utrecht w kolchi mzyan, chokran 3la kolchi. " * 70)[:4000]
    start = time.perf_counter()
    result = detect(text + " ana mrid bzaf", lexicon)
    assert time.perf_counter() - start < 0.5
    assert result.categories == ("medical",)


# --- loading ------------------------------------------------------------------------------


def test_staff_folder_overrides_the_lexicon(tmp_path: Path) -> None:
    (tmp_path / "lexicon.tsv").write_text(
        "category\tlanguage\tscript\tterm\tsource\n"
        "# staff comment lines are allowed\n"
        "medical\tnl\tlatn\tverkouden\tcurated\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(tmp_path)  # no modifiers.tsv: the packaged one is used
    assert lexicon.size == 1
    assert detect("ik ben verkouden", lexicon).categories == ("medical",)
    assert detect("ik ben ziek", lexicon).categories == ()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("term\n", "header"),
        ("category\tlanguage\tscript\tterm\tsource\nmedical\tnl\tziek\n", "5 tab-separated"),
        ("category\tlanguage\tscript\tterm\tsource\nsad\tnl\tlatn\tziek\tcurated\n", "unknown"),
    ],
)
def test_malformed_lexicon_is_refused(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "lexicon.tsv").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon(tmp_path)


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon(tmp_path / "nowhere")


def test_packaged_lexicon_is_the_default() -> None:
    assert load_lexicon().source == str(PACKAGED_FOLDER)
    assert load_lexicon().size > 2000


# --- meldbot flag ---------------------------------------------------------------------------


def test_run_flag_arguments() -> None:
    out = io.StringIO()
    code = run_flag(["ana mrid bzaf", "labas"], io.StringIO("ignored"), out)
    assert code == 0
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["text"] == "ana mrid bzaf"
    assert first["categories"] == ["medical"]
    assert first["severity"] == "urgent"
    assert first["matches"][0].keys() == {"category", "term", "matched", "confidence"}
    assert 0.5 < first["score"] <= 1
    assert second["categories"] == [] and second["severity"] is None and not second["ask"]
    assert second["matches"] == [] and second["score"] < 0.1


def test_run_flag_reads_non_empty_lines_of_stdin(tmp_path: Path) -> None:
    (tmp_path / "lexicon.tsv").write_text(
        "category\tlanguage\tscript\tterm\tsource\ndistress\tnl\tlatn\tbalen\tcurated\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    run_flag([], io.StringIO("ik baal\n\n  \nik zit te balen\n"), out, lexicon_folder=tmp_path)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["text"] for line in lines] == ["ik baal", "ik zit te balen"]
    assert lines[0]["matches"] == [], "the staff lexicon has 'balen', not 'baal'"
    assert [m["term"] for m in lines[1]["matches"]] == ["balen"]
    assert lines[1]["categories"] == ["feels_bad"]


def test_run_flag_keeps_non_ascii_readable() -> None:
    out = io.StringIO()
    run_flag(["أنا مريض"], io.StringIO(), out)
    assert "أنا مريض" in out.getvalue()


def test_run_flag_explain_shows_every_signal() -> None:
    out = io.StringIO()
    run_flag(["3afak 3awni ana mrid bzaf", "salam khoya"], io.StringIO(), out, explain=True)
    urgent, greeting = (json.loads(line) for line in out.getvalue().splitlines())
    explained = urgent["explain"]
    assert explained["guard"] is None
    assert "medical" in explained["lexicon"]["categories"] and explained["lexicon"]["words"]
    assert explained["model"]["urgent"] > explained["thresholds"]["urgent"]
    assert "عاوني" in explained["arabic_view"][0], "Arabizi read in Arabic script"
    assert greeting["explain"]["guard"] == "pleasantry" and greeting["severity"] is None
