"""The factsheet as CSV (one row per figure) or as a self-contained HTML page."""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping
from html import escape

from bot.export_audit import SafeWriter
from bot.factsheet.charts import chart_png
from bot.factsheet.page import HIDDEN_MARK, Page
from flows.report import Factsheet, Hidden

__all__ = ["CSV_COLUMNS", "csv_text", "html_page"]

CSV_COLUMNS = ("period", "figure", "value")


def csv_text(sheet: Factsheet, hidden: Mapping[str, Hidden]) -> str:
    """`period,figure,value`; a hidden value is "< 5" or "x", one not computable is empty.
    Shares and changes are whole percentages without the % sign."""
    out = io.StringIO()
    writer = SafeWriter(out)
    writer.writerow(CSV_COLUMNS)
    for figure in sheet.figures:
        value: object = "" if figure.value is None else figure.value
        if figure.name in hidden:
            value = HIDDEN_MARK[hidden[figure.name]]
        writer.writerow((sheet.period.label, figure.name, value))
    return out.getvalue()


_STYLE = """
@page { size: A4; margin: 14mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1f2933; margin: 0 auto;
       max-width: 182mm; font-size: 10pt; }
h1 { font-size: 22pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 5mm 0 2mm; }
.note { color: #6b7785; font-size: 8pt; }
.keys { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
.bot { grid-template-columns: repeat(5, 1fr); }
.key b { display: block; font-size: 20pt; color: #1b6f8a; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm; }
.charts img { width: 100%; }
.made { text-align: right; color: #6b7785; font-size: 8pt; }
"""


def _keys(pairs: tuple[tuple[str, str], ...], extra: str = "") -> str:
    cells = "".join(f'<div class="key"><b>{escape(number)}</b>{escape(label)}</div>'
                    for number, label in pairs)
    return f'<div class="keys {extra}">{cells}</div>'


def html_page(page: Page, lang: str) -> str:
    """One printable A4 page; the charts are embedded PNGs, nothing is loaded from
    elsewhere."""
    charts = "".join(
        f'<img alt="{escape(chart.title)}" src="data:image/png;base64,'
        f'{base64.b64encode(chart_png(chart)).decode("ascii")}">' for chart in page.charts)
    lines = "".join(f"<p>{escape(line)}</p>" for line in page.lines)
    outcome_lines = "".join(f"<p>{escape(line)}</p>" for line in page.outcome_lines)
    bot_lines = "".join(f"<p>{escape(line)}</p>" for line in page.bot_lines)
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f"<title>{escape(page.title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(page.title)}</h1><p class=\"note\">{escape(page.note)}</p>"
        f"<h2>{escape(page.headings[0])}</h2>{_keys(page.keys)}{lines}"
        f'<div class="charts">{charts}</div>'
        f"<h2>{escape(page.headings[1])}</h2>{outcome_lines}"
        f"<h2>{escape(page.bot_heading)}</h2>{_keys(page.bot, 'bot')}{bot_lines}"
        f'<p class="made">{escape(page.made)}</p></body></html>\n')
