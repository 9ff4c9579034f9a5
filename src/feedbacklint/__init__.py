"""feedbacklint: a local, explainable linter for written Danish feedback.

>>> from feedbacklint import Linter
>>> report = Linter().lint("Du er for stille.")
>>> [f.category.value for f in report.findings]
['trait-label']
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from ._version import __version__

# Public names are imported on first use (PEP 562), so `feedbacklint --help`,
# `--version` and `rules` don't pay for the linter's imports. Add new exports
# here and to __all__.
_LAZY = {
    "Category": ".categories",
    "Severity": ".categories",
    "Config": ".config",
    "ConfigError": ".config",
    "Override": ".config",
    "find_config_file": ".config_files",
    "load_config": ".config_files",
    "Linter": ".engine.linter",
    "lint": ".engine.linter",
    "Rule": ".engine.rulefile",
    "RuleFileError": ".engine.rulefile",
    "load_rules": ".engine.rulefile",
    "Finding": ".findings",
    "Report": ".findings",
    "Suggestion": ".findings",
    "PipelineError": ".nlp.loader",
    "load_pipeline": ".nlp.loader",
    "ReviewReport": ".review",
    "review": ".review",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'feedbacklint' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # next time: a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        # Importing the subpackage feedbacklint.review binds it as attribute
        # `review`; the public name `review` is the function, as it always was.
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


if TYPE_CHECKING:
    from .categories import Category, Severity
    from .config import Config, ConfigError, Override
    from .config_files import find_config_file, load_config
    from .engine.linter import Linter, lint
    from .engine.rulefile import Rule, RuleFileError, load_rules
    from .findings import Finding, Report, Suggestion
    from .nlp.loader import PipelineError, load_pipeline
    from .review import ReviewReport, review

__all__ = [
    "__version__",
    "Category",
    "Config",
    "ConfigError",
    "Finding",
    "Linter",
    "Override",
    "PipelineError",
    "Report",
    "Rule",
    "RuleFileError",
    "Severity",
    "Suggestion",
    "find_config_file",
    "lint",
    "load_config",
    "load_pipeline",
    "load_rules",
    "review",
    "ReviewReport",
]
