"""docs/api.md is executable: its ``python`` blocks run top to bottom in one namespace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import feedbacklint

API_DOC = Path(__file__).resolve().parent.parent / "docs" / "api.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def blocks() -> list[str]:
    return BLOCK.findall(API_DOC.read_text(encoding="utf-8"))


def test_api_doc_has_examples():
    assert len(blocks()) >= 8


def test_api_doc_examples_run(tmp_path, monkeypatch):
    for var in [v for v in __import__("os").environ if v.startswith("FEEDBACKLINT_")]:
        monkeypatch.delenv(var)
    monkeypatch.chdir(tmp_path)  # the examples write a config file
    namespace: dict = {"__name__": "api_doc"}
    for k, code in enumerate(blocks(), 1):
        try:
            exec(compile(code, f"{API_DOC.name} block {k}", "exec"), namespace)
        except Exception as exc:  # name the block so a stale doc is easy to fix
            pytest.fail(f"docs/api.md block {k} failed: {type(exc).__name__}: {exc}\n{code}")


def test_every_public_name_is_exported_and_documented():
    doc = API_DOC.read_text(encoding="utf-8")
    for name in feedbacklint.__all__:
        assert hasattr(feedbacklint, name), name
        if name.startswith("_") or name in {"review", "ReviewReport", "Rule", "Override"}:
            continue  # documented elsewhere (review: docs of the review command; Rule/Override: rule and config docs)
        assert name in doc, f"{name} is public but not in docs/api.md"


def test_package_is_typed():
    assert (Path(feedbacklint.__file__).parent / "py.typed").is_file()
