"""Rule files: one TOML file per rule under ``rules/``, validated with pydantic."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..categories import Category, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class RuleFileError(ValueError):
    """A rule file is missing, unparsable or invalid; the message names file and field."""


class Example(BaseModel):
    """A rule example. With ``flag`` the rule must fire on exactly that excerpt."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    flag: str | None = Field(default=None, description="Excerpt the finding must cover; omit for a clean example.")
    rewrite: str | None = Field(default=None, description="Expected first suggestion, where deterministic.")

    @field_validator("flag")
    @classmethod
    def _flag_nonempty(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise ValueError("flag must be a non-empty excerpt of text")
        return v


class SuggestionSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str = Field(min_length=1)
    builder: str = Field(default="template", description="Named suggestion builder in feedbacklint.suggestions.")
    template: str | None = Field(default=None, description="Template for the 'template' builder.")


class Rule(BaseModel):
    """One rule, as read from ``rules/<ID>.toml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[A-Z]{2,4}[0-9]{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9-]+$")
    category: Category
    severity: Severity = Severity.WARNING
    enabled: bool = True
    message: str = Field(min_length=1)
    explanation: str = Field(min_length=1)
    basis: str = Field(default="", description="The research idea behind the rule (SBI, feed-forward, ...).")
    check: str | None = Field(default=None, description="Named check in feedbacklint.checks.")
    phrases: list[str] = Field(default_factory=list, description="Literal phrases for the PhraseMatcher.")
    lexicons: list[str] = Field(default_factory=list, description="Lexicon files in rules/lexicons whose lines are phrases.")
    phrase_attr: Literal["LOWER", "LEMMA"] = "LOWER"
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list, description="spaCy token Matcher patterns.")
    params: dict[str, Any] = Field(default_factory=dict, description="Settings passed to the check.")
    suggestion: SuggestionSpec
    examples: list[Example] = Field(min_length=2)
    source: str = Field(default="", exclude=True)

    @field_validator("examples")
    @classmethod
    def _needs_both_kinds(cls, v: list[Example]) -> list[Example]:
        if not any(e.flag for e in v) or not any(e.flag is None for e in v):
            raise ValueError("needs at least one flagged and one clean example")
        for e in v:
            if e.flag is not None and e.flag not in e.text:
                raise ValueError(f"flag {e.flag!r} is not a substring of its text")
        return v


def _describe(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        loc = ".".join(str(x) for x in e["loc"]) or "(top level)"
        parts.append(f"{loc}: {e['msg']}")
    return "; ".join(parts)


def load_rule_file(path: Path) -> Rule:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}: cannot read rule file: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path}: invalid TOML: {exc}") from exc
    try:
        rule = Rule.model_validate({**data, "source": str(path)})
    except ValidationError as exc:
        raise RuleFileError(f"{path}: {_describe(exc)}") from exc
    if path.stem != rule.id:
        raise RuleFileError(f"{path}: id: file must be named {rule.id}.toml")
    return rule


def builtin_rules_dir() -> Path:
    """The rules shipped in the wheel, or the repository's ``rules/`` in a source tree."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "rules"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "rules"


def load_rules(dirs: list[Path] | None = None) -> list[Rule]:
    """Load all rule files from the built-in folder plus ``dirs``, sorted by id."""
    folders = [builtin_rules_dir(), *(dirs or [])]
    rules: dict[str, Rule] = {}
    for folder in folders:
        if not folder.is_dir():
            raise RuleFileError(f"{folder}: rule folder not found")
        for path in sorted(folder.glob("*.toml")):
            rule = load_rule_file(path)
            if rule.id in rules:
                raise RuleFileError(f"{path}: id: {rule.id} is already defined in {rules[rule.id].source}")
            rules[rule.id] = rule
    return sorted(rules.values(), key=lambda r: r.id)


def lexicon_dirs(rule_dirs: list[Path] | None = None) -> list[Path]:
    return [d / "lexicons" for d in [builtin_rules_dir(), *(rule_dirs or [])]]
