"""Every rule file's examples run as tests (as LanguageTool does with its rule examples)."""

from __future__ import annotations

import importlib.util

import pytest

from feedbacklint import Config, Linter, load_rules
from feedbacklint.nlp.loader import OFFICIAL_MODELS

RULES = load_rules()
CASES = [(rule, k, ex) for rule in RULES for k, ex in enumerate(rule.examples)]
# The rules must behave the same on every UD Danish pipeline a user may have.
MODELS = ["auto"] + [m for m in OFFICIAL_MODELS if importlib.util.find_spec(m) is not None]


@pytest.fixture(scope="module", params=MODELS)
def all_rules_linter(request) -> Linter:
    # Select every rule explicitly so examples of off-by-default rules run too.
    return Linter(Config(select=[r.id for r in RULES]), model=request.param)


def test_every_rule_has_examples_of_both_kinds():
    assert RULES, "no rule files found"
    for rule in RULES:
        assert any(e.flag for e in rule.examples), rule.id
        assert any(e.flag is None for e in rule.examples), rule.id


@pytest.mark.parametrize("rule,k,example", CASES, ids=[f"{r.id}-{k}" for r, k, _ in CASES])
def test_rule_example(all_rules_linter: Linter, rule, k, example):
    report = all_rules_linter.lint(example.text)
    own = [f for f in report.findings if f.rule_id == rule.id]
    if example.flag is None:
        assert not own, f"{rule.id} should stay clean on {example.text!r}, flagged {[f.excerpt for f in own]}"
        return
    excerpts = [f.excerpt for f in own]
    assert example.flag in excerpts, f"{rule.id} should flag {example.flag!r} in {example.text!r}; got {excerpts}"
    if example.rewrite is not None:
        finding = next(f for f in own if f.excerpt == example.flag)
        assert finding.suggestions, f"{rule.id}: no suggestion for {example.text!r}"
        assert finding.suggestions[0].text == example.rewrite
