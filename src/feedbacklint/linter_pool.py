"""One Linter per distinct effective configuration, all sharing the loaded pipeline.

Files in different folders (or matched by different ``[[overrides]]``) may
need different settings; files with equal settings share one Linter and go
through ``nlp.pipe`` together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .config import is_known_selector, selector_matches
from .config_files import Settings
from .suppression import Directive, Suppressions, markdown_code_examples
from .suppression import parse as parse_suppressions

if TYPE_CHECKING:
    from spacy.language import Language

    from .config import Config
    from .engine.linter import Linter
    from .engine.rulefile import Rule
    from .findings import Report


@dataclass
class Linted:
    """One linted text: its report and the suppression comments found in it."""

    path: str | None
    report: Report
    suppressions: Suppressions
    rule_ids: list[str]  # every known rule
    active: list[tuple[str, str]] = field(default_factory=list)  # (id, category) of the rules that ran

    def unused_suppressions(self) -> list[Directive]:
        return self.suppressions.unused()

    def unknown_rules(self) -> list[tuple[Directive, str]]:
        return self.suppressions.unknown_selectors(self.rule_ids)

    def names_only_inactive_rules(self, d: Directive) -> bool:
        """True when every rule the comment names is switched off by the configuration."""
        known = all(is_known_selector(sel, self.rule_ids) for sel in d.selectors)
        return bool(d.selectors) and known and not any(
            selector_matches(sel, rid, cat) for sel in d.selectors for rid, cat in self.active
        )


def _suppressions(path: str | None, lint_text: str, original: str) -> Suppressions:
    # Markdown: a comment inside a code block is an example, not a directive.
    markdown = lint_text != original and str(path or "").lower().endswith((".md", ".markdown"))
    return parse_suppressions(original, markdown_code_examples(original) if markdown else None)


class LinterPool:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._linters: dict[str, Linter] = {}
        self._nlps: dict[str, Language] = {}
        self.linted: list[Linted] = []

    def config_for(self, path: str | None) -> Config:
        return self.settings.config_for(path)

    def linter_for(self, path: str | None) -> Linter:
        from .engine.linter import Linter

        config = self.config_for(path)
        key = config.cache_key()
        if key not in self._linters:
            self._linters[key] = Linter(config, nlp=self._nlps.get(config.model))
        return self._linters[key]

    def lint(self, items: list[tuple[str | None, str, str]], batch_size: int = 64) -> list[Linted]:
        """Lint ``(path, text_to_lint, original_text)`` items; results in input order.

        ``text_to_lint`` is the original or a same-length masked copy (Markdown);
        suppression comments are read from the original.
        """
        groups: dict[int, list[int]] = {}
        linters: dict[int, Linter] = {}
        for i, (path, _, _) in enumerate(items):
            linter = self.linter_for(path)
            groups.setdefault(id(linter), []).append(i)
            linters[id(linter)] = linter
        out: list[Linted | None] = [None] * len(items)
        for key, idxs in groups.items():
            linter = linters[key]
            sups = [_suppressions(*items[i]) for i in idxs]
            reports = linter.lint_many([items[i][1] for i in idxs], batch_size=batch_size, suppressions=sups)
            self._nlps.setdefault(linter.config.model, linter.nlp)
            for i, report, sup in zip(idxs, reports, sups):
                active = [(r.id, r.category.value) for r in linter.rules]
                out[i] = Linted(items[i][0], report, sup, linter.rule_ids, active)
        done = [x for x in out if x is not None]
        self.linted.extend(done)
        return done

    @property
    def rules(self) -> list[Rule]:
        """Every rule any of the Linters runs, by id (e.g. for SARIF's rule table)."""
        # from the linted paths, so it is also right when workers did the linting (--jobs)
        linters = [self.linter_for(p) for p in dict.fromkeys(lt.path for lt in self.linted)] or [self.linter_for(None)]
        by_id = {r.id: r for linter in linters for r in linter.rules}
        return [by_id[k] for k in sorted(by_id)]

    # -- what the CLI tells the user about suppression comments ----------
    def unknown_rule_warnings(self) -> list[str]:
        return [
            f"{lt.path}:{d.line}:{d.column}: ukendt regel '{sel}' i undtagelseskommentaren (se `feedbacklint rules`)"
            for lt in self.linted
            for d, sel in lt.unknown_rules()
        ]

    def unused_suppression_lines(self) -> list[str]:
        lines = []
        for lt in self.linted:
            for d in lt.unused_suppressions():
                why = " (reglen er slået fra i konfigurationen)" if lt.names_only_inactive_rules(d) else ""
                lines.append(
                    f"{lt.path}:{d.line}:{d.column}: ubrugt undtagelse: »{' '.join(d.source.split())}« skjuler ingen fund{why}"
                )
        return lines
