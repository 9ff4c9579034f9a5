"""Lookup lemmatizer on the lowercased form, for the blank fallback pipeline.

spaCy's own lookup mode is case-sensitive ("Rapporterne" stays unlemmatized),
which sentence-initial words in feedback hit all the time.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class LookupLemmatizer:
    def __init__(self) -> None:
        self._table: dict | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self._table is None:
            from spacy.lookups import load_lookups

            self._table = load_lookups("da", ["lemma_lookup"]).get_table("lemma_lookup")
        table = self._table
        for token in doc:
            low = token.lower_
            token.lemma_ = table.get(low, low)
        return doc


@Language.factory("feedbacklint_lookup_lemmatizer")
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer()
