"""Measure the linter on a labelled corpus (the schema of shared/data/feedback-dev.jsonl).

Per category precision/recall/F1 at text level, the share of clean texts with
any finding, whether true positives sit on the labelled evidence, and the
quality of the suggestions (present, not re-triggering, keeping content words).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .categories import Category
from .engine.linter import Linter
from .findings import Report


class CorpusError(ValueError):
    pass


@dataclass
class Item:
    id: str
    text: str
    labels: list[str]
    evidence: dict[str, str]


@dataclass
class CategoryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ItemResult:
    item: Item
    predicted: set[str]
    report: Report

    @property
    def false_positives(self) -> set[str]:
        return self.predicted - set(self.item.labels)

    @property
    def false_negatives(self) -> set[str]:
        return set(self.item.labels) - self.predicted


@dataclass
class Evaluation:
    scores: dict[str, CategoryScore]
    results: list[ItemResult]
    clean_total: int = 0
    clean_flagged: int = 0
    tp_total: int = 0
    tp_on_evidence: int = 0
    findings_total: int = 0
    with_suggestion: int = 0
    suggestions_checked: int = 0
    suggestions_clean: int = 0
    suggestions_keep_word: int = 0
    suggestion_failures: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.scores.values()) / len(self.scores)

    @property
    def clean_flagged_share(self) -> float:
        return self.clean_flagged / self.clean_total if self.clean_total else 0.0

    @property
    def evidence_share(self) -> float:
        return self.tp_on_evidence / self.tp_total if self.tp_total else 1.0

    @property
    def errors(self) -> list[ItemResult]:
        return [r for r in self.results if r.false_positives or r.false_negatives]

    def as_dict(self) -> dict:
        return {
            "categories": {
                c: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision, "recall": s.recall, "f1": s.f1}
                for c, s in self.scores.items()
            },
            "macro_f1": self.macro_f1,
            "clean_texts": self.clean_total,
            "clean_flagged_share": self.clean_flagged_share,
            "tp_on_evidence_share": self.evidence_share,
            "suggestions": {
                "findings": self.findings_total,
                "with_suggestion_share": _share(self.with_suggestion, self.findings_total),
                "no_retrigger_share": _share(self.suggestions_clean, self.suggestions_checked),
                "keeps_content_word_share": _share(self.suggestions_keep_word, self.suggestions_checked),
            },
        }


def _share(a: int, b: int) -> float:
    return a / b if b else 1.0


def load_corpus(path: Path) -> list[Item]:
    valid = {c.value for c in Category}
    items = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read corpus: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            item = Item(d["id"], d["text"], list(d.get("labels", [])), dict(d.get("evidence", {})))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise CorpusError(f"{path}:{n}: not a corpus record ({exc})") from exc
        bad = [c for c in item.labels if c not in valid]
        if bad:
            raise CorpusError(f"{path}:{n}: unknown category {bad[0]!r}")
        items.append(item)
    return items


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _content_lemmas(linter: Linter, texts: list[str]) -> list[set[str]]:
    out = []
    for doc in linter.nlp.pipe(texts):
        out.append({(t.lemma_ or t.text).lower() for t in doc if t.is_alpha and len(t.text) > 2 and not t.is_stop})
    return out


def evaluate(linter: Linter, items: list[Item], check_suggestions: bool = True) -> Evaluation:
    reports = linter.lint_many([i.text for i in items])
    ev = Evaluation(scores={c.value: CategoryScore() for c in Category}, results=[])
    for item, report in zip(items, reports):
        predicted = {f.category.value for f in report.findings}
        ev.results.append(ItemResult(item, predicted, report))
        gold = set(item.labels)
        if not gold:
            ev.clean_total += 1
            ev.clean_flagged += bool(predicted)
        for c in predicted | gold:
            s = ev.scores[c]
            if c in predicted and c in gold:
                s.tp += 1
                ev.tp_total += 1
                ev_text = item.evidence.get(c, "")
                pos = item.text.find(ev_text) if ev_text else -1
                span = (pos, pos + len(ev_text))
                if pos >= 0 and any(_overlaps((f.start, f.end), span) for f in report.findings if f.category.value == c):
                    ev.tp_on_evidence += 1
            elif c in predicted:
                s.fp += 1
            else:
                s.fn += 1
    if check_suggestions:
        _check_suggestions(linter, ev)
    return ev


def _check_suggestions(linter: Linter, ev: Evaluation) -> None:
    """Apply each finding's first suggestion and re-lint (the LanguageTool check)."""
    applied: list[tuple[str, str, int, int, str, str]] = []
    originals: list[str] = []
    for r in ev.results:
        for f in r.report.findings:
            ev.findings_total += 1
            if not f.suggestions:
                continue
            ev.with_suggestion += 1
            s = f.suggestions[0]
            new_text = r.item.text[: s.start] + s.text + r.item.text[s.end :]
            applied.append((r.item.id, f.category.value, s.start, s.start + len(s.text), new_text, s.text))
            originals.append(r.item.text[s.start : s.end])
    if not applied:
        return
    reports = linter.lint_many([a[4] for a in applied])
    before = _content_lemmas(linter, originals)
    after = _content_lemmas(linter, [a[5] for a in applied])
    for (item_id, cat, start, end, _new, sugg), rep, b, a in zip(applied, reports, before, after):
        ev.suggestions_checked += 1
        retrigger = any(f.category.value == cat and _overlaps((f.start, f.end), (start, end)) for f in rep.findings)
        if not retrigger:
            ev.suggestions_clean += 1
        else:
            ev.suggestion_failures.append((item_id, cat, sugg))
        if b & a or not b:
            ev.suggestions_keep_word += 1


