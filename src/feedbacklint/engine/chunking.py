"""Split a text into paragraph-sized chunks for ``nlp.pipe``.

Long input is never parsed as one giant Doc: memory stays bounded and
``nlp.max_length`` is respected. Chunks are exact slices of the original
text, so offsets map back by adding the chunk's start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_CHUNK = 5000
# Texts longer than this are judged window by window (a window ends on a chunk
# boundary, with one chunk of context on each side): peak memory stays flat at
# 10 MB input. Checks always see the whole ``ctx.text`` but only the window's
# sentences; real feedback is far shorter.
WINDOW_CHARS = 200_000
# spaCy's tokenizer strips affixes (emoji, punctuation) one at a time: its cost
# grows with the square of a space-free run's length (5,000 emoji: ~20 s).
# Runs longer than this are cut into pieces; no real word is this long.
LONG_RUN = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (LONG_RUN + 1))
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n|\r[ \t]*\r")
_SOFT_BREAK = re.compile(r"[.!?]\s|\n|\r")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE_CR = re.compile("\r(?!\n)")


def for_nlp(text: str) -> str:
    """Same-length copy safe for spaCy: lone surrogates (cannot be UTF-8 encoded)
    become U+FFFD, and a lone CR (old Mac line ending) becomes LF, so the
    pipeline and the checks see the line break that LineIndex counts."""
    return _LONE_CR.sub("\n", _LONE_SURROGATE.sub("\ufffd", text))


def _split_long(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    while end - start > limit:
        window = text[start : start + limit]
        cut = -1
        for m in _SOFT_BREAK.finditer(window):
            if m.end() > limit // 4:
                cut = m.end()
        if cut <= 0:
            space = window.rfind(" ")
            cut = space + 1 if space > limit // 4 else limit
        yield start, start + cut
        start += cut
    if end > start:
        yield start, end


def _split_runs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut (start, end) inside space-free runs longer than LONG_RUN."""
    pos = start
    for m in _LONG_RUN.finditer(text, start, end):
        cut = m.start() + LONG_RUN
        while cut < m.end():
            yield pos, cut
            pos = cut
            cut += LONG_RUN
    if end > pos:
        yield pos, end


def chunks(text: str, limit: int = MAX_CHUNK) -> Iterator[tuple[int, str]]:
    """Yield (offset, chunk) for each non-blank paragraph-sized piece of ``text``."""
    pos = 0
    bounds = []
    for m in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    for p_start, p_end in bounds:
        for s0, e0 in _split_long(text, p_start, p_end, limit):
            for s, e in _split_runs(text, s0, e0):
                piece = text[s:e]
                if piece.strip():
                    yield s, piece
