"""Agreements: does each one say who does what by when?

An agreement without an owner is everyone's and so no one's; without a date
it has no moment to be checked. Owned, dated agreements also support the
employee's ownership of their own development (self-determination).
"""

from __future__ import annotations

import re

from .lexicon import cues, first_names
from .model import Agreement, Dimension, Status
from .scoring import scaled
from .segments import Unit
from .timing import when

_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÆØÅ][a-zæøåé]+)\b")
OK_SHARE = 1.0


def is_agreement(u: Unit, taken: set[int], agreed_blocks: set[int]) -> bool:
    if u.heading or u.is_question or u.start in taken:
        return False
    if u.section == "agreements":
        return True
    if u.section == "questions":
        return False
    if cues("prep-promises").find(u.words):  # last time's agreements belong to the preparation
        return False
    # "Vi aftaler, at ... . Jeg genindfører ..." — the rest of that paragraph is agreed too
    return u.block in agreed_blocks or cues("agreement").find(u.words) is not None


def owner_of(u: Unit) -> str | None:
    names = first_names()
    for m in re.finditer(r"[A-ZÆØÅ][a-zæøåé]+", u.text):
        if m.group(0).lower() in names:
            return m.group(0)
    cue = cues("owner").find(u.words)
    if cue:
        return cue
    m = _CAPITALISED.search(u.text)  # a capitalised word mid-sentence is most likely a name
    return m.group(1) if m else None


def analyse(units: list[Unit], taken: set[int]) -> tuple[list[Agreement], Dimension]:
    items = []
    agreed_blocks: set[int] = set()
    for u in units:
        if is_agreement(u, taken, agreed_blocks):
            agreed_blocks.add(u.block)
            items.append(Agreement(text=u.text, start=u.start, end=u.end, owner=owner_of(u), deadline=when(u.text, u.words)))
    dim = dict(name="agreements", title="Aftaler", weight=15)
    if not items:
        return items, Dimension(**dim, score=0, status=Status.MISSING, reason="Ingen aftaler i noterne; samtalen bør slutte med konkrete aftaler.")
    complete = [a for a in items if a.complete]
    # half credit for a half-specified agreement: owner or date
    credit = sum(1.0 if a.complete else 0.5 if (a.owner or a.deadline) else 0.0 for a in items) / len(items)
    score = scaled(credit, OK_SHARE)
    if len(complete) == len(items):
        reason = "Aftalen siger hvem og hvornår." if len(items) == 1 else f"Alle {len(items)} aftaler siger hvem og hvornår."
        return items, Dimension(**dim, score=score, status=Status.OK, reason=reason)
    lacking = len(items) - len(complete)
    return items, Dimension(
        **dim, score=score, status=Status.ATTENTION,
        reason=f"{lacking} af {len(items)} aftaler mangler en ansvarlig eller en dato.",
    )
