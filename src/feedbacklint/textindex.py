"""Map character offsets to 1-based line/column without rescanning the text."""

from __future__ import annotations

import re
from bisect import bisect_right

# \r\n, \r and \n all end a line, as editors count them.
_NEWLINE = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Line starts computed once; each lookup is a binary search."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        """Return (line, column), both 1-based, for a character offset."""
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
