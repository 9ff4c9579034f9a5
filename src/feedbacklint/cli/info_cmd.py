"""``feedbacklint info``: version, pipeline and rule count."""

from __future__ import annotations

import click

from .errors import friendly_errors


@click.command()
@click.option("--model", default="auto", show_default=True)
@friendly_errors
def info(model: str) -> None:
    """Show the version, which pipeline is loaded and from where, and the rule count."""
    from .._version import __version__
    from ..engine.rulefile import builtin_rules_dir, load_rules
    from ..nlp.loader import pipeline_info

    rules = load_rules()
    p = pipeline_info(model)
    click.echo(f"feedbacklint {__version__}")
    click.echo(f"pipeline: {p.name} {p.version} ({p.source}: {p.location})")
    click.echo(f"komponenter: {', '.join(p.components)}")
    click.echo(f"regler: {len(rules)} ({sum(r.enabled for r in rules)} slået til) fra {builtin_rules_dir()}")
