"""The factsheet's words and numbers as they appear on the page, in one language: what the
HTML, PNG and PDF renderers lay out. Hidden figures show as "< 5" (a count from 1 to 4) or
"x" (hidden so that no small count can be worked out); a figure that cannot be computed
shows as "–"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from babel.numbers import format_decimal

from bot.i18n import BABEL_LOCALES, Translator
from flows.model import NATIONALITIES, OUTCOME_KINDS
from flows.report import AGE_BINS, Factsheet, Hidden, quarter_name

__all__ = ["HIDDEN_MARK", "Bar", "Chart", "Page", "make_page", "shown"]

HIDDEN_MARK: dict[Hidden, str] = {"small": "< 5", "secondary": "x"}
MISSING = "–"
_MONTH = re.compile(r"street_contacts_\d{4}_\d{2}")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: hidden (drawn empty, with `text` above it)
    text: str


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[Bar, ...]
    horizontal: bool = False


@dataclass(frozen=True)
class Page:
    title: str
    note: str
    made: str
    keys: tuple[tuple[str, str], ...]  # (number, what it counts)
    lines: tuple[str, ...]  # sentences under the key numbers
    outcome_lines: tuple[str, ...]
    bot_heading: str
    bot: tuple[tuple[str, str], ...]
    bot_lines: tuple[str, ...]
    charts: tuple[Chart, ...]
    headings: tuple[str, str]  # clients, results


def shown(sheet: Factsheet, hidden: Mapping[str, Hidden], name: str, lang: str) -> str:
    """A figure as the reader sees it."""
    if name in hidden:
        return HIDDEN_MARK[hidden[name]]
    figure = sheet.figure(name)
    if figure.value is None:
        return MISSING
    number = format_decimal(figure.value, locale=BABEL_LOCALES[lang])
    if figure.kind == "share":
        return f"{number} %"
    if figure.kind == "change":
        return f"+{number} %" if figure.value > 0 else f"{number} %"
    return str(number)


def make_page(sheet: Factsheet, hidden: Mapping[str, Hidden], translator: Translator,
              lang: str, now: datetime, timezone: str, *, public: bool) -> Page:
    def t(key: str, **args: object) -> str:
        return translator.format(lang, key, args, timezone)

    def s(name: str) -> str:
        return shown(sheet, hidden, name, lang)

    def bar(name: str, label: str) -> Bar:
        value = sheet.value(name)
        return Bar(label, None if name in hidden or value is None else float(value), s(name))

    period = sheet.period
    when = t("factsheet-period-year", year=str(period.year)) if period.quarter is None else \
        t("factsheet-period-quarter", quarter=str(period.quarter), year=str(period.year))
    lines = [t("factsheet-ages", median=s("age_median"), youngest=s("age_youngest"),
               oldest=s("age_oldest")),
             t("factsheet-ages-estimated", estimated=s("age_estimated")),
             t("factsheet-medical-kinds", addiction=s("medical_addiction"),
               psychiatric=s("medical_psychiatric"), brain=s("medical_brain_injury"))]
    before, after = period.compared()[-1]  # the page has room for the latest change only
    for code in NATIONALITIES[:-1]:
        name = f"nationality_change_{code}_Q{before[1]}_Q{after[1]}"
        if sheet.value(name) is not None and name not in hidden:
            lines.append(t("factsheet-change", nationality=t("factsheet-nationality", code=code),
                           before=quarter_name(before).replace("_", " "),
                           after=quarter_name(after).replace("_", " "), change=s(name)))
    months = [n for n in sheet.names("street_contacts_") if _MONTH.fullmatch(n)]
    shifts = ", ".join(
        f"{name.removeprefix('street_contacts_shift_')}: {s(name)}"
        for name in sheet.names("street_contacts_shift_")) or MISSING
    if "street_contacts_no_shift" in [f.name for f in sheet.figures]:
        shifts += f", {t('factsheet-no-shift')}: {s('street_contacts_no_shift')}"
    charts = (
        Chart(t("factsheet-chart-nationality"),
              tuple(bar(f"nationality_{c}", t("factsheet-nationality", code=c))
                    for c in (*NATIONALITIES, "unknown"))),
        Chart(t("factsheet-chart-age"),
              tuple(bar(f"age_{b}", t("factsheet-age-bin", bin=f"age_{b}"))
                    for b, _, _ in AGE_BINS)),
        Chart(t("factsheet-chart-outcomes"),
              tuple(bar(f"outcome_{k}", t("factsheet-outcome", kind=k)) for k in OUTCOME_KINDS),
              horizontal=True),
        Chart(t("factsheet-chart-street"),
              tuple(bar(m, t("factsheet-month", month=int(m[-2:]))) for m in sorted(months))),
    )
    return Page(
        title=t("factsheet-title", period=when),
        note=t("factsheet-public-note" if public else "factsheet-team-note"),
        made=t("factsheet-made", date=now),
        keys=((s("clients_registered"), t("factsheet-registered")),
              (s("clients_active"), t("factsheet-active")),
              (s("share_age_20_30"), t("factsheet-age-20-30")),
              (s("share_no_asylum"), t("factsheet-no-asylum")),
              (s("eu_document_yes"), t("factsheet-eu-document")),
              (s("share_complex_medical"), t("factsheet-complex-medical"))),
        lines=tuple(lines),
        outcome_lines=(t("factsheet-aftercare",
                         aftercare=s("outcome_voluntary_return_aftercare")),),
        bot_heading=t("factsheet-section-bot"),
        bot=((s("street_contacts"), t("factsheet-street")), (s("alerts"), t("factsheet-alerts")),
             (s("alert_claim_median_minutes"), t("factsheet-claim")),
             (s("checkins_answered"), t("factsheet-checkins")),
             (s("appointments_kept"), t("factsheet-appointments",
                                        held=s("appointments_held")))),
        bot_lines=(t("factsheet-shifts", shifts=shifts),),
        charts=charts,
        headings=(t("factsheet-section-clients"), t("factsheet-section-outcomes")),
    )


