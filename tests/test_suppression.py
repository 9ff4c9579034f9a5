"""Inline suppression comments, as a user writes them in .md and .txt notes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from click.testing import CliRunner

from feedbacklint import Linter
from feedbacklint.cli import cli


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for var in list(os.environ):
        if var.startswith("FEEDBACKLINT_"):
            monkeypatch.delenv(var)
    monkeypatch.chdir(tmp_path)


def run(path: Path, *args: str):
    return CliRunner().invoke(cli, ["check", "--format", "json", *args, str(path)], catch_exceptions=False)


def found(path: Path, text: str, *args: str) -> list[tuple[str, int, str]]:
    path.write_text(text, encoding="utf-8")
    res = run(path, "--select", "TL001,AB001", *args)  # the rules these texts are written for
    assert res.exit_code in (0, 1), res.output
    (file,) = json.loads(res.stdout)["files"]
    for f in file["findings"]:
        assert text[f["start"] : f["end"]] == f["excerpt"]  # comments never shift offsets
    return [(f["rule_id"], f["line"], f["excerpt"]) for f in file["findings"]]


def test_markdown_block_disable_enable(tmp_path):
    text = (
        "# MUS-noter\n\n"
        "<!-- feedbacklint-disable TL001 -->\n"
        "Du er for stille.\n\n"
        "Du kommer altid for sent.\n"
        "<!-- feedbacklint-enable -->\n\n"
        "Han er doven.\n"
    )
    assert found(tmp_path / "n.md", text) == [("AB001", 6, "altid"), ("TL001", 9, "Han er doven")]


@pytest.mark.parametrize("rule", ["TL001", "TL", "trait-label", ""])
def test_markdown_disable_next_line_by_id_prefix_category_or_all(tmp_path, rule):
    text = f"<!-- feedbacklint-disable-next-line {rule} -->\nDu er for stille.\nHan er doven.\n"
    assert found(tmp_path / "n.md", text) == [("TL001", 3, "Han er doven")]


def test_disable_next_line_leaves_other_rules(tmp_path):
    text = "<!-- feedbacklint-disable-next-line absolute -->\nDu er for stille, og du kommer altid for sent.\n"
    assert [r for r, _, _ in found(tmp_path / "n.md", text)] == ["TL001"]


def test_markdown_disable_line_at_end_of_line(tmp_path):
    text = "Du kommer altid for sent. <!-- feedbacklint-disable-line AB001 -->\nDu kommer altid for sent.\n"
    assert found(tmp_path / "n.md", text) == [("AB001", 2, "altid")]


def test_unclosed_block_runs_to_the_end(tmp_path):
    text = "Du er for stille.\n<!-- feedbacklint-disable -->\nDu er for stille.\n\nDu kommer altid for sent.\n"
    assert found(tmp_path / "n.md", text) == [("TL001", 1, "Du er for stille")]


def test_enable_with_rule_closes_only_that_block(tmp_path):
    text = (
        "<!-- feedbacklint-disable TL001 -->\n<!-- feedbacklint-disable AB001 -->\n"
        "<!-- feedbacklint-enable TL001 -->\n"
        "Du er for stille, og du kommer altid for sent.\n"
    )
    assert [r for r, _, _ in found(tmp_path / "n.md", text)] == ["TL001"]


def test_plain_text_own_line_and_end_of_line_forms(tmp_path):
    text = (
        "# feedbacklint: disable-next-line TL001\n"
        "Du er for stille.\n"
        "Du kommer altid for sent.  # feedbacklint: disable=AB001\n"
        "Du kommer altid for sent.\n"
        "Du er for stille. feedbacklint: disable\n"
        "# feedbacklint: disable trait-label\n"
        "Han er doven.\n"
        "# feedbacklint: enable\n"
        "Han er doven.\n"
    )
    assert found(tmp_path / "n.txt", text) == [("AB001", 4, "altid"), ("TL001", 9, "Han er doven")]


def test_comment_text_itself_is_not_linted_and_columns_stay(tmp_path):
    # the rules' words inside the comment must not be flagged, and the finding keeps its real column
    text = "<!-- feedbacklint-disable-line VP --> Du kommer altid for sent.\n"
    path = tmp_path / "n.md"
    path.write_text(text, encoding="utf-8")
    (f,) = json.loads(run(path).stdout)["files"][0]["findings"]
    assert (f["rule_id"], f["column"], f["start"]) == ("AB001", text.index("altid") + 1, text.index("altid"))


def test_stdin_honours_comments():
    res = CliRunner().invoke(cli, ["check", "-"], input="Du er for stille.  # feedbacklint: disable=TL001\n")
    assert res.exit_code == 0, res.output


def test_report_unused_suppressions(tmp_path):
    path = tmp_path / "n.md"
    path.write_text(
        "<!-- feedbacklint-disable-next-line AB001 -->\nDin rapport i marts var grundig.\n"  # hides nothing
        "<!-- feedbacklint-disable-next-line TL001 -->\nDu er for stille.\n",  # used
        encoding="utf-8",
    )
    plain = CliRunner().invoke(cli, ["check", str(path)])
    assert plain.exit_code == 0 and "ubrugt" not in plain.output
    res = CliRunner().invoke(cli, ["check", "--report-unused-suppressions", str(path)])
    assert res.exit_code == 1
    assert f"{path}:1:1: ubrugt undtagelse" in res.stdout and "AB001" in res.stdout
    assert ":3:1: ubrugt" not in res.stdout
    as_json = CliRunner().invoke(cli, ["check", "--format", "json", "--report-unused-suppressions", str(path)])
    json.loads(as_json.stdout)  # stays parseable; the report goes to stderr
    assert "ubrugt undtagelse" in as_json.stderr and as_json.exit_code == 1


def test_unknown_rule_in_comment_is_a_warning_naming_it(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("Du er for stille.  # feedbacklint: disable=TL001,XQ123\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", str(path)])
    assert res.exit_code == 0, res.output  # TL001 still suppressed; the typo is only warned about
    assert "XQ123" in res.stderr and "advarsel" in res.stderr and f"{path}:1:" in res.stderr


def test_library_api_honours_comments():
    report = Linter().lint("Du er for stille.\n<!-- feedbacklint-disable-next-line -->\nDu er for stille.\n")
    assert [f.line for f in report.findings] == [1]


def test_reason_after_double_dash_is_not_read_as_rules(tmp_path):
    text = "<!-- feedbacklint-disable-next-line TL001 -- citat fra kunden -->\nDu er for stille.\n"
    path = tmp_path / "n.md"
    path.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", str(path)])
    assert res.exit_code == 0, res.output
    assert "ukendt regel" not in res.stderr


def test_unused_suppression_of_a_switched_off_rule_says_so(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("Du kommer altid for sent.  # feedbacklint: disable=AB001\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--ignore", "absolute", "--report-unused-suppressions", str(path)])
    assert res.exit_code == 1
    assert "ubrugt undtagelse" in res.stdout and "slået fra" in res.stdout


def test_comments_shown_as_markdown_code_are_examples_not_directives(tmp_path):
    text = (
        "```text\n<!-- feedbacklint-disable-next-line TL001 -->\n```\n\n"
        "Du er for stille.\n\n"
        "Skriv `<!-- feedbacklint-disable -->` for at slå alt fra.\n\n"
        "Du kommer altid for sent. <!-- feedbacklint-disable-line AB001 -->\n"
    )
    assert found(tmp_path / "n.md", text) == [("TL001", 5, "Du er for stille")]


PIECES = [
    "Du er for stille.",
    "<!-- feedbacklint-disable TL001 -->",
    "<!-- feedbacklint-enable -->",
    "<!-- feedbacklint-disable-next-line -->",
    "# feedbacklint: disable-next-line AB",
    "  # feedbacklint: disable=TL001,XQ9 -- fordi",
    "feedbacklint:",
    "<!--",
    "-->",
    "\n",
    "\r\n",
    "\r",
    " ",
    "æøå",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=30))
def test_parse_and_mask_never_fail_and_keep_length_and_line_breaks(parts):
    from feedbacklint.suppression import parse

    text = "".join(parts)
    sup = parse(text)
    masked = sup.mask(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c in "\r\n"] == [i for i, c in enumerate(text) if c in "\r\n"]
    for r in sup.regions:
        assert 0 <= r.start <= r.end <= len(text)
    for d in sup.directives:
        assert text[d.start : d.end] == d.source and "feedbacklint" in d.source


def test_plain_own_line_form_without_hash(tmp_path):
    text = "feedbacklint: disable-next-line TL001\nDu er for stille.\n"
    assert found(tmp_path / "n.txt", text) == []
