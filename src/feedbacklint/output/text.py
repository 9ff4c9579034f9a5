"""Human-readable output: ``path:line:col: RULE [category] message``."""

from __future__ import annotations

from ..findings import Report


def render_text(path: str, report: Report) -> str:
    lines = []
    for f in report.findings:
        lines.append(f"{path}:{f.line}:{f.column}: {f.rule_id} [{f.category.value}] {f.message}")
        lines.append(f"    » {f.excerpt}")
        if f.suggestions:
            lines.append(f"    → {f.suggestions[0].label}: {f.suggestions[0].text}")
    return "\n".join(lines)
