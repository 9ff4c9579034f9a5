"""Which paragraphs of a .docx are headings: Word keeps that in the style, not in the text.

The text itself comes from ``feedbacklint.docx_input`` (shared with ``check``);
this walks the document in the same order and returns the start offsets of
paragraphs styled Title/Heading, so sections are recognised as in Markdown.
"""

from __future__ import annotations

import io
from collections.abc import Iterator


def _styles(document) -> Iterator[str]:  # noqa: ANN001 - python-docx Document
    from docx.table import Table

    def walk(container) -> Iterator[str]:  # noqa: ANN001
        for block in container.iter_inner_content():
            if isinstance(block, Table):
                seen: set = set()
                for row in block.rows:
                    for cell in row.cells:
                        if cell._tc in seen:
                            continue
                        seen.add(cell._tc)
                        yield from walk(cell)
            else:
                style = getattr(block, "style", None)
                yield (getattr(style, "name", "") or "") if style is not None else ""

    yield from walk(document)


def heading_starts(data: bytes, paragraph_starts: tuple[int, ...]) -> frozenset[int]:
    """Offsets of heading paragraphs; empty when the walk does not line up (then plain heuristics apply)."""
    try:
        import docx

        styles = list(_styles(docx.Document(io.BytesIO(data))))
    except Exception:  # unreadable files were already reported by the reader
        return frozenset()
    if len(styles) != len(paragraph_starts):
        return frozenset()
    return frozenset(
        start for start, style in zip(paragraph_starts, styles)
        if style.lower().startswith(("heading", "title", "overskrift", "titel"))
    )
