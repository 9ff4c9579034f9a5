"""feedbacklint as a spaCy pipeline component: ``nlp.add_pipe("feedbacklint")``.

Registered through the ``spacy_factories`` entry point, so a user's own Danish
pipeline (e.g. ``da_core_news_md``) finds it by name without importing
feedbacklint. The component reuses the Doc the pipeline already made (no
second parse) and needs sentence boundaries (parser, senter or sentencizer
earlier in the pipeline).

Results:

- ``doc._.feedbacklint_findings`` — list of :class:`feedbacklint.Finding`,
  offsets relative to ``doc.text``;
- ``doc.spans["feedbacklint"]`` — one Span per finding, labelled with the rule id
  (the key is configurable with ``spans_key``);
- ``span._.feedbacklint_findings`` — the findings that overlap any Span, e.g. a
  sentence: ``[s._.feedbacklint_findings for s in doc.sents]``.

The findings are stored as plain data, so Docs stay serialisable with DocBin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .config import Config
from .findings import Finding

if TYPE_CHECKING:
    from .engine.linter import Linter

_DATA = "_feedbacklint_data"  # plain dicts (msgpack-serialisable)


def _findings_of_doc(doc: Doc) -> list[Finding]:
    data = doc._.get(_DATA)
    return [Finding.model_validate(d) for d in data] if data else []


def _findings_of_span(span: Span) -> list[Finding]:
    start, end = span.start_char, span.end_char
    return [f for f in _findings_of_doc(span.doc) if f.start < end and start < f.end or f.start == start == end]


def _register_extensions() -> None:
    # guarded: a re-import or a second component must not raise
    if not Doc.has_extension(_DATA):
        Doc.set_extension(_DATA, default=None)
    if not Doc.has_extension("feedbacklint_findings"):
        Doc.set_extension("feedbacklint_findings", getter=_findings_of_doc)
    if not Span.has_extension("feedbacklint_findings"):
        Span.set_extension("feedbacklint_findings", getter=_findings_of_span)


class FeedbacklintComponent:
    """Lint each Doc with feedbacklint's rules; see the module docstring for the results."""

    def __init__(self, nlp: Language, name: str, config: Config, spans_key: str) -> None:
        from .engine.linter import Linter

        _register_extensions()
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        # validates rule ids now, so a typo fails at add_pipe, not on the first Doc
        self.linter: Linter = Linter(config, nlp=nlp)
        self._ready = False

    def _prepare(self) -> None:
        # Lemma phrases are compiled by running the pipeline over them; without
        # this component, or it would call itself.
        with self.nlp.select_pipes(disable=[self.name]):
            _ = self.linter.matchers
        self._ready = True

    def __call__(self, doc: Doc) -> Doc:
        if not self._ready:
            self._prepare()
        if len(doc) and not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
            raise ValueError(
                "feedbacklint har brug for sætningsgrænser: tilføj 'sentencizer', 'senter' eller 'parser' "
                "før 'feedbacklint' i pipelinen (nlp.add_pipe('sentencizer', before='feedbacklint'))."
            )
        report = self.linter.lint_docs(doc.text, [(0, doc)]) if len(doc) else None
        found = report.findings if report else []
        doc._.set(_DATA, [f.model_dump(mode="json") for f in found])
        spans = []
        for f in found:
            span = doc.char_span(f.start, f.end, label=f.rule_id, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "feedbacklint",
    assigns=["doc._.feedbacklint_findings", "doc.spans"],
    requires=["token.is_sent_start"],
    default_config={
        "select": None,
        "ignore": [],
        "severity": {},
        "min_severity": "info",
        "allow": [],
        "extra_rules": [],
        "spans_key": "feedbacklint",
    },
)
def make_feedbacklint(
    nlp: Language,
    name: str,
    select: list[str] | None,
    ignore: list[str],
    severity: dict[str, str],
    min_severity: str,
    allow: list[str],
    extra_rules: list[str],
    spans_key: str,
) -> FeedbacklintComponent:
    """Factory for ``nlp.add_pipe("feedbacklint", config={...})``; keys as in ``[tool.feedbacklint]``."""
    settings: dict[str, Any] = {
        "select": select,
        "ignore": ignore,
        "severity": severity,
        "min-severity": min_severity,
        "allow": allow,
        "extra-rules": extra_rules,
    }
    return FeedbacklintComponent(nlp, name, Config.coerce(settings, origin=f"nlp.add_pipe('{name}') config"), spans_key)
