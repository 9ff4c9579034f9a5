"""Configuration as a CLI user meets it: files, --config, FEEDBACKLINT_* variables, flags."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from feedbacklint.cli import cli

TEXT = "Du er for stille. Du kommer altid for sent.\n"  # TL001 (trait-label) + AB001 (absolute)

USER_RULE = '''
id = "XY001"
name = "on-a-way"
category = "hedging"
message = "Uklar forbeholdsfrase."
explanation = "»På en måde« gør budskabet uklart."
phrases = ["på en måde"]

[suggestion]
label = "Sig det direkte"
template = "[sig det direkte]"

[[examples]]
text = "Det var på en måde fint."
flag = "på en måde"

[[examples]]
text = "Det var fint."
'''


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """No ambient FEEDBACKLINT_* settings, and a working folder without config files."""
    for var in list(os.environ):
        if var.startswith("FEEDBACKLINT_"):
            monkeypatch.delenv(var)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check(*args: str, env: dict[str, str] | None = None):
    res = CliRunner().invoke(cli, ["check", "--format", "json", *args], env=env, catch_exceptions=False)
    return res


def findings(res) -> list[dict]:
    assert res.exit_code in (0, 1), res.output
    data = json.loads(res.stdout)
    return [f for file in data["files"] for f in file["findings"]]


# Rules the texts here are written for; other rules (the rule set grows) don't affect these tests.
WATCHED = {"TL001", "AB001", "VP001", "XY001"}


def ids(res) -> set[str]:
    return {f["rule_id"] for f in findings(res)} & WATCHED


# -- discovery -------------------------------------------------------------


def test_pyproject_table_found_by_walking_up_from_the_checked_file(tmp_path):
    write(tmp_path / "proj" / "pyproject.toml", '[project]\nname = "x"\n\n[tool.feedbacklint]\nignore = ["TL"]\n')
    note = write(tmp_path / "proj" / "noter" / "2024" / "mus.txt", TEXT)
    assert ids(check(str(note))) == {"AB001"}


def test_pyproject_without_our_table_is_skipped(tmp_path):
    write(tmp_path / "proj" / "pyproject.toml", '[tool.feedbacklint]\nignore = ["AB"]\n')
    write(tmp_path / "proj" / "sub" / "pyproject.toml", '[project]\nname = "sub"\n')
    note = write(tmp_path / "proj" / "sub" / "a.txt", TEXT)
    assert ids(check(str(note))) == {"TL001"}


def test_dotfile_wins_over_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "p" / "pyproject.toml", '[tool.feedbacklint]\nignore = ["AB"]\n')
    write(tmp_path / "p" / ".feedbacklint.toml", 'ignore = ["TL"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    assert ids(check(str(note))) == {"AB001"}


def test_nearest_config_applies_per_file(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'ignore = ["TL"]\n')
    write(tmp_path / "p" / "team" / ".feedbacklint.toml", 'ignore = ["AB"]\n')
    a = write(tmp_path / "p" / "a.txt", TEXT)
    b = write(tmp_path / "p" / "team" / "b.txt", TEXT)
    data = json.loads(check(str(a), str(b)).stdout)
    by_path = {Path(f["path"]).name: {x["rule_id"] for x in f["findings"]} & WATCHED for f in data["files"]}
    assert by_path == {"a.txt": {"AB001"}, "b.txt": {"TL001"}}


def test_stdin_uses_config_of_current_directory(tmp_path, monkeypatch):
    write(tmp_path / "cwd" / ".feedbacklint.toml", 'select = ["trait-label"]\n')
    res = CliRunner().invoke(cli, ["check", "--format", "json", "-"], input=TEXT)
    assert ids(res) == {"TL001"}


def test_config_option_overrides_discovery(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'ignore = ["TL"]\n')
    other = write(tmp_path / "elsewhere" / "strict.toml", 'ignore = ["AB"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    assert ids(check("--config", str(other), str(note))) == {"TL001"}


def test_config_option_accepts_pyproject(tmp_path):
    py = write(tmp_path / "x" / "pyproject.toml", '[tool.feedbacklint]\nselect = ["AB001"]\n')
    note = write(tmp_path / "a.txt", TEXT)
    assert ids(check("--config", str(py), str(note))) == {"AB001"}


def test_isolated_ignores_config_files(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'ignore = ["TL"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    assert ids(check("--isolated", str(note))) == {"TL001", "AB001"}


# -- precedence: flags > env > file > defaults -------------------------------


def test_env_select_overrides_file_and_flag_overrides_env(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'select = ["AB"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    assert ids(check(str(note))) == {"AB001"}
    assert ids(check(str(note), env={"FEEDBACKLINT_SELECT": "TL001,VP"})) == {"TL001"}
    assert ids(check("--select", "AB001", str(note), env={"FEEDBACKLINT_SELECT": "TL001"})) == {"AB001"}


def test_env_ignore_adds_to_file_ignore(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'ignore = ["TL"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT + "Godt arbejde!\n")
    assert ids(check(str(note), env={"FEEDBACKLINT_IGNORE": "vague-praise"})) == {"AB001"}


def test_env_min_severity_and_severity(tmp_path):
    note = write(tmp_path / "a.txt", TEXT)
    env = {"FEEDBACKLINT_SEVERITY": "TL001=error", "FEEDBACKLINT_MIN_SEVERITY": "error"}
    fs = [f for f in findings(check(str(note), env=env)) if f["rule_id"] in WATCHED]
    assert [(f["rule_id"], f["severity"]) for f in fs] == [("TL001", "error")]


def test_empty_env_variable_counts_as_unset(tmp_path):
    note = write(tmp_path / "a.txt", TEXT)
    assert ids(check(str(note), env={"FEEDBACKLINT_SELECT": ""})) == {"TL001", "AB001"}


def test_unknown_env_variable_is_a_warning_naming_it(tmp_path):
    note = write(tmp_path / "a.txt", TEXT)
    res = check(str(note), env={"FEEDBACKLINT_SELEKT": "TL"})
    assert res.exit_code == 1
    assert "FEEDBACKLINT_SELEKT" in res.stderr


def test_unknown_rule_in_env_is_error_naming_the_variable(tmp_path):
    note = write(tmp_path / "a.txt", TEXT)
    res = check(str(note), env={"FEEDBACKLINT_IGNORE": "ZZ123"})
    assert res.exit_code == 2
    assert "FEEDBACKLINT_IGNORE" in res.stderr and "ZZ123" in res.stderr


# -- keys -------------------------------------------------------------------


@pytest.mark.parametrize("selector", ["TL001", "TL", "trait-label"])
def test_select_by_id_prefix_or_category(tmp_path, selector):
    write(tmp_path / "p" / ".feedbacklint.toml", f'select = ["{selector}"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    assert ids(check(str(note))) == {"TL001"}


@pytest.mark.parametrize("selector", ["AB001", "AB", "absolute"])
def test_ignore_by_id_prefix_or_category(tmp_path, selector):
    write(tmp_path / "p" / ".feedbacklint.toml", f'ignore = ["{selector}"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    assert ids(check(str(note))) == {"TL001"}


def test_severity_override_per_rule_and_category(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", '[severity]\nTL001 = "error"\nabsolute = "info"\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    got = {f["rule_id"]: f["severity"] for f in findings(check(str(note))) if f["rule_id"] in WATCHED}
    assert got == {"TL001": "error", "AB001": "info"}


def test_min_severity_key_and_flag(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'min-severity = "error"\n[severity]\nAB001 = "error"\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    assert ids(check(str(note))) == {"AB001"}
    assert ids(check("--min-severity", "warning", str(note))) == {"AB001", "TL001"}


def test_allow_phrases_are_never_flagged(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'allow = ["for stille"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    assert ids(check(str(note))) == {"AB001"}


def test_extra_rules_folder_relative_to_config_file(tmp_path):
    write(tmp_path / "p" / "style" / "XY001.toml", USER_RULE)
    write(tmp_path / "p" / ".feedbacklint.toml", 'extra-rules = ["style"]\nselect = ["XY"]\n')
    note = write(tmp_path / "p" / "notes" / "a.txt", "Det var på en måde fint.\n")
    (f,) = findings(check(str(note)))
    assert (f["rule_id"], f["excerpt"], f["category"]) == ("XY001", "på en måde", "hedging")


def test_invalid_user_rule_is_exit_2_naming_file_and_field(tmp_path):
    write(tmp_path / "p" / "style" / "XY001.toml", USER_RULE.replace('category = "hedging"', 'category = "mumbling"'))
    write(tmp_path / "p" / ".feedbacklint.toml", 'extra-rules = ["style"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    res = check(str(note))
    assert res.exit_code == 2
    assert "XY001.toml" in res.stderr and "category" in res.stderr
    assert "Traceback" not in res.output


def test_missing_extra_rules_folder_is_exit_2(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'extra-rules = ["nowhere"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    res = check(str(note))
    assert res.exit_code == 2
    assert ".feedbacklint.toml" in res.stderr and "extra-rules" in res.stderr and "nowhere" in res.stderr


def test_per_glob_override(tmp_path):
    write(
        tmp_path / "p" / "pyproject.toml",
        '[tool.feedbacklint]\nignore = ["VP"]\n\n'
        '[[tool.feedbacklint.overrides]]\nfiles = ["agreements/*.md"]\nignore = ["TL"]\n\n'
        '[[tool.feedbacklint.overrides]]\nfiles = ["**/strict/*.txt"]\n[tool.feedbacklint.overrides.severity]\nAB001 = "error"\n',
    )
    agreement = write(tmp_path / "p" / "agreements" / "x.md", TEXT)
    note = write(tmp_path / "p" / "notes" / "x.md", TEXT)
    strict = write(tmp_path / "p" / "a" / "strict" / "y.txt", TEXT)
    data = json.loads(check(str(agreement), str(note), str(strict)).stdout)
    got = {Path(f["path"]).relative_to(tmp_path / "p").as_posix(): {(x["rule_id"], x["severity"]) for x in f["findings"] if x["rule_id"] in WATCHED} for f in data["files"]}
    assert got == {
        "agreements/x.md": {("AB001", "warning")},
        "notes/x.md": {("TL001", "warning"), ("AB001", "warning")},
        "a/strict/y.txt": {("TL001", "warning"), ("AB001", "error")},
    }


# -- broken configuration: exit 2, naming the file and the key ----------------


def test_broken_toml_is_exit_2_naming_the_file(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'select = ["TL"\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    res = check(str(note))
    assert res.exit_code == 2
    assert ".feedbacklint.toml" in res.stderr and "TOML" in res.stderr
    assert "Traceback" not in res.output


def test_unknown_key_is_exit_2_naming_file_and_key(tmp_path):
    write(tmp_path / "p" / "pyproject.toml", '[tool.feedbacklint]\nselekt = ["TL"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    res = check(str(note))
    assert res.exit_code == 2
    assert "pyproject.toml" in res.stderr and "selekt" in res.stderr


def test_unknown_key_in_override_is_exit_2(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", '[[overrides]]\nfiles = ["*.md"]\nmodel = "blank"\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    res = check(str(note))
    assert res.exit_code == 2
    assert ".feedbacklint.toml" in res.stderr and "overrides.0.model" in res.stderr


@pytest.mark.parametrize(
    "body,key,bad",
    [
        ('select = ["XX999"]\n', "select", "XX999"),
        ('ignore = ["vague-prase"]\n', "ignore", "vague-prase"),
        ('[severity]\nQQ1 = "error"\n', "severity", "QQ1"),
        ('[[overrides]]\nfiles = ["*.md"]\nignore = ["NOPE"]\n', "overrides[0].ignore", "NOPE"),
    ],
)
def test_unknown_rule_or_category_is_exit_2_naming_file_and_key(tmp_path, body, key, bad):
    write(tmp_path / "p" / ".feedbacklint.toml", body)
    note = write(tmp_path / "p" / "a.txt", TEXT)
    res = check(str(note))
    assert res.exit_code == 2, res.output
    assert ".feedbacklint.toml" in res.stderr and key in res.stderr and bad in res.stderr


def test_bad_value_is_exit_2(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'min-severity = "loud"\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    res = check(str(note))
    assert res.exit_code == 2
    assert "min-severity" in res.stderr or "min_severity" in res.stderr


def test_missing_config_file_is_exit_2(tmp_path):
    note = write(tmp_path / "a.txt", TEXT)
    res = check("--config", str(tmp_path / "nope.toml"), str(note))
    assert res.exit_code == 2 and "nope.toml" in res.stderr


def test_comma_separated_flags(tmp_path):
    note = write(tmp_path / "a.txt", TEXT + "Godt arbejde!\n")
    assert ids(check("--select", "TL001,absolute", str(note))) == {"TL001", "AB001"}


@pytest.mark.parametrize(
    "change,field",
    [
        (('phrases = ["på en måde"]', 'lexicons = ["mine"]'), "lexicons"),
        (('phrases = ["på en måde"]', 'phrases = ["på en måde"]\ncheck = "nope"'), "check"),
    ],
)
def test_user_rule_naming_missing_lexicon_or_check_is_exit_2_naming_file_and_field(tmp_path, change, field):
    write(tmp_path / "p" / "style" / "XY001.toml", USER_RULE.replace(*change))
    write(tmp_path / "p" / ".feedbacklint.toml", 'extra-rules = ["style"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    res = check(str(note))
    assert res.exit_code == 2
    assert "XY001.toml" in res.stderr and f"{field}:" in res.stderr
    assert "intern fejl" not in res.stderr


def test_stdin_filename_picks_config_and_overrides(tmp_path):
    write(tmp_path / "cwd" / ".feedbacklint.toml", '[[overrides]]\nfiles = ["aftaler/*.txt"]\nignore = ["TL"]\n')
    res = CliRunner().invoke(cli, ["check", "--format", "json", "--stdin-filename", "aftaler/kim.txt", "-"], input=TEXT)
    assert ids(res) == {"AB001"}


def test_unknown_model_in_config_is_exit_2_naming_file_and_key(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", 'model = "da_core_news_zz"\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    res = check(str(note))
    assert res.exit_code == 2
    assert ".feedbacklint.toml" in res.stderr and "model" in res.stderr and "da_core_news_zz" in res.stderr


def test_model_folder_relative_to_config_file(tmp_path):
    import spacy

    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    (tmp_path / "p" / "pipelines").mkdir(parents=True)
    nlp.to_disk(tmp_path / "p" / "pipelines" / "mine")
    write(tmp_path / "p" / ".feedbacklint.toml", 'model = "pipelines/mine"\nselect = ["TL001"]\n')
    note = write(tmp_path / "p" / "notes" / "a.txt", TEXT)
    assert ids(check(str(note))) == {"TL001"}


def test_sarif_rule_table_covers_rules_of_every_config(tmp_path):
    write(tmp_path / "a" / ".feedbacklint.toml", 'select = ["TL"]\n')
    write(tmp_path / "b" / ".feedbacklint.toml", 'select = ["AB"]\n')
    x = write(tmp_path / "a" / "x.txt", TEXT)
    y = write(tmp_path / "b" / "y.txt", TEXT)
    res = CliRunner().invoke(cli, ["check", "--format", "sarif", str(x), str(y)])
    run = json.loads(res.stdout)["runs"][0]
    assert {r["ruleId"] for r in run["results"]} == {"TL001", "AB001"}
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"TL001", "AB001"}


def test_pyproject_style_table_in_dotfile_gets_a_hint(tmp_path):
    write(tmp_path / "p" / ".feedbacklint.toml", '[tool.feedbacklint]\nignore = ["TL"]\n')
    note = write(tmp_path / "p" / "a.txt", TEXT)
    res = check(str(note))
    assert res.exit_code == 2
    assert ".feedbacklint.toml" in res.stderr and "'tool'" in res.stderr and "øverst" in res.stderr
