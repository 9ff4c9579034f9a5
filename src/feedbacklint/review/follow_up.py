"""Follow-up: is a check-in planned after the conversation, with a date or period?

The MUS conversation is one point in a year; a short check-in (e.g. after
about three months) is where agreements turn into change.
"""

from __future__ import annotations

from .lexicon import cues
from .model import Dimension, FollowUp, Located, Status
from .segments import Unit
from .timing import when


def analyse(units: list[Unit]) -> tuple[FollowUp, Dimension]:
    dim = dict(name="follow_up", title="Opfølgning", weight=10)
    mentioned: Unit | None = None
    for u in units:
        if u.is_question:
            continue
        in_section = u.section == "follow_up" and not u.heading
        if not (in_section or cues("follow-up").find(u.words)):
            continue
        period = when(u.text, u.words)
        if period:
            located = Located(text=u.text, start=u.start, end=u.end)
            return (
                FollowUp(planned=True, mentioned=True, sentence=located, when=period),
                Dimension(**dim, score=100, status=Status.OK, reason=f"Opfølgning planlagt ({period})."),
            )
        mentioned = mentioned or (None if u.heading else u)
    if mentioned is not None:
        located = Located(text=mentioned.text, start=mentioned.start, end=mentioned.end)
        return (
            FollowUp(planned=False, mentioned=True, sentence=located),
            Dimension(**dim, score=50, status=Status.ATTENTION, reason="Opfølgning nævnt, men uden dato eller periode."),
        )
    return (
        FollowUp(planned=False, mentioned=False),
        Dimension(**dim, score=0, status=Status.MISSING, reason="Ingen opfølgning planlagt, fx en kort snak om tre måneder."),
    )
