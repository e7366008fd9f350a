"""Flows: the product's logic, pure. Events in, a Transition (state + effects) out."""

from flows.core.context import LANGUAGES, Context
from flows.core.effects import Transition
from flows.core.router import step

__all__ = ["LANGUAGES", "Context", "Transition", "step"]
