"""Stable, versioned JSON output (documented in docs/json-format.md)."""

from __future__ import annotations

import json

from .._version import __version__
from ..findings import Report

JSON_FORMAT_VERSION = 1


def render_json(results: list[tuple[str, Report]]) -> str:
    payload = {
        "version": JSON_FORMAT_VERSION,
        "tool": {"name": "feedbacklint", "version": __version__},
        "files": [
            {"path": path, "findings": [f.model_dump(mode="json") for f in report.findings]}
            for path, report in results
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)
