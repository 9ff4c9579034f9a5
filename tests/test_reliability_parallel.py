"""--jobs N gives exactly the output of --jobs 1; huge texts judged in windows give the same findings."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from feedbacklint import Linter
from feedbacklint import parallel
from feedbacklint.cli import cli
from feedbacklint.engine import linter as linter_module

NOTES = [
    "Du kommer altid for sent til vores møder.",
    "Din rapport til bestyrelsen i oktober var grundig, og tallene stemte.",
    "Godt arbejde!\nDu er for stille.",
    "Hvorfor har du ikke svaret på mine mails?",
    "Du er for stille. # feedbacklint: disable=TL001",
    "Jeg har hørt fra flere, at du afbryder på møderne.",
    "",
]


def run(args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def notes_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("notes")
    for i in range(60):
        sub = folder / f"team{i % 4}"
        sub.mkdir(exist_ok=True)
        suffix = ".md" if i % 5 == 0 else ".txt"
        text = NOTES[i % len(NOTES)]
        (sub / f"note{i:02d}{suffix}").write_text(f"# Note {i}\n\n{text}\n" if suffix == ".md" else text, encoding="utf-8")
    (folder / "broken.txt").write_bytes("Du er for stille på mødet.".encode("cp1252"))
    return folder


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_jobs_n_output_is_identical_to_jobs_1(notes_folder: Path, fmt: str):
    serial = run(["check", "--format", fmt, "--report-unused-suppressions", "--jobs", "1", notes_folder])
    assert serial.exit_code == 2  # broken.txt; the rest is still checked
    assert "broken.txt" in serial.stderr
    for jobs in ("2", "3"):
        par = run(["check", "--format", fmt, "--report-unused-suppressions", "--jobs", jobs, notes_folder])
        assert (par.exit_code, par.stdout, par.stderr) == (serial.exit_code, serial.stdout, serial.stderr), jobs
    if fmt == "json":
        paths = [f["path"] for f in json.loads(serial.stdout)["files"]]
        assert paths == sorted(paths), "stable order: sorted paths"
        assert len(paths) == 60


def test_jobs_must_be_positive(notes_folder: Path):
    res = run(["check", "--jobs", "0", notes_folder])
    assert res.exit_code == 2 and "--jobs" in res.stderr


def test_lint_parallel_api_equals_lint_many(linter: Linter):
    texts = [NOTES[i % len(NOTES)] + f" ({i})" for i in range(40)]
    expected = [r.model_dump() for r in linter.lint_many(texts)]
    assert [r.model_dump() for r in parallel.lint_parallel(linter, texts, jobs=2)] == expected
    assert [r.model_dump() for r in parallel.lint_parallel(linter, texts, jobs=1)] == expected


def _pid_per_item(state, batch):  # runs in a worker
    time.sleep(0.2)
    return [os.getpid()] * len(batch)


def test_work_is_spread_over_n_processes(linter: Linter):
    pids = parallel._map_batches(linter, (Linter, ()), _pid_per_item, list(range(16)), 2)
    assert len(pids) == 16
    assert len(set(pids)) == 2 and os.getpid() not in pids


def test_plan_and_batches():
    assert parallel.plan_jobs([10] * 5, jobs=8) == 5  # never more workers than texts
    assert parallel.plan_jobs([10] * 5, jobs=None) == 1  # small input: no processes unless asked
    assert parallel.plan_jobs([parallel.AUTO_MIN_CHARS] * 5, jobs=None) == min(parallel.default_jobs(), 5)
    for n, w in [(0, 2), (1, 4), (7, 2), (2000, 2), (2000, 16)]:
        bs = parallel.batches(n, w)
        assert [i for b in bs for i in b] == list(range(n))
        assert all(len(b) <= parallel.MAX_BATCH for b in bs)
    with pytest.raises(ValueError):
        parallel.plan_jobs([1], jobs=0)


def test_windowed_judging_of_a_huge_text_finds_the_same(linter: Linter, monkeypatch):
    # several sentences per paragraph: checks that look at the previous sentence run in every window
    extra = "Vi talte om dit næste år. Jeg har tilmeldt dig et kursus i præsentationsteknik i marts."
    paragraphs = [f"{NOTES[i % len(NOTES)] or 'Tak for i dag.'} {extra}" for i in range(60)]
    text = "\n\n".join(paragraphs)
    whole = linter.lint(text)
    monkeypatch.setattr(linter_module, "WINDOW_CHARS", 500)  # a few paragraphs per window
    windowed = linter.lint(text)
    assert windowed.findings, "the sample has findings"
    assert windowed.model_dump() == whole.model_dump()
