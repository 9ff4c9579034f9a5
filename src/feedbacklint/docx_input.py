"""Extract the paragraphs of a .docx (Word) file for linting.

Paragraphs, list items and table cells are read in document order. They are
joined by blank lines so each one is parsed on its own and a sentence never
runs from one paragraph into the next; findings are then reported by
paragraph number (1-based, counting every paragraph incl. empty ones and
table-cell paragraphs, in reading order).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from .inputs import InputError

PARAGRAPH_SEPARATOR = "\n\n"


def _paragraph_texts(document) -> Iterator[str]:  # noqa: ANN001 - python-docx Document
    from docx.table import Table

    def walk(container) -> Iterator[str]:  # noqa: ANN001
        for block in container.iter_inner_content():
            if isinstance(block, Table):
                seen: set = set()  # holding the elements keeps lxml's proxies (and identities) stable
                for row in block.rows:
                    for cell in row.cells:
                        if cell._tc in seen:  # a merged cell appears once per grid column
                            continue
                        seen.add(cell._tc)
                        yield from walk(cell)
            else:
                yield block.text

    yield from walk(document)


def read_docx(data: bytes, name: str) -> tuple[str, tuple[int, ...]]:
    """Return (text, paragraph start offsets). Unreadable files raise :class:`InputError`."""
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise InputError(f"{name}: .docx kræver pakken python-docx (pip install python-docx)") from exc
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_paragraph_texts(document))
    except Exception as exc:  # zipfile, lxml and python-docx raise many kinds
        raise InputError(f"{name}: kan ikke læses som Word-fil (.docx): {type(exc).__name__}") from exc
    starts: list[int] = []
    pos = 0
    for p in paragraphs:
        starts.append(pos)
        pos += len(p) + len(PARAGRAPH_SEPARATOR)
    if not starts:
        starts = [0]
    return PARAGRAPH_SEPARATOR.join(paragraphs), tuple(starts)
