"""Translations: every language has the same ids and variables as English and formats cleanly."""

from __future__ import annotations

import copy
import logging
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from babel import Locale
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.i18n import BABEL_LOCALES, Translator, default_locales_folder

LOCALES = default_locales_folder()
REFERENCE = "en"
LANGS = ("ary", "ar", "fr", "nl")
RTL = ("ary", "ar")
NUMERIC_VARIABLES = frozenset({"days", "max", "count", "n"})
BUTTON_SUFFIXES = ("-button", "-agree", "-decline", "-cancel", "-keep")
NOT_BUTTON_PREFIXES = ("cmd-", "menu-")
ROLES = ("admin", "casemanager", "fieldworker", "client")
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
LETTER = re.compile(r"[^\W\d_]")
COMMAND = re.compile(r"/[a-z_]+(?: (?:on\|off|on|off|end)\b)?")  # with untranslated arguments
TIME_ZONE = re.compile(r"\b[A-Z][A-Za-z_]+/[A-Za-z_]+\b")
LINK = re.compile(r"https?://\S+")
ISOLATION = "\u2068\u2069\u2066\u2067"


class _Collector(Visitor):
    """Variable names, referenced message ids and literal text of one entry."""

    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.messages: set[str] = set()
        self.text: list[str] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)
        self.generic_visit(node)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.messages.add(node.id.name)
        self.generic_visit(node)

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.text.append(node.value)

    def visit_Comment(self, node: ast.BaseNode) -> None:
        pass

    visit_GroupComment = visit_ResourceComment = visit_Comment


def _entry_id(entry: ast.Message | ast.Term) -> str:
    return ("-" if isinstance(entry, ast.Term) else "") + entry.id.name


@cache
def _resources(lang: str) -> dict[str, ast.Resource]:
    parser = FluentParser()
    return {path.name: parser.parse(path.read_text(encoding="utf-8"))
            for path in sorted((LOCALES / lang).glob("*.ftl"))}


@cache
def _entries(lang: str) -> dict[str, ast.Message | ast.Term]:
    out: dict[str, ast.Message | ast.Term] = {}
    for resource in _resources(lang).values():
        for entry in resource.body:
            if isinstance(entry, (ast.Message, ast.Term)):
                assert _entry_id(entry) not in out, f"{lang}: duplicate id {_entry_id(entry)}"
                out[_entry_id(entry)] = entry
    return out


def _collect(entry: ast.BaseNode) -> _Collector:
    collector = _Collector()
    collector.visit(entry)
    return collector


def _variables(lang: str, key: str) -> set[str]:
    return _collect(_entries(lang)[key]).variables


def _all_variables(lang: str, key: str, seen: frozenset[str] = frozenset()) -> set[str]:
    """Variables of a message and of the messages it references (they share the arguments)."""
    found = _collect(_entries(lang)[key])
    names = set(found.variables)
    for ref in found.messages - seen - {key}:
        if ref in _entries(lang):
            names |= _all_variables(lang, ref, seen | {key})
    return names


def _literal_text(entry: ast.BaseNode) -> str:
    return " ".join(_collect(entry).text)


EN_IDS = sorted(_entries(REFERENCE))
EN_MESSAGES = [key for key in EN_IDS if not key.startswith("-")]


@cache
def _translator() -> Translator:
    return Translator(LOCALES)


# (a) identical ids ---------------------------------------------------------------------------

def test_reference_has_messages() -> None:
    assert EN_MESSAGES, "locales/en has no messages"


@pytest.mark.parametrize("lang", LANGS)
def test_same_ids_as_english(lang: str) -> None:
    ours, reference = set(_entries(lang)), set(_entries(REFERENCE))
    assert sorted(reference - ours) == [], f"{lang} is missing ids"
    assert sorted(ours - reference) == [], f"{lang} has ids that en does not have"


@pytest.mark.parametrize("lang", LANGS)
def test_same_file_names_as_english(lang: str) -> None:
    assert sorted(_resources(lang)) == sorted(_resources(REFERENCE))


@pytest.mark.parametrize("lang", LANGS)
def test_same_attributes_as_english(lang: str) -> None:
    for key in set(_entries(lang)) & set(_entries(REFERENCE)):
        ours = sorted(a.id.name for a in _entries(lang)[key].attributes)
        theirs = sorted(a.id.name for a in _entries(REFERENCE)[key].attributes)
        assert ours == theirs, f"{lang}/{key}: attributes differ"


