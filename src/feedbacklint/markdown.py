"""Markdown without a converter: blank what is not prose, keep every offset.

:func:`mask` returns a copy of the text with exactly the same length in which
code blocks, inline code, YAML/TOML front matter, HTML comments and tags,
link targets and markup characters are replaced by spaces (line breaks are
kept). The linter runs on that copy, so every finding's offsets, lines and
columns point into the user's original file, and excerpts are cut from the
original.

Block starts (list items, headings, table rows, thematic breaks) get their
first marker character replaced by a line break. Together with the line break
before it, that makes a blank line, which the chunker treats as a paragraph
boundary: each list item is parsed as its own text and can never run into the
next item as one sentence, whichever pipeline is loaded.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_FENCE_OPEN = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_QUOTE = re.compile(r" {0,3}>")  # used with match(line, pos): no "^"
_THEMATIC = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}=+[ \t]*$")
_ATX = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_LIST = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])(?=[ \t]|$)")
_TASK = re.compile(r"[ \t]+\[[ xX]\](?=[ \t])")
_TABLE_DELIM = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S")

# Character classes stop at the next opener, so a line full of unmatched
# brackets stays linear instead of rescanning to the end for every one.
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_IMAGE = re.compile(r"!\[[^\]\[\n]*\]\([^()\n]*\)")
_LINK = re.compile(r"(\[)[^\]\[\n]+(\]\([^()\n]*\)|\]\[[^\]\[\n]*\])")
_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^>\s]+>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,500})?/?>")
_EMPHASIS = (
    re.compile(r"(?<![\w*\\])(\*{1,3})(?=\S)[^*\n]*?(?<=\S)(\1)(?![\w*])"),
    re.compile(r"(?<![\w\\])(_{1,3})(?=\S)[^_\n]*?(?<=\S)(\1)(?!\w)"),
    re.compile(r"(~~)(?=\S)[^~\n]*?(?<=\S)(~~)"),
)
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


class _Masker:
    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = list(text)

    def blank(self, start: int, end: int, *, boundary: bool = False) -> None:
        """Blank ``[start, end)`` (line breaks stay); ``boundary`` starts it with a line break."""
        for i in range(start, end):
            if self.chars[i] not in "\r\n":
                self.chars[i] = " "
        if boundary and end > start and self.chars[start] not in "\r\n":
            self.chars[start] = "\n"

    def result(self) -> str:
        return "".join(self.chars)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start offset, line content without its line break)."""
    return [(m.start(), m.group().rstrip("\r\n")) for m in _LINE.finditer(text)]


def _front_matter_end(lines: list[tuple[int, str]]) -> int:
    """Index of the closing front-matter line, or -1 when there is no front matter."""
    if not lines:
        return -1
    first = lines[0][1].rstrip()
    closers = {"---": ("---", "..."), "+++": ("+++",)}.get(first)
    if not closers:
        return -1
    for i in range(1, len(lines)):
        if lines[i][1].rstrip() in closers:
            return i
    return -1


def _indent(line: str) -> int:
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _mask_inline(m: _Masker, start: int, line: str) -> None:
    # Each pattern runs only when its marker occurs: most prose lines have none.
    hit_any = False
    for marker, rx in (("`", _INLINE_CODE), ("![", _IMAGE), ("<", _AUTOLINK)):
        if marker in line:
            for hit in rx.finditer(line):
                m.blank(start + hit.start(), start + hit.end())
                hit_any = True
    if hit_any:  # what is left, so markers inside code spans are not read as emphasis
        line = "".join(m.chars[start : start + len(line)])
    if "[" in line:
        for hit in _LINK.finditer(line):
            m.blank(start + hit.start(1), start + hit.end(1))
            m.blank(start + hit.start(2), start + hit.end(2))
    if "<" in line:
        for hit in _TAG.finditer(line):
            m.blank(start + hit.start(), start + hit.end())
    for marker, rx in zip(("*", "_", "~~"), _EMPHASIS):
        if marker in line:
            for hit in rx.finditer(line):
                m.blank(start + hit.start(1), start + hit.end(1))
                m.blank(start + hit.start(2), start + hit.end(2))
    if "\\" in line:
        for hit in _ESCAPE.finditer(line):
            m.blank(start + hit.start(), start + hit.end())


