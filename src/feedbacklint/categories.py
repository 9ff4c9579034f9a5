"""The 12 feedback problem categories (the public contract) and severities."""

from __future__ import annotations

from enum import Enum


class Category(str, Enum):
    """Category names fixed by ``shared/feedback-categories.md`` (v1)."""

    VAGUE_PRAISE = "vague-praise"
    VAGUE_CRITICISM = "vague-criticism"
    TRAIT_LABEL = "trait-label"
    PAST_FOCUS = "past-focus"
    ABSOLUTE = "absolute"
    CLOSED_QUESTION = "closed-question"
    PRAISE_BUT = "praise-but"
    HEDGING = "hedging"
    ACCUSATORY_WHY = "accusatory-why"
    COMPARISON = "comparison"
    HEARSAY = "hearsay"
    DICTATED_PLAN = "dictated-plan"

    def __str__(self) -> str:  # so f-strings print the contract name
        return self.value


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]
