"""`feedbacklint review` as a user runs it: terminal, JSON, HTML, Markdown, .docx, bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import feedbacklint
from feedbacklint.cli import cli
from feedbacklint.review import ReviewReport

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_MD = ROOT / "examples" / "mus-forberedelse.md"
EXAMPLE_DOCX = ROOT / "examples" / "mus-forberedelse.docx"

NOTES = """Feedback:
- Du er for stille.
- På mødet i går svarede du roligt, så kunden blev glad.

Spørgsmål:
- Er du glad for dit job?
- Hvad giver dig energi?

Aftaler:
- Jeg booker kurset inden 1. marts.
"""


def run(args, **kw):
    return CliRunner().invoke(cli, args, catch_exceptions=False, **kw)


@pytest.fixture
def notes_file(tmp_path) -> Path:
    p = tmp_path / "noter.txt"
    p.write_text(NOTES, encoding="utf-8")
    return p


def test_terminal_report_on_the_example(tmp_path):
    res = run(["review", str(EXAMPLE_MD)])
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert re.search(r"parat til samtalen \d{1,3}/100", out)
    for title in ("Forberedelse", "Spørgsmål", "Retning", "Konkrethed", "Aftaler", "Opfølgning", "Formulering"):
        assert title in out
    assert "Det vigtigste at rette før samtalen:" in out
    assert "TL001 [trait-label]" in out  # the sentence findings from check
    assert "mus-forberedelse.md:14:3:" in out  # located in the original Markdown file


def test_json_is_a_review_report_equal_to_the_python_api(notes_file):
    res = run(["review", "--format", "json", str(notes_file)])
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    report = ReviewReport.model_validate(data)
    assert 0 <= data["score"] <= 100
    assert {d["name"] for d in data["dimensions"]} >= {"preparation", "questions", "direction", "concreteness", "agreements", "follow_up"}
    assert all(d["status"] in ("ok", "attention", "missing") for d in data["dimensions"])
    assert len(data["top_actions"]) <= 3
    for f in data["findings"]:
        assert NOTES[f["start"] : f["end"]] == f["excerpt"]
    assert report == feedbacklint.review(NOTES)


def test_html_is_one_self_contained_file_with_highlights(notes_file, tmp_path):
    out = tmp_path / "rapport.html"
    res = run(["review", "--format", "html", "-o", str(out), str(notes_file)])
    assert res.exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    # no external assets: nothing to fetch
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html and "url(" not in html
    marks = re.findall(r'<mark class="fl-mark[^"]*" data-f="([\d ]+)"[^>]*title="([^"]*)"[^>]*>([^<]*)</mark>', html)
    assert any(text == "Du er for stille" and "Personlighedsetiket" in title for _, title, text in marks)
    data = json.loads(re.search(r'<script type="application/json" id="fl-data">(.*?)</script>', html, re.S).group(1))
    assert data[0]["suggestions"] and data[0]["message"]
    assert 'class="fl-dims"' in html and html.count('class="fl-dim ') == 7


def test_html_escapes_the_users_text(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text('Du er for stille. <script>alert("x")</script> </script><b>', encoding="utf-8")
    html = run(["review", "--format", "html", str(p)]).stdout
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<b>" not in html


def test_markdown_report(notes_file):
    md = run(["review", "--format", "md", str(notes_file)]).stdout
    assert md.startswith("# MUS-forberedelse")
    assert "| Dimension | Score | Status | Hvorfor |" in md
    assert "## Det vigtigste at rette før samtalen" in md
    assert "»Du er for stille«" in md


def test_docx_notes_are_reviewed(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("Feedback", level=2)
    doc.add_paragraph("Du er for stille.", style="List Bullet")
    doc.add_heading("Aftaler", level=2)
    doc.add_paragraph("Jeg booker kurset inden 1. marts.", style="List Bullet")
    doc.add_paragraph("Vi følger op om tre måneder.", style="List Bullet")
    path = tmp_path / "noter.docx"
    doc.save(path)
    data = json.loads(run(["review", "--format", "json", str(path)]).stdout)
    assert [f["excerpt"] for f in data["findings"]] == ["Du er for stille"]
    assert [a["text"] for a in data["agreements"]] == ["Jeg booker kurset inden 1. marts.", "Vi følger op om tre måneder."]
    assert data["follow_up"]["planned"] is True


def test_shipped_docx_example_matches_the_markdown_example():
    if not EXAMPLE_DOCX.exists():
        pytest.fail("examples/mus-forberedelse.docx is missing; run python examples/make_docx.py")
    md = json.loads(run(["review", "--format", "json", str(EXAMPLE_MD)]).stdout)
    dx = json.loads(run(["review", "--format", "json", str(EXAMPLE_DOCX)]).stdout)
    assert [f["rule_id"] for f in dx["findings"]] == [f["rule_id"] for f in md["findings"]]
    assert [d["status"] for d in dx["dimensions"]] == [d["status"] for d in md["dimensions"]]


def test_input_errors_exit_2_without_traceback(tmp_path):
    res = run(["review", str(tmp_path / "findes-ikke.md")])
    assert res.exit_code == 2 and "findes ikke" in res.stderr
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    res = run(["review", str(binary)])
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_report_never_overwrites_the_notes(notes_file):
    before = notes_file.read_bytes()
    res = run(["review", "--format", "html", "-o", str(notes_file), str(notes_file)])
    assert res.exit_code == 2
    assert notes_file.read_bytes() == before


def test_empty_file_gives_a_clean_report(tmp_path):
    p = tmp_path / "tom.md"
    p.write_text("", encoding="utf-8")
    res = run(["review", "--format", "json", str(p)])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["score"] == 0


def test_stdin(notes_file):
    res = run(["review", "-"], input=NOTES)
    assert res.exit_code == 0 and "-: parat til samtalen" in res.stdout


def test_help_does_not_import_spacy():
    code = (
        "import sys; from feedbacklint.cli import cli\n"
        "try:\n    cli.main(['review', '--help'], standalone_mode=False)\nexcept SystemExit: pass\n"
        "import feedbacklint; feedbacklint.review; feedbacklint.ReviewReport\n"
        "assert 'spacy' not in sys.modules, 'spaCy imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_review_honours_the_config_file(tmp_path, monkeypatch):
    (tmp_path / ".feedbacklint.toml").write_text('ignore = ["trait-label"]\n', encoding="utf-8")
    notes = tmp_path / "noter.md"
    notes.write_text("- Du er for stille.\n- Du kommer altid for sent.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    data = json.loads(run(["review", "--format", "json", "noter.md"]).stdout)
    assert [f["category"] for f in data["findings"]] == ["absolute"]
    data = json.loads(run(["review", "--isolated", "--format", "json", "noter.md"]).stdout)
    assert {f["category"] for f in data["findings"]} == {"absolute", "trait-label"}


def test_docx_report_points_at_paragraphs():
    out = run(["review", str(EXAMPLE_DOCX)]).stdout
    assert "mus-forberedelse.docx:¶9:1: TL001" in out  # the 9th paragraph, as `check` counts them
    assert "(afsnit " in out and "(linje " not in out


def test_min_score_sets_the_exit_code(notes_file):
    score = json.loads(run(["review", "--format", "json", str(notes_file)]).stdout)["score"]
    assert run(["review", "--min-score", str(score), str(notes_file)]).exit_code == 0
    assert run(["review", "--min-score", str(score + 1), str(notes_file)]).exit_code == 1
