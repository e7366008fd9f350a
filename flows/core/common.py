"""Small replies every flow uses: neutral refusal, re-asks, the neutral greeting."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import cast

from flows.core.context import LANGUAGES, Context
from flows.core.effects import SELF, Choice, Log, Send, Transition
from flows.model import Person
from flows.onboarding.buttons import Language, LanguageCode

__all__ = [
    "CLIENT_KEYBOARD",
    "LANGUAGE_NAMES",
    "buttons_expired",
    "language_buttons",
    "match_alias",
    "neutral_greeting",
    "refuse",
    "reply",
    "use_buttons",
]

# Each language's name in its own script, never translated.
LANGUAGE_NAMES: dict[str, str] = {
    "ary": "🇲🇦 الدارجة",
    "ar": "🌍 العربية",
    "fr": "🇫🇷 Français",
    "nl": "🇳🇱 Nederlands",
    "en": "🇬🇧 English",
}


GREETING_EVERY = timedelta(days=1)

# Every consented client keeps one button on their keyboard: help now, in one tap.
CLIENT_KEYBOARD: tuple[tuple[str, ...], ...] = (("client-sos-button",),)


def match_alias(people: Iterable[Person], typed: str) -> list[Person]:
    """The people a typed alias names: those whose alias it is exactly (ignoring case),
    else those whose alias contains it; nobody for an empty text. One match is an answer;
    several ask for more letters."""
    wanted = typed.strip().casefold()
    if not wanted:
        return []
    candidates = list(people)
    exact = [p for p in candidates if p.alias.casefold() == wanted]
    return exact or [p for p in candidates if wanted in p.alias.casefold()]


def reply(ctx: Context, key: str, **args: object) -> Send:
    """A message to the caller (a confirmation, an answer: the least urgent kind): by person
    if known, else to the chat in their language."""
    if ctx.person is not None:
        return Send(key, args, person_id=ctx.person.id, priority="low")
    return Send(key, args, chat_id=ctx.chat_id, language=ctx.language_guess(), priority="low")


def neutral_greeting(ctx: Context, kind: str) -> Transition:
    """Unknown people learn nothing about who the bot serves, and hear it at most once a
    day (a stranger writing on gets silence, not a reply to each message)."""
    if ctx.greeted_at is not None and ctx.now - ctx.greeted_at < GREETING_EVERY:
        return Transition(None, (Log(kind),))
    return Transition(None, (reply(ctx, "greeting-unknown"), Log(kind), Log("greeting-sent")))


def refuse(ctx: Context, what: str) -> Transition:
    return Transition(
        ctx.state, (reply(ctx, "refusal-not-available"), Log(f"refused:{what}", ctx.person_id))
    )


def use_buttons(ctx: Context) -> Transition:
    return Transition(ctx.state, (reply(ctx, "reask-use-buttons"),))


def buttons_expired(ctx: Context) -> Transition:
    return Transition(ctx.state, (reply(ctx, "button-expired"),))


def language_buttons() -> tuple[tuple[Choice, ...], ...]:
    """Every language, each by its own name: the "lang" buttons anyone may press."""
    choices = [Choice("language-name", Language(cast(LanguageCode, code)),
                      literal=LANGUAGE_NAMES[code])
               for code in LANGUAGES]
    return (tuple(choices[:2]), tuple(choices[2:]))


def self_send(key: str, **args: object) -> Send:
    return Send(key, args, person_id=SELF)
