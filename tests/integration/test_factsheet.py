"""`meldbot factsheet`: a year shaped like the organisation's 2024 report, loaded through the
storage API, gives exactly the report's figures; --public hides every small count and every
figure that would give one away; PNG, PDF and HTML come out whole and self-contained."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.factsheet import compute_factsheet
from bot.factsheet.demo_data import seed_year
from flows.report import Factsheet, Hidden, Period
from storage import open_store
from tests.unit.test_report import cells_revealed

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 2, 1, 9, tzinfo=UTC)

# The 2024 report's figures, as the CSV must give them.
REPORT = {
    "clients_registered": 176, "clients_erased": 0,
    "clients_active": 178,  # plus two clients of 2023 still in contact in January
    "nationality_MA": 128, "nationality_DZ": 35, "nationality_TN": 4, "nationality_other": 9,
    "nationality_unknown": 0, "nationality_DZ_2024_Q3": 10, "nationality_DZ_2024_Q4": 19,
    "nationality_change_DZ_Q3_Q4": 90,
    "age_median": 30, "age_youngest": 17, "age_oldest": 60, "age_20_30": 88,
    "share_age_20_30": 50, "age_estimated": 2,
    "asylum_no": 84, "share_no_asylum": 50, "eu_document_yes": 9, "share_eu_document": 5,
    "medical_complex": 150, "share_complex_medical": 85, "medical_addiction": 110,
    "medical_psychiatric": 70, "medical_brain_injury": 12,
    "outcome_voluntary_return": 5, "outcome_voluntary_return_aftercare": 3,
    "outcome_onward_travel": 30, "outcome_residence_obtained": 1, "outcome_in_procedure": 3,
    "outcome_specialised_care": 18, "outcome_coa_handover": 8, "outcome_pga_registered": 11,
    "outcome_return_service_handover": 2, "outcome_forced_removal": 1,
    "outcome_lost_contact": 0,
    "street_contacts": 419, "street_contacts_2024_03": 35, "street_contacts_2024_12": 3,
    "street_contacts_shift_avond": 140, "street_contacts_shift_ochtend": 56,
    "street_contacts_no_shift": 223,
    "alerts": 24, "alerts_claimed": 22, "alert_claim_median_minutes": 57.5,
    "checkins_answered": 12, "appointments_held": 18, "appointments_kept": 12,
}


async def _seed(data: Path) -> list[int]:
    db = await open_store(data / "meldbot.sqlite3", data / "secret.key")
    try:
        async with db.tx() as tx:
            return await seed_year(tx, year=2024)
    finally:
        await db.close()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    data = tmp_path_factory.mktemp("factsheet") / "data"
    data.mkdir()
    return data, asyncio.run(_seed(data))


@pytest.fixture
def data_dir(seeded: tuple[Path, list[int]], tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the seeded data folder, set as MELDBOT_DATA for in-process runs."""
    copy = tmp_path / "data"
    shutil.copytree(seeded[0], copy)
    for name in list(os.environ):
        if name.startswith(("MELDBOT_", "TELEGRAM_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MELDBOT_DATA", str(copy))
    yield copy


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MELDBOT_"))}
    env.update(MELDBOT_DATA=str(data), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "bot.cli", "factsheet", *args], env=env,
                          capture_output=True, timeout=180, cwd=data.parent)


def rows(text: str) -> dict[str, str]:
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["period", "figure", "value"]
    return {figure: value for _, figure, value in table[1:]}


