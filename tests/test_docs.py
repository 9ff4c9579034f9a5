"""Generated docs must match the rule files and models (regenerate: python -m feedbacklint.docsgen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedbacklint.docsgen import generate_all

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("rel,content", sorted(generate_all().items()))
def test_generated_doc_is_current(rel, content):
    path = DOCS / rel
    assert path.exists(), f"docs/{rel} missing: run python -m feedbacklint.docsgen"
    assert path.read_text(encoding="utf-8") == content, f"docs/{rel} is stale: run python -m feedbacklint.docsgen"


def test_every_rule_has_a_doc_page():
    from feedbacklint import load_rules

    for rule in load_rules():
        assert (DOCS / "rules" / f"{rule.id}.md").exists()
