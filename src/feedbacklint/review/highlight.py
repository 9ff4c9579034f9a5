"""The notes as HTML with each finding marked; shared by the HTML report and the web page.

Findings may overlap, so the text is cut at every finding boundary and each
piece lists all findings covering it. Offsets are code points, as in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ..findings import Finding
from .model import ReviewReport, Status

STATUS_DA = {Status.OK: "ok", Status.ATTENTION: "se på", Status.MISSING: "mangler"}
SEVERITY_RANK = {"error": 2, "warning": 1, "info": 0}


def marked_text(text: str, findings: list[Finding], anchors: Iterable[int] = ()) -> str:
    """``text`` as HTML with findings marked; ``anchors`` are offsets a top action can scroll to."""
    anchor_at = {a for a in anchors if 0 <= a <= len(text)}
    cuts = {0, len(text), *anchor_at, *(min(f.start, len(text)) for f in findings), *(min(f.end, len(text)) for f in findings)}
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:]):
        if a in anchor_at:
            out.append(f'<span class="fl-anchor" data-at="{a}"></span>')
        if a == b:
            continue
        piece = escape(text[a:b])
        covering = [i for i, f in enumerate(findings) if f.start <= a and b <= f.end]
        if not covering:
            out.append(piece)
            continue
        worst = max((findings[i] for i in covering), key=lambda f: SEVERITY_RANK[f.severity.value])
        # the native tooltip shows message and first suggestion on hover; a click shows everything
        title = "\n".join(_tooltip(findings[i]) for i in covering)
        ids = " ".join(str(i) for i in covering)
        out.append(
            f'<mark class="fl-mark fl-{worst.severity.value}" data-f="{ids}" tabindex="0" role="button" '
            f'title="{escape(title)}">{piece}</mark>'
        )
    return "".join(out)


def _tooltip(f: Finding) -> str:
    if f.suggestions:
        return f"{f.message}\n→ {f.suggestions[0].label}: {f.suggestions[0].text}"
    return f.message


def summary_html(report: ReviewReport) -> str:
    """Overall score, one bar per dimension, and the top actions."""
    rows = []
    for d in report.dimensions:
        rows.append(
            f'<li class="fl-dim fl-{d.status.value}" data-dim="{escape(d.name)}">'
            f'<span class="fl-dim-title">{escape(d.title)}</span>'
            f'<span class="fl-bar" aria-hidden="true"><span style="width:{d.score}%"></span></span>'
            f'<span class="fl-dim-score">{d.score}</span>'
            f'<span class="fl-status">{escape(STATUS_DA[d.status])}</span>'
            f'<span class="fl-reason">{escape(d.reason)}</span></li>'
        )
    actions = "".join(
        f'<li data-start="{a.start if a.start is not None else ""}" data-end="{a.end if a.end is not None else ""}">{escape(a.text)}</li>'
        for a in report.top_actions
    )
    actions_html = (
        f'<h3>Det vigtigste at rette før samtalen</h3><ol class="fl-actions">{actions}</ol>'
        if actions
        else '<p class="fl-ready">Noterne ser klar ud til samtalen.</p>'
    )
    return (
        f'<div class="fl-score fl-{report.status.value}"><span class="fl-score-num">{report.score}</span>'
        f'<span class="fl-score-of">/100 parat</span></div>'
        f'<ul class="fl-dims">{"".join(rows)}</ul>{actions_html}'
    )


def asset(name: str) -> str:
    from pathlib import Path

    return (Path(__file__).parent / "assets" / name).read_text(encoding="utf-8")
