"""The buttons of onboarding: language, consent, invites, staff names, a new client."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from flows.core.buttons import ButtonData, button

__all__ = ["Consent", "InviteRole", "Language", "NewClientCancel", "NewClientChoice",
           "NewClientFromStreet", "StaffNameKeep"]

LanguageCode = Literal["ary", "ar", "fr", "nl", "en"]


@button
@dataclass(frozen=True)
class Language(ButtonData):
    PREFIX = "lang"
    code: LanguageCode


@button
@dataclass(frozen=True)
class Consent(ButtonData):
    PREFIX = "consent"
    answer: Literal["yes", "no"]


@button
@dataclass(frozen=True)
class InviteRole(ButtonData):
    PREFIX = "invite"
    role: Literal["casemanager", "fieldworker", "admin"]


@button
@dataclass(frozen=True)
class StaffNameKeep(ButtonData):
    PREFIX = "staffname"
    choice: Literal["keep"]


@button
@dataclass(frozen=True)
class NewClientCancel(ButtonData):
    PREFIX = "newclient"
    action: Literal["cancel"]


@button
@dataclass(frozen=True)
class NewClientChoice(ButtonData):
    """A step's answer: a language code, a country code (or "other"), a zone ("keep" or an
    index into the offered zones); the flow checks the value against its step."""

    PREFIX = "newclient"
    step: Literal["language", "country", "timezone"]
    value: str


@button
@dataclass(frozen=True)
class NewClientFromStreet(ButtonData):
    """Make a client of a street contact's person (`s<id>`)."""

    PREFIX = "newclient"
    step: Literal["alias"]
    street_person: str

    def valid(self) -> bool:
        return self.street_person.startswith("s") and self.street_person[1:].isdigit()
