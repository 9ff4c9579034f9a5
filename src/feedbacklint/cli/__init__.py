"""Command-line interface. Subcommands live in their own modules and import spaCy only when they lint."""

from __future__ import annotations

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

try:  # later subcommands register themselves here when present
    from .eval_cmd import eval_corpus

    cli.add_command(eval_corpus)
except ImportError:  # pragma: no cover
    pass


def main() -> None:
    try:
        cli.main(prog_name="feedbacklint", standalone_mode=True)
    except KeyboardInterrupt:  # Ctrl-C: conventional exit code, no traceback
        click.echo("Afbrudt.", err=True)
        sys.exit(130)
