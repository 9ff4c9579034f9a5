"""``feedbacklint serve``: a local web page for reviewing MUS notes while you write them."""

from __future__ import annotations

import click

from .errors import fail, friendly_errors

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (keep it local).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--model", default=None, help="Pipeline: auto, bundled, blank, a package name or a path.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in your web browser.")
@friendly_errors
def serve(host: str, port: int, model: str | None, open_browser: bool) -> None:
    """Serve a local page where you paste MUS notes and see the review as you edit.

    Nothing is stored or sent anywhere: the text lives in memory for one
    request at a time. Needs the 'serve' extra: pip install 'feedbacklint[serve]'.
    """
    try:
        import uvicorn

        from ..web.app import LOCAL_HOSTS, create_app
    except ImportError as exc:
        fail(f"feedbacklint serve kræver ekstra pakker ({exc.name}): pip install 'feedbacklint[serve]'")
        return
    allowed = list(LOCAL_HOSTS)
    if host not in LOOPBACK:
        click.echo(f"Advarsel: {host} er ikke kun denne maskine; andre på netværket kan nå siden.", err=True)
        allowed = ["*"]
    # the sentence findings honour the same config as `check` (flags > FEEDBACKLINT_* > file)
    from ..config_files import Settings
    from ..engine.linter import Linter
    from ..review import Reviewer

    settings = Settings({"model": model})
    for warning in settings.warnings:
        click.echo(f"feedbacklint: advarsel: {warning}", err=True)
    reviewer = Reviewer(linter=Linter(settings.config_for(None)))
    app = create_app(reviewer=reviewer, allowed_hosts=allowed)
    click.echo("Indlæser sprogmodellen …", err=True)
    app.state.service.warm_up()
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    click.echo(f"feedbacklint kører på {url} — tryk Ctrl-C for at stoppe.", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, server_header=False)
    except OSError as exc:
        fail(f"kan ikke lytte på {host}:{port}: {exc.strerror or exc}")
