"""Reading the user's inputs: files, folders, globs, stdin; .txt, .md and .docx.

Files are only ever read; feedbacklint never writes to an input. Every
problem with one input is reported for that input while the others are still
checked.
"""

from __future__ import annotations

import glob
import os
import sys
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .findings import Finding, Report
    from .output import FileResult, InputProblem

# what a folder expands to
CHECKED_SUFFIXES = (".txt", ".md", ".docx")
MARKDOWN_SUFFIXES = (".md", ".markdown")
DOCX_SUFFIXES = (".docx",)


class InputError(Exception):
    """An input cannot be read; the message names the file."""


class SkippedInput(InputError):
    """An input is deliberately not checked (e.g. binary); not an error."""


@dataclass(frozen=True)
class Source:
    """One input, read and decoded.

    ``text`` is what offsets refer to: the file's text (BOM removed), or for
    .docx the paragraphs joined by blank lines. ``masked`` is a same-length
    copy in which parts that are not prose (Markdown code, front matter,
    comments, list markers) are blanked; it is what gets linted.
    """

    path: str  # as shown to the user; "-" or --stdin-filename for stdin
    text: str
    kind: str = "text"  # "text" | "markdown" | "docx"
    masked: str | None = None
    paragraph_starts: tuple[int, ...] = ()  # docx: offset of each paragraph in ``text``

    @property
    def lint_text(self) -> str:
        return self.text if self.masked is None else self.masked

    def result(self, report: Report) -> FileResult:
        """Attach ``report`` (from linting :attr:`lint_text`) with positions in the original."""
        from .output import FileResult

        if self.kind != "text" and report.findings:
            position = self._positions()
            report = report.model_copy(update={"findings": [self._relocate(f, position) for f in report.findings]})
        return FileResult(self.path, self.text, report, self.kind)

    def _positions(self) -> Callable[[int], tuple[int, int]]:
        """offset → (line, column) in the original; for docx (paragraph, column)."""
        if self.kind == "docx":
            starts = self.paragraph_starts

            def paragraph(offset: int) -> tuple[int, int]:
                i = max(bisect_right(starts, offset) - 1, 0)
                return i + 1, offset - starts[i] + 1

            return paragraph
        return _line_index(self.text).position

    def _relocate(self, f: Finding, position: Callable[[int], tuple[int, int]]) -> Finding:
        # masking may have turned list markers into line breaks: recount on the original
        line, col = position(f.start)
        end_line, end_col = position(f.end)
        return f.model_copy(
            update={
                "line": line,
                "column": col,
                "end_line": end_line,
                "end_column": end_col,
                "excerpt": self.text[f.start : f.end],
            }
        )


def _line_index(text: str):  # noqa: ANN202 - LineIndex, imported lazily
    from .textindex import LineIndex

    return LineIndex(text)


def kind_for(name: str) -> str:
    suffix = PurePath(name).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in DOCX_SUFFIXES:
        return "docx"
    return "text"


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode the user's bytes: UTF-8 (BOM removed), UTF-16 with a BOM, or ``encoding``.

    Otherwise NUL bytes mark binary data (an image or archive in the notes
    folder), which is skipped with a message.
    """
    if encoding:
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(f"{name}: kan ikke afkodes som {encoding}: {exc}") from exc
        return text[1:] if text.startswith("\ufeff") else text
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM, e.g. saved as "Unicode" in Notepad
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: ser ud som UTF-16, men kan ikke afkodes; brug --encoding") from exc
        return text[1:] if text.startswith("\ufeff") else text
    if b"\x00" in data[:8192]:
        raise SkippedInput(f"{name}: binær fil, sprunget over")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: er ikke gyldig UTF-8 (byte {exc.start}); brug --encoding, fx --encoding cp1252"
        ) from exc


def source_from_bytes(data: bytes, name: str, encoding: str | None = None) -> Source:
    """Build a :class:`Source`; the format is chosen from ``name``'s suffix."""
    kind = kind_for(name)
    if kind == "docx":
        from .docx_input import read_docx

        text, starts = read_docx(data, name)
        return Source(name, text, "docx", None, starts)
    text = decode(data, name, encoding)
    if kind == "markdown":
        from .markdown import mask

        return Source(name, text, "markdown", mask(text))
    return Source(name, text)


