"""Split a manager's notes into sentences that know which section they sit in.

Notes are headings, bullets and short paragraphs ("Spørgsmål", "- Hvad giver
dig energi?", "Aftaler:"). A plain-text splitter is enough for that and keeps
every offset exact into the caller's string; it does not depend on which
spaCy pipeline is installed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import cues, words_of

SECTION_KINDS = ("questions", "feedback", "agreements", "follow_up", "preparation")

_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_HEADING_MD = re.compile(r"^\s{0,3}#{1,6}\s+")
_BULLET = re.compile(r"^\s*(?:[-*•–+]|\d{1,2}[.)])\s+")
_CHECKBOX = re.compile(r"^\[[ xX]\]\s+")
# A sentence ends at . ! ? (or …) followed by space and a capital/quote/bullet.
_SENT_END = re.compile(r"(?<=[.!?…])[\"»”')]*\s+(?=[\"«“(]?[A-ZÆØÅÉ])")
_EMPHASIS = re.compile(r"^[*_]{1,3}(.+?)[*_]{1,3}:?$")


@dataclass(frozen=True)
class Unit:
    """One sentence (or heading) of the notes, with exact offsets."""

    start: int
    end: int
    text: str
    words: tuple[str, ...]
    section: str | None  # one of SECTION_KINDS, or None outside a known section
    heading: bool
    bullet: bool
    block: int  # index of the heading/bullet/paragraph it belongs to

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(" \t\"»”')*_").endswith("?")


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _LINE_RE.finditer(text):
        if m.start() == len(text) and m.start() > 0 and not m.group(0):
            break
        line = m.group(0).rstrip("\r\n")
        out.append((pos, line))
        pos = m.end()
        if m.end() == len(text):
            break
    return out


def _heading_text(line: str, next_is_bullet: bool) -> str | None:
    """The heading's words if ``line`` is a heading, else None."""
    stripped = line.strip()
    if not stripped:
        return None
    if _HEADING_MD.match(line):
        return _HEADING_MD.sub("", line).strip()
    emph = _EMPHASIS.match(stripped)
    if emph and len(words_of(emph.group(1))) <= 8:
        return emph.group(1)
    n = len(words_of(stripped))
    if stripped.endswith(":") and 0 < n <= 8:
        return stripped[:-1]
    if 0 < n <= 4 and stripped[-1] not in ".!?" and not _BULLET.match(line):
        if next_is_bullet or section_kind(words_of(stripped)):
            return stripped
    return None


def _is_title(line: str, lines: list[tuple[int, str]], k: int) -> bool:
    """The document's first line, short, unpunctuated and standing alone: "MUS med Karen 3. marts"."""
    stripped = line.strip()
    if not stripped or stripped[-1] in ".!?" or _BULLET.match(line) or len(words_of(stripped)) > 8:
        return False
    return k + 1 >= len(lines) or not lines[k + 1][1].strip()


def section_kind(words: tuple[str, ...]) -> str | None:
    """Which kind of section a heading opens (by its first section cue)."""
    for kind in SECTION_KINDS:
        if cues(f"section-{kind}").find(words):
            return kind
    return None


def _sentences(text: str, base: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            out.append((base + s + lead, base + s + trail))
    return out


def segment(text: str, heading_starts: frozenset[int] = frozenset()) -> list[Unit]:
    """Units of ``text``; ``heading_starts`` are offsets of lines known to be headings (from .docx styles)."""
    lines = _lines(text)
    units: list[Unit] = []
    section: str | None = None
    block = -1
    para: list[tuple[int, str]] = []  # current block's lines
    para_bullet = False

    def flush() -> None:
        nonlocal para, block
        if not para:
            return
        block += 1
        start = para[0][0]
        end = para[-1][0] + len(para[-1][1])
        for s, e in _sentences(text[start:end], start):
            piece = text[s:e]
            if s == start:  # strip the bullet marker from the first sentence only
                m = _BULLET.match(piece)
                if m:
                    s += m.end()
                    m2 = _CHECKBOX.match(text[s:e])
                    if m2:
                        s += m2.end()
                    piece = text[s:e]
            if not words_of(piece):
                continue
            units.append(Unit(s, e, piece, words_of(piece), section, False, para_bullet, block))
        para = []

    # the next non-empty line after each line (computed backwards: linear, not quadratic)
    next_nonempty = [""] * len(lines)
    following = ""
    for k in range(len(lines) - 1, -1, -1):
        next_nonempty[k] = following
        if lines[k][1].strip():
            following = lines[k][1]
    for k, (offset, line) in enumerate(lines):
        nxt = next_nonempty[k]
        if offset in heading_starts and line.strip():
            heading: str | None = line.strip()
        else:
            heading = _heading_text(line, bool(_BULLET.match(nxt)))
            if heading is None and not units and not para and _is_title(line, lines, k):
                heading = line.strip()
        if not line.strip():
            flush()
            continue
        if heading is not None and not words_of(heading):
            heading = None  # punctuation alone is no heading
        if heading is not None:
            flush()
            block += 1
            hw = words_of(heading)
            kind = section_kind(hw)
            section = kind
            lead = len(line) - len(line.lstrip(" #*_\t"))
            body = line.rstrip(" *_:\t")
            units.append(Unit(offset + lead, offset + len(body), text[offset + lead : offset + len(body)], hw, kind, True, False, block))
            continue
        if _BULLET.match(line):
            flush()
            para_bullet = True
            para = [(offset, line)]
            continue
        if para and para_bullet and not line[:1].isspace():
            flush()  # an unindented plain line after a bullet starts a paragraph
        if not para:
            para_bullet = False
        para.append((offset, line))
    flush()
    return units
