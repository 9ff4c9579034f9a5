"""Concreteness: does each feedback sentence name situation, behaviour, impact and next step?

SBI (Situation–Behaviour–Impact) makes feedback something the employee can
recognise; the next step (feed-forward) makes it something they can use.
The score is the mean share of the four parts per sentence, so adding vague
sentences lowers it and adding length alone cannot raise it.
"""

from __future__ import annotations

from .model import Dimension, FeedbackSentence, Status
from .scoring import scaled

PARTS = {"situation": "situation", "behaviour": "adfærd", "impact": "virkning", "next_step": "næste skridt"}
OK_SHARE = 0.6


def coverage(item: FeedbackSentence) -> float:
    return sum(getattr(item, p) for p in PARTS) / len(PARTS)


def analyse(items: list[FeedbackSentence]) -> Dimension:
    dim = dict(name="concreteness", title="Konkrethed", weight=20)
    if not items:
        return Dimension(**dim, score=0, status=Status.MISSING, reason="Ingen feedbacksætninger i noterne.")
    mean = sum(coverage(i) for i in items) / len(items)
    score = scaled(mean, OK_SHARE)
    # the part most often missing, to make the reason actionable
    missing_counts = {p: sum(not getattr(i, p) for i in items) for p in PARTS}
    worst = max(missing_counts, key=lambda p: missing_counts[p])
    average = f"{mean * 4:.1f}".replace(".", ",")  # Danish decimal comma
    summary = f"{len(items)} feedbacksætninger nævner i snit {average} af 4 dele (situation, adfærd, virkning, næste skridt)"
    if mean >= OK_SHARE:
        return Dimension(**dim, score=score, status=Status.OK, reason=f"{summary}.")
    return Dimension(**dim, score=score, status=Status.ATTENTION, reason=f"{summary}; oftest mangler {PARTS[worst]}.")
