"""What a person did, in our own terms. Never a Telegram object."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from flows.core.buttons import ButtonData, decode

__all__ = [
    "Button",
    "Command",
    "Edited",
    "Event",
    "Location",
    "Media",
    "Text",
    "Tick",
    "Unsupported",
]


@dataclass(frozen=True)
class Command:
    name: str
    arg: str = ""


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Button:
    data: str
    message_id: int | None = None

    @cached_property
    def press(self) -> ButtonData | None:
        """The typed button this data stands for; None for old, forged or malformed data
        (read once: the loader, the router and the flow all ask)."""
        return decode(self.data)


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Media:
    """A voice note, photo, document, audio or video, kept by Telegram under file_id."""

    kind: str
    file_id: str
    caption: str | None = None


@dataclass(frozen=True)
class Edited:
    text: str


@dataclass(frozen=True)
class Unsupported:
    """Stickers, polls, contacts and anything else we do not handle."""

    kind: str


@dataclass(frozen=True)
class Tick:
    """A durable timer came due (kind and subject as set by SetTimer)."""

    kind: str
    subject: int


Event = Command | Text | Button | Location | Media | Edited | Unsupported | Tick
