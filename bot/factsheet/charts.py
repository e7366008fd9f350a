"""The factsheet drawn with matplotlib (Agg for PNG, its PDF backend for PDF), without
pyplot: no global state, safe in a worker thread. One A4 page in portrait."""

from __future__ import annotations

import io
import textwrap
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import FigureCanvasPdf
from matplotlib.figure import Figure

from bot.factsheet.page import Chart, Page

__all__ = ["A4_INCHES", "chart_png", "page_bytes"]

A4_INCHES = (8.27, 11.69)
INK, ACCENT, MUTED, HIDDEN = "#1f2933", "#1b6f8a", "#6b7785", "#c9d2da"


def draw_chart(ax: Axes, chart: Chart, size: float = 8) -> None:
    labels = [textwrap.fill(b.label, 34 if chart.horizontal else 22) for b in chart.bars]
    values = [b.value or 0.0 for b in chart.bars]
    colours = [ACCENT if b.value is not None else HIDDEN for b in chart.bars]
    top = max(values, default=0) or 1
    positions = list(range(len(values)))
    if chart.horizontal:
        ax.barh(positions, values, color=colours)
        ax.set_yticks(positions, labels, fontsize=size - 1)
        ax.invert_yaxis()
        ax.set_xlim(0, top * 1.18)
        for y, (value, bar) in enumerate(zip(values, chart.bars, strict=True)):
            ax.text(value + top * 0.02, y, bar.text, va="center", fontsize=size - 1, color=INK)
        ax.tick_params(axis="x", labelbottom=False, bottom=False)
    else:
        ax.bar(positions, values, color=colours)
        long = len(values) > 7 or max(map(len, labels), default=0) * len(values) > 60
        ax.set_xticks(positions, labels, fontsize=size - 1, rotation=90 if long else 0)
        ax.set_ylim(0, top * 1.18)
        for x, (value, bar) in enumerate(zip(values, chart.bars, strict=True)):
            ax.text(x, value + top * 0.02, bar.text, ha="center", fontsize=size - 1, color=INK)
        ax.tick_params(axis="y", labelleft=False, left=False)
    ax.set_title(chart.title, fontsize=size + 2, loc="left", color=INK, fontweight="bold")
    for side in ("top", "right", "left" if not chart.horizontal else "bottom"):
        ax.spines[side].set_visible(False)


def chart_png(chart: Chart) -> bytes:
    """One chart as a PNG, for the HTML page."""
    figure = Figure(figsize=(5.2, 3.2), dpi=110, layout="constrained")
    FigureCanvasAgg(figure)
    draw_chart(figure.add_subplot(), chart)
    return _save(figure, "png")


def _block(figure: Figure, y: float, pairs: tuple[tuple[str, str], ...]) -> float:
    """Key numbers in one row: a big number with a small label under it."""
    width = 0.9 / len(pairs)
    wrap = int(width * 120)
    for index, (number, label) in enumerate(pairs):
        x = 0.05 + index * width
        figure.text(x, y, number, fontsize=19, fontweight="bold", color=ACCENT, va="top")
        figure.text(x, y - 0.03, textwrap.fill(label, wrap), fontsize=7.5, color=INK,
                    va="top")
    return y - 0.1


def _lines(figure: Figure, y: float, lines: tuple[str, ...], size: float = 8.5) -> float:
    for line in lines:
        wrapped = textwrap.fill(line, 115)
        figure.text(0.05, y, wrapped, fontsize=size, color=INK, va="top")
        y -= 0.018 * (wrapped.count("\n") + 1)
    return y


def page_figure(page: Page) -> Figure:
    figure = Figure(figsize=A4_INCHES, dpi=100)
    text: dict[str, Any] = {"color": INK, "va": "top"}
    figure.text(0.05, 0.975, page.title, fontsize=22, fontweight="bold", **text)
    figure.text(0.05, 0.943, textwrap.fill(page.note, 120), fontsize=7, color=MUTED, va="top")
    figure.text(0.05, 0.912, page.headings[0], fontsize=13, fontweight="bold", **text)
    y = _lines(figure, _block(figure, 0.885, page.keys), page.lines)
    top = y - 0.035
    nationality, age, outcomes, street = page.charts
    draw_chart(figure.add_axes((0.07, top - 0.12, 0.4, 0.12)), nationality, size=7)
    draw_chart(figure.add_axes((0.57, top - 0.12, 0.38, 0.12)), age, size=7)
    top -= 0.12 + 0.08
    draw_chart(figure.add_axes((0.27, top - 0.19, 0.23, 0.19)), outcomes, size=7)
    draw_chart(figure.add_axes((0.57, top - 0.19, 0.38, 0.19)), street, size=7)
    y = _lines(figure, top - 0.235, page.outcome_lines)
    figure.text(0.05, y - 0.01, page.bot_heading, fontsize=13, fontweight="bold", **text)
    y = _block(figure, y - 0.04, page.bot)
    _lines(figure, y, page.bot_lines, size=7.5)
    figure.text(0.95, 0.015, page.made, fontsize=7, color=MUTED, ha="right")
    return figure


def page_bytes(page: Page, fmt: str) -> bytes:
    """The page as PNG (150 dpi) or PDF (one A4 page)."""
    figure = page_figure(page)
    if fmt == "pdf":
        FigureCanvasPdf(figure)
    else:
        FigureCanvasAgg(figure)
    return _save(figure, fmt)


def _save(figure: Figure, fmt: str) -> bytes:
    out = io.BytesIO()
    metadata = {"Creator": None, "Producer": None, "CreationDate": None} if fmt == "pdf" \
        else {"Software": None}
    figure.savefig(out, format=fmt, dpi=150 if fmt == "png" else None, metadata=metadata)
    return out.getvalue()
