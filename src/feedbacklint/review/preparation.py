"""Preparation: do the notes answer the three questions a manager asks themself first?

1. What does this employee need from me that they don't get today?
2. What did I promise last time, and did I deliver?
3. What is the most important thing to talk about (not the most comfortable)?

A planned question to the employee ("Hvad har du brug for fra mig?") is not
the manager's own answer; when a heading or a question carries the cue, the
sentence right after it answers it.
"""

from __future__ import annotations

from .lexicon import cues
from .model import Dimension, Located, PreparationAnswer, Status
from .segments import Unit

QUESTIONS = (
    ("needs", "prep-needs", "Hvad har medarbejderen brug for fra mig, som hun/han ikke får i dag?"),
    ("promises", "prep-promises", "Hvad lovede jeg sidst, og holdt jeg det?"),
    ("priority", "prep-priority", "Hvad er det vigtigste at tale om (ikke det mest behagelige)?"),
)


def _answer_after(units: list[Unit], k: int) -> Unit | None:
    """The first statement after a cue heading/question, before the next heading."""
    for u in units[k + 1 : k + 4]:
        if u.heading:
            return None
        if not u.is_question:
            return u
    return None


def _find(units: list[Unit], list_name: str, used: set[int]) -> tuple[Unit | None, str | None]:
    lexicon = cues(list_name)
    for k, u in enumerate(units):
        if u.start in used or u.section in ("questions", "agreements", "feedback", "follow_up"):
            continue  # questions for the employee, feedback and agreements are not the manager's preparation
        cue = lexicon.find(u.words)
        if cue is None:
            continue
        if u.heading or u.is_question:
            answer = _answer_after(units, k)
            if answer is not None and answer.start not in used and answer.section not in ("questions", "agreements"):
                return answer, cue
            continue
        return u, cue
    return None, None


def analyse(units: list[Unit]) -> tuple[list[PreparationAnswer], Dimension]:
    answers = []
    used: set[int] = set()  # one sentence answers one question
    for key, list_name, question in QUESTIONS:
        unit, cue = _find(units, list_name, used)
        if unit is not None:
            used.add(unit.start)
        answers.append(
            PreparationAnswer(
                key=key,
                question=question,
                answered=unit is not None,
                answer=Located(text=unit.text, start=unit.start, end=unit.end) if unit else None,
                cue=cue,
            )
        )
    done = sum(a.answered for a in answers)
    score = round(100 * done / len(answers))
    missing = [a.question for a in answers if not a.answered]
    if done == len(answers):
        status, reason = Status.OK, "Noterne svarer på alle tre forberedelsesspørgsmål."
    elif done == 0:
        status, reason = Status.MISSING, "Noterne svarer ikke på nogen af de tre forberedelsesspørgsmål."
    else:
        status, reason = Status.ATTENTION, f"{done} af 3 forberedelsesspørgsmål besvaret; mangler: {missing[0]}"
    return answers, Dimension(name="preparation", title="Forberedelse", score=score, status=status, reason=reason, weight=20)
