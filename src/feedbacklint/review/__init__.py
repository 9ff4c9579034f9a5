"""Pre-meeting self-review of MUS notes: ``feedbacklint review`` and ``feedbacklint.review``.

One module per dimension (preparation, questions, direction, concreteness,
agreements, follow_up, wording), the pydantic model in ``model``, scores in
``scoring``; cue words are data in ``review/data/*.txt``.
"""

from .model import Dimension, ReviewReport, Status
from .reviewer import Reviewer, build_report, review

__all__ = ["Dimension", "ReviewReport", "Reviewer", "Status", "build_report", "review"]
