"""The public API as other tools import it."""

from __future__ import annotations

import pytest

import feedbacklint
from feedbacklint import Category, Finding, Linter, Report, Severity, lint


def test_lint_returns_report_with_findings_sorted():
    report = lint("Du kommer altid for sent. Godt arbejde! Du er for stille.")
    assert isinstance(report, Report)
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    cats = {f.category for f in report.findings}
    assert {Category.ABSOLUTE, Category.VAGUE_PRAISE, Category.TRAIT_LABEL} <= cats


def test_finding_fields(linter: Linter):
    text = "Hej Mads\nDu er for stille."
    (f,) = [f for f in linter.lint(text).findings if f.category == Category.TRAIT_LABEL]
    assert isinstance(f, Finding)
    assert f.category == "trait-label"  # str enum: compares equal to the contract name
    assert f.severity in set(Severity)
    assert text[f.start : f.end] == f.excerpt == "Du er for stille"
    assert (f.line, f.column) == (2, 1)
    assert f.message and f.explanation


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\r\n"])
def test_empty_and_whitespace_give_empty_report(linter: Linter, text: str):
    assert linter.lint(text).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "👩‍👩‍👧 Hej! Du kommer altid for sent.",
        "Hej\r\nDu kommer altid for sent.\r\n",
        "Se\u0301bastian: du kommer altid for sent.",
        "Linje et\rDu kommer altid for sent.",
        "\ud800 Du kommer altid for sent.",
    ],
)
def test_offsets_are_exact_in_original_text(linter: Linter, text: str):
    report = linter.lint(text)
    assert report.findings, text
    for f in report.findings:
        assert text[f.start : f.end] == f.excerpt
        assert f.excerpt == "altid"


def test_line_and_column_with_crlf(linter: Linter):
    text = "Hej\r\n\r\nDu kommer altid for sent."
    (f,) = linter.lint(text).findings
    assert (f.line, f.column) == (3, 11)


def test_lint_many_matches_lint(linter: Linter):
    texts = ["Du er for stille.", "", "Din rapport i marts var grundig og kom til tiden.", "Godt arbejde!"]
    many = linter.lint_many(texts, batch_size=2)
    assert [r.model_dump() for r in many] == [linter.lint(t).model_dump() for t in texts]


def test_lint_many_streams_through_pipe(linter: Linter, monkeypatch):
    nlp = linter.nlp
    calls = {"pipe": 0}
    original_pipe = type(nlp).pipe

    def counting_pipe(self, *a, **kw):
        calls["pipe"] += 1
        return original_pipe(self, *a, **kw)

    monkeypatch.setattr(type(nlp), "pipe", counting_pipe)
    monkeypatch.setattr(type(nlp), "__call__", lambda *a, **k: pytest.fail("lint_many must not call nlp()"))
    linter.lint_many(["Du er for stille.", "Godt arbejde!", "Du kommer altid for sent."])
    assert calls["pipe"] >= 1  # as_tuples=True re-enters pipe once


def test_non_str_input_is_a_clear_error(linter: Linter):
    with pytest.raises(TypeError, match="str"):
        linter.lint(b"bytes")  # type: ignore[arg-type]


def test_public_names():
    for name in ["Linter", "lint", "Report", "Finding", "Suggestion", "Category", "Severity", "load_pipeline"]:
        assert name in feedbacklint.__all__


def test_long_note_in_several_chunks_gets_every_paragraphs_finding():
    # a note longer than one chunk is parsed as several Docs; checks that look at "this
    # sentence and the next" then see tokens of two Docs at once (this used to crash)
    from feedbacklint import Linter

    paragraph = "Jeg har besluttet, at du skal på kursus i januar.\n\nVi tager en snak om det på fredag.\n\n"
    linter = Linter()
    assert [f.rule_id for f in linter.lint(paragraph).findings] == ["DP001"]
    report = linter.lint(paragraph * 80)  # ~7,000 characters: more than one chunk
    starts = [f.start for f in report.findings if f.rule_id == "DP001"]
    assert starts == [k * len(paragraph) for k in range(80)]
