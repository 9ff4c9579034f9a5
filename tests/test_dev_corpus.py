"""The dev corpus as a regression gate: the issue's accuracy and suggestion targets.

Figures are per text (see docs/accuracy.md); these assert the targets, not
the current values, so a rule change that costs precision fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feedbacklint import Linter
from feedbacklint.evaluation import Evaluation, evaluate, load_corpus

DEV_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "feedback-dev.jsonl"


@pytest.fixture(scope="module")
def dev_eval(linter: Linter) -> Evaluation:
    if not DEV_CORPUS.exists():
        pytest.skip("shared dev corpus not available")
    return evaluate(linter, load_corpus(DEV_CORPUS))


def test_macro_f1_target(dev_eval: Evaluation):
    assert dev_eval.macro_f1 >= 0.90


def test_every_category_is_useful(dev_eval: Evaluation):
    weak = {c: round(s.f1, 2) for c, s in dev_eval.scores.items() if s.f1 < 0.8}
    assert not weak


def test_clean_texts_rarely_flagged(dev_eval: Evaluation):
    assert dev_eval.clean_flagged_share <= 0.05


def test_findings_sit_on_the_evidence(dev_eval: Evaluation):
    assert dev_eval.evidence_share >= 0.95


def test_every_finding_has_a_suggestion(dev_eval: Evaluation):
    assert dev_eval.with_suggestion == dev_eval.findings_total > 0


def test_applied_suggestions_do_not_retrigger(dev_eval: Evaluation):
    # the LanguageTool check: a correction must not trigger its own rule
    assert dev_eval.suggestions_clean / dev_eval.suggestions_checked >= 0.95, dev_eval.suggestion_failures


def test_suggestions_keep_the_writers_words(dev_eval: Evaluation):
    assert dev_eval.suggestions_keep_word / dev_eval.suggestions_checked >= 0.90
