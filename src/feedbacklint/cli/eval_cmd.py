"""``feedbacklint eval CORPUS.jsonl``: precision/recall per category on labelled text."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .errors import fail, friendly_errors


@click.command("eval")
@click.argument("corpus", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--errors", "show_errors", is_flag=True, help="Print the misclassified items.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--model", default="auto", show_default=True)
@click.option("--select", multiple=True, help="Evaluate only these rule ids, prefixes or categories.")
@click.option("--no-suggestions", is_flag=True, help="Skip the suggestion checks (faster).")
@click.option(
    "--write-accuracy",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the figures as Markdown to this file (e.g. docs/accuracy.md).",
)
@click.option(
    "--write-suggestions",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write 20 before/after suggestion examples as Markdown to this file.",
)
@friendly_errors
def eval_corpus(
    corpus: Path, show_errors: bool, as_json: bool, model: str, select: tuple[str, ...], no_suggestions: bool,
    write_accuracy: Path | None,
    write_suggestions: Path | None,
) -> None:
    """Evaluate the rules on a labelled JSONL corpus."""
    from ..config import Config
    from ..engine.linter import Linter
    from ..evaluation import (
        CorpusError,
        evaluate,
        format_errors,
        format_markdown,
        format_suggestions_markdown,
        format_table,
        load_corpus,
    )
    from ..nlp.loader import pipeline_info

    try:
        items = load_corpus(corpus)
    except CorpusError as exc:
        fail(str(exc))
    config = Config(select=list(select)) if select else Config()
    linter = Linter(config, model=model)
    ev = evaluate(linter, items, check_suggestions=not no_suggestions)
    if as_json:
        click.echo(json.dumps(ev.as_dict(), indent=2))
    else:
        click.echo(f"corpus: {corpus} ({len(items)} texts)")
        click.echo(format_table(ev))
    if write_accuracy or write_suggestions:
        command = f"feedbacklint eval {corpus.as_posix()}"
        if model != "auto":
            command += f" --model {model}"
        if write_accuracy:
            command += f" --write-accuracy {write_accuracy.as_posix()}"
        if write_suggestions:
            command += f" --write-suggestions {write_suggestions.as_posix()}"
        for path, content in (
            (write_accuracy, lambda: format_markdown(ev, corpus.name, command, pipeline_info(model).name)),
            (write_suggestions, lambda: format_suggestions_markdown(ev, corpus.name, command)),
        ):
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(content(), encoding="utf-8")
                click.echo(f"wrote {path}", err=True)
    if show_errors:
        click.echo("")
        click.echo(format_errors(ev))
