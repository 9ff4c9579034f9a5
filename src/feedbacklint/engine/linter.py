"""The Linter: text → chunk Docs (nlp.pipe) → matches → checks → findings with suggestions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import checks as check_registry
from .. import suggestions as suggestion_registry
from ..categories import Severity
from ..config import Config, select_rules
from ..findings import Finding, Report, Suggestion
from ..suppression import Suppressions
from ..suppression import parse as parse_suppressions
from ..textindex import LineIndex
from .chunking import WINDOW_CHARS, chunks, for_nlp
from .context import Hit, Sentence, TextContext
from .lexicons import Lexicons
from .rulefile import Rule, RuleFileError, lexicon_dirs, load_rules

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .matching import CompiledMatchers


class Linter:
    """Lint Danish feedback. Create once and reuse: loading the pipeline is the costly part."""

    def __init__(self, config: Config | dict | None = None, model: str = "auto", *, nlp: Language | None = None) -> None:
        self.config = Config.coerce(config)
        self.model = model if model != "auto" else self.config.model
        all_rules = load_rules(list(self.config.extra_rules))
        self.rule_ids = [r.id for r in all_rules]  # every known id, selected or not (for suppression comments)
        self.rules: list[Rule] = select_rules(all_rules, self.config)
        self.lexicons = Lexicons(lexicon_dirs(list(self.config.extra_rules)))
        self._nlp = nlp
        self._matchers: CompiledMatchers | None = None
        self._allow = [re.compile(re.escape(a.strip()), re.IGNORECASE) for a in self.config.allow if a.strip()]
        # resolve names now so a rule naming an unknown check fails at construction
        self._checks = {r.id: _named(r, "check", check_registry.get, r.check) for r in self.rules if r.check}
        self._builders = {
            r.id: _named(r, "suggestion.builder", suggestion_registry.get, r.suggestion.builder) for r in self.rules
        }
        for r in self.rules:  # a user's rule naming a missing word list: say which file
            for name in r.lexicons:
                _named(r, "lexicons", self.lexicons.lines, name)

    # -- pipeline ---------------------------------------------------------
    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from ..nlp import load_pipeline

            self._nlp = load_pipeline(self.model)
        return self._nlp

    @property
    def matchers(self) -> CompiledMatchers:
        if self._matchers is None:
            from .matching import CompiledMatchers

            self._matchers = CompiledMatchers(self.nlp, self.rules, self.lexicons)
        return self._matchers

    # -- public API -------------------------------------------------------
    def lint(self, text: str) -> Report:
        return self.lint_many([text])[0]

    def lint_many(
        self, texts: Iterable[str], batch_size: int = 64, *, suppressions: list[Suppressions] | None = None
    ) -> list[Report]:
        return list(self.iter_lint(texts, batch_size=batch_size, suppressions=suppressions))

    def iter_lint(
        self, texts: Iterable[str], batch_size: int = 64, *, suppressions: list[Suppressions] | None = None
    ) -> Iterator[Report]:
        """Stream reports: all texts' chunks go through one ``nlp.pipe``.

        Inline suppression comments are honoured. Pass ``suppressions`` (one
        :class:`~feedbacklint.suppression.Suppressions` per text, e.g. parsed
        from the original of a masked Markdown text) to use those instead and
        to see afterwards which of them were used.
        """
        texts = list(texts) if not isinstance(texts, list) else texts
        for t in texts:
            if not isinstance(t, str):
                raise TypeError(f"feedbacklint lints str, not {type(t).__name__}")
        sups = suppressions if suppressions is not None else [parse_suppressions(t) for t in texts]
        if len(sups) != len(texts):
            raise ValueError("suppressions must have one entry per text")

        def feed() -> Iterator[tuple[str, tuple[int, int]]]:
            for i, text in enumerate(texts):
                # suppression comments are blanked, same length: never linted, offsets unchanged
                safe = sups[i].mask(for_nlp(text))
                for offset, piece in chunks(safe):
                    yield piece, (i, offset)

        pending: dict[int, _Pending] = {}
        next_idx = 0
        for doc, (i, offset) in self.nlp.pipe(feed(), as_tuples=True, batch_size=batch_size):
            while next_idx < i:  # texts before i are complete
                yield self._finish(texts[next_idx], pending.pop(next_idx, None), sups[next_idx])
                next_idx += 1
            state = pending.get(i)
            if state is None:
                state = pending[i] = _Pending()
            if state.chars >= WINDOW_CHARS:
                # A huge text is judged window by window so its Docs can be freed;
                # this chunk is the window's right-hand context.
                self._judge_window(texts[i], state, right=(offset, doc))
            state.docs.append((offset, doc))
            state.chars += len(doc.text)
        while next_idx < len(texts):
            yield self._finish(texts[next_idx], pending.pop(next_idx, None), sups[next_idx])
            next_idx += 1

    def lint_docs(self, text: str, docs: list[tuple[int, Doc]], *, suppressions: Suppressions | None = None) -> Report:
        """Judge one text from its parsed chunks (offset, Doc); inline suppression comments are honoured."""
        if not docs:
            return Report()
        findings: dict[tuple[str, int, int], Finding] = {}
        self._judge(text, docs, findings, LineIndex(text))
        return _report(findings, parse_suppressions(text) if suppressions is None else suppressions)

    def _judge_window(self, text: str, state: _Pending, right: tuple[int, Doc] | None = None) -> None:
        """Judge the pending chunks; the chunk before and the one after are context only.

        Checks that compare a sentence with its neighbours see the same
        neighbours as when the whole text is judged at once; only findings
        that start in the window's own chunks are kept.
        """
        if state.index is None:
            state.index = LineIndex(text)
        own = state.docs[state.lead :]
        lo = own[0][0] if state.lead else 0
        hi = right[0] if right is not None else len(text)
        self._judge(text, state.docs + ([right] if right else []), state.findings, state.index, (lo, hi))
        state.docs = own[-1:]  # left context of the next window
        state.lead = len(state.docs)
        state.chars = 0

    def _finish(self, text: str, state: _Pending | None, suppressions: Suppressions | None = None) -> Report:
        if state is None:
            return Report()
        if len(state.docs) > state.lead:
            self._judge_window(text, state)
        return _report(state.findings, suppressions)

    def _judge(
        self,
        text: str,
        docs: list[tuple[int, Doc]],
        findings: dict[tuple[str, int, int], Finding],
        index: LineIndex,
        keep: tuple[int, int] | None = None,
    ) -> int:
        """Run matchers and checks over ``docs`` (all of a text, or one window of it).

        Adds to ``findings`` those that start inside ``keep`` (default: all)
        and returns the number of sentences seen.
        """
        sentences: list[Sentence] = []
        matches: dict[str, list] = {}
        for offset, doc in docs:
            # index = position in ctx.sentences (checks look up neighbours with it), also in a window
            doc_sents = [Sentence(s, offset, len(sentences) + k) for k, s in enumerate(doc.sents)]
            sentences.extend(doc_sents)
            for rid, ms in self.matchers.run(doc, doc_sents).items():
                matches.setdefault(rid, []).extend(ms)
        ctx = TextContext(text=text, docs=docs, sentences=sentences, lexicons=self.lexicons, matches=matches)
        for rule in self.rules:
            rule_matches = matches.get(rule.id, [])
            check = self._checks.get(rule.id)
            if check is None:
                hits: Iterable[Hit] = (Hit(*s.offsets(span), s) for s, span in rule_matches)
            else:
                hits = check(ctx, rule, rule_matches)
            for hit in hits:
                key = (rule.id, hit.start, hit.end)
                if keep is not None and not keep[0] <= hit.start < keep[1]:
                    continue  # context of this window; judged in its own
                if key in findings or not self._allowed(text, hit):
                    continue
                if self._severity(rule).rank < self.config.min_severity.rank:
                    continue
                findings[key] = self._finding(ctx, rule, hit, index)
        return len(sentences)

    # -- helpers ----------------------------------------------------------
    def _severity(self, rule: Rule) -> Severity:
        return self.config.severity_for(rule.id, rule.category.value, rule.severity)

    def _allowed(self, text: str, hit: Hit) -> bool:
        """False when an ``allow`` phrase lies inside the hit, or the hit lies inside an occurrence of one."""
        for pattern in self._allow:
            reach = len(pattern.pattern) * 2  # an escaped phrase is never shorter than the phrase
            lo = max(0, hit.start - reach)
            for m in pattern.finditer(text, lo, hit.end + reach):
                if hit.start <= m.start() and m.end() <= hit.end or m.start() <= hit.start and hit.end <= m.end():
                    return False
        return True

    def _finding(self, ctx: TextContext, rule: Rule, hit: Hit, index: LineIndex) -> Finding:
        line, col = index.position(hit.start)
        end_line, end_col = index.position(hit.end)
        severity = self._severity(rule)
        suggestions: list[Suggestion] = self._builders[rule.id](ctx, rule, hit)
        return Finding(
            rule_id=rule.id,
            category=rule.category,
            severity=severity,
            start=hit.start,
            end=hit.end,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            excerpt=ctx.text[hit.start : hit.end],
            message=rule.message,
            explanation=rule.explanation,
            suggestions=suggestions,
        )


def _named(rule: Rule, field: str, get: Callable[[str], Any], name: str) -> Any:
    """Look up a check, builder or lexicon by name; unknown names are errors naming the rule file and field."""
    try:
        return get(name)
    except (KeyError, RuleFileError) as exc:
        msg = exc.args[0] if exc.args else str(exc)
        raise RuleFileError(f"{rule.source or rule.id}: {field}: {msg}") from exc


def _report(findings: dict[tuple[str, int, int], Finding], suppressions: Suppressions | None = None) -> Report:
    ordered = sorted(findings.values(), key=lambda f: (f.start, f.end, f.rule_id))
    if suppressions:  # inline suppression comments (suppression.py)
        ordered = suppressions.filter(ordered)
    return Report(findings=ordered)


@dataclass
class _Pending:
    """A text whose chunks are still arriving from ``nlp.pipe``."""

    docs: list[tuple[int, Doc]] = field(default_factory=list)
    chars: int = 0  # of the chunks not yet judged (excluding the left context)
    lead: int = 0  # how many of ``docs`` are left context, already judged
    findings: dict[tuple[str, int, int], Finding] = field(default_factory=dict)
    index: LineIndex | None = None


_default: Linter | None = None


def lint(text: str) -> Report:
    """Lint one text with the default configuration (the Linter is created once)."""
    global _default
    if _default is None:
        _default = Linter()
    return _default.lint(text)
