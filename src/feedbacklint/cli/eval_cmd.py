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
    "--write-docs",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also write accuracy.md and suggestions.md into this folder (e.g. docs).",
)
@friendly_errors
def eval_corpus(
    corpus: Path, show_errors: bool, as_json: bool, model: str, select: tuple[str, ...], no_suggestions: bool, write_docs: Path | None
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
    if write_docs is not None:
        command = f"feedbacklint eval {corpus.as_posix()} --write-docs {write_docs.as_posix()}"
        if model != "auto":
            command += f" --model {model}"
        write_docs.mkdir(parents=True, exist_ok=True)
        pipeline = pipeline_info(model).name
        (write_docs / "accuracy.md").write_text(format_markdown(ev, corpus.name, command, pipeline), encoding="utf-8")
        (write_docs / "suggestions.md").write_text(format_suggestions_markdown(ev, corpus.name, command), encoding="utf-8")
        click.echo(f"wrote {write_docs / 'accuracy.md'} and {write_docs / 'suggestions.md'}", err=True)
    if show_errors:
        click.echo("")
        click.echo(format_errors(ev))
