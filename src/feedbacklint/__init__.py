"""feedbacklint: a local, explainable linter for written Danish feedback.

>>> from feedbacklint import Linter
>>> report = Linter().lint("Du er for stille.")
>>> [f.category.value for f in report.findings]
['trait-label']
"""

from ._version import __version__
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
