"""Output formats: each module renders a list of :class:`FileResult` one way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..findings import Report

FORMATS = ("text", "json", "sarif", "github")


@dataclass(frozen=True)
class FileResult:
    """One checked input: the text that offsets refer to, and its report.

    ``kind`` is "text", "markdown" or "docx". For docx, ``text`` is the
    extracted paragraphs joined by blank lines, and findings' ``line`` is the
    paragraph number (see docs/json-format.md).
    """

    path: str
    text: str
    report: Report
    kind: str = "text"

    @property
    def unit(self) -> str:
        return "paragraph" if self.kind == "docx" else "line"


@dataclass(frozen=True)
class InputProblem:
    """An input that could not be checked (``skipped`` = deliberately, e.g. binary)."""

    path: str
    message: str
    skipped: bool = False


@dataclass
class RenderOptions:
    color: bool | None = None  # None: decide from the terminal (and NO_COLOR)
    statistics: bool = False
    problems: list[InputProblem] = field(default_factory=list)
    rules: list = field(default_factory=list)  # the Linter's rules, for SARIF rule metadata


def render(fmt: str, results: list[FileResult], options: RenderOptions) -> str:
    """Render ``results`` as ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "json":
        from .json_format import render_json

        return render_json(results, options)
    if fmt == "sarif":
        from .sarif import render_sarif

        return render_sarif(results, options)
    if fmt == "github":
        from .github import render_github

        return render_github(results, options)
    from .text import render_text

    return render_text(results, options)
