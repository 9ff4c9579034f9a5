"""A single self-contained HTML file: the notes with findings highlighted and the dimensions summarised."""

from __future__ import annotations

import json
from html import escape

from .concreteness import PARTS
from .highlight import asset, marked_text, summary_html
from .model import QuestionKind, ReviewReport
from .render_text import DIRECTION_DA, KIND_DA


def script_json(data: object) -> str:
    """JSON safe to embed inside <script>: no "</" can close the tag early."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")


def details_html(report: ReviewReport) -> str:
    """Preparation answers, questions, feedback parts and agreements as collapsible sections."""
    prep = "".join(
        f"<li>{'✓' if a.answered else '✗'} {escape(a.question)}"
        + (f" — <q>{escape(a.answer.text)}</q>" if a.answer else " — <em>mangler</em>") + "</li>"
        for a in report.preparation
    )
    questions = "".join(f"<tr><td>{escape(q.text)}</td><td>{KIND_DA[q.kind]}</td><td>{escape(q.why)}</td></tr>" for q in report.questions)
    feedback = "".join(
        f"<tr><td>{escape(f.text)}</td>" + "".join(f"<td>{'✓' if getattr(f, p) else '✗'}</td>" for p in PARTS)
        + f"<td>{DIRECTION_DA[f.direction]}</td></tr>"
        for f in report.feedback
    )
    agreements = "".join(
        f"<tr><td>{escape(a.text)}</td><td>{escape(a.owner or '✗ mangler')}</td><td>{escape(a.deadline or '✗ mangler')}</td></tr>"
        for a in report.agreements
    )
    fu = report.follow_up
    follow = (
        f"Planlagt ({escape(fu.when or '')}): <q>{escape(fu.sentence.text)}</q>" if fu.planned and fu.sentence
        else f"Nævnt uden dato: <q>{escape(fu.sentence.text)}</q>" if fu.sentence else "Ikke planlagt."
    )
    parts_head = "".join(f"<th>{name}</th>" for name in PARTS.values())
    n_open = sum(q.kind == QuestionKind.OPEN for q in report.questions)
    return (
        f'<details class="fl-section" open><summary>Forberedelse</summary><ul>{prep}</ul></details>'
        f'<details class="fl-section"><summary>Spørgsmål ({len(report.questions)}, {n_open} åbne)</summary>'
        f'<table class="fl-table"><tr><th>Spørgsmål</th><th>Type</th><th>Hvorfor</th></tr>{questions}</table></details>'
        f'<details class="fl-section"><summary>Feedback ({len(report.feedback)} sætninger)</summary>'
        f'<table class="fl-table"><tr><th>Sætning</th>{parts_head}<th>Retning</th></tr>{feedback}</table></details>'
        f'<details class="fl-section"><summary>Aftaler ({len(report.agreements)}) og opfølgning</summary>'
        f'<table class="fl-table"><tr><th>Aftale</th><th>Hvem</th><th>Hvornår</th></tr>{agreements}</table><p>{follow}</p></details>'
    )


def render_html(path: str, text: str, report: ReviewReport) -> str:
    findings = [f.model_dump(mode="json") for f in report.findings]
    return f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>feedbacklint review: {escape(path)}</title>
<style>{asset("review.css")}</style>
</head>
<body>
<div class="fl-wrap">
<h1>MUS-forberedelse: {escape(path)}</h1>
<section class="fl-summary">{summary_html(report)}</section>
<h2>Dine noter</h2>
<p class="fl-privacy">Markeringer viser formuleringer, der kan gøres stærkere. Klik eller hold musen over en markering for at se forklaring og forslag.</p>
<div class="fl-text" id="fl-text">{marked_text(text, report.findings, (a.start for a in report.top_actions if a.start is not None))}</div>
<h2>Detaljer</h2>
{details_html(report)}
<p class="fl-privacy">Lavet lokalt af feedbacklint; filen henter intet udefra.</p>
</div>
<script type="application/json" id="fl-data">{script_json(findings)}</script>
<script>window.FL = {{ findings: JSON.parse(document.getElementById("fl-data").textContent), onApply: null }};</script>
<script>{asset("review.js")}</script>
</body>
</html>
"""
