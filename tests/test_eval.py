"""`feedbacklint eval`: the figures a rule writer relies on."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from feedbacklint.cli import cli

MINI = Path(__file__).parent / "data" / "mini-corpus.jsonl"  # five items copied from the dev corpus


def test_eval_json_counts_true_and_false_positives(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = MINI.read_text(encoding="utf-8").splitlines()
    # A clean-labelled text the linter flags: must count as FP and as a flagged clean text.
    lines.append(json.dumps({"id": "x1", "text": "Du er for stille.", "labels": [], "evidence": {}}, ensure_ascii=False))
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", str(corpus), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    tl = data["categories"]["trait-label"]
    assert (tl["tp"], tl["fp"], tl["fn"]) == (1, 1, 0)
    assert data["clean_texts"] == 3
    assert 0 < data["clean_flagged_share"] <= 1 / 3 + 1e-9
    assert data["suggestions"]["with_suggestion_share"] == 1.0


def test_eval_errors_lists_misclassified_items(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "m1", "text": "Hvorfor kom du for sent i går?", "labels": ["trait-label"], "evidence": {"trait-label": "kom"}}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(cli, ["eval", str(corpus), "--errors", "--no-suggestions"])
    assert "m1" in res.stdout and "FN: ['trait-label']" in res.stdout


def test_eval_bad_corpus_is_a_clear_error(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "x", "labels": ["no-such-category"]}\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", str(corpus)])
    assert res.exit_code == 2 and "no-such-category" in res.stderr


def test_eval_writes_markdown_docs_with_the_reproducing_command(tmp_path):
    acc_path, sugg_path = tmp_path / "acc.md", tmp_path / "sugg.md"
    res = CliRunner().invoke(cli, ["eval", str(MINI), "--write-accuracy", str(acc_path), "--write-suggestions", str(sugg_path)])
    assert res.exit_code == 0, res.output
    acc = acc_path.read_text(encoding="utf-8")
    assert "macro-F1" in acc and f"feedbacklint eval {MINI.as_posix()} --write-accuracy" in acc
    assert "**Før:**" in sugg_path.read_text(encoding="utf-8")
