"""Build examples/mus-forberedelse.docx from examples/mus-forberedelse.md (python-docx).

Run: python examples/make_docx.py  — headings become Word headings, "- " items
become bulleted paragraphs, so the Word file carries the same notes as the
Markdown file.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "mus-forberedelse.md"
TARGET = HERE / "mus-forberedelse.docx"


def build(source: Path = SOURCE, target: Path = TARGET) -> Path:
    document = docx.Document()
    # fixed metadata, so regenerating gives the same document
    props = document.core_properties
    props.author = "feedbacklint"
    props.title = "MUS-forberedelse (eksempel)"
    props.created = props.modified = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        bullet = re.match(r"^\s*[-*]\s+(.*)$", line)
        if heading:
            document.add_heading(heading.group(2), level=min(len(heading.group(1)), 3))
        elif bullet:
            document.add_paragraph(bullet.group(1), style="List Bullet")
        else:
            document.add_paragraph(line.strip())
    document.save(target)
    return target


if __name__ == "__main__":
    print(f"skrev {build()}")
