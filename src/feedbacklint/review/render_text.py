"""Terminal and Markdown output of a review."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from .concreteness import PARTS
from .highlight import STATUS_DA
from .model import QuestionKind, ReviewReport
from ..textindex import LineIndex

KIND_DA = {QuestionKind.OPEN: "åbent", QuestionKind.CLOSED: "lukket", QuestionKind.OTHER: "andet"}
DIRECTION_DA = {"forward": "frem", "back": "tilbage", "neutral": "neutral"}


def _parts(f) -> str:
    return " ".join(("✓ " if getattr(f, p) else "✗ ") + name for p, name in PARTS.items())


def _locator(text: str, paragraph_starts: tuple[int, ...]) -> Callable[[int], str]:
    """ "linje 14", or for .docx "afsnit 3" (findings already carry paragraph numbers)."""
    if paragraph_starts:
        return lambda offset: f"afsnit {max(bisect_right(paragraph_starts, offset), 1)}"
    index = LineIndex(text)
    return lambda offset: f"linje {index.position(offset)[0]}"


def render_text(path: str, text: str, report: ReviewReport, paragraph_starts: tuple[int, ...] = ()) -> str:
    where_is = _locator(text, paragraph_starts)
    para = "¶" if paragraph_starts else ""
    out = [f"{path}: parat til samtalen {report.score}/100 ({STATUS_DA[report.status]})", ""]
    width = max(len(d.title) for d in report.dimensions)
    for d in report.dimensions:
        out.append(f"  {d.title:<{width}}  {d.score:>3}  {STATUS_DA[d.status]:<7}  {d.reason}")
    out.append("")
    if report.top_actions:
        out.append("Det vigtigste at rette før samtalen:")
        for k, a in enumerate(report.top_actions, 1):
            where = f" ({where_is(a.start)})" if a.start is not None else ""
            out.append(f"  {k}. {a.text}{where}")
        out.append("")
    out.append("Forberedelse:")
    for a in report.preparation:
        answer = f" → »{a.answer.text}«" if a.answer else " → mangler"
        out.append(f"  {'✓' if a.answered else '✗'} {a.question}{answer}")
    out.append("")
    if report.questions:
        out.append("Spørgsmål:")
        for q in report.questions:
            out.append(f"  {'✓' if q.kind != QuestionKind.CLOSED else '✗'} {KIND_DA[q.kind]:<8} »{q.text}« ({q.why})")
        out.append("")
    if report.feedback:
        out.append("Feedback (situation, adfærd, virkning, næste skridt):")
        for f in report.feedback:
            out.append(f"  »{f.text}«")
            out.append(f"      {_parts(f)} · retning: {DIRECTION_DA[f.direction]}")
        out.append("")
    if report.agreements:
        out.append("Aftaler (hvem, hvornår):")
        for ag in report.agreements:
            owner = ag.owner or "hvem? mangler"
            deadline = ag.deadline or "hvornår? mangler"
            out.append(f"  {'✓' if ag.complete else '✗'} »{ag.text}« ({owner}; {deadline})")
        out.append("")
    fu = report.follow_up
    out.append("Opfølgning: " + (f"planlagt ({fu.when}): »{fu.sentence.text}«" if fu.planned and fu.sentence else
                                 f"nævnt uden dato: »{fu.sentence.text}«" if fu.sentence else "ikke planlagt"))
    if report.findings:
        out.append("")
        out.append(f"Formuleringer ({len(report.findings)}):")
        for f in report.findings:
            out.append(f"{path}:{para}{f.line}:{f.column}: {f.rule_id} [{f.category.value}] {f.message}")
            out.append(f"    » {f.excerpt}")
            if f.suggestions:
                out.append(f"    → {f.suggestions[0].label}: {f.suggestions[0].text}")
    return "\n".join(out)


def _md(text: str) -> str:
    """Escape table-breaking characters in user text."""
    return " ".join(text.split()).replace("|", "\\|")


def render_markdown(path: str, text: str, report: ReviewReport, paragraph_starts: tuple[int, ...] = ()) -> str:
    unit = "Afsnit" if paragraph_starts else "Linje"
    out = [f"# MUS-forberedelse: {_md(path)}", "", f"**Parat til samtalen: {report.score}/100** ({STATUS_DA[report.status]})", ""]
    out += ["| Dimension | Score | Status | Hvorfor |", "|---|---:|---|---|"]
    for d in report.dimensions:
        out.append(f"| {d.title} | {d.score} | {STATUS_DA[d.status]} | {_md(d.reason)} |")
    out.append("")
    if report.top_actions:
        out += ["## Det vigtigste at rette før samtalen", ""]
        out += [f"{k}. {_md(a.text)}" for k, a in enumerate(report.top_actions, 1)]
        out.append("")
    out += ["## Forberedelse", ""]
    for a in report.preparation:
        answer = f" — »{_md(a.answer.text)}«" if a.answer else " — *mangler*"
        out.append(f"- [{'x' if a.answered else ' '}] {a.question}{answer}")
    out.append("")
    if report.questions:
        out += ["## Spørgsmål", "", "| Spørgsmål | Type |", "|---|---|"]
        out += [f"| {_md(q.text)} | {KIND_DA[q.kind]} |" for q in report.questions]
        out.append("")
    if report.feedback:
        out += ["## Feedback", "", "| Sætning | Situation | Adfærd | Virkning | Næste skridt | Retning |", "|---|---|---|---|---|---|"]
        for f in report.feedback:
            marks = " | ".join("✓" if getattr(f, p) else "✗" for p in PARTS)
            out.append(f"| {_md(f.text)} | {marks} | {DIRECTION_DA[f.direction]} |")
        out.append("")
    out += ["## Aftaler og opfølgning", ""]
    for ag in report.agreements:
        out.append(f"- [{'x' if ag.complete else ' '}] {_md(ag.text)} (hvem: {ag.owner or '*mangler*'}; hvornår: {ag.deadline or '*mangler*'})")
    if not report.agreements:
        out.append("- *Ingen aftaler*")
    fu = report.follow_up
    out.append(f"- Opfølgning: {'planlagt (' + fu.when + ')' if fu.planned and fu.when else 'nævnt uden dato' if fu.mentioned else '*ikke planlagt*'}")
    out.append("")
    if report.findings:
        out += [f"## Formuleringer ({len(report.findings)})", ""]
        for f in report.findings:
            sugg = f" → *{_md(f.suggestions[0].label)}:* {_md(f.suggestions[0].text)}" if f.suggestions else ""
            out.append(f"- {unit} {f.line}: »{_md(f.excerpt)}« — {_md(f.message)}{sugg}")
        out.append("")
    return "\n".join(out)
