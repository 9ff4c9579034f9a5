"""Questions: how many are planned, and are they mostly open?

Open questions (hv-words, "fortæl ...") invite the employee to reflect and
talk; closed yes/no questions get a yes or a no. The linter's closed-question
findings decide first; otherwise the first word does. Practical questions
("Kan vi mødes torsdag kl. 10?"), proposals ("Skal vi ...?") and requests
("Vil du ...?") are neither and are not counted.
"""

from __future__ import annotations

import re

from ..categories import Category
from ..findings import Finding
from .lexicon import cues, first_names, words_of
from .model import Dimension, PlannedQuestion, QuestionKind, Status
from .scoring import scaled
from .segments import Unit

TARGET_OPEN_SHARE = 0.7
ENOUGH_QUESTIONS = 3


def _overlaps(u: Unit, f: Finding) -> bool:
    return f.start < u.end and u.start < f.end


_TAG_SPLIT = re.compile(r"[:—–]|\s-\s")


def classify(u: Unit, findings: list[Finding]) -> tuple[QuestionKind, str]:
    if any(f.category == Category.CLOSED_QUESTION and _overlaps(u, f) for f in findings):
        return QuestionKind.CLOSED, "ja/nej-spørgsmål (fundet af reglen for lukkede spørgsmål)"
    # "... — hvad tror du selv?", "Jeg vil spørge hende: Hvad giver dig energi?": the question is the last part
    words = words_of(_TAG_SPLIT.split(u.text)[-1]) or u.words
    for ws in (u.words, words):  # the whole question, then its last part
        first = ws[0] if ws else ""
        if first in cues("question-open-starters"):
            if first != "hvis" or cues("question-hv").find(ws[1:]):
                return QuestionKind.OPEN, f"begynder med »{first}«"
    first = words[0] if words else ""
    invite = cues("question-open-invites").find(words)
    if invite:
        return QuestionKind.OPEN, f"inviterer til at »{invite}«"
    practical = cues("question-practical").find(words)
    if practical:
        return QuestionKind.OTHER, f"praktisk spørgsmål (»{practical}«)"
    if cues("question-other").find(words[:4]) and words[:3] != ("kan", "du", "lide"):
        return QuestionKind.OTHER, "forslag eller anmodning, ikke et spørgsmål til refleksion"
    if _yes_no_start(first):
        return QuestionKind.CLOSED, f"begynder med »{first}« og kan besvares med ja eller nej"
    return QuestionKind.OTHER, "hverken et hv-spørgsmål eller et ja/nej-spørgsmål"


def _yes_no_start(word: str) -> bool:
    """A finite verb first: the Danish yes/no question word order."""
    if word in cues("question-yesno-starters"):
        return True
    return len(word) >= 4 and word.endswith(("er", "es")) and word not in first_names()


def planned_questions(units: list[Unit]) -> list[Unit]:
    # questions under the preparation heading are the manager's questions to themself
    return [u for u in units if u.is_question and not u.heading and u.section not in ("agreements", "preparation")]


def analyse(units: list[Unit], findings: list[Finding]) -> tuple[list[PlannedQuestion], Dimension]:
    items = []
    for u in planned_questions(units):
        kind, why = classify(u, findings)
        items.append(PlannedQuestion(text=u.text, start=u.start, end=u.end, kind=kind, why=why))
    open_n = sum(q.kind == QuestionKind.OPEN for q in items)
    closed_n = sum(q.kind == QuestionKind.CLOSED for q in items)
    counted = open_n + closed_n
    dim = dict(name="questions", title="Spørgsmål", weight=15)
    if counted == 0:
        return items, Dimension(**dim, score=0, status=Status.MISSING, reason="Ingen planlagte spørgsmål til medarbejderen.")
    share = open_n / counted
    # A share, not a count: more questions never raise the score by themselves.
    score = scaled(share, TARGET_OPEN_SHARE)
    if counted < ENOUGH_QUESTIONS:
        score = min(score, 70)  # one good question is a start, not a plan
    summary = f"{counted} spørgsmål: {open_n} {'åbent' if open_n == 1 else 'åbne'}, {closed_n} {'lukket' if closed_n == 1 else 'lukkede'}"
    if share >= TARGET_OPEN_SHARE and counted >= ENOUGH_QUESTIONS:
        status, reason = Status.OK, f"{summary}."
    elif share < TARGET_OPEN_SHARE:
        status, reason = Status.ATTENTION, f"{summary}; gør flest af dem åbne (hvad/hvordan/hvilke)."
    else:
        status, reason = Status.ATTENTION, f"{summary}; planlæg gerne mindst {ENOUGH_QUESTIONS} åbne spørgsmål."
    return items, Dimension(**dim, score=score, status=status, reason=reason)
