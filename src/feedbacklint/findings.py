"""The pydantic models shared by the API, the CLI, JSON and SARIF output."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .categories import Category, Severity


class Suggestion(BaseModel):
    """A rewrite: apply it as ``text[:start] + suggestion.text + text[end:]``."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="The replacement text.")
    start: int = Field(ge=0, description="Start offset of the replaced span in the original text.")
    end: int = Field(ge=0, description="End offset (exclusive) of the replaced span.")
    label: str = Field(description="Short Danish label, e.g. 'Spørg åbent'.")


class Finding(BaseModel):
    """One problem found in the text, located by character offsets."""

    model_config = ConfigDict(frozen=True)

    rule_id: str
    category: Category
    severity: Severity
    start: int = Field(ge=0, description="Character offset into the caller's original string.")
    end: int = Field(ge=0, description="Exclusive end offset into the caller's original string.")
    line: int = Field(ge=1, description="1-based line of `start`.")
    column: int = Field(ge=1, description="1-based column (in characters) of `start`.")
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1, description="1-based column just after the last character.")
    excerpt: str = Field(description="text[start:end]")
    message: str = Field(description="Short Danish message.")
    explanation: str = Field(description="Why it matters, in Danish.")
    suggestions: list[Suggestion] = Field(default_factory=list)


class Report(BaseModel):
    """All findings for one text, sorted by start offset."""

    findings: list[Finding] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def by_category(self) -> dict[Category, list[Finding]]:
        out: dict[Category, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.category, []).append(f)
        return out
