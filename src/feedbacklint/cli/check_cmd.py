"""``feedbacklint check``: lint files or stdin."""

from __future__ import annotations

import sys

import click

from .errors import friendly_errors


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--model", default=None, help="Pipeline: auto, bundled, blank, a package name or a path.")
@click.option("--select", multiple=True, help="Only these rule ids, id prefixes or categories.")
@click.option("--ignore", multiple=True, help="Skip these rule ids, id prefixes or categories.")
@click.option("--encoding", default=None, help="Decode input with this encoding instead of UTF-8.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported.")
@friendly_errors
def check(paths: tuple[str, ...], fmt: str, model: str | None, select: tuple[str, ...], ignore: tuple[str, ...], encoding: str | None, exit_zero: bool) -> None:
    """Check feedback in PATHS (files, folders, or - for stdin).

    Exit codes: 0 no findings, 1 findings, 2 usage or input error.
    """
    from ..config import Config
    from ..engine.linter import Linter
    from ..inputs import InputError, SkippedInput, expand, read_path, read_stdin
    from ..output.json_format import render_json
    from ..output.text import render_text
    from pathlib import Path

    settings: dict = {}
    if select:
        settings["select"] = list(select)
    if ignore:
        settings["ignore"] = list(ignore)
    config = Config.coerce(settings)
    linter = Linter(config, model=model or "auto")

    sources = []
    input_error = False
    for p in expand(list(paths)):
        try:
            sources.append(read_stdin(encoding=encoding) if p == "-" else read_path(Path(p), encoding))
        except SkippedInput as exc:
            click.echo(f"feedbacklint: {exc}", err=True)
        except InputError as exc:
            click.echo(f"feedbacklint: fejl: {exc}", err=True)
            input_error = True

    reports = linter.lint_many([s.text for s in sources])
    results = [(s.path, r) for s, r in zip(sources, reports)]
    if fmt == "json":
        click.echo(render_json(results))
    else:
        for path, report in results:
            if report.findings:
                click.echo(render_text(path, report))
        total = sum(len(r.findings) for _, r in results)
        click.echo(f"{total} fund i {len(results)} fil(er).", err=True)

    if input_error:
        sys.exit(2)
    if any(r.findings for _, r in results) and not exit_zero:
        sys.exit(1)
