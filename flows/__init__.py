"""Flows: the product's logic, pure. Events in, a Transition (state + effects) out."""

from flows.context import LANGUAGES, Context
from flows.effects import Transition
from flows.router import step

__all__ = ["LANGUAGES", "Context", "Transition", "step"]
