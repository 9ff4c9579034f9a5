"""``check --diff``: show what the text would look like with the first suggestions.

For review only: the diff is printed, the user's file is never written.
"""

from __future__ import annotations

import difflib
from pathlib import PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..findings import Report, Suggestion
    from . import FileResult


def replacement(text: str, s: Suggestion) -> tuple[int, int, str]:
    """(start, end, new text) for ``s``, leaving the original's surrounding whitespace alone.

    A sentence span can include a trailing line break (a whitespace token);
    replacing it would glue the next line onto the rewrite.
    """
    start, end = s.start, s.end
    while end > start and text[end - 1].isspace() and not s.text[-1:].isspace():
        end -= 1
    while start < end and text[start].isspace() and not s.text[:1].isspace():
        start += 1
    return start, end, s.text


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
        start, end, new = replacement(text, s)
        text = text[:start] + new + text[end:]
    return text


def render_file_diff(result: FileResult) -> str:
    after = apply_suggestions(result.text, result.report)
    if after == result.text:
        return ""
    label = result.path if result.kind != "docx" else f"{result.path} (tekst)"
    relative = not PurePath(result.path).is_absolute()
    lines = difflib.unified_diff(
        result.text.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{label}" if relative else label,
        tofile=f"b/{label}" if relative else label,
    )
    out = []
    for line in lines:
        # a last line without a line break: say so, as diff(1) does
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def render_diff(results: list[FileResult]) -> str:
    return "".join(render_file_diff(r) for r in results).rstrip("\n")
