"""The yearly factsheet (issue 15): figures from plain records, and small-number suppression
for the public version. Pure: the loader and the renderers live in bot/factsheet/."""

from flows.report.figures import AGE_BINS, Factsheet, Figure, Group, compute, percent
from flows.report.period import Period, Quarter, quarter_name
from flows.report.records import (
    AlertRecord,
    AppointmentRecord,
    ClientRecord,
    Records,
    StreetRecord,
)
from flows.report.suppress import Hidden, hidden_figures, suppress

__all__ = [
    "AGE_BINS", "AlertRecord", "AppointmentRecord", "ClientRecord", "Factsheet", "Figure",
    "Group", "Hidden", "Period", "Quarter", "Records", "StreetRecord", "compute",
    "hidden_figures", "percent", "quarter_name", "suppress",
]
