"""Stable, versioned JSON output (documented in docs/json-format.md)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .._version import __version__

if TYPE_CHECKING:
    from . import FileResult, RenderOptions

# Bump only for incompatible changes (a field removed, renamed or its meaning
# changed). Adding fields is compatible and keeps the version.
JSON_FORMAT_VERSION = 1


def payload(results: list[FileResult], options: RenderOptions | None = None) -> dict:
    data: dict = {
        "version": JSON_FORMAT_VERSION,
        "tool": {"name": "feedbacklint", "version": __version__},
        "files": [
            {
                "path": r.path,
                "kind": r.kind,
                "position_unit": r.unit,
                "findings": [f.model_dump(mode="json") for f in r.report.findings],
            }
            for r in results
        ],
        "errors": [
            {"path": p.path, "message": p.message, "skipped": p.skipped} for p in (options.problems if options else [])
        ],
    }
    if options is not None and options.statistics:
        from .statistics import statistics

        data["statistics"] = statistics(results)
    return data


def render_json(results: list[FileResult], options: RenderOptions | None = None) -> str:
    return json.dumps(payload(results, options), ensure_ascii=False, indent=2)
