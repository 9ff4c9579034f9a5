"""Direction: how much of the feedback points forward (feed-forward) rather than back.

Looking back explains; looking forward gives the employee something to act
on. The score is the forward share of the sentences that point anywhere, so
neutral filler neither helps nor hurts.
"""

from __future__ import annotations

from .model import Dimension, FeedbackSentence, Status
from .scoring import scaled

TARGET_FORWARD_SHARE = 0.5


def analyse(items: list[FeedbackSentence]) -> Dimension:
    dim = dict(name="direction", title="Retning", weight=10)
    forward = sum(i.direction == "forward" for i in items)
    back = sum(i.direction == "back" for i in items)
    if not items:
        return Dimension(**dim, score=0, status=Status.MISSING, reason="Ingen feedback i noterne at vurdere retningen på.")
    if forward + back == 0:
        return Dimension(**dim, score=50, status=Status.ATTENTION, reason="Feedbacken peger hverken frem eller tilbage; tilføj et næste skridt.")
    share = forward / (forward + back)
    score = scaled(share, TARGET_FORWARD_SHARE)
    n = forward + back
    summary = f"{forward} af {n} {'feedbacksætning' if n == 1 else 'feedbacksætninger'} peger frem"
    if share >= TARGET_FORWARD_SHARE:
        return Dimension(**dim, score=score, status=Status.OK, reason=f"{summary}.")
    return Dimension(**dim, score=score, status=Status.ATTENTION, reason=f"{summary}; vend mere af den mod næste gang.")
