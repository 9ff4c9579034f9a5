"""Turn library errors into one clear line and exit code 2, never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

EXIT_USAGE = 2


def fail(message: str) -> None:
    click.echo(f"feedbacklint: fejl: {message}", err=True)
    sys.exit(EXIT_USAGE)


def friendly_errors(fn: F) -> F:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (KeyboardInterrupt, SystemExit, click.exceptions.Exit, click.ClickException):
            raise
        except Exception as exc:
            # imported only now: they pull in pydantic, which quick commands avoid
            from ..config import ConfigError
            from ..engine.rulefile import RuleFileError
            from ..nlp.loader import PipelineError

            if isinstance(exc, (ConfigError, RuleFileError, PipelineError)):
                fail(str(exc))
            # last resort: a bug, but still no traceback for the user
            fail(f"intern fejl ({type(exc).__name__}: {exc}). Rapportér gerne med input.")

    return wrapper  # type: ignore[return-value]
