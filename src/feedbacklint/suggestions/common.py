"""Helpers shared by suggestion builders."""

from __future__ import annotations

from ..engine.context import Hit
from ..findings import Suggestion


def sentence_suggestion(hit: Hit, text: str, label: str) -> Suggestion:
    """A suggestion that replaces the hit's whole sentence."""
    return Suggestion(text=text, start=hit.sentence.start, end=hit.sentence.end, label=label)


def span_suggestion(hit: Hit, text: str, label: str) -> Suggestion:
    """A suggestion that replaces only the hit's own span."""
    return Suggestion(text=text, start=hit.start, end=hit.end, label=label)


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