# (b) identical variables ---------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_same_variables_as_english(lang: str) -> None:
    mismatches = {key: (sorted(_variables(lang, key)), sorted(_variables(REFERENCE, key)))
                  for key in EN_IDS if key in _entries(lang)
                  and _variables(lang, key) != _variables(REFERENCE, key)}
    assert mismatches == {}, f"{lang}: (ours, en) variables differ"


@pytest.mark.parametrize("lang", LANGS)
def test_same_message_references_as_english(lang: str) -> None:
    for key in EN_IDS:
        if key in _entries(lang):
            ours = _collect(_entries(lang)[key]).messages
            assert ours == _collect(_entries(REFERENCE)[key]).messages, f"{lang}/{key}"


def test_variable_collector_sees_selectors_and_attributes() -> None:
    source = "m = { $a ->\n    [one] { $b }\n   *[other] x\n}\n    .attr = { $c }\n"
    resource = FluentParser().parse(source)
    assert isinstance(resource.body[0], ast.Message)
    assert _collect(resource.body[0]).variables == {"a", "b", "c"}


# (c) clean parse -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", (REFERENCE, *LANGS))
def test_files_parse_without_junk(lang: str) -> None:
    assert _resources(lang), f"locales/{lang} has no .ftl files"
    for name, resource in _resources(lang).items():
        junk = [entry.content for entry in resource.body if isinstance(entry, ast.Junk)]
        assert junk == [], f"{lang}/{name} has unparsable content"


# (d) every message formats -------------------------------------------------------------------

@cache
def _bundle(lang: str) -> FluentBundle:
    """One language alone, without the Translator's fallbacks."""
    bundle = FluentBundle([BABEL_LOCALES[lang]])
    for resource in _resources(lang).values():
        bundle.add_resource(resource)
    return bundle


@cache
def _numeric_variables() -> frozenset[str]:
    """days/max/count/n, and every variable that an en comment documents as (Number)."""
    documented: set[str] = set()
    for path in (LOCALES / REFERENCE).glob("*.ftl"):
        documented |= set(re.findall(r"\$(\w+) \(Number\)", path.read_text(encoding="utf-8")))
    return NUMERIC_VARIABLES | documented


def _sample_args(names: set[str]) -> dict[str, object]:
    numeric = _numeric_variables()
    return {name: (3 if name in numeric else f"sample-{name}") for name in sorted(names)}


def _closure(lang: str, key: str) -> list[ast.Message | ast.Term]:
    """The entry and the messages it references, recursively."""
    seen: dict[str, ast.Message | ast.Term] = {}
    todo = [key]
    while todo:
        current = todo.pop()
        if current in seen or current not in _entries(lang):
            continue
        seen[current] = _entries(lang)[current]
        todo += sorted(_collect(seen[current]).messages)
    return list(seen.values())


def _arg_sets(key: str) -> list[dict[str, object]]:
    """Sample args, plus each variant key of string selectors and a few plural-relevant numbers."""
    names = _all_variables(REFERENCE, key)
    base = _sample_args(names)
    sets = [base]
    for name in sorted(names):
        if name in _numeric_variables():
            sets += [base | {name: n} for n in (0, 1, 2, 3, 11, 100)]
            continue
        keys = {_variant_key(v) for entry in _closure(REFERENCE, key)
                for select in _selects_on(entry, name) for v in select.variants}
        sets += [base | {name: k} for k in sorted(keys)]
    return sets


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", EN_MESSAGES)
def test_message_formats(lang: str, key: str, caplog: pytest.LogCaptureFixture) -> None:
    translator = _translator()
    assert translator.has(lang, key), f"{lang} lacks {key}"
    # The bundle of this language alone (no fallback) must report no errors either.
    bundle = _bundle(lang)
    message = bundle.get_message(key)
    assert message.value is not None, f"{lang}/{key} has no value"
    for args in _arg_sets(key):
        with caplog.at_level(logging.WARNING, logger="bot.i18n"):
            text = translator.format(lang, key, args)
            en_text = translator.format(REFERENCE, key, args)
        assert not [r for r in caplog.records if r.name == "bot.i18n"], caplog.text
        assert text.strip() and text != key
        for name, value in args.items():
            if isinstance(value, str) and value.startswith("sample-") and value in en_text:
                assert value in text, f"{lang}/{key} does not show ${name} (args {args})"
        _, errors = bundle.format_pattern(message.value, args)
        assert errors == [], f"{lang}/{key}: {errors} (args {args})"


