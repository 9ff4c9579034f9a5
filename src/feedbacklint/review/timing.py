"""Dates and periods: "inden 1. marts", "uge 12", "om tre måneder", "i foråret"."""

from __future__ import annotations

import re

from .lexicon import cues

_DATE_PATTERNS = (
    re.compile(r"\b\d{1,2}\s*[./-]\s*\d{1,2}(?:\s*[./-]\s*\d{2,4})?\b"),  # 12/3, 1.4.2027
    re.compile(r"\b\d{1,2}\.\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\b", re.I),
    re.compile(r"\buge\s+\d{1,2}\b", re.I),
    re.compile(r"\b[qk][1-4]\b", re.I),
    re.compile(r"\b20\d\d\b"),
)


def when(text: str, words: tuple[str, ...]) -> str | None:
    """The date or period named in a sentence, or None."""
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if m:
            return m.group(0)
    cue = cues("deadline").find(words)
    if cue in _PREPOSITIONS:
        # "inden påske", "senest fredag": report the preposition with what it governs
        m = re.search(rf"\b{re.escape(cue)}\s+([\wæøåÆØÅ-]+)", text, re.I)
        if m:
            return text[m.start() : m.end()]
    return cue


_PREPOSITIONS = frozenset({"inden", "senest", "før", "til og med", "frem til"})
