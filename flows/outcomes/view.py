"""What the profile and outcome flows may know, loaded by the bot (need "profile")."""

from __future__ import annotations

from dataclasses import dataclass

from flows.model import Outcome, Person, Profile

__all__ = ["OutcomesView"]


@dataclass(frozen=True)
class OutcomesView:
    # the client in question, among the caller's own (every client for an admin): named by
    # the command's argument, a pressed button, or the conversation
    client: Person | None = None
    matches: int = 0  # how many of the caller's clients the argument matched
    profile: Profile | None = None
    outcomes: tuple[Outcome, ...] = ()  # oldest first
