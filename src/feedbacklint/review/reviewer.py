"""Review one set of MUS preparation notes: the sentence findings plus seven dimensions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import agreements, concreteness, direction, follow_up, preparation, questions, wording
from .actions import top_actions
from .feedback import is_feedback, read
from .model import ReviewReport
from .scoring import overall, overall_status
from .segments import segment

if TYPE_CHECKING:
    from ..engine.linter import Linter
    from ..findings import Finding
    from ..inputs import Source


class Reviewer:
    """Create once and reuse: it holds a Linter, whose pipeline is the costly part."""

    def __init__(self, linter: Linter | None = None, model: str = "auto") -> None:
        self._linter = linter
        self._model = model

    @property
    def linter(self) -> Linter:
        if self._linter is None:
            from ..engine.linter import Linter

            self._linter = Linter(model=self._model)
        return self._linter

    def review(self, text: str) -> ReviewReport:
        if not isinstance(text, str):
            raise TypeError(f"feedbacklint reviews str, not {type(text).__name__}")
        from ..inputs import Source

        return self.review_source(Source("-", text))

    def review_source(self, source: Source, data: bytes | None = None) -> ReviewReport:
        """Review a file read by ``inputs``: Markdown markup is masked for the linter, and
        findings point into the original text (for .docx: its paragraphs; pass the file's
        ``data`` so Word headings are recognised)."""
        if source.kind == "text":
            # notes are Markdown-like whatever the file is called ("- " bullets, "## Aftaler"):
            # mask the markup for the linter so a bullet never becomes part of a sentence
            from dataclasses import replace

            from ..markdown import mask

            source = replace(source, kind="markdown", masked=mask(source.text))
        headings: frozenset[int] = frozenset()
        if source.kind == "docx" and data is not None:
            from .docx_headings import heading_starts

            headings = heading_starts(data, source.paragraph_starts)
        if not source.text.strip():
            return build_report(source.text, [], headings)
        report = source.result(self.linter.lint(source.lint_text)).report
        return build_report(source.text, report.findings, headings)


def build_report(text: str, findings: list[Finding], heading_starts: frozenset[int] = frozenset()) -> ReviewReport:
    """The review of ``text`` given its sentence findings (pure: no pipeline needed)."""
    units = segment(text, heading_starts)
    prep, prep_dim = preparation.analyse(units)
    planned, questions_dim = questions.analyse(units, findings)
    taken = {a.answer.start for a in prep if a.answer}
    agreed, agreements_dim = agreements.analyse(units, taken)
    followed, follow_dim = follow_up.analyse(units)
    taken |= {a.start for a in agreed}
    if followed.sentence:
        taken.add(followed.sentence.start)
    feedback = [read(u, findings) for u in units if is_feedback(u, text, taken, findings)]
    scored = wording.counted(findings, [(a.answer.start, a.answer.end) for a in prep if a.answer])
    dims = [
        prep_dim,
        questions_dim,
        direction.analyse(feedback),
        concreteness.analyse(feedback),
        agreements_dim,
        follow_dim,
        wording.analyse(scored, bool(units)),
    ]
    return ReviewReport(
        score=overall(dims),
        status=overall_status(dims),
        dimensions=dims,
        findings=list(findings),
        top_actions=top_actions(dims, prep, planned, feedback, agreed, followed, scored),
        preparation=prep,
        questions=planned,
        feedback=feedback,
        agreements=agreed,
        follow_up=followed,
    )


_default: Reviewer | None = None


def review(text: str) -> ReviewReport:
    """Review MUS preparation notes with the default configuration (the Linter is created once)."""
    global _default
    if _default is None:
        _default = Reviewer()
    return _default.review(text)
