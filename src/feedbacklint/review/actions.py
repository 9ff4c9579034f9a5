"""The three most important things to fix before the meeting.

Each dimension that is not ok proposes one concrete action; they are ranked
by how many points of the overall score fixing them would win (weight ×
missing score), so the advice follows the scoring and is explainable.
"""

from __future__ import annotations

from ..findings import Finding
from .concreteness import PARTS
from .model import Action, Agreement, Dimension, FeedbackSentence, FollowUp, PlannedQuestion, PreparationAnswer, QuestionKind, Status

MAX_ACTIONS = 3


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _action(d: Dimension, prep: list[PreparationAnswer], questions: list[PlannedQuestion], feedback: list[FeedbackSentence],
            agreements: list[Agreement], follow_up: FollowUp, findings: list[Finding]) -> Action:
    if d.name == "preparation":
        q = next(a.question for a in prep if not a.answered)
        return Action(dimension=d.name, text=f"Skriv dit svar på: »{q}«")
    if d.name == "questions":
        closed = [q for q in questions if q.kind == QuestionKind.CLOSED]
        if closed:
            q = closed[0]
            return Action(dimension=d.name, text=f"Gør »{_short(q.text)}« til et åbent spørgsmål (hvad/hvordan/hvilke).", start=q.start, end=q.end)
        return Action(dimension=d.name, text="Skriv 3–5 åbne spørgsmål, fx »Hvad giver dig energi i dit arbejde lige nu?«")
    if d.name == "direction":
        back = next((f for f in feedback if f.direction == "back"), None)
        if back:
            return Action(dimension=d.name, text=f"Vend »{_short(back.text)}« fremad: hvad skal ske næste gang?", start=back.start, end=back.end)
        return Action(dimension=d.name, text="Tilføj et næste skridt til din feedback (»Næste gang vil jeg gerne …«).")
    if d.name == "concreteness":
        if feedback:
            worst = min(feedback, key=lambda f: sum(getattr(f, p) for p in PARTS))
            missing = ", ".join(PARTS[p] for p in worst.missing)
            return Action(dimension=d.name, text=f"Gør »{_short(worst.text)}« konkret: tilføj {missing}.", start=worst.start, end=worst.end)
        return Action(dimension=d.name, text="Skriv din feedback ned: en konkret situation, hvad du så, hvad det betød, og næste skridt.")
    if d.name == "agreements":
        lacking = next((a for a in agreements if not a.complete), None)
        if lacking:
            need = " og ".join(x for x, ok in (("hvem", lacking.owner), ("hvornår", lacking.deadline)) if not ok)
            return Action(dimension=d.name, text=f"Skriv {need} på aftalen »{_short(lacking.text)}«.", start=lacking.start, end=lacking.end)
        return Action(dimension=d.name, text="Forbered et udkast til aftaler: hvem gør hvad hvornår.")
    if d.name == "follow_up":
        if follow_up.sentence:
            return Action(dimension=d.name, text="Sæt en dato på opfølgningen, fx »kort opfølgning om tre måneder«.",
                          start=follow_up.sentence.start, end=follow_up.sentence.end)
        return Action(dimension=d.name, text="Planlæg en kort opfølgning, fx om tre måneder, og skriv den i aftalerne.")
    # wording: the most severe finding first
    rank = {"error": 0, "warning": 1, "info": 2}
    f = min(findings, key=lambda x: (rank[x.severity.value], x.start)) if findings else None
    if f:
        return Action(dimension=d.name, text=f"Omformulér »{_short(f.excerpt)}«: {f.message}", start=f.start, end=f.end)
    return Action(dimension=d.name, text="Skriv dine noter, før du vurderer formuleringerne.")


def top_actions(dimensions: list[Dimension], prep: list[PreparationAnswer], questions: list[PlannedQuestion],
                feedback: list[FeedbackSentence], agreements: list[Agreement], follow_up: FollowUp,
                findings: list[Finding]) -> list[Action]:
    todo = [d for d in dimensions if d.status != Status.OK]
    todo.sort(key=lambda d: (-(d.weight * (100 - d.score)), d.status != Status.MISSING))
    chosen: list[Action] = []
    for d in todo:
        action = _action(d, prep, questions, feedback, agreements, follow_up, findings)
        if action.start is not None and any(
            c.start is not None and c.end is not None and action.start < c.end and c.start < (action.end or action.start)
            for c in chosen
        ):
            continue  # one place, one piece of advice: the higher-ranked one already covers it
        chosen.append(action)
        if len(chosen) == MAX_ACTIONS:
            break
    return chosen
