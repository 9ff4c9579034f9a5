"""feedbacklint: a local, explainable linter for written Danish feedback.

>>> from feedbacklint import Linter
>>> report = Linter().lint("Du er for stille.")
>>> [f.category.value for f in report.findings]
['trait-label']
"""

from ._version import __version__
from .categories import Category, Severity
from .config import Config, ConfigError
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
    "PipelineError",
    "Report",
    "Rule",
    "RuleFileError",
    "Severity",
    "Suggestion",
    "lint",
    "load_pipeline",
    "load_rules",
    "review",
    "ReviewReport",
]
