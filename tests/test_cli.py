"""The CLI as a user runs it: output, exit codes, stdin, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from feedbacklint.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def run(args, **kw):
    return CliRunner().invoke(cli, args, catch_exceptions=False, **kw)


def test_check_example_file_reports_findings_and_exits_1():
    res = run(["check", str(ROOT / "examples" / "feedback.txt")])
    assert res.exit_code == 1
    assert "TL001 [trait-label]" in res.output
    assert "feedback.txt:4:1:" in res.output
    assert "→" in res.output  # first suggestion shown


def test_clean_text_exits_0(tmp_path):
    p = tmp_path / "ok.txt"
    p.write_text("Din rapport i marts var grundig, og tallene stemte.\n", encoding="utf-8")
    res = run(["check", str(p)])
    assert res.exit_code == 0, res.output


def test_stdin():
    res = run(["check", "-"], input="Du er for stille.\n")
    assert res.exit_code == 1
    assert "-:1:1: TL001" in res.output


def test_json_format_is_parseable_and_has_offsets():
    res = run(["check", "--format", "json", "-"], input="Hej\nDu kommer altid for sent.")
    data = json.loads(res.stdout)
    (f,) = data["files"][0]["findings"]
    assert f["category"] == "absolute" and f["line"] == 2 and f["excerpt"] == "altid"
    assert data["version"] == 1


def test_missing_file_exits_2_and_others_still_checked(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Du er for stille.", encoding="utf-8")
    res = run(["check", str(tmp_path / "nope.txt"), str(good)])
    assert res.exit_code == 2
    assert "nope.txt" in res.stderr
    assert "TL001" in res.stdout


def test_invalid_utf8_exits_2_with_message(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Du er for stille på møderne.".encode("latin-1"))
    res = run(["check", str(p)])
    assert res.exit_code == 2
    assert "latin1.txt" in res.stderr and "UTF-8" in res.stderr
    assert "Traceback" not in res.output


def test_encoding_option_reads_legacy_file(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Du er for stille på møderne.".encode("latin-1"))
    res = run(["check", "--encoding", "latin-1", str(p)])
    assert res.exit_code == 1 and "TL001" in res.stdout


def test_directory_checks_txt_and_md(tmp_path):
    (tmp_path / "a.txt").write_text("Du er for stille.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Godt arbejde!", encoding="utf-8")
    (tmp_path / "c.csv").write_text("Du er for stille.", encoding="utf-8")
    res = run(["check", str(tmp_path)])
    assert "a.txt" in res.stdout and "b.md" in res.stdout and "c.csv" not in res.stdout


def test_unknown_rule_id_is_usage_error():
    res = run(["check", "--select", "XX999", "-"], input="Hej")
    assert res.exit_code == 2
    assert "XX999" in res.stderr


def test_rules_table_lists_rules():
    res = run(["rules"])
    assert res.exit_code == 0
    assert "TL001" in res.stdout and "trait-label" in res.stdout


def test_info_names_pipeline():
    res = run(["info"])
    assert res.exit_code == 0
    assert "pipeline:" in res.stdout and "regler:" in res.stdout


def test_python_m_and_help_do_not_import_spacy():
    code = "import sys, runpy; sys.argv=['feedbacklint','--help']\ntry:\n runpy.run_module('feedbacklint', run_name='__main__')\nexcept SystemExit: pass\nassert 'spacy' not in sys.modules, 'spacy imported'"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "check" in out.stdout
    for args in (["--version"], ["rules"]):
        code = f"import sys; from feedbacklint.cli import cli\ntry:\n cli.main({args!r})\nexcept SystemExit: pass\nassert 'spacy' not in sys.modules"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert out.returncode == 0, (args, out.stderr)
