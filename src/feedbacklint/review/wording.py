"""Wording: the sentence findings from ``check``, as one dimension.

It counts findings (weighted by severity), it does not divide by length:
a note does not get better wording by adding clean filler around a
personality label.
"""

from __future__ import annotations

from ..findings import Finding
from .model import Dimension, Status

PENALTY = {"error": 25, "warning": 15, "info": 5}


def counted(findings: list[Finding], private: list[tuple[int, int]]) -> list[Finding]:
    """Findings in what will be said: the manager's own preparation answers
    ("Han mangler sparring fra mig") are reflection, not feedback, and are not scored."""
    return [f for f in findings if not any(s <= f.start and f.end <= e for s, e in private)]


def analyse(findings: list[Finding], has_text: bool) -> Dimension:
    dim = dict(name="wording", title="Formulering", weight=10)
    if not has_text:
        return Dimension(**dim, score=0, status=Status.MISSING, reason="Ingen tekst at vurdere.")
    penalty = sum(PENALTY[f.severity.value] for f in findings)
    score = max(0, 100 - penalty)
    if not findings:
        return Dimension(**dim, score=100, status=Status.OK, reason="Ingen svage formuleringer fundet.")
    kinds = sorted({f.category.value for f in findings})
    serious = any(f.severity.value != "info" for f in findings)
    status = Status.ATTENTION if serious or score < 75 else Status.OK
    return Dimension(**dim, score=score, status=status, reason=f"{len(findings)} formulering(er) at se på ({', '.join(kinds)}).")
