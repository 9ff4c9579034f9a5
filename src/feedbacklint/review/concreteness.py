"""Concreteness: does each feedback sentence name situation, behaviour, impact and next step?

SBI (Situation–Behaviour–Impact) makes feedback something the employee can
recognise; the next step (feed-forward) makes it something they can use.
A sentence is *concrete* when it names a situation and a behaviour; it earns
3 of 4 points for that and the last point when it also names the impact or a
next step. The score is the mean over feedback sentences, so a sentence that
only half qualifies ("Du sidder i team Nord") lowers it, and adding text
never raises it unless the text is itself concrete feedback.
"""

from __future__ import annotations

from .model import Dimension, FeedbackSentence, Status
from .scoring import scaled

PARTS = {"situation": "situation", "behaviour": "adfærd", "impact": "virkning", "next_step": "næste skridt"}
OK_MEAN = 0.6


def is_concrete(item: FeedbackSentence) -> bool:
    return bool(item.situation and item.behaviour)


def credit(item: FeedbackSentence) -> float:
    if not is_concrete(item):
        return 0.0
    return 1.0 if (item.impact or item.next_step) else 0.75


def analyse(items: list[FeedbackSentence]) -> Dimension:
    dim = dict(name="concreteness", title="Konkrethed", weight=20)
    if not items:
        return Dimension(**dim, score=0, status=Status.MISSING, reason="Ingen feedbacksætninger i noterne.")
    mean = sum(credit(i) for i in items) / len(items)
    score = scaled(mean, OK_MEAN)
    concrete = sum(is_concrete(i) for i in items)
    full = sum(credit(i) == 1.0 for i in items)
    noun, adjective = ("feedbacksætning", "konkret") if len(items) == 1 else ("feedbacksætninger", "konkrete")
    summary = (f"{concrete} af {len(items)} {noun} er {adjective} (situation og adfærd), "
               f"{full} nævner også virkning eller næste skridt")
    if mean >= OK_MEAN:
        return Dimension(**dim, score=score, status=Status.OK, reason=f"{summary}.")
    # the part most often missing in the sentences that fall short, to make the reason actionable
    short = [i for i in items if not is_concrete(i)] or items
    missing_counts = {p: sum(not getattr(i, p) for i in short) for p in PARTS}
    worst = max(missing_counts, key=lambda p: missing_counts[p])
    return Dimension(**dim, score=score, status=Status.ATTENTION, reason=f"{summary}; oftest mangler {PARTS[worst]}.")
