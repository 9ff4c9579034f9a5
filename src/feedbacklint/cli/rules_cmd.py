"""``feedbacklint rules``: a table of the rules (no spaCy import)."""

from __future__ import annotations

import click

from .errors import friendly_errors


@click.command()
@click.option("--all", "show_all", is_flag=True, help="Include rules that are off by default.")
@friendly_errors
def rules(show_all: bool) -> None:
    """List the rules: id, category, severity, default state and message."""
    from ..rule_table import quick_rows

    every = quick_rows()  # plain TOML read: no pydantic import when all files look right
    if every is None:  # something is off: full validation names the file and field
        from ..engine.rulefile import load_rules

        every = load_rules()
    rows = [r for r in every if show_all or r.enabled]
    width = max((len(r.category.value) for r in rows), default=10)
    click.echo(f"{'ID':<6} {'KATEGORI':<{width}} {'NIVEAU':<8} {'TIL':<4} BESKED")
    for r in rows:
        on = "ja" if r.enabled else "nej"
        click.echo(f"{r.id:<6} {r.category.value:<{width}} {r.severity.value:<8} {on:<4} {r.message}")
