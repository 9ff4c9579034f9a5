"""Feedback sentences and what they contain: direction and the SBI + feed-forward parts.

A feedback sentence is one under a feedback heading, or, outside the
questions/agreements/preparation parts, a statement about the employee
(du/hun/han/a name). Each is read for:

- situation (when/where: a meeting, a date, a project),
- behaviour (something observable the person did: a verb like "afbrød", "svarede"),
- impact (what it led to: "så kunden ...", "betød", "derfor"),
- next step (feed-forward: "næste gang", "fremover", "hvordan kan ...").

Direction: forward when it names a next step, back when it only describes the
past (past tense, "sidste uge", or a past-focus finding), otherwise neutral.
"""

from __future__ import annotations

import re

from ..categories import Category
from ..findings import Finding
from .lexicon import cues, first_names
from .model import FeedbackSentence
from .segments import Unit
from .timing import when

_NUMBER = re.compile(r"\d")


def _past_tense(words: tuple[str, ...]) -> str | None:
    exempt = cues("past-exempt")
    for w in words:
        if len(w) >= 5 and w.endswith("ede") and w not in exempt:
            return w
    return None


def about_employee(u: Unit, text: str) -> bool:
    if cues("recipient").find(u.words):
        return True
    names = first_names()
    # a capitalised known first name, e.g. "Sara afbrød ..."
    return any(w in names and w.capitalize() in u.text for w in u.words)


def is_feedback(u: Unit, text: str, taken: set[int], findings: list[Finding]) -> bool:
    if u.heading or u.start in taken:
        return False
    if u.section in ("questions", "agreements", "follow_up", "preparation"):
        return False
    if u.section != "feedback" and u.is_question:
        return False
    if about_employee(u, text) or any(f.start < u.end and u.start < f.end for f in findings):
        return True
    # under a feedback heading, a sentence about the work ("Rapporten i marts manglede tal")
    # counts when it names behaviour; a general remark there is not feedback
    return u.section == "feedback" and bool(cues("behaviour").find(u.words) or _past_tense(u.words))


def read(u: Unit, findings: list[Finding]) -> FeedbackSentence:
    w = u.words
    past_finding = any(f.category == Category.PAST_FOCUS and f.start < u.end and u.start < f.end for f in findings)
    next_step = bool(cues("forward").find(w))
    back = bool(cues("backward").find(w) or _past_tense(w) or past_finding)
    direction = "forward" if next_step and not past_finding else "back" if back else "neutral"
    situation = bool(cues("situation").find(w) or _NUMBER.search(u.text) or when(u.text, w))
    behaviour = bool(cues("behaviour").find(w) or _past_tense(w))
    impact = bool(cues("impact").find(w))
    return FeedbackSentence(
        text=u.text, start=u.start, end=u.end, direction=direction,
        situation=situation, behaviour=behaviour, impact=impact, next_step=next_step,
    )