@pytest.mark.parametrize("lang", LANGS)
def test_role_name_translates_each_role(lang: str) -> None:
    translator = _translator()
    names = {translator.format(lang, "role-name", {"role": role}) for role in ROLES}
    assert len(names) == len(ROLES), f"{lang}: roles share a name"
    entry = _entries(lang)["role-name"]
    assert entry.value is not None
    select = _selects_on(entry, "role")[0]
    keys = {_variant_key(v) for v in select.variants}
    assert keys == set(ROLES)


# (e) Darija uses Arabic plural rules ----------------------------------------------------------

def _selects_on(node: ast.BaseNode, variable: str) -> list[ast.SelectExpression]:
    found: list[ast.SelectExpression] = []

    class Finder(Visitor):
        def visit_SelectExpression(self, select: ast.SelectExpression) -> None:
            selector = select.selector
            if isinstance(selector, ast.VariableReference) and selector.id.name == variable:
                found.append(select)
            self.generic_visit(select)

    Finder().visit(node)
    return found


def _variant_key(variant: ast.Variant) -> str:
    key = variant.key
    return key.name if isinstance(key, ast.Identifier) else key.value


PLURAL_VARIABLES = ("days", "count")
PLURAL_CASES = [(key, var) for key in EN_MESSAGES for var in PLURAL_VARIABLES
                if _selects_on(_entries(REFERENCE)[key], var)]
DAYS_MESSAGES = [key for key, var in PLURAL_CASES if var == "days"]


@cache
def _marker_bundle(lang: str, key: str, var: str) -> FluentBundle:
    """The message (and what it references) with each $var variant replaced by its key."""
    entries = copy.deepcopy(_closure(lang, key))
    for select in _selects_on(entries[0], var):
        for variant in select.variants:
            variant.value = ast.Pattern([ast.TextElement(f"@@{_variant_key(variant)}@@")])
    body: list[ast.EntryType] = list(entries)
    bundle = FluentBundle([BABEL_LOCALES[lang]])
    bundle.add_resource(ast.Resource(body))
    return bundle


def _selected_variants(lang: str, key: str, n: int, var: str = "days") -> list[str]:
    """Which $var variant keys Fluent picks, found by replacing each variant with its key."""
    bundle = _marker_bundle(lang, key, var)
    message = bundle.get_message(key)
    assert message.value is not None
    args = _sample_args(_all_variables(lang, key)) | {var: n}
    text, _ = bundle.format_pattern(message.value, args)
    return re.findall(r"@@(\w+)@@", str(text))


def test_darija_uses_arabic_plural_rules() -> None:
    assert BABEL_LOCALES["ary"] == "ar_MA"
    darija, arabic = Locale.parse(BABEL_LOCALES["ary"]), Locale.parse("ar")
    expected = {0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many",
                100: "other", 102: "other", 103: "few", 111: "many"}
    for n, category in expected.items():
        assert darija.plural_form(n) == category, n
        assert arabic.plural_form(n) == category, n
    bundle = FluentBundle([BABEL_LOCALES["ary"]])
    for n, category in expected.items():
        assert bundle._plural_form(n) == category, n


def test_there_are_day_plurals_to_check() -> None:
    assert DAYS_MESSAGES, "no en message selects on $days"


@pytest.mark.parametrize(("key", "var"), PLURAL_CASES)
def test_darija_plurals_select_like_arabic(key: str, var: str) -> None:
    rule = Locale.parse(BABEL_LOCALES["ary"]).plural_form
    for lang in RTL:
        selects = _selects_on(_entries(lang)[key], var)
        assert selects, f"{lang}/{key} does not select on ${var}"
        for select in selects:
            default = next(v for v in select.variants if v.default)
            assert _variant_key(default) == "other", f"{lang}/{key}: default must be *[other]"
    selects = _selects_on(_entries("ary")[key], var)
    keys = {_variant_key(v) for select in selects for v in select.variants}

    def expected(n: int) -> str:
        """An exact number key ([0]) wins, then the Arabic category, then *[other]."""
        if str(n) in keys:
            return str(n)
        return rule(n) if rule(n) in keys else "other"

    for n in (*range(0, 120), 200, 1000):
        darija = _selected_variants("ary", key, n, var)
        arabic = _selected_variants("ar", key, n, var)
        assert darija == arabic, f"{key}: {var}={n} picks {darija} in ary but {arabic} in ar"
        assert darija and all(k == expected(n) for k in darija), (key, n, darija)
    for n, category in ((1, "one"), (2, "two"), (3, "few"), (11, "many")):
        assert rule(n) == category
        assert _selected_variants("ary", key, n, var)[0] == expected(n), (key, n)


