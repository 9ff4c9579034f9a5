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


def _actions(d: Dimension, prep: list[PreparationAnswer], questions: list[PlannedQuestion], feedback: list[FeedbackSentence],
             agreements: list[Agreement], follow_up: FollowUp, findings: list[Finding]) -> list[Action]:
    """This dimension's actions, most useful first."""
    act = lambda text, start=None, end=None: Action(dimension=d.name, text=text, start=start, end=end)  # noqa: E731
    if d.name == "preparation":
        return [act(f"Skriv dit svar på: »{a.question}«") for a in prep if not a.answered]
    if d.name == "questions":
        closed = [q for q in questions if q.kind == QuestionKind.CLOSED]
        out = [act(f"Gør »{_short(q.text)}« til et åbent spørgsmål (hvad/hvordan/hvilke).", q.start, q.end) for q in closed]
        return out or [act("Skriv 3–5 åbne spørgsmål, fx »Hvad giver dig energi i dit arbejde lige nu?«")]
    if d.name == "direction":
        out = [act(f"Vend »{_short(f.text)}« fremad: hvad skal ske næste gang?", f.start, f.end) for f in feedback if f.direction == "back"]
        return out or [act("Tilføj et næste skridt til din feedback (»Næste gang vil jeg gerne …«).")]
    if d.name == "concreteness":
        # not concrete first (most parts missing first), then concrete ones without impact or next step
        ranked = sorted((f for f in feedback if f.missing and not (f.impact or f.next_step) or not f.concrete),
                        key=lambda f: (f.concrete, -len(f.missing), f.start))
        out = [act(f"Gør »{_short(f.text)}« konkret: tilføj {', '.join(PARTS[p] for p in f.missing)}.", f.start, f.end) for f in ranked]
        return out or [act("Skriv din feedback ned: en konkret situation, hvad du så, hvad det betød, og næste skridt.")]
    if d.name == "agreements":
        out = []
        for a in agreements:
            if not a.complete:
                need = " og ".join(x for x, ok in (("hvem", a.owner), ("hvornår", a.deadline)) if not ok)
                out.append(act(f"Skriv {need} på aftalen »{_short(a.text)}«.", a.start, a.end))
        return out or [act("Forbered et udkast til aftaler: hvem gør hvad hvornår.")]
    if d.name == "follow_up":
        if follow_up.sentence:
            return [act("Sæt en dato på opfølgningen, fx »kort opfølgning om tre måneder«.", follow_up.sentence.start, follow_up.sentence.end)]
        return [act("Planlæg en kort opfølgning, fx om tre måneder, og skriv den i aftalerne.")]
    # wording: the most severe findings first
    rank = {"error": 0, "warning": 1, "info": 2}
    ordered = sorted(findings, key=lambda x: (rank[x.severity.value], x.start))
    return [act(f"Omformulér »{_short(f.excerpt)}«: {f.message}", f.start, f.end) for f in ordered]


def _overlaps(a: Action, chosen: list[Action]) -> bool:
    if a.start is None or a.end is None:
        return any(c.dimension == a.dimension and c.text == a.text for c in chosen)
    return any(c.start is not None and c.end is not None and a.start < c.end and c.start < a.end for c in chosen)


def top_actions(dimensions: list[Dimension], prep: list[PreparationAnswer], questions: list[PlannedQuestion],
                feedback: list[FeedbackSentence], agreements: list[Agreement], follow_up: FollowUp,
                findings: list[Finding]) -> list[Action]:
    todo = [d for d in dimensions if d.status != Status.OK]
    todo.sort(key=lambda d: (-(d.weight * (100 - d.score)), d.status != Status.MISSING))
    per_dim = [_actions(d, prep, questions, feedback, agreements, follow_up, findings) for d in todo]
    chosen: list[Action] = []
    # first each weak dimension's most useful action, then the next ones, in the same order
    for depth in range(max((len(a) for a in per_dim), default=0)):
        for actions in per_dim:
            if depth < len(actions) and not _overlaps(actions[depth], chosen):
                chosen.append(actions[depth])  # one place, one piece of advice
                if len(chosen) == MAX_ACTIONS:
                    return chosen
    return chosen
