"""GitHub Actions workflow commands: one annotation per finding.

``::warning file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message``.
Severity error → ``error``, warning → ``warning``, info → ``notice``.
Escaping follows the Actions runner: in the message ``%``, CR and LF are
percent-encoded; in property values additionally ``:`` and ``,``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..categories import Severity

if TYPE_CHECKING:
    from ..findings import Finding
    from . import FileResult, RenderOptions

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(result: FileResult, f: Finding) -> str:
    props = {
        "file": result.path,
        "line": f.line,
        "col": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
        "title": f"{f.rule_id} [{f.category.value}]",
    }
    prop_text = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    message = f"{f.message}\n»{f.excerpt}«"
    if result.unit == "paragraph":
        message = f"Afsnit {f.line}: {message}"
    if f.suggestions:
        message += f"\n{f.suggestions[0].label}: {f.suggestions[0].text}"
    return f"::{_COMMAND[f.severity]} {prop_text}::{escape_data(message)}"


def render_github(results: list[FileResult], options: RenderOptions) -> str:
    lines = [annotation(r, f) for r in results for f in r.report.findings]
    lines += [f"::error file={escape_property(p.path)}::{escape_data(p.message)}" for p in options.problems if not p.skipped]
    return "\n".join(lines)
