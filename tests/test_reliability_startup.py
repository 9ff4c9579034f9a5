"""Quick commands stay quick: --help, --version and rules import neither spaCy nor pydantic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from feedbacklint.engine.rulefile import builtin_rules_dir, load_rules
from feedbacklint.rule_table import quick_rows, rules_dir

PROBE = """
import sys
from feedbacklint.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="feedbacklint")
except SystemExit:
    pass
print(sorted(m for m in ("spacy", "pydantic", "thinc", "numpy") if m in sys.modules))
"""


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["rules"], ["rules", "--all"], ["check", "--help"]])
def test_quick_commands_import_no_heavy_modules(args):
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]", (args, out.stdout[-300:])


def test_rule_table_matches_full_validation():
    assert rules_dir() == builtin_rules_dir()
    quick = quick_rows()
    assert quick is not None
    assert [(r.id, r.category, r.severity, r.enabled, r.message) for r in quick] == [
        (r.id, r.category, r.severity, r.enabled, r.message) for r in load_rules()
    ]


@pytest.mark.parametrize(
    "content",
    [
        'id = "XX001"\nname = "x"\ncategory = "no-such-category"\nmessage = "m"\n',
        'id = "XX002"\ncategory = "absolute"\nmessage = "m"\n',  # file name and id disagree
        'id = "XX001"\ncategory = "absolute"\nmessage = ""\n',
        "this is [not toml",
    ],
)
def test_anything_odd_falls_back_to_full_validation(tmp_path: Path, content: str):
    (tmp_path / "XX001.toml").write_text(content, encoding="utf-8")
    assert quick_rows(tmp_path) is None
