"""`feedbacklint check --diff`: review the first suggestions as a diff; files stay untouched."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from feedbacklint.categories import Category, Severity
from feedbacklint.cli import cli
from feedbacklint.findings import Finding, Report, Suggestion
from feedbacklint.output.diff import apply_suggestions

RULES = ["--select", "TL001", "--select", "AB001"]


def run(args, **kw):
    return CliRunner().invoke(cli, ["check", *RULES, *args], catch_exceptions=False, **kw)


def test_diff_shows_rewrites_and_never_touches_the_file(tmp_path: Path):
    p = tmp_path / "noter.txt"
    text = "Hej Kim.\nDu er for stille.\nDu kommer altid for sent.\n"
    p.write_text(text, encoding="utf-8")
    before = (p.read_bytes(), p.stat().st_mtime_ns)
    findings = json.loads(run(["--format", "json", str(p)]).stdout)["files"][0]["findings"]
    firsts = [f["suggestions"][0]["text"] for f in findings]
    assert len(firsts) == 2

    res = run(["--diff", str(p)])
    assert res.exit_code == 1  # same exit code as check
    assert (p.read_bytes(), p.stat().st_mtime_ns) == before
    assert list(tmp_path.iterdir()) == [p]  # no backup or output file either
    out = res.stdout.splitlines()
    assert out[0] == f"--- {p}" and out[1] == f"+++ {p}"
    assert "-Du er for stille." in out and "-Du kommer altid for sent." in out
    assert " Hej Kim." in out  # context line, unchanged
    added = [line[1:] for line in out if line.startswith("+") and not line.startswith("+++")]
    assert added == firsts  # one line each: the line breaks of the original are kept


def test_diff_of_markdown_keeps_list_markers(tmp_path: Path):
    p = tmp_path / "noter.md"
    p.write_text("# Noter\n\n- Du er for stille\n- Du kommer altid for sent\n", encoding="utf-8")
    res = run(["--diff", str(p)])
    added = [line for line in res.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert len(added) == 2 and all(line.startswith("+- ") for line in added)


def test_diff_clean_file_prints_nothing_and_exits_0(tmp_path: Path):
    p = tmp_path / "ok.txt"
    p.write_text("Din rapport i marts var grundig, og tallene stemte.\n", encoding="utf-8")
    res = run(["--diff", str(p)])
    assert res.exit_code == 0 and res.stdout == ""


def test_diff_from_stdin_and_exit_zero():
    res = run(["--diff", "--exit-zero", "--stdin-filename", "kim.txt", "-"], input="Du er for stille.\n")
    assert res.exit_code == 0
    assert "--- a/kim.txt" in res.stdout and "-Du er for stille." in res.stdout


def _finding(start: int, end: int, s_start: int, s_end: int, new: str) -> Finding:
    return Finding(
        rule_id="TL001", category=Category.TRAIT_LABEL, severity=Severity.WARNING, start=start, end=end,
        line=1, column=start + 1, end_line=1, end_column=end + 1, excerpt="x", message="m", explanation="e",
        suggestions=[Suggestion(text=new, start=s_start, end=s_end, label="l")],
    )


def test_overlapping_suggestions_apply_only_the_later_one():
    text = "Du er doven. Du er altid sen. Tak."
    report = Report(findings=[
        _finding(0, 11, 0, 12, "A."),      # first sentence
        _finding(13, 28, 13, 29, "B."),    # second sentence...
        _finding(19, 24, 19, 24, "ofte"),  # ...and a word inside it: overlaps, applied instead
    ])
    assert apply_suggestions(text, report) == "A. Du er ofte sen. Tak."


def test_trailing_line_break_of_a_sentence_span_is_kept():
    text = "Du er for stille.\nTak.\n"
    report = Report(findings=[_finding(0, 16, 0, 18, "Ny sætning.")])  # span includes the "\n"
    assert apply_suggestions(text, report) == "Ny sætning.\nTak.\n"
