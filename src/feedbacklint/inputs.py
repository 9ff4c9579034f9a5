"""Reading the user's files: decoding, binary detection, directory expansion.

Files are only ever read; feedbacklint never writes to an input.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")


class InputError(Exception):
    """An input cannot be read; the message names the file."""


class SkippedInput(InputError):
    """An input is deliberately not checked (e.g. binary); not an error."""


@dataclass(frozen=True)
class Source:
    path: str  # as shown to the user; "-" or --stdin-filename for stdin
    text: str


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(f"{name}: cannot decode as {encoding}: {exc}") from exc
    if b"\x00" in data[:8192]:
        raise SkippedInput(f"{name}: binary file skipped")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}); use --encoding, e.g. --encoding cp1252"
        ) from exc


def read_path(path: Path, encoding: str | None = None) -> Source:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return Source(str(path), decode(data, str(path), encoding))


def read_stdin(name: str = "-", encoding: str | None = None) -> Source:
    return Source(name, decode(sys.stdin.buffer.read(), name, encoding))


def expand(paths: list[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> Iterator[str]:
    """Yield file paths: directories are walked for files with ``suffixes``, sorted."""
    for raw in paths:
        p = Path(raw)
        if raw != "-" and p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in suffixes:
                    yield str(f)
        else:
            yield raw
