from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedbacklint import Linter

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "data" / "feedback-dev.jsonl"


@pytest.fixture(scope="session")
def linter() -> Linter:
    """The default linter, as a user gets it from a fresh install."""
    return Linter()


@pytest.fixture(scope="session")
def dev_items() -> list[dict]:
    if not DEV_CORPUS.exists():
        pytest.skip("shared dev corpus not available")
    return [json.loads(line) for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
