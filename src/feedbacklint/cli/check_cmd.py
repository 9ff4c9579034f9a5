"""``feedbacklint check``: lint files, folders, globs or stdin.

Kept thin on purpose: reading lives in ``inputs``, rendering in ``output``.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import click

from .errors import friendly_errors

if TYPE_CHECKING:
    from ..inputs import Source
    from ..linter_pool import LinterPool
    from ..output import FileResult

FORMATS = ("text", "json", "sarif", "github")  # = output.FORMATS (not imported: keeps --help light)


def _color(flag: bool | None) -> bool | None:
    """--color/--no-color win; else NO_COLOR (https://no-color.org) turns colour off; else TTY decides."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    return None


def lint_sources(pool: LinterPool, sources: list[Source], jobs: int | None = 1) -> list[FileResult]:
    """Lint every source (one pipeline stream per effective config); positions point into the originals.

    ``jobs`` > 1 lints in that many processes (None: the CPU count for large input); same results, same order.
    """
    from ..parallel import lint_pool_parallel

    linted = lint_pool_parallel(pool, [(s.path, s.lint_text, s.text) for s in sources], jobs)
    return [s.result(lt.report) for s, lt in zip(sources, linted)]


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--model", default=None, help="Pipeline: auto, bundled, blank, a package name or a path.")
@click.option("--select", multiple=True, help="Only these rule ids, id prefixes or categories.")
@click.option("--ignore", multiple=True, help="Skip these rule ids, id prefixes or categories.")
@click.option("--exclude", multiple=True, metavar="PATTERN", help="Skip files/folders matching this glob (repeatable).")
@click.option("--stdin-filename", default=None, metavar="NAME", help="Name for stdin (-) in output; its suffix picks the format (.md, .docx).")
@click.option("--encoding", default=None, help="Decode text input with this encoding instead of UTF-8.")
@click.option("--color/--no-color", "color", default=None, help="Force colour on or off (default: on a terminal, unless NO_COLOR is set).")
@click.option("--statistics", is_flag=True, help="Also show how many findings per rule and category.")
@click.option("--diff", "show_diff", is_flag=True, help="Instead of findings, print a unified diff with the first suggestions applied (never writes files).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported.")
@click.option("--config", "config_path", default=None, metavar="PATH", help="Use this config file (.feedbacklint.toml or pyproject.toml) instead of searching for one.")
@click.option("--isolated", is_flag=True, help="Ignore all config files (FEEDBACKLINT_* variables and flags still apply).")
@click.option("--min-severity", type=click.Choice(["info", "warning", "error"]), default=None, help="Only report findings at or above this severity.")
@click.option("--report-unused-suppressions", is_flag=True, help="Report suppression comments that hide nothing (counts as a finding).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N", help="Lint in N processes (default: the CPU count for large input). Output is the same for any N.")
@friendly_errors
def check(
    paths: tuple[str, ...],
    fmt: str,
    model: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    exclude: tuple[str, ...],
    stdin_filename: str | None,
    encoding: str | None,
    color: bool | None,
    statistics: bool,
    show_diff: bool,
    exit_zero: bool,
    config_path: str | None,
    isolated: bool,
    min_severity: str | None,
    report_unused_suppressions: bool,
    jobs: int | None,
) -> None:
    """Check feedback in PATHS: .txt, .md and .docx files, folders, quoted globs
    such as 'notes/**/*.md', or - for stdin.

    Exit codes: 0 no findings, 1 findings, 2 usage or input error.
    """
    from ..config_files import Settings
    from ..inputs import gather
    from ..linter_pool import LinterPool
    from ..output import RenderOptions, render
    from ..output.text import summary

    # precedence: flags > FEEDBACKLINT_* > config file > defaults (see docs/configuration.md)
    flags = {"select": list(select) or None, "ignore": list(ignore) or None, "min-severity": min_severity, "model": model}
    settings = Settings(flags, config_path=config_path, isolated=isolated)
    for warning in settings.warnings:
        click.echo(f"feedbacklint: advarsel: {warning}", err=True)
    settings.config_for(None)  # a broken config or unknown rule id stops here, before any work

    gathered = gather(list(paths), exclude=exclude, encoding=encoding, stdin_filename=stdin_filename)
    for problem in gathered.problems:
        prefix = "feedbacklint: " if problem.skipped else "feedbacklint: fejl: "
        click.echo(prefix + problem.message, err=True)

    pool = LinterPool(settings)
    results = lint_sources(pool, gathered.sources, jobs)
    for warning in pool.unknown_rule_warnings():
        click.echo(f"feedbacklint: advarsel: {warning}", err=True)
    unused = pool.unused_suppression_lines() if report_unused_suppressions else []

    options = RenderOptions(color=_color(color), statistics=statistics, problems=gathered.problems, rules=pool.rules)
    if show_diff:
        from ..output.diff import render_diff

        out = render_diff(results)
    else:
        out = render(fmt, results, options)
    if out:
        click.echo(out, color=options.color)
    for line in unused:  # machine formats stay parseable: then these go to stderr
        click.echo(line, err=fmt != "text" or show_diff)
    if fmt == "text" or show_diff:
        click.echo(summary(results), err=True)
    elif statistics and fmt != "json":  # machine formats stay parseable: statistics go to stderr
        from ..output.statistics import render_statistics_text

        click.echo(render_statistics_text(results), err=True)

    if gathered.failed:
        sys.exit(2)
    if (unused or any(r.report.findings for r in results)) and not exit_zero:
        sys.exit(1)
