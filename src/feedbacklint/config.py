"""Linter configuration (the ``[tool.feedbacklint]`` table), modelled with pydantic."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .categories import Category, Severity


class ConfigError(ValueError):
    """Invalid configuration; the message names the key (and file, when known)."""


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    select: list[str] | None = Field(default=None, description="Rule ids, id prefixes or categories to enable.")
    ignore: list[str] = Field(default_factory=list, description="Rule ids, id prefixes or categories to disable.")
    severity: dict[str, Severity] = Field(default_factory=dict, description="Severity per rule id.")
    min_severity: Severity = Field(default=Severity.INFO, alias="min-severity")
    model: str = "auto"
    extra_rules: list[Path] = Field(default_factory=list, alias="extra-rules")
    allow: list[str] = Field(default_factory=list, description="Phrases that are never flagged.")

    @classmethod
    def coerce(cls, value: Config | dict | None) -> Config:
        if value is None:
            return cls()
        if isinstance(value, Config):
            return value
        from pydantic import ValidationError

        try:
            return cls.model_validate(value)
        except ValidationError as exc:
            e = exc.errors()[0]
            key = ".".join(str(x) for x in e["loc"])
            raise ConfigError(f"{key}: {e['msg']}") from exc


def _matches(selector: str, rule_id: str, category: str) -> bool:
    return selector == category or rule_id.startswith(selector)


def select_rules(rules: list, config: Config) -> list:
    """Apply select/ignore. Unknown selectors are errors, never silently ignored."""
    known_categories = {c.value for c in Category}
    for key, selectors in (("select", config.select or []), ("ignore", config.ignore), ("severity", list(config.severity))):
        for sel in selectors:
            if sel in known_categories:
                continue
            if not any(r.id.startswith(sel) for r in rules):
                raise ConfigError(f"{key}: unknown rule id or category '{sel}'")
    out = []
    for rule in rules:
        cat = rule.category.value
        if config.select is None:
            on = rule.enabled
        else:
            # naming a rule (or its prefix/category) explicitly turns on even off-by-default rules
            on = any(_matches(s, rule.id, cat) for s in config.select)
        if on and any(_matches(s, rule.id, cat) for s in config.ignore):
            on = False
        if on:
            out.append(rule)
    return out