def number(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def run(*args: str) -> None:
    """`meldbot factsheet ...` in this process (the same entry point, without a start-up)."""
    assert main(["factsheet", *args]) == 0


def test_csv_from_the_command_line_gives_the_reports_figures(data_dir: Path) -> None:
    done = cli(data_dir, "--year", "2024", "--format", "csv")
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    figures = rows(done.stdout.decode())
    assert {name: number(figures[name]) for name in REPORT} == REPORT
    assert set(re.findall(r"^2024,", done.stdout.decode(), re.M)) == {"2024,"}  # one period
    for name, value in figures.items():  # every figure is a number or, uncomputable, empty
        assert value == "" or re.fullmatch(r"-?\d+(\.\d)?", value), (name, value)


def test_a_quarter_compares_with_the_quarter_before(data_dir: Path) -> None:
    out = data_dir.parent / "q4.csv"
    run("--year", "2024", "--quarter", "4", "--format", "csv", "--output", str(out))
    text = out.read_text()
    assert text.splitlines()[1].startswith("2024-Q4,")
    figures = rows(text)
    assert figures["nationality_change_DZ_Q3_Q4"] == "90"
    assert 0 < int(figures["clients_registered"]) < 176


async def _sheet(data: Path) -> Factsheet:
    db = await open_store(data / "meldbot.sqlite3", data / "secret.key")
    try:
        return await compute_factsheet(db, Period(2024, None, "Europe/Amsterdam"), NOW)
    finally:
        await db.close()


def test_public_hides_every_small_count_and_whatever_would_give_one_away(
        data_dir: Path) -> None:
    out = data_dir.parent / "public.csv"
    run("--year", "2024", "--format", "csv", "--public", "--output", str(out))
    public = rows(out.read_text())
    sheet = asyncio.run(_sheet(data_dir))
    exact = {f.name: f.value for f in sheet.figures}
    counts = {f.name for f in sheet.figures if f.kind == "count"}
    for name in counts:
        if exact[name] in (1, 2, 3, 4):
            assert public[name] == "< 5", name
        elif public[name] not in ("x",):
            assert number(public[name]) == exact[name], name
    assert public["nationality_TN"] == "< 5"
    assert public["nationality_other"] == "x"  # else 176 - 128 - 35 would give TN's 4
    assert public["street_contacts_2024_12"] == "< 5"
    assert public["street_contacts_2024_02"] == "x"  # the smallest other month
    assert public["clients_registered"] == "176"
    assert public["nationality_change_DZ_Q3_Q4"] == "90"  # 10 and 19 are shown
    assert public["nationality_change_DZ_Q1_Q2"] == "x"  # from 3 to 3: both hidden
    hidden: dict[str, Hidden] = {n: "small" for n, v in public.items() if v == "< 5"}
    hidden.update({n: "secondary" for n, v in public.items() if v == "x"})
    as_counts = {n: int(v) for n, v in exact.items() if n in counts and v is not None}
    for total, parts in sheet.groups:
        assert cells_revealed(as_counts, total, parts, hidden) == [], (total, parts)
    for figure in sheet.figures:
        if figure.kind != "count" and any(s in hidden for s in figure.sources):
            assert public[figure.name] == "x", figure.name


def test_erasing_a_client_keeps_the_yearly_counts(
        data_dir: Path, seeded: tuple[Path, list[int]]) -> None:
    returnee = seeded[1][20]  # a voluntary return with aftercare, an alert and check-ins

    async def erase() -> None:
        db = await open_store(data_dir / "meldbot.sqlite3", data_dir / "secret.key")
        try:
            async with db.tx() as tx:
                assert (await tx.erase_person(returnee)).get("people") == 1
        finally:
            await db.close()

    asyncio.run(erase())
    out = data_dir.parent / "after.csv"
    run("--year", "2024", "--format", "csv", "--output", str(out))
    figures = rows(out.read_text())
    for name in ("clients_registered", "outcome_voluntary_return", "alerts",
                 "checkins_answered", "street_contacts"):
        assert number(figures[name]) == REPORT[name], name
    assert figures["clients_erased"] == "1"


def test_png_and_pdf_are_one_a4_page(data_dir: Path) -> None:
    png, pdf = data_dir.parent / "f.png", data_dir.parent / "f.pdf"
    run("--year", "2024", "--format", "png", "--output", str(png))
    run("--year", "2024", "--format", "pdf", "--lang", "en", "--public", "--output", str(pdf))
    image = png.read_bytes()
    assert image.startswith(b"\x89PNG\r\n\x1a\n") and 50_000 < len(image) < 3_000_000
    width, height = int.from_bytes(image[16:20], "big"), int.from_bytes(image[20:24], "big")
    assert abs(height / width - 297 / 210) < 0.01  # A4 portrait
    document = pdf.read_bytes()
    assert document.startswith(b"%PDF-") and 10_000 < len(document) < 3_000_000
    assert re.findall(rb"/Type /Page\b", document) == [b"/Type /Page"]  # one page
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", document)
    assert box is not None
    assert abs(float(box[1]) - 595.3) < 1 and abs(float(box[2]) - 841.9) < 1  # A4 points


def test_html_embeds_its_charts_and_loads_nothing(data_dir: Path) -> None:
    page = data_dir.parent / "f.html"
    run("--year", "2024", "--lang", "en", "--public", "--output", str(page))
    text = page.read_text()
    assert text.startswith("<!DOCTYPE html>") and '<html lang="en">' in text
    assert text.count('src="data:image/png;base64,') == 4
    rest = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", text)
    assert not re.search(r"https?:|//[a-z]|@import|url\(|href=", rest, re.I)
    assert re.findall(r'src="([^"]*)"', rest) == [""] * 4
    assert "Factsheet 2024" in text and "clients registered" in text
    assert "&lt; 5" in text  # a small count, hidden


def test_the_page_is_dutch_by_default_with_exact_numbers_for_the_team(data_dir: Path) -> None:
    page = data_dir.parent / "nl.html"
    run("--year", "2024", "--output", str(page))
    text = page.read_text()
    assert '<html lang="nl">' in text and "geregistreerde cliënten" in text
    assert "Alleen voor het team" in text and "&lt; 5" not in text
    assert "Algerijnse cliënten 2024 Q3 → 2024 Q4: +90 %" in text
