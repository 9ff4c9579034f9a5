"""Inline suppression comments in plain text and Markdown.

Markdown/HTML (hidden when rendered)::

    <!-- feedbacklint-disable TL001,VP -->   … <!-- feedbacklint-enable -->
    <!-- feedbacklint-disable-next-line TL001 -->
    En sætning <!-- feedbacklint-disable-line absolute -->

Plain text (.txt notes)::

    # feedbacklint: disable TL001            (own line: starts a block)
    # feedbacklint: enable                   (own line: ends blocks)
    # feedbacklint: disable-next-line TL001  (own line; the "#" is optional)
    En sætning.  # feedbacklint: disable=TL001   (end of a line: that line only)

A reason may follow the rules after `` -- ``
(``<!-- feedbacklint-disable-next-line TL001 -- citat fra kunden -->``).
Without rules a comment covers every rule; a rule may be an id ("TL001"), an id
prefix ("TL") or a category ("trait-label"). "Next line" is the next non-blank
line. The comments are blanked out (same length) before parsing, so they are
never linted and offsets never move.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .config import is_known_selector, selector_matches
from .textindex import LineIndex

if TYPE_CHECKING:
    from .findings import Finding

MARKER = "feedbacklint"
_KINDS = r"disable-next-line|disable-line|disable|enable"
_HTML = re.compile(r"<!--\s*feedbacklint-(" + _KINDS + r")(?![\w-])(.*?)-->", re.DOTALL)
_OWN_LINE = re.compile(r"[ \t]*(?:#[ \t]*)?feedbacklint:[ \t]*(" + _KINDS + r")(?![\w-])(.*)")
_TRAILING = re.compile(r"(?<=\S)([ \t]+)(?:#[ \t]*)?feedbacklint:[ \t]*(disable(?:-line)?)(?![\w-])(.*)$")
_LINE = re.compile(r"[^\r\n]*")
_SPLIT = re.compile(r"[\s,=]+")


@dataclass
class Directive:
    """One suppression comment as written in the text."""

    kind: str  # "disable", "enable", "disable-line" or "disable-next-line"
    selectors: tuple[str, ...]  # empty: every rule
    start: int  # the comment's own span in the text
    end: int
    line: int
    column: int
    source: str
    used: bool = False

    def covers(self, rule_id: str, category: str) -> bool:
        return not self.selectors or any(selector_matches(s, rule_id, category) for s in self.selectors)


@dataclass
class Region:
    start: int
    end: int
    directive: Directive


@dataclass
class Suppressions:
    """The suppression comments of one text and the regions they cover."""

    directives: list[Directive] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.directives)

    def mask(self, text: str) -> str:
        """Same-length copy with every comment blanked (line breaks kept)."""
        if not self.directives:
            return text
        out = list(text)
        for d in self.directives:
            for i in range(d.start, d.end):
                if out[i] not in "\r\n":
                    out[i] = " "
        return "".join(out)

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        """Drop suppressed findings (and any inside a comment); mark the comments that were used."""
        kept = []
        for f in findings:
            if any(d.start < f.end and f.start < d.end for d in self.directives):
                continue
            hit = False
            for r in self.regions:
                if r.start <= f.start < r.end and r.directive.covers(f.rule_id, f.category.value):
                    r.directive.used = True
                    hit = True
            if not hit:
                kept.append(f)
        return kept

    def unused(self) -> list[Directive]:
        """Suppressions that hid nothing (call after :meth:`filter`)."""
        return [d for d in self.directives if d.kind != "enable" and not d.used]

    def unknown_selectors(self, rule_ids: list[str]) -> list[tuple[Directive, str]]:
        return [(d, s) for d in self.directives for s in d.selectors if not is_known_selector(s, rule_ids)]


def _selectors(rest: str) -> tuple[str, ...]:
    rest = rest.split("--", 1)[0]  # "-- a reason" after the rules is a comment for humans
    return tuple(s for s in _SPLIT.split(rest.strip()) if s)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, for \\n, \\r\\n and \\r endings."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        m = _LINE.match(text, pos)
        assert m is not None
        out.append((m.start(), m.end()))
        pos = m.end()
        if pos >= n:
            break
        pos += 2 if text.startswith("\r\n", pos) else 1
    return out


def parse(text: str, skip: Callable[[list[tuple[int, int]]], set[int]] | None = None) -> Suppressions:
    """Find all suppression comments in ``text``.

    ``skip`` gets the (start, end) of every candidate and returns the indexes
    to leave out (e.g. examples inside a Markdown code block).
    """
    if MARKER not in text:  # the common case costs one substring search
        return Suppressions()
    index = LineIndex(text)
    lines = _lines(text)
    found: list[tuple[Directive, int]] = []  # directive, index of the line it ends on

    def add(kind: str, rest: str, start: int, end: int) -> None:
        line, col = index.position(start)
        end_line, _ = index.position(max(end - 1, start))
        found.append((Directive(kind, _selectors(rest), start, end, line, col, text[start:end]), end_line - 1))

    html_spans = []
    for m in _HTML.finditer(text):
        add(m.group(1), m.group(2), m.start(), m.end())
        html_spans.append((m.start(), m.end()))
    for ls, le in lines:
        content = text[ls:le]
        if MARKER not in content or any(s < le and ls < e for s, e in html_spans):
            continue
        own = _OWN_LINE.fullmatch(content)
        if own:
            first = ls + len(content) - len(content.lstrip(" \t"))
            add(own.group(1), own.group(2), first, le)
            continue
        trail = _TRAILING.search(content)
        if trail:
            add("disable-line", trail.group(3), ls + trail.start() + len(trail.group(1)), le)

    found.sort(key=lambda x: x[0].start)
    if skip is not None and found:
        dropped = skip([(d.start, d.end) for d, _ in found])
        found = [x for k, x in enumerate(found) if k not in dropped]
    sup = Suppressions(directives=[d for d, _ in found])
    open_blocks: list[Directive] = []
    block_start: dict[int, int] = {}
    for d, line_no in found:
        if d.kind == "disable-line":
            ls, le = lines[line_no]
            first_line = index.position(d.start)[0] - 1
            sup.regions.append(Region(lines[first_line][0], le, d))
        elif d.kind == "disable-next-line":
            nxt = next(((s, e) for s, e in lines[line_no + 1 :] if text[s:e].strip()), None)
            if nxt is not None:
                sup.regions.append(Region(nxt[0], nxt[1], d))
        elif d.kind == "disable":
            open_blocks.append(d)
            block_start[id(d)] = d.end
        else:  # enable: without rules it closes every block, with rules the blocks naming any of them
            closing = [b for b in open_blocks if not d.selectors or set(b.selectors) & set(d.selectors)]
            for b in closing:
                open_blocks.remove(b)
                sup.regions.append(Region(block_start[id(b)], d.start, b))
    for b in open_blocks:  # an unclosed block runs to the end of the text
        sup.regions.append(Region(block_start[id(b)], len(text), b))
    return sup


def mask(text: str) -> str:
    """``text`` with its suppression comments blanked, same length."""
    return parse(text).mask(text) if MARKER in text else text


def markdown_code_examples(text: str) -> Callable[[list[tuple[int, int]]], set[int]]:
    """A ``skip`` for :func:`parse`: comments shown inside Markdown code are examples, not directives."""

    def skip(spans: list[tuple[int, int]]) -> set[int]:
        from .markdown import mask as mask_markdown

        probe = list(text)
        for start, end in spans:  # make each comment look like prose, then see what Markdown masking keeps
            for i in range(start, end):
                if probe[i] not in "\r\n":
                    probe[i] = "x"
        kept = mask_markdown("".join(probe))
        return {k for k, (start, end) in enumerate(spans) if not kept[start:end].strip()}

    return skip
