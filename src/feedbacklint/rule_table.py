"""The rows of ``feedbacklint rules``, read straight from the TOML files.

Listing rules is a quick look-up, so it skips importing pydantic (the
largest part of the command's start-up). Whenever a file looks off in any
way, the caller falls back to full validation with
:func:`feedbacklint.engine.rulefile.load_rules`, which names the file and
field; ``check``, ``info`` and the test-suite always validate everything.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .categories import Category, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_ID = re.compile(r"^[A-Z]{2,4}[0-9]{3}$")


@dataclass(frozen=True)
class RuleRow:
    id: str
    category: Category
    severity: Severity
    enabled: bool
    message: str


def rules_dir() -> Path:
    """Same answer as ``engine.rulefile.builtin_rules_dir`` (kept import-light)."""
    here = Path(__file__).resolve().parent
    packaged = here / "rules"
    return packaged if packaged.is_dir() else here.parent.parent / "rules"


def _row(path: Path, data: dict) -> RuleRow | None:
    rid, message = data.get("id"), data.get("message")
    severity, enabled = data.get("severity", "warning"), data.get("enabled", True)
    if not (isinstance(rid, str) and _ID.match(rid) and path.stem == rid):
        return None
    if not (isinstance(message, str) and message.strip() and isinstance(enabled, bool)):
        return None
    try:
        return RuleRow(rid, Category(data.get("category")), Severity(severity), enabled, message)
    except ValueError:
        return None


def quick_rows(folder: Path | None = None) -> list[RuleRow] | None:
    """Rows sorted by id, or None when anything needs full validation to explain."""
    folder = folder or rules_dir()
    if not folder.is_dir():
        return None
    rows = []
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return None
        row = _row(path, data)
        if row is None:
            return None
        rows.append(row)
    if len({r.id for r in rows}) != len(rows):
        return None
    return sorted(rows, key=lambda r: r.id)
