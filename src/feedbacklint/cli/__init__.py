"""Command-line interface. Subcommands live in their own modules and import spaCy only when they lint."""

from __future__ import annotations

import os
import sys

import click

from .._version import __version__
from .check_cmd import check
from .info_cmd import info
from .rules_cmd import rules


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="feedbacklint")
def cli() -> None:
    """feedbacklint: find weak spots in written Danish feedback and suggest better sentences."""


cli.add_command(check)
cli.add_command(rules)
cli.add_command(info)


def _add_optional(module: str, attr: str) -> None:
    """Subcommands that live in their own module, added when the module exists."""
    import importlib

    try:
        mod = importlib.import_module(f"{__name__}.{module}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{module}":
            raise
        return
    cli.add_command(getattr(mod, attr))


for _module, _attr in (("eval_cmd", "eval_corpus"), ("review_cmd", "review"), ("serve_cmd", "serve")):
    _add_optional(_module, _attr)


def main() -> None:
    # Not standalone: in standalone mode click turns Ctrl-C into "Aborted!" and exit 1.
    try:
        code = cli.main(prog_name="feedbacklint", standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):  # Ctrl-C: conventional exit code, no traceback
        click.echo("Afbrudt.", err=True)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # closed or broken pipe: nothing left to save
                pass
        # Not sys.exit: with --jobs, the process pool's atexit hook may write to a pipe the
        # terminated workers already closed and print "Exception ignored … EBADF" at exit.
        os._exit(130)
    except click.ClickException as exc:  # usage errors: click's own message, exit 2
        exc.show()
        sys.exit(exc.exit_code)
    sys.exit(code if isinstance(code, int) else 0)  # --help/--version return click's exit code
