"""Inputs as a user gives them to `feedbacklint check`: Markdown, Word, stdin, folders, globs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from feedbacklint.cli import cli

# the I/O is under test here, not the rules: keep to three stable rules
RULES = ["--select", "TL001", "--select", "AB001"]


def run(args, **kw):
    return CliRunner().invoke(cli, ["check", *RULES, *args], catch_exceptions=False, **kw)


def check_json(args, **kw) -> tuple[dict, int]:
    res = run(["--format", "json", *args], **kw)
    return json.loads(res.stdout), res.exit_code


def position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


MARKDOWN = """\
---
titel: Du er doven
note: Du kommer altid for sent
---
# MUS-noter for Kim

Sidste kvartal: Du kommer altid for sent.

```text
Du er for stille.
```

~~~
Du er for stille.
~~~

    Du er for stille (indrykket kode).

<!-- Du er for stille
     på flere linjer -->
Brug `Du er for stille` som eksempel i skabelonen.

**Du er for stille.**
"""


def test_markdown_skips_code_front_matter_and_comments_with_exact_offsets(tmp_path):
    p = tmp_path / "noter.md"
    p.write_text(MARKDOWN, encoding="utf-8")
    data, code = check_json([str(p)])
    assert code == 1
    (f_abs, f_trait) = data["files"][0]["findings"]
    assert data["files"][0]["kind"] == "markdown"
    # only the prose is flagged; nothing from front matter, fences, indented code, comments, inline code
    assert (f_abs["rule_id"], f_abs["excerpt"]) == ("AB001", "altid")
    assert (f_trait["rule_id"], f_trait["excerpt"]) == ("TL001", "Du er for stille")
    for f, needle in ((f_abs, "altid for sent."), (f_trait, "Du er for stille.**")):
        start = MARKDOWN.index(needle, MARKDOWN.index("# MUS"))
        assert f["start"] == start and f["end"] == start + len(f["excerpt"])
        assert MARKDOWN[f["start"] : f["end"]] == f["excerpt"]
        assert (f["line"], f["column"]) == position(MARKDOWN, f["start"])
        assert (f["end_line"], f["end_column"]) == position(MARKDOWN, f["end"])
    assert f_abs["line"] == 7 and f_trait["line"] == 23 and f_trait["column"] == 3


def test_markdown_text_output_uses_original_line_numbers(tmp_path):
    p = tmp_path / "noter.md"
    p.write_text(MARKDOWN, encoding="utf-8")
    res = run([str(p)])
    assert f"{p}:7:" in res.stdout and f"{p}:23:3: TL001" in res.stdout
    assert "» altid" in res.stdout


@pytest.mark.parametrize("model", ["auto", "blank"])
def test_markdown_list_items_are_separate_sentences(tmp_path, model):
    text = "Udvikling:\n\n- Du er for stille\n- og du kommer altid for sent\n  * Du er for stille,\n1. du kommer altid for sent\n"
    p = tmp_path / "punkter.md"
    p.write_text(text, encoding="utf-8")
    data, _ = check_json(["--model", model, str(p)])
    findings = data["files"][0]["findings"]
    assert [(f["rule_id"], f["line"]) for f in findings] == [("TL001", 3), ("AB001", 4), ("TL001", 5), ("AB001", 6)]
    lines = text.split("\n")
    for f in findings:
        # every finding, and the sentence its first suggestion rewrites, stays on its own item's line
        line = lines[f["line"] - 1]
        s = f["suggestions"][0]
        replaced = text[s["start"] : s["end"]].strip()
        assert "\n" not in replaced and replaced in line, (f["rule_id"], replaced)
        assert "-" not in replaced and "*" not in replaced


def test_txt_is_linted_as_is_and_markdown_suffix_decides(tmp_path):
    text = "```\nDu er for stille.\n```\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    data, _ = check_json([str(tmp_path / "a.txt"), str(tmp_path / "a.md")])
    by_path = {Path(f["path"]).name: f["findings"] for f in data["files"]}
    assert [f["rule_id"] for f in by_path["a.txt"]] == ["TL001"]
    assert by_path["a.md"] == []


def make_docx(path: Path) -> list[str]:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    paragraphs = ["MUS-noter", "Du kommer altid for sent.", "", "Du er for stille", "Du kommer aldrig til tiden"]
    document.add_paragraph(paragraphs[0], style="Heading 1")
    document.add_paragraph(paragraphs[1])
    document.add_paragraph(paragraphs[2])
    document.add_paragraph(paragraphs[3], style="List Bullet")
    document.add_paragraph(paragraphs[4], style="List Bullet")
    document.save(str(path))
    return paragraphs


def test_docx_reports_paragraph_numbers(tmp_path):
    p = tmp_path / "noter.docx"
    make_docx(p)
    res = run([str(p)])
    assert res.exit_code == 1
    assert f"{p}:¶2:11: AB001" in res.stdout
    assert f"{p}:¶4:1: TL001" in res.stdout
    assert f"{p}:¶5:11: AB001" in res.stdout
    data, _ = check_json([str(p)])
    entry = data["files"][0]
    assert entry["kind"] == "docx" and entry["position_unit"] == "paragraph"
    assert [(f["rule_id"], f["line"], f["column"], f["excerpt"]) for f in entry["findings"]] == [
        ("AB001", 2, 11, "altid"),
        ("TL001", 4, 1, "Du er for stille"),
        ("AB001", 5, 11, "aldrig"),
    ]


def test_docx_table_cells_are_read(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("360-feedback")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Udvikling"
    table.cell(0, 1).text = "Du er for stille."
    p = tmp_path / "360.docx"
    document.save(str(p))
    data, _ = check_json([str(p)])
    (f,) = data["files"][0]["findings"]
    assert (f["rule_id"], f["line"]) == ("TL001", 3)


def test_corrupt_docx_is_reported_and_others_still_checked(tmp_path):
    bad = tmp_path / "ødelagt.docx"
    bad.write_bytes(b"PK\x03\x04 this is not a real Word file")
    good = tmp_path / "ok.docx"
    make_docx(good)
    res = run([str(bad), str(good)])
    assert res.exit_code == 2
    assert "ødelagt.docx" in res.stderr and "Word" in res.stderr
    assert "Traceback" not in res.output
    assert f"{good}:¶2:11: AB001" in res.stdout


def test_stdin_filename_names_output_and_picks_markdown():
    text = "```\nDu er for stille.\n```\n\n- Du kommer altid for sent\n"
    res = run(["--stdin-filename", "mus/kim.md", "-"], input=text)
    assert res.exit_code == 1
    assert "mus/kim.md:5:13: AB001" in res.stdout
    assert "TL001" not in res.stdout  # inside the code block
    data, _ = check_json(["--stdin-filename", "mus/kim.md", "-"], input=text)
    assert data["files"][0]["path"] == "mus/kim.md" and data["files"][0]["kind"] == "markdown"


def test_stdin_docx_with_stdin_filename(tmp_path):
    p = tmp_path / "x.docx"
    make_docx(p)
    res = run(["--stdin-filename", "noter.docx", "-"], input=p.read_bytes())
    assert "noter.docx:¶2:11: AB001" in res.stdout


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    files = {
        "notes/b.md": "Du er for stille.",
        "notes/a.md": "Du kommer altid for sent.",
        "notes/sub/c.md": "Du kommer altid for sent.",
        "notes/drafts/d.md": "Du er for stille.",
        "notes/e.txt": "Du er for stille.",
        "notes/f.csv": "Du er for stille.",
        "notes/.hidden/g.md": "Du er for stille.",
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


def checked(tmp_path: Path, args) -> list[str]:
    data, _ = check_json(args)
    return [Path(f["path"]).relative_to(tmp_path).as_posix() for f in data["files"]]


def test_glob_expands_recursively_in_sorted_order(tree):
    assert checked(tree, [str(tree / "notes/**/*.md")]) == [
        "notes/a.md",
        "notes/b.md",
        "notes/drafts/d.md",
        "notes/sub/c.md",
    ]


def test_directory_expands_to_txt_md_docx_sorted_and_skips_hidden(tree):
    make_docx(tree / "notes" / "h.docx")
    assert checked(tree, [str(tree / "notes")]) == [
        "notes/a.md",
        "notes/b.md",
        "notes/drafts/d.md",
        "notes/e.txt",
        "notes/h.docx",
        "notes/sub/c.md",
    ]


def test_exclude_patterns_are_repeatable(tree):
    args = [str(tree / "notes"), "--exclude", "drafts", "--exclude", "*.txt"]
    assert checked(tree, args) == ["notes/a.md", "notes/b.md", "notes/sub/c.md"]
    assert checked(tree, [str(tree / "notes/**/*.md"), "--exclude", "**/sub/*"]) == [
        "notes/a.md",
        "notes/b.md",
        "notes/drafts/d.md",
    ]


def test_glob_without_matches_is_an_error_naming_it(tree):
    good = tree / "notes" / "b.md"
    res = run([str(tree / "nowhere/**/*.md"), str(good)])
    assert res.exit_code == 2
    assert "nowhere" in res.stderr
    assert "TL001" in res.stdout


def test_binary_file_is_skipped_with_message(tmp_path):
    p = tmp_path / "billede.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    res = run([str(p)])
    assert res.exit_code == 0
    assert "billede.txt" in res.stderr and "sprunget over" in res.stderr


def test_bom_is_removed_and_offsets_count_from_text(tmp_path):
    p = tmp_path / "bom.md"
    p.write_bytes("\ufeffDu kommer altid for sent.".encode("utf-8"))
    data, _ = check_json([str(p)])
    (f,) = data["files"][0]["findings"]
    assert (f["start"], f["column"], f["excerpt"]) == (10, 11, "altid")


def test_crlf_markdown_keeps_columns(tmp_path):
    text = "# Noter\r\n\r\n- Du er for stille\r\n- Du kommer altid for sent\r\n"
    p = tmp_path / "crlf.md"
    p.write_bytes(text.encode("utf-8"))
    data, _ = check_json([str(p)])
    got = [(f["rule_id"], f["line"], f["column"], f["excerpt"]) for f in data["files"][0]["findings"]]
    assert got == [("TL001", 3, 3, "Du er for stille"), ("AB001", 4, 13, "altid")]
    for f in data["files"][0]["findings"]:
        assert text[f["start"] : f["end"]] == f["excerpt"]


def test_precommit_hook_runs_check_on_feedback_files():
    root = Path(__file__).resolve().parent.parent
    hooks = (root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.search(r"^- id: feedbacklint$", hooks, re.M)
    assert re.search(r"^  entry: feedbacklint check$", hooks, re.M)
    assert re.search(r"^  language: python$", hooks, re.M)
    files = re.search(r"^  files: '(.+)'$", hooks, re.M).group(1)
    for name, wanted in (("noter.txt", True), ("mus/Kim.MD", True), ("360.docx", True), ("main.py", False)):
        assert bool(re.search(files, name)) is wanted, name
    assert "feedbacklint" in (root / "docs" / "pre-commit.md").read_text(encoding="utf-8")


def test_folder_without_feedback_files_says_so_and_exits_0(tmp_path):
    (tmp_path / "data.csv").write_text("Du er for stille.", encoding="utf-8")
    res = run([str(tmp_path)])
    assert res.exit_code == 0
    assert str(tmp_path) in res.stderr and "ingen" in res.stderr


def test_same_file_named_twice_is_checked_once(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Du er for stille.", encoding="utf-8")
    data, _ = check_json([str(p), str(tmp_path / "." / "a.txt"), str(tmp_path)])
    assert [f["path"] for f in data["files"]] == [str(p)]


@pytest.mark.parametrize("bom", ["\ufeff", ""])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_read(tmp_path, codec, bom):
    p = tmp_path / "notepad.txt"
    p.write_bytes(f"{bom}Søren, du kommer altid for sent.".encode(codec))
    if not bom:  # without a BOM the NUL bytes look binary: skipped, as before
        res = run([str(p)])
        assert res.exit_code == 0 and "binær" in res.stderr
        return
    data, code = check_json([str(p)])
    assert code == 1
    assert [f["excerpt"] for f in data["files"][0]["findings"]] == ["altid"]


