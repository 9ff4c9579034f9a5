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
    sock = _bind(host, port)  # before the slow part, so a busy port fails at once
    click.echo("Indlæser sprogmodellen …", err=True)
    app.state.service.warm_up()
    port = sock.getsockname()[1]  # --port 0 picks a free port
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    click.echo(f"feedbacklint kører på {url} — tryk Ctrl-C for at stoppe.", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, server_header=False))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


def _bind(host: str, port: int):  # noqa: ANN202 - socket.socket
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        fail(f"ukendt adresse {host}: {exc.strerror or exc}")
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        fail(f"kan ikke lytte på {host}:{port}: {exc.strerror or exc} (prøv en anden --port)")
    sock.listen(128)
    sock.set_inheritable(True)
    return sock