@pytest.mark.parametrize(("key", "var"), PLURAL_CASES)
def test_darija_plural_text_reaches_the_output(key: str, var: str) -> None:
    """The real Translator (ary → ar_MA) shows the text of the variant Arabic rules pick."""
    translator = _translator()
    for n in (1, 2, 3, 11, 100):
        args = _sample_args(_all_variables("ary", key)) | {var: n, "role": "fieldworker"}
        text = translator.format("ary", key, args)
        picked = _selected_variants("ary", key, n, var)[0]
        select = _selects_on(_entries("ary")[key], var)[0]
        variant = next(v for v in select.variants if _variant_key(v) == picked)
        for element in variant.value.elements:
            if isinstance(element, ast.TextElement) and element.value.strip():
                assert element.value.strip() in text, (key, n, picked, text)


# (f) Arabic script in Arabic-script languages -------------------------------------------------

def _needs_words(key: str) -> bool:
    """The en text has words of its own (not only placeholders, commands or names)."""
    text = COMMAND.sub(" ", TIME_ZONE.sub(" ", _literal_text(_entries(REFERENCE)[key])))
    return bool(LETTER.search(text))


WORDY_IDS = [key for key in EN_IDS if _needs_words(key)]


@pytest.mark.parametrize("lang", RTL)
@pytest.mark.parametrize("key", WORDY_IDS)
def test_arabic_script(lang: str, key: str) -> None:
    entry = _entries(lang).get(key)
    assert entry is not None, f"{lang} lacks {key}"
    text = _literal_text(entry)
    assert ARABIC.search(text), f"{lang}/{key} has no Arabic script: {text!r}"
    # Latin script only in commands, links and time zone names like Africa/Casablanca.
    rest = COMMAND.sub(" ", TIME_ZONE.sub(" ", LINK.sub(" ", text)))
    assert not re.search("[A-Za-z]", rest), f"{lang}/{key} has Latin words: {text!r}"


def test_wordy_detection() -> None:
    assert "consent-text" in WORDY_IDS
    assert "newclient-zone-other" not in WORDY_IDS


# (g) buttons start with an emoji --------------------------------------------------------------

def _is_button(key: str) -> bool:
    """Button labels by naming convention; /command lines and menu texts are not buttons."""
    if key.startswith(NOT_BUTTON_PREFIXES):
        return False
    return key.endswith(BUTTON_SUFFIXES) or key.startswith("country-")


BUTTON_IDS = [key for key in EN_MESSAGES if _is_button(key)]


def _starts_with_emoji(text: str) -> bool:
    text = text.lstrip(ISOLATION + " ")
    return bool(text) and unicodedata.category(text[0]) == "So"


def test_there_are_buttons() -> None:
    assert BUTTON_IDS
    assert "cmd-cancel" not in BUTTON_IDS


@pytest.mark.parametrize("lang", (REFERENCE, *LANGS))
@pytest.mark.parametrize("key", BUTTON_IDS)
def test_button_starts_with_emoji(lang: str, key: str) -> None:
    args = _sample_args(_all_variables(lang, key))
    text = _translator().format(lang, key, args)
    assert _starts_with_emoji(text), f"{lang}/{key}: {text!r}"
    assert _translator().has(lang, key)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", EN_MESSAGES)
def test_same_leading_emoji_as_english(lang: str, key: str) -> None:
    """Where en starts with an emoji, the translation starts with the same one."""
    en_text = _literal_text(_entries(REFERENCE)[key]).lstrip()
    if not _starts_with_emoji(en_text):
        return
    text = _literal_text(_entries(lang)[key]).lstrip()
    assert text[:1] == en_text[:1], f"{lang}/{key}: {text[:3]!r} vs {en_text[:3]!r}"


def test_locales_folder_layout() -> None:
    for lang in (REFERENCE, *LANGS):
        assert (Path(LOCALES) / lang).is_dir()
