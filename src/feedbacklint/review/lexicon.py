"""Cue-word lists for the review, kept as data in ``review/data/*.txt``.

One entry per line; ``#`` starts a comment. An entry is one or more words;
a word ending in ``*`` matches any word starting with it ("opfølg*" matches
"opfølgning"). Matching is on lowercased word tokens, so the lists read like
what a manager writes and every verdict can name the cue that triggered it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

# Letters incl. Danish and common loan-word accents; hyphenated compounds stay one word.
WORD_RE = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-'’][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")


def words_of(text: str) -> tuple[str, ...]:
    return tuple(m.group(0).lower() for m in WORD_RE.finditer(text))


@dataclass(frozen=True)
class Cue:
    text: str
    parts: tuple[str, ...]

    def matches_at(self, words: tuple[str, ...], i: int) -> bool:
        if i + len(self.parts) > len(words):
            return False
        for part, word in zip(self.parts, words[i : i + len(self.parts)]):
            if part.endswith("*"):
                if not word.startswith(part[:-1]):
                    return False
            elif word != part:
                return False
        return True


class CueList:
    """A named list of cues with first-match lookup."""

    def __init__(self, name: str, cues: list[Cue]) -> None:
        self.name = name
        self.cues = cues
        # index by first word so lookups stay fast on long notes; wildcard starters are few
        self._by_first: dict[str, list[Cue]] = {}
        self._wild: list[Cue] = []
        for cue in cues:
            if cue.parts[0].endswith("*"):
                self._wild.append(cue)
            else:
                self._by_first.setdefault(cue.parts[0], []).append(cue)

    def _candidates(self, word: str) -> list[Cue]:
        exact = self._by_first.get(word, [])
        return exact + [c for c in self._wild if word.startswith(c.parts[0][:-1])] if self._wild else exact

    def find(self, words: tuple[str, ...]) -> str | None:
        """The first cue (in text order) found in ``words``, or None."""
        for i, word in enumerate(words):
            for cue in sorted(self._candidates(word), key=lambda c: -len(c.parts)):
                if cue.matches_at(words, i):
                    return cue.text
        return None

    def __contains__(self, word: str) -> bool:
        """Single-word membership, for first-word tests."""
        return any(len(c.parts) == 1 and c.matches_at((word,), 0) for c in self.cues)


@lru_cache(maxsize=None)
def cues(name: str) -> CueList:
    path = DATA_DIR / f"{name}.txt"
    entries: list[Cue] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if line:
            entries.append(Cue(line, tuple(line.split())))
    # longer cues first, so the reported cue is the most specific one
    entries.sort(key=lambda c: -len(c.parts))
    return CueList(name, entries)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The linter's first-name list, for spotting who owns an agreement."""
    from ..engine.rulefile import lexicon_dirs

    for folder in lexicon_dirs():
        path = folder / "first-names.txt"
        if path.is_file():
            return frozenset(
                line.split("#", 1)[0].strip().lower()
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.split("#", 1)[0].strip()
            )
    return frozenset()