def format_table(ev: Evaluation) -> str:
    lines = [f"{'category':<17} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'rec':>6} {'F1':>6}"]
    for c, s in ev.scores.items():
        lines.append(f"{c:<17} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>6.2f} {s.recall:>6.2f} {s.f1:>6.2f}")
    lines.append("")
    lines.append(f"macro-F1:                          {ev.macro_f1:.3f}")
    lines.append(f"clean texts with any finding:      {ev.clean_flagged}/{ev.clean_total} ({ev.clean_flagged_share:.1%})")
    lines.append(f"true positives on evidence span:   {ev.tp_on_evidence}/{ev.tp_total} ({ev.evidence_share:.1%})")
    if ev.findings_total:
        lines.append(f"findings with a suggestion:        {ev.with_suggestion}/{ev.findings_total} ({_share(ev.with_suggestion, ev.findings_total):.1%})")
        lines.append(f"suggestions not re-triggering:     {ev.suggestions_clean}/{ev.suggestions_checked} ({_share(ev.suggestions_clean, ev.suggestions_checked):.1%})")
        lines.append(f"suggestions keeping a content word: {ev.suggestions_keep_word}/{ev.suggestions_checked} ({_share(ev.suggestions_keep_word, ev.suggestions_checked):.1%})")
    return "\n".join(lines)


def format_errors(ev: Evaluation) -> str:
    out = []
    for r in ev.errors:
        out.append(f"{r.item.id}: gold={sorted(r.item.labels)} predicted={sorted(r.predicted)}")
        if r.false_positives:
            out.append(f"  FP: {sorted(r.false_positives)}")
            for f in r.report.findings:
                if f.category.value in r.false_positives:
                    out.append(f"    {f.rule_id} »{f.excerpt}«")
        if r.false_negatives:
            out.append(f"  FN: {sorted(r.false_negatives)} evidence: " + "; ".join(f"»{r.item.evidence.get(c, '')}«" for c in sorted(r.false_negatives)))
        out.append(f"  text: {r.item.text!r}")
    for item_id, cat, sugg in ev.suggestion_failures:
        out.append(f"{item_id}: suggestion re-triggers {cat}: {sugg!r}")
    return "\n".join(out)


def format_markdown(ev: Evaluation, corpus_name: str, command: str, pipeline: str) -> str:
    """docs/accuracy.md: the figures, and the command that reproduces them."""
    out = [
        "# Accuracy",
        "",
        f"Measured on `{corpus_name}` ({len(ev.results)} texts, {ev.clean_total} clean) with the pipeline `{pipeline}`.",
        "Reproduce with:",
        "",
        "```sh",
        command,
        "```",
        "",
        "Scores are per text: a category is predicted when any finding of that category is reported.",
        "A corpus the rules were calibrated on gives an upper bound; figures on text the rules never",
        "saw tell more about what to expect on your own notes.",
        "",
        "| category | TP | FP | FN | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for c, s in ev.scores.items():
        out.append(f"| `{c}` | {s.tp} | {s.fp} | {s.fn} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} |")
    out += [
        "",
        "| figure | value | target |",
        "|---|---:|---:|",
        f"| macro-F1 | {ev.macro_f1:.3f} | ≥ 0.90 |",
        f"| clean texts with any finding | {ev.clean_flagged}/{ev.clean_total} ({ev.clean_flagged_share:.1%}) | ≤ 5% |",
        f"| true positives on the evidence span | {ev.tp_on_evidence}/{ev.tp_total} ({ev.evidence_share:.1%}) | ≥ 95% |",
        f"| findings with ≥ 1 suggestion | {ev.with_suggestion}/{ev.findings_total} ({_share(ev.with_suggestion, ev.findings_total):.1%}) | 100% |",
        f"| applied suggestions raising no finding of their category on the replaced span | {ev.suggestions_clean}/{ev.suggestions_checked} ({_share(ev.suggestions_clean, ev.suggestions_checked):.1%}) | ≥ 95% |",
        f"| suggestions keeping a content word of the original | {ev.suggestions_keep_word}/{ev.suggestions_checked} ({_share(ev.suggestions_keep_word, ev.suggestions_checked):.1%}) | ≥ 90% |",
        "",
    ]
    return "\n".join(out)


def suggestion_examples(ev: Evaluation, limit: int = 20) -> list[tuple[str, str, str, str]]:
    """Before/after pairs, spread over categories: (id, category, before, after)."""
    by_cat: dict[str, list[tuple[str, str, str, str]]] = {}
    for r in ev.results:
        for f in r.report.findings:
            if f.suggestions:
                s = f.suggestions[0]
                by_cat.setdefault(f.category.value, []).append((r.item.id, f.category.value, r.item.text[s.start : s.end], s.text))
    picked: list[tuple[str, str, str, str]] = []
    while len(picked) < limit and any(by_cat.values()):
        for cat in sorted(by_cat):
            if by_cat[cat] and len(picked) < limit:
                picked.append(by_cat[cat].pop(0))
    return picked


def format_suggestions_markdown(ev: Evaluation, corpus_name: str, command: str) -> str:
    out = [
        "# Suggestions: before and after",
        "",
        f"The first suggestion for findings on `{corpus_name}`, spread over the categories. Generated by:",
        "",
        "```sh",
        command,
        "```",
        "",
    ]
    for item_id, cat, before, after in suggestion_examples(ev):
        out += [f"### {item_id} · `{cat}`", "", f"- **Før:** {before}", f"- **Efter:** {after}", ""]
    return "\n".join(out)
