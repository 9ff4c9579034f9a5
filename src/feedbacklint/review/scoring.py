"""Scores, statuses and the overall readiness.

Every dimension score is a share or a presence test, never a count of
words or sentences, so padding notes with filler cannot raise it. A share
reaching its target maps to 75 (the "ok" line); beyond it, to 100.
"""

from __future__ import annotations

from .model import Dimension, Status

OK_LINE = 75


def scaled(share: float, target: float) -> int:
    """0 → 0, target → 75, 1 → 100, linear in between."""
    share = max(0.0, min(1.0, share))
    if share < target:
        return round(OK_LINE * share / target)
    if target >= 1:
        return 100
    return round(OK_LINE + (100 - OK_LINE) * (share - target) / (1 - target))


def overall(dimensions: list[Dimension]) -> int:
    total = sum(d.weight for d in dimensions)
    if not total:
        return 0
    return round(sum(d.score * d.weight for d in dimensions) / total)


def overall_status(dimensions: list[Dimension]) -> Status:
    if any(d.status == Status.MISSING for d in dimensions if d.weight >= 15):
        return Status.MISSING
    if all(d.status == Status.OK for d in dimensions):
        return Status.OK
    return Status.ATTENTION
