"""Human-readable output, grouped by file.

Each finding is ``path:line:col: RULE [category] message`` (for .docx
``path:¶paragraph:col:``), then the excerpt and the first suggestion.
Colour comes from click.style; whether it is shown is decided when echoing
(TTY, NO_COLOR, --color/--no-color).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..categories import Severity

if TYPE_CHECKING:
    from ..findings import Finding
    from . import FileResult, RenderOptions

_SEVERITY_COLOUR = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_SEVERITY_DA = {Severity.ERROR: ("fejl", "fejl"), Severity.WARNING: ("advarsel", "advarsler"), Severity.INFO: ("info", "info")}


def location(result: FileResult, f: Finding) -> str:
    line = f"¶{f.line}" if result.unit == "paragraph" else str(f.line)
    return f"{result.path}:{line}:{f.column}:"


def render_finding(result: FileResult, f: Finding) -> list[str]:
    head = click.style(location(result, f), bold=True)
    rule = click.style(f.rule_id, fg=_SEVERITY_COLOUR[f.severity], bold=True)
    lines = [f"{head} {rule} [{f.category.value}] {f.message}"]
    excerpt = " ".join(f.excerpt.split())  # a multi-line excerpt stays one output line
    lines.append(f"    » {click.style(excerpt, underline=True)}")
    if f.suggestions:
        s = f.suggestions[0]
        lines.append(f"    → {click.style(s.label, fg='green')}: {s.text}")
    return lines


def render_file(result: FileResult) -> str:
    out: list[str] = []
    for f in result.report.findings:
        out.extend(render_finding(result, f))
    return "\n".join(out)


def render_text(results: list[FileResult], options: RenderOptions) -> str:
    blocks = [render_file(r) for r in results if r.report.findings]
    text = "\n\n".join(blocks)
    if options.statistics:
        from .statistics import render_statistics_text

        stats = render_statistics_text(results)
        text = f"{text}\n\n{stats}" if text else stats
    return text


def summary(results: list[FileResult]) -> str:
    """One Danish line for stderr, e.g. ``3 fund i 2 filer (1 advarsel, 2 info).``"""
    counts: dict[Severity, int] = {}
    for r in results:
        for f in r.report.findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
    total = sum(counts.values())
    files = f"{len(results)} fil" if len(results) == 1 else f"{len(results)} filer"
    detail = ", ".join(f"{counts[s]} {_SEVERITY_DA[s][counts[s] != 1]}" for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if s in counts)
    return f"{total} fund i {files}" + (f" ({detail})." if detail else ".")
