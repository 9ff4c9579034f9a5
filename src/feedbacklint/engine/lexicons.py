"""Word lists under ``rules/lexicons/``: one entry per line, ``#`` starts a comment.

A line ``key = value`` makes a mapping entry (used e.g. for label → behaviour).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from .rulefile import Rule, RuleFileError

T = TypeVar("T")


class Lexicons:
    def __init__(self, folders: list[Path]) -> None:
        self._folders = folders

    def _path(self, name: str) -> Path:
        for folder in reversed(self._folders):  # user folders override built-ins
            path = folder / f"{name}.txt"
            if path.is_file():
                return path
        raise RuleFileError(f"lexicon '{name}' not found in {', '.join(map(str, self._folders))}")

    @lru_cache(maxsize=None)
    def lines(self, name: str) -> tuple[str, ...]:
        out = []
        for raw in self._path(name).read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip()
            if line:
                out.append(line)
        return tuple(out)

    def for_rule(self, rule: Rule, name: str, build: Callable[[], T]) -> T:
        """A structure check ``name`` builds from these lexicons for ``rule``, built once per
        rule and parameters: checks run per text, their word sets and phrase lists do not
        change between texts."""
        cache = self.__dict__.setdefault("_for_rule", {})
        key = (name, rule.id, repr(sorted(rule.params.items())))
        if key not in cache:
            cache[key] = build()
        return cache[key]

    @lru_cache(maxsize=None)
    def words(self, name: str) -> frozenset[str]:
        """Entries (left side of ``=``) lowercased, for membership tests."""
        return frozenset(line.split("=", 1)[0].strip().lower() for line in self.lines(name))

    @lru_cache(maxsize=None)
    def mapping(self, name: str) -> dict[str, str]:
        out = {}
        for line in self.lines(name):
            if "=" in line:
                k, v = line.split("=", 1)
                out[k.strip().lower()] = v.strip()
        return out

    def phrases(self, name: str) -> tuple[str, ...]:
        # checks ask for the same lists for every sentence: split once, and hand out the
        # same tuple, so phrase matchers can reuse their index for it (keyed by the tuple)
        return self._phrases(name)

    @lru_cache(maxsize=None)
    def _phrases(self, name: str) -> tuple[str, ...]:
        return tuple(line.split("=", 1)[0].strip() for line in self.lines(name))
