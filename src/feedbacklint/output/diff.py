"""``check --diff``: show what the text would look like with the first suggestions.

For review only: the diff is printed, the user's file is never written.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..findings import Report, Suggestion
    from . import FileResult


def chosen_suggestions(report: Report) -> list[Suggestion]:
    """First suggestion of each finding, without overlaps, last in the text first.

    Walking from the end keeps earlier offsets valid while applying; when two
    suggestions overlap, the one that starts later wins (it was seen first).
    """
    firsts = [f.suggestions[0] for f in report.findings if f.suggestions]
    firsts.sort(key=lambda s: (s.start, s.end), reverse=True)
    chosen: list[Suggestion] = []
    limit: int | None = None  # start of the last applied suggestion
    for s in firsts:
        if limit is not None and s.end > limit:
            continue
        chosen.append(s)
        limit = s.start
    return chosen


def apply_suggestions(text: str, report: Report) -> str:
    for s in chosen_suggestions(report):  # from the end backwards
        text = text[: s.start] + s.text + text[s.end :]
    return text


def render_file_diff(result: FileResult) -> str:
    after = apply_suggestions(result.text, result.report)
    if after == result.text:
        return ""
    label = result.path if result.kind != "docx" else f"{result.path} (tekst)"
    lines = difflib.unified_diff(
        result.text.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{label}",
        tofile=f"b/{label}",
    )
    out = []
    for line in lines:
        # a last line without a line break: say so, as diff(1) does
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def render_diff(results: list[FileResult]) -> str:
    return "".join(render_file_diff(r) for r in results).rstrip("\n")