def read_path(path: Path, encoding: str | None = None) -> Source:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: filen findes ikke") from exc
    except PermissionError as exc:
        raise InputError(f"{path}: ingen adgang til filen") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: er en mappe") from exc
    except OSError as exc:
        raise InputError(f"{path}: kan ikke læses: {exc.strerror or exc}") from exc
    return source_from_bytes(data, str(path), encoding)


def read_stdin(name: str = "-", encoding: str | None = None) -> Source:
    """Read stdin; ``name`` (--stdin-filename) picks the format and is shown in output."""
    return source_from_bytes(sys.stdin.buffer.read(), name, encoding)


# -- which files ----------------------------------------------------------


def excluded(path: str, patterns: tuple[str, ...] | list[str]) -> bool:
    """True when ``path``, its name or one of its folders matches an --exclude pattern."""
    if not patterns:
        return False
    posix = PurePath(path).as_posix()
    while posix.startswith("./"):
        posix = posix[2:]
    parts = posix.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for raw in patterns:
        pat = raw.rstrip("/")
        while pat.startswith("./"):
            pat = pat[2:]
        variants = {pat, pat[3:] if pat.startswith("**/") else pat}
        for p in variants:
            if any(fnmatch(prefix, p) for prefix in prefixes) or any(fnmatch(part, p) for part in parts):
                return True
    return False


def _sort_key(path: str | Path) -> tuple[str, ...]:
    """Folders and globs list files in the same order: by path components."""
    return PurePath(path).parts


def _walk(folder: Path) -> list[Path]:
    """Checked files under ``folder``, skipping hidden folders and files (.git, .venv…).

    Raises OSError when a folder inside cannot be listed.
    """
    out = []
    for f in folder.rglob("*"):
        rel = f.relative_to(folder).parts
        if any(part.startswith(".") for part in rel):
            continue
        if f.is_file() and f.suffix.lower() in CHECKED_SUFFIXES:
            out.append(f)
    return sorted(out, key=_sort_key)


@dataclass
class Expansion:
    paths: list[str] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)


def expand(paths: list[str], exclude: tuple[str, ...] | list[str] = ()) -> Expansion:
    """Turn arguments into file paths: folders are walked, globs matched, both sorted.

    Arguments keep their order; a path named twice is checked once. ``-`` is stdin.
    """
    from .output import InputProblem

    out = Expansion()
    seen: set[str] = set()

    def add(p: str) -> None:
        key = p if p == "-" else os.path.normpath(p)
        if key not in seen and (p == "-" or not excluded(p, exclude)):
            seen.add(key)
            out.paths.append(p)

    for raw in paths:
        p = Path(raw)
        if raw == "-":
            add(raw)
        elif p.is_dir():
            try:
                files_in = _walk(p)
            except OSError as exc:
                out.problems.append(InputProblem(raw, f"{raw}: mappen kan ikke læses: {exc.strerror or exc}"))
                continue
            if not files_in:
                out.problems.append(
                    InputProblem(raw, f"{raw}: ingen .txt-, .md- eller .docx-filer i mappen", skipped=True)
                )
            for f in files_in:
                add(str(f))
        elif not p.exists() and glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True), key=_sort_key)
            files: list[str] = []
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    continue  # `notes/**` matches folders too; their files match on their own
                if mp.is_file() and mp.suffix.lower() in CHECKED_SUFFIXES:
                    files.append(m)
            if not files:
                out.problems.append(InputProblem(raw, f"{raw}: ingen filer passer til mønsteret"))
            for f in files:
                add(f)
        else:
            add(raw)
    return out


@dataclass
class Gathered:
    sources: list[Source] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when an input could not be read (exit code 2); skipped inputs don't count."""
        return any(not p.skipped for p in self.problems)


def gather(
    paths: list[str],
    *,
    exclude: tuple[str, ...] | list[str] = (),
    encoding: str | None = None,
    stdin_filename: str | None = None,
) -> Gathered:
    """Expand and read every input; problems are collected, never raised."""
    from .output import InputProblem

    expansion = expand(paths, exclude)
    out = Gathered(problems=list(expansion.problems))
    for p in expansion.paths:
        name = (stdin_filename or "-") if p == "-" else p
        try:
            out.sources.append(read_stdin(name, encoding) if p == "-" else read_path(Path(p), encoding))
        except SkippedInput as exc:
            out.problems.append(InputProblem(name, str(exc), skipped=True))
        except InputError as exc:
            out.problems.append(InputProblem(name, str(exc)))
    return out
