"""Linter configuration (the ``[tool.feedbacklint]`` table), modelled with pydantic.

``Config`` is what one :class:`~feedbacklint.Linter` uses. Where it came from
(a file, ``FEEDBACKLINT_*`` variables, CLI flags) lives in ``config_files.py``;
each key remembers its origin so an error can name the file (or variable) and key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from .categories import Category, Severity


class ConfigError(ValueError):
    """Invalid configuration; the message names the key (and file, when known)."""


def _describe(exc: ValidationError, origin: str | None = None, prefix: str = "") -> str:
    """One readable Danish line per pydantic error, each naming its key."""
    parts = []
    for e in exc.errors():
        key = prefix + ".".join(str(x) for x in e["loc"])
        if e["type"] == "extra_forbidden":
            msg = f"ukendt nøgle '{key}'"
        elif e["type"] == "missing":
            msg = f"{key}: mangler"
        else:
            msg = f"{key}: {e['msg']}"
        parts.append(msg)
    text = "; ".join(parts)
    return f"{origin}: {text}" if origin else text


class Override(BaseModel):
    """Per-glob settings: ``[[tool.feedbacklint.overrides]] files = ["aftaler/*.md"] ignore = ["DP"]``.

    ``ignore`` and ``allow`` add to the base settings; ``select``, ``min-severity``
    replace them; ``severity`` merges per rule.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    files: list[str] = Field(min_length=1, description="Glob patterns, relative to the config file's folder.")
    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    min_severity: Severity | None = Field(default=None, alias="min-severity")
    allow: list[str] = Field(default_factory=list)


class Config(BaseModel):
    """Settings for one Linter. Keys may be written ``min-severity`` or ``min_severity``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    select: list[str] | None = Field(default=None, description="Rule ids, id prefixes or categories to enable.")
    ignore: list[str] = Field(default_factory=list, description="Rule ids, id prefixes or categories to disable.")
    severity: dict[str, Severity] = Field(
        default_factory=dict, description="Severity per rule id, id prefix or category (most specific wins)."
    )
    min_severity: Severity = Field(default=Severity.INFO, alias="min-severity")
    model: str = "auto"
    extra_rules: list[Path] = Field(default_factory=list, alias="extra-rules")
    allow: list[str] = Field(default_factory=list, description="Phrases that are never flagged.")
    overrides: list[Override] = Field(default_factory=list, description="Per-glob settings (files only).")

    # key -> where it was set ("pyproject.toml [tool.feedbacklint]", "FEEDBACKLINT_SELECT", "--select")
    _origins: dict[str, str] = PrivateAttr(default_factory=dict)

    @field_validator("select", "ignore")
    @classmethod
    def _strip(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return None
        return [s.strip() for s in v if s.strip()]

    @classmethod
    def coerce(cls, value: Config | dict | None, origin: str | None = None) -> Config:
        if value is None:
            return cls()
        if isinstance(value, Config):
            return value
        if not isinstance(value, dict):
            raise ConfigError(f"{origin or 'config'}: forventede en tabel, fik {type(value).__name__}")
        try:
            cfg = cls.model_validate(value)
        except ValidationError as exc:
            raise ConfigError(_describe(exc, origin)) from exc
        if origin:
            cfg._origins = {k: origin for k in value}
        return cfg

    def origin(self, key: str) -> str | None:
        """Where ``key`` was set, if known (file, variable or flag)."""
        return self._origins.get(key) or self._origins.get(key.replace("_", "-"))

    def with_origins(self, origins: dict[str, str]) -> Config:
        self._origins = dict(origins)
        return self

    def cache_key(self) -> str:
        """Equal for configs that lint identically (used to share Linters between files)."""
        return self.model_dump_json(exclude={"overrides"})

    def severity_for(self, rule_id: str, category: str, default: Severity) -> Severity:
        """Exact id beats a longer prefix beats a shorter prefix beats a category."""
        best: tuple[int, Severity] | None = None
        for sel, sev in self.severity.items():
            if sel == rule_id:
                rank = 10_000
            elif rule_id.startswith(sel):
                rank = 100 + len(sel)
            elif sel == category:
                rank = 1
            else:
                continue
            if best is None or rank > best[0]:
                best = (rank, sev)
        return best[1] if best else default


def selector_matches(selector: str, rule_id: str, category: str) -> bool:
    """A selector is a category name, a full rule id or an id prefix ("VP", "TL00")."""
    return selector == category or rule_id.startswith(selector)


def is_known_selector(selector: str, rule_ids: list[str]) -> bool:
    if selector in {c.value for c in Category}:
        return True
    return bool(selector) and any(rid.startswith(selector) for rid in rule_ids)


def validate_selectors(config: Config, rule_ids: list[str]) -> None:
    """Unknown rule ids, prefixes and categories are errors naming where they were set."""
    checks: list[tuple[str, list[str], str | None]] = [
        ("select", config.select or [], config.origin("select")),
        ("ignore", config.ignore, config.origin("ignore")),
        ("severity", list(config.severity), config.origin("severity")),
    ]
    for i, ov in enumerate(config.overrides):
        where = config.origin("overrides")
        for key, sels in (("select", ov.select or []), ("ignore", ov.ignore), ("severity", list(ov.severity))):
            checks.append((f"overrides[{i}].{key}", sels, where))
    for key, selectors, origin in checks:
        for sel in selectors:
            if not is_known_selector(sel, rule_ids):
                where = f"{origin}: " if origin else ""
                raise ConfigError(
                    f"{where}{key}: ukendt regel-id eller kategori '{sel}' "
                    "(se `feedbacklint rules` for id'er; kategorier som 'vague-praise')"
                )


def select_rules(rules: list, config: Config) -> list:
    """Apply select/ignore. Unknown selectors are errors, never silently ignored."""
    validate_selectors(config, [r.id for r in rules])
    out = []
    for rule in rules:
        cat = rule.category.value
        if config.select is None:
            on = rule.enabled
        else:
            # naming a rule (or its prefix/category) explicitly turns on even off-by-default rules
            on = any(selector_matches(s, rule.id, cat) for s in config.select)
        if on and any(selector_matches(s, rule.id, cat) for s in config.ignore):
            on = False
        if on:
            out.append(rule)
    return out


def merge(base: Config, layer: dict[str, Any], origin: str) -> Config:
    """Put ``layer`` (already-parsed settings) on top of ``base``.

    Each key in ``layer`` replaces the base value, except ``ignore`` and ``allow``
    (they accumulate: a higher layer can only skip more) and ``severity``
    (merged per rule).
    """
    data = base.model_dump(by_alias=False)
    origins = dict(base._origins)
    for key, value in layer.items():
        name = key.replace("-", "_")
        if name in ("ignore", "allow") and value is not None:
            seen = list(data.get(name) or [])
            data[name] = seen + [v for v in value if v not in seen]
        elif name == "severity":
            data[name] = {**(data.get(name) or {}), **value}
        else:
            data[name] = value
        origins[name] = origin
    try:
        cfg = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, origin)) from exc
    return cfg.with_origins(origins)
