"""What a check sees: the whole text, its sentences and the rule's matches.

The unit of judgement is the text the caller passed; a long text is parsed
as several chunk Docs, so sentences carry their chunk's offset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .lexicons import Lexicons


@dataclass(frozen=True)
class Sentence:
    """A sentence Span plus the offset of its Doc in the original text."""

    span: Span
    base: int
    index: int

    @cached_property
    def _bounds(self) -> tuple[int, int]:
        # A sentence may carry the line break that ends it as a whitespace
        # token; a rewrite of the sentence must not swallow it.
        toks = [t for t in self.span if not t.is_space]
        if not toks:
            return self.span.start_char, self.span.start_char
        return toks[0].idx, toks[-1].idx + len(toks[-1].text)

    @property
    def start(self) -> int:
        return self.base + self._bounds[0]

    @property
    def end(self) -> int:
        return self.base + self._bounds[1]

    @property
    def text(self) -> str:
        """The sentence without surrounding whitespace."""
        a, b = self._bounds
        return self.span.doc.text[a:b]

    def offsets(self, obj: Span | Token) -> tuple[int, int]:
        """Absolute (start, end) of a span or token inside this sentence."""
        if hasattr(obj, "start_char"):
            return self.base + obj.start_char, self.base + obj.end_char
        return self.base + obj.idx, self.base + obj.idx + len(obj)


@dataclass
class Hit:
    """A check's verdict: the span that carries the problem, and data for the rewrite."""

    start: int
    end: int
    sentence: Sentence
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class TextContext:
    text: str
    docs: list[tuple[int, Doc]]
    sentences: list[Sentence]
    lexicons: Lexicons
    matches: dict[str, list[tuple[Sentence, Span]]] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def names(self) -> frozenset[str]:
        """Known first names (lowercased), for telling sentence-initial names from words."""
        return self.lexicons.words("first-names")

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None
