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
from .concreteness import is_concrete
from .lexicon import cues, first_names
from .model import FeedbackSentence
from .segments import Unit
from .timing import when

_NUMBER = re.compile(r"\d")


_AUXILIARIES = frozenset({"har", "havde", "blev", "er"})
# past forms of være/blive/have: looking back, but not an observable behaviour
_STATES = frozenset({"været", "blevet", "haft"})


def _past_tense(words: tuple[str, ...]) -> str | None:
    """A Danish past form: "-ede"/"-te" (lavede, nævnte) or "har/havde + -et" (har overtaget)."""
    exempt = cues("past-exempt")
    for k, w in enumerate(words):
        if len(w) < 5 or w in exempt:
            continue
        if w.endswith("ede") or (w.endswith("te") and not w.endswith("este")):
            return w
        if w.endswith("et") and any(a in _AUXILIARIES for a in words[max(0, k - 3) : k]):
            return w
    return None


def _acts(words: tuple[str, ...]) -> str | None:
    """"du/hun/han (+ adverb) + present-tense verb": "du melder dig", "hun svarer"."""
    copulas = cues("behaviour-copulas")
    recipient = cues("recipient")
    for k, w in enumerate(words[:-1]):
        if w not in recipient:
            continue
        for v in words[k + 1 : k + 3]:
            if len(v) >= 5 and v.endswith("er") and v not in copulas:
                return v
    return None


def _occasion(words: tuple[str, ...]) -> str | None:
    for w in words:
        for suffix in cues("situation-suffixes").cues:
            if w.endswith(suffix.text):
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
    # about the employee (du/hun/a name), or carrying a sentence finding; a general remark
    # ("Kaffemaskinen er blevet udskiftet"), even under a feedback heading, is not feedback
    return about_employee(u, text) or any(f.start < u.end and u.start < f.end for f in findings)


def read(u: Unit, findings: list[Finding]) -> FeedbackSentence:
    w = u.words
    past_finding = any(f.category == Category.PAST_FOCUS and f.start < u.end and u.start < f.end for f in findings)
    next_step = bool(cues("forward").find(w))
    back = bool(cues("backward").find(w) or _past_tense(w) or past_finding)
    direction = "forward" if next_step and not past_finding else "back" if back else "neutral"
    situation = bool(cues("situation").find(w) or _occasion(w) or _NUMBER.search(u.text) or when(u.text, w))
    past = _past_tense(w)
    behaviour = bool(cues("behaviour").find(w) or (past and past not in _STATES) or _acts(w))
    impact = bool(cues("impact").find(w))
    item = FeedbackSentence(
        text=u.text, start=u.start, end=u.end, direction=direction,
        situation=situation, behaviour=behaviour, impact=impact, next_step=next_step,
    )
    return item.model_copy(update={"concrete": is_concrete(item)})
