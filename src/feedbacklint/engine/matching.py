"""Compile all rules' phrases into one PhraseMatcher per attribute, and patterns into one Matcher."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .context import Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from .lexicons import Lexicons
    from .rulefile import Rule


class CompiledMatchers:
    def __init__(self, nlp: Language, rules: list[Rule], lexicons: Lexicons) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self._phrase = {
            "LOWER": PhraseMatcher(nlp.vocab, attr="LOWER"),
            "LEMMA": PhraseMatcher(nlp.vocab, attr="LEMMA"),
        }
        self._tokens = Matcher(nlp.vocab)
        self._used = set()
        for rule in rules:
            phrases = list(rule.phrases)
            for name in rule.lexicons:
                phrases.extend(lexicons.phrases(name))
            if phrases:
                if rule.phrase_attr == "LEMMA":
                    docs = list(nlp.pipe(phrases))
                else:
                    docs = [nlp.make_doc(p) for p in phrases]
                self._phrase[rule.phrase_attr].add(rule.id, docs)
                self._used.add(rule.phrase_attr)
            if rule.patterns:
                self._tokens.add(rule.id, rule.patterns)
                self._used.add("TOKENS")
        self._vocab = nlp.vocab

    def run(self, doc: Doc, sentences: list[Sentence]) -> dict[str, list[tuple[Sentence, Span]]]:
        """Matches in ``doc``, by rule id, each with the sentence it falls in."""
        found: list[tuple[int, int, int]] = []
        for attr, matcher in self._phrase.items():
            if attr in self._used:
                found.extend(matcher(doc))
        if "TOKENS" in self._used:
            found.extend(self._tokens(doc))
        out: dict[str, list[tuple[Sentence, Span]]] = {}
        if not found:
            return out
        starts = [s.span.start for s in sentences]
        for match_id, start, end in sorted(found, key=lambda m: (m[1], m[2])):
            sent = sentences[max(bisect_right(starts, start) - 1, 0)]
            out.setdefault(self._vocab.strings[match_id], []).append((sent, doc[start:end]))
        return out