def _mask_block_start(m: _Masker, start: int, line: str) -> tuple[str, int, bool]:
    """Blank quote/heading/list/table markers. Returns (rest of line, its offset, is_list_item)."""
    pos = 0
    while True:  # blockquote markers, possibly nested
        q = _QUOTE.match(line, pos)
        if not q:
            break
        m.blank(start + q.end() - 1, start + q.end())
        pos = q.end()
    rest = line[pos:]
    base = start + pos
    if _THEMATIC.match(rest) or _SETEXT.match(rest):
        m.blank(base, base + len(rest), boundary=True)
        return "", base + len(rest), False
    atx = _ATX.match(rest)
    if atx:
        m.blank(base + atx.start(2), base + atx.end(2), boundary=True)
        close = _ATX_CLOSE.search(rest, atx.end())
        if close:
            m.blank(base + close.start(), base + close.end())
        return rest, base, False
    lst = _LIST.match(rest)
    if lst:
        m.blank(base + lst.start(2), base + lst.end(2), boundary=True)
        task = _TASK.match(rest, lst.end())
        if task:
            m.blank(base + task.start(), base + task.end())
        return rest, base, True
    stripped = rest.lstrip()
    if stripped.startswith("|"):
        if _TABLE_DELIM.match(rest):
            m.blank(base, base + len(rest), boundary=True)
            return "", base + len(rest), False
        first = True
        for i, ch in enumerate(rest):
            if ch == "|" and (i == 0 or rest[i - 1] != "\\"):
                m.blank(base + i, base + i + 1, boundary=first)
                first = False
        return rest, base, False
    return rest, base, False


def mask(text: str) -> str:
    """Same-length copy of Markdown ``text`` with everything but prose blanked."""
    m = _Masker(text)
    lines = _lines(text)
    first = 0
    fm_end = _front_matter_end(lines)
    if fm_end >= 0:
        end_start, end_line = lines[fm_end]
        m.blank(0, end_start + len(end_line))
        first = fm_end + 1

    fence: tuple[str, int] | None = None  # (fence char, length)
    prev_blank = True
    in_list = False
    in_code = False
    for start, line in lines[first:]:
        if fence is not None:
            close = _FENCE_OPEN.match(line)
            if close and close.group(2)[0] == fence[0] and len(close.group(2)) >= fence[1] and not close.group(3).strip():
                fence = None
            m.blank(start, start + len(line))
            continue
        if not line.strip():
            prev_blank = True
            continue
        opening = _FENCE_OPEN.match(line)
        if opening and not (opening.group(2)[0] == "`" and "`" in opening.group(3)):
            fence = (opening.group(2)[0], len(opening.group(2)))
            m.blank(start, start + len(line), boundary=True)
            prev_blank = False
            continue
        indent = _indent(line)
        # indented code: cannot interrupt a paragraph, and inside a list it is a continuation
        if indent >= 4 and (in_code or (prev_blank and not in_list)):
            in_code = True
            m.blank(start, start + len(line), boundary=True)
            prev_blank = False
            continue
        in_code = False
        if _LINK_DEF.match(line):
            m.blank(start, start + len(line))
            prev_blank = False
            continue
        rest, base, is_item = _mask_block_start(m, start, line)
        if is_item:
            in_list = True
        elif indent == 0 and prev_blank:
            in_list = False
        if rest:
            _mask_inline(m, base, rest)
        prev_blank = False

    masked = m.result()
    for hit in _COMMENT.finditer(masked):
        m.blank(hit.start(), hit.end())
    return m.result()
