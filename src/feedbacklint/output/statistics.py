"""``--statistics``: how many findings per rule and per category."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import FileResult


def statistics(results: list[FileResult]) -> dict:
    """Counts as a JSON-ready dict: ``{"rules": [...], "categories": [...], "total": n}``.

    Sorted by count (most first), then by id/name, so the order is stable.
    """
    rules: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    names: dict[str, tuple[str, str]] = {}
    for r in results:
        for f in r.report.findings:
            rules[f.rule_id] += 1
            categories[f.category.value] += 1
            names[f.rule_id] = (f.category.value, f.message)
    return {
        "total": sum(rules.values()),
        "rules": [
            {"rule_id": rid, "category": names[rid][0], "count": n, "message": names[rid][1]}
            for rid, n in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "categories": [
            {"category": cat, "count": n} for cat, n in sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    }


def render_statistics_text(results: list[FileResult]) -> str:
    stats = statistics(results)
    if not stats["total"]:
        return "Statistik: ingen fund."
    width = max(len(str(x["count"])) for x in stats["rules"] + stats["categories"])
    out = ["Statistik pr. regel:"]
    for x in stats["rules"]:
        out.append(f"  {x['count']:>{width}}  {x['rule_id']:<6} [{x['category']}] {x['message']}")
    out.append("Statistik pr. kategori:")
    for x in stats["categories"]:
        out.append(f"  {x['count']:>{width}}  {x['category']}")
    out.append(f"  {stats['total']:>{width}}  i alt")
    return "\n".join(out)
