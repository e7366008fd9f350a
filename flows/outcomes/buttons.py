"""The buttons of profiles and outcomes. A value that Telegram data may not hold ("<18")
is written with "lt" ("lt18"); `code_of` reads it back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from flows.core.buttons import ButtonData, New, button
from flows.model import AGE_BANDS, MEDICAL, NATIONALITIES, OUTCOME_KINDS, YEARS_NL

__all__ = ["COUNTRIES", "COUNTRY_KINDS", "FIELDS", "Field", "OutcomeRemove", "OutcomeStep",
           "ProfileTap", "choices", "code_of", "token_of"]

Field = Literal["nationality", "birth", "years_nl", "asylum_nl", "eu_document", "medical",
                "children_nl"]
FIELDS: tuple[Field, ...] = ("nationality", "birth", "years_nl", "asylum_nl", "eu_document",
                             "medical", "children_nl")
YES_NO = ("yes", "no")
# the countries offered as buttons (any other is typed as its two-letter code)
COUNTRIES: tuple[str, ...] = ("MA", "DZ", "TN", "DE", "FR", "BE", "ES", "IT")
# the outcomes that happen in (or towards) a country
COUNTRY_KINDS: tuple[str, ...] = ("voluntary_return", "onward_travel", "residence_obtained",
                                  "in_procedure", "forced_removal")


def token_of(code: str) -> str:
    return code.replace("<", "lt")


def code_of(token: str) -> str:
    return token.replace("lt", "<")


def choices(field: str) -> tuple[str, ...]:
    """The codes a field may be set to (besides "unknown")."""
    return {"nationality": NATIONALITIES, "birth": AGE_BANDS, "years_nl": YEARS_NL,
            "medical": (*MEDICAL, "none")}.get(field, YES_NO)


@button
@dataclass(frozen=True)
class ProfileTap(ButtonData):
    """On the profile card of client `id`: open a field ("ask"), set it to a value (or
    "unknown"; a medical value toggles), show the card again ("card") or close it."""

    PREFIX = "pf"
    ROW = "client"
    field: Literal["nationality", "birth", "years_nl", "asylum_nl", "eu_document",
                   "medical", "children_nl", "card", "done"]
    value: str
    id: int

    def valid(self) -> bool:
        if self.field in ("card", "done"):
            return self.value == "0"
        if self.value in ("ask", "unknown"):
            return True
        return code_of(self.value) in choices(self.field)


@button
@dataclass(frozen=True)
class OutcomeStep(ButtonData):
    """A step of /outcome: the kind, the date (days ago), the country, whether aftercare
    follows; or cancel."""

    PREFIX = "oc"
    step: Literal["date", "kind", "country", "aftercare", "cancel"]
    value: str

    def valid(self) -> bool:
        allowed: tuple[str, ...] = {
            "kind": OUTCOME_KINDS, "date": ("0", "1"),
            "country": (*COUNTRIES, "other", "skip"), "aftercare": YES_NO,
        }.get(self.step, ("0",))
        return self.value in allowed


@button
@dataclass(frozen=True)
class OutcomeRemove(ButtonData):
    """🗑 the outcome `outcome` of client `id`: ask, then yes or no."""

    PREFIX = "ocx"
    ROW = "client"
    action: Literal["ask", "yes", "no"]
    id: int
    outcome: int | New
