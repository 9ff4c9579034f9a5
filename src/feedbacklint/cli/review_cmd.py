"""``feedbacklint review``: a manager's self-review of MUS preparation notes."""

from __future__ import annotations

import sys

import click

from .errors import fail, friendly_errors

FORMATS = ("text", "json", "html", "md")


@click.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text (terminal), json (ReviewReport), html (one self-contained file) or md.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to this file instead of stdout.")
@click.option("--model", default=None, help="Pipeline: auto, bundled, blank, a package name or a path.")
@click.option("--encoding", default=None, help="Decode input with this encoding instead of UTF-8.")
@click.option("--config", "config_path", default=None, metavar="PATH", help="Use this config file instead of searching for one.")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option("--min-score", type=click.IntRange(0, 100), default=None,
              help="Exit 1 when the overall score is below this (for scripts).")
@friendly_errors
def review(path: str, fmt: str, output: str | None, model: str | None, encoding: str | None,
           config_path: str | None, isolated: bool, min_score: int | None) -> None:
    """Review MUS preparation notes in PATH (.txt, .md, .docx, or - for stdin) before the conversation.

    Shows sentence findings plus preparation, questions, direction,
    concreteness, agreements and follow-up, each scored 0–100, and the three
    most important things to fix. Exit codes: 0 report written, 1 score below
    --min-score, 2 input error.
    """
    from pathlib import Path

    from ..inputs import InputError, source_from_bytes
    from ..review import Reviewer

    try:
        if path == "-":
            data, name = sys.stdin.buffer.read(), "-"
        else:
            name = path
            try:
                data = Path(path).read_bytes()
            except FileNotFoundError:
                raise InputError(f"{path}: filen findes ikke") from None
            except IsADirectoryError:
                raise InputError(f"{path}: er en mappe") from None
            except OSError as exc:
                raise InputError(f"{path}: kan ikke læses: {exc.strerror or exc}") from None
        source = source_from_bytes(data, name, encoding)
    except InputError as exc:
        fail(str(exc))
        return
    if output is not None and path != "-" and Path(output).resolve() == Path(path).resolve():
        fail("rapporten må ikke overskrive dine noter; vælg en anden fil med --output")
    # the sentence findings honour the same config as `check` (flags > FEEDBACKLINT_* > file)
    from ..config_files import Settings
    from ..engine.linter import Linter

    settings = Settings({"model": model}, config_path=config_path, isolated=isolated)
    for warning in settings.warnings:
        click.echo(f"feedbacklint: advarsel: {warning}", err=True)
    config = settings.config_for(None if path == "-" else path)
    report = Reviewer(linter=Linter(config)).review_source(source, data)

    if fmt == "json":
        rendered = report.model_dump_json(indent=2)
    elif fmt == "html":
        from ..review.render_html import render_html

        rendered = render_html(source.path, source.text, report)
    elif fmt == "md":
        from ..review.render_text import render_markdown

        rendered = render_markdown(source.path, source.text, report, source.paragraph_starts)
    else:
        from ..review.render_text import render_text

        rendered = render_text(source.path, source.text, report, source.paragraph_starts)

    if output:
        try:
            Path(output).write_text(rendered if rendered.endswith("\n") else rendered + "\n", encoding="utf-8")
        except OSError as exc:
            fail(f"{output}: kan ikke skrive: {exc.strerror or exc}")
        click.echo(f"Rapport skrevet til {output} (parat: {report.score}/100).", err=True)
    else:
        click.echo(rendered)
    sys.exit(1 if min_score is not None and report.score < min_score else 0)
