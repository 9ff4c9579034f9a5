"""Generate docs from the rule files and models, so the docs never drift.

Run ``python -m feedbacklint.docsgen`` from the repository root; a test fails
when the committed docs differ from what this produces.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from .engine.rulefile import Rule, load_rules
from .findings import Report

# Other modules add generated documents here: name → (relative path, producer).
GENERATORS: dict[str, Callable[[], dict[str, str]]] = {}


def generator(fn: Callable[[], dict[str, str]]) -> Callable[[], dict[str, str]]:
    GENERATORS[fn.__name__] = fn
    return fn


def rule_page(rule: Rule) -> str:
    out = [f"# {rule.id} — {rule.name}", ""]
    out.append(f"- **Kategori:** `{rule.category.value}`")
    out.append(f"- **Niveau:** {rule.severity.value}")
    out.append(f"- **Slået til som standard:** {'ja' if rule.enabled else 'nej'}")
    if rule.basis:
        out.append(f"- **Grundlag:** {rule.basis}")
    out += ["", f"**Besked:** {rule.message}", "", "## Hvorfor", "", rule.explanation.strip(), ""]
    out += ["## Forslag", "", f"*{rule.suggestion.label}*"]
    if rule.suggestion.template:
        out += ["", f"Skabelon: `{rule.suggestion.template}`"]
    out += ["", "## Eksempler", "", "| tekst | markeres | forventet omskrivning |", "|---|---|---|"]
    for ex in rule.examples:
        flag = f"»{ex.flag}«" if ex.flag else "— (ren)"
        text = ex.text.replace("\n", "<br>").replace("|", "\\|")
        out.append(f"| {text} | {flag} | {ex.rewrite or ''} |")
    out.append("")
    out.append(f"*Genereret fra `rules/{rule.id}.toml`.*")
    return "\n".join(out) + "\n"


@generator
def rule_docs() -> dict[str, str]:
    rules = load_rules()
    files = {f"rules/{r.id}.md": rule_page(r) for r in rules}
    index = ["# Regler", "", "| id | navn | kategori | niveau | til | besked |", "|---|---|---|---|---|---|"]
    for r in rules:
        index.append(
            f"| [{r.id}]({r.id}.md) | {r.name} | `{r.category.value}` | {r.severity.value} | {'ja' if r.enabled else 'nej'} | {r.message} |"
        )
    index += ["", "*Genereret fra `rules/*.toml` med `python -m feedbacklint.docsgen`.*", ""]
    files["rules/index.md"] = "\n".join(index)
    return files


@generator
def report_schema() -> dict[str, str]:
    schema = Report.model_json_schema()
    return {"report.schema.json": json.dumps(schema, indent=2, ensure_ascii=False) + "\n"}


@generator
def review_schema() -> dict[str, str]:
    from .review import ReviewReport

    schema = ReviewReport.model_json_schema()
    return {"review.schema.json": json.dumps(schema, indent=2, ensure_ascii=False) + "\n"}


def generate_all() -> dict[str, str]:
    files: dict[str, str] = {}
    for fn in GENERATORS.values():
        files.update(fn())
    return files


def main(argv: list[str] | None = None) -> int:
    docs = Path(argv[0] if argv else "docs")
    for rel, content in generate_all().items():
        path = docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    print(f"wrote {len(generate_all())} files under {docs}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
