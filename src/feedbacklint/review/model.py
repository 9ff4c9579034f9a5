"""The pydantic ReviewReport: part of the public API (``feedbacklint.review``)."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, Field

from ..findings import Finding

REVIEW_FORMAT_VERSION = 1


class Status(str, Enum):
    OK = "ok"
    ATTENTION = "attention"
    MISSING = "missing"

    def __str__(self) -> str:
        return self.value


class Located(BaseModel):
    """A piece of the notes, located by character offsets into the caller's text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Dimension(BaseModel):
    name: str = Field(description="Stable id: preparation, questions, direction, concreteness, agreements, follow_up, wording.")
    title: str = Field(description="Danish title for people.")
    score: int = Field(ge=0, le=100)
    status: Status
    reason: str = Field(description="One line in Danish: why this score.")
    weight: int = Field(ge=0, description="Weight in the overall score.")


class PreparationAnswer(BaseModel):
    key: str = Field(description="needs, promises or priority.")
    question: str
    answered: bool
    answer: Located | None = None
    cue: str | None = Field(None, description="The cue word that matched.")


class QuestionKind(str, Enum):
    OPEN = "open"
    CLOSED = "closed"
    OTHER = "other"  # practical questions, proposals and requests: not counted


class PlannedQuestion(Located):
    kind: QuestionKind
    why: str


class FeedbackSentence(Located):
    direction: str = Field(description="forward, back or neutral.")
    situation: bool
    behaviour: bool
    impact: bool
    next_step: bool
    concrete: bool = Field(False, description="Names a situation and a behaviour.")

    @property
    def missing(self) -> list[str]:
        names = ("situation", "behaviour", "impact", "next_step")
        return [n for n in names if not getattr(self, n)]


class Agreement(Located):
    owner: str | None = None
    deadline: str | None = None

    @property
    def complete(self) -> bool:
        return bool(self.owner and self.deadline)


class FollowUp(BaseModel):
    planned: bool = Field(description="A check-in is mentioned with a date or period.")
    mentioned: bool = Field(description="A check-in is mentioned at all.")
    sentence: Located | None = None
    when: str | None = None


class Action(BaseModel):
    dimension: str
    text: str = Field(description="What to fix before the meeting, in Danish.")
    start: int | None = Field(None, description="Where in the notes, when it is about one place.")
    end: int | None = None


class ReviewReport(BaseModel):
    """A manager's MUS preparation notes, reviewed. Scores do not reward length."""

    version: int = REVIEW_FORMAT_VERSION
    score: int = Field(ge=0, le=100, description="Overall readiness, weighted mean of the dimensions.")
    status: Status
    dimensions: list[Dimension]
    findings: list[Finding] = Field(default_factory=list, description="The sentence findings, as from `check`.")
    top_actions: list[Action] = Field(default_factory=list, description="At most three things to fix first.")
    preparation: list[PreparationAnswer] = Field(default_factory=list)
    questions: list[PlannedQuestion] = Field(default_factory=list)
    feedback: list[FeedbackSentence] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    follow_up: FollowUp

    def dimension(self, name: str) -> Dimension:
        for d in self.dimensions:
            if d.name == name:
                return d
        raise KeyError(name)
