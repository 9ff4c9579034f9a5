"""A Starlette app: the page at ``/`` and a JSON review endpoint at ``/api/review``.

The text only lives in memory for the length of one request: it is never
logged or written to disk. Only requests for localhost names are answered
(a guard against DNS rebinding), and the endpoint only accepts JSON, so
another web site cannot post to it from the user's browser.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from .page import page_html

if TYPE_CHECKING:
    from ..review import Reviewer

MAX_CHARS = 200_000
NO_STORE = {"Cache-Control": "no-store"}
LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


class _Service:
    """One Reviewer for the app; spaCy pipelines are not shared across threads, hence the lock."""

    def __init__(self, reviewer: Reviewer | None, model: str) -> None:
        self._reviewer = reviewer
        self._model = model
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        self.review("Hej.")

    def review(self, text: str) -> dict:
        from ..review import Reviewer
        from ..review.highlight import marked_text, summary_html
        from ..review.render_html import details_html

        with self._lock:
            if self._reviewer is None:
                self._reviewer = Reviewer(model=self._model)
            report = self._reviewer.review(text)
        return {
            "report": report.model_dump(mode="json"),
            "marked": marked_text(text, report.findings, (a.start for a in report.top_actions if a.start is not None)),
            "summary": summary_html(report),
            "details": details_html(report),
        }


def _error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=NO_STORE)


def create_app(reviewer: Reviewer | None = None, model: str = "auto", allowed_hosts: list[str] | None = None) -> Starlette:
    service = _Service(reviewer, model)

    async def index(request: Request) -> Response:
        return HTMLResponse(page_html(), headers={
            **NO_STORE,
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                                       "connect-src 'self'; form-action 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        })

    async def api_review(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return _error("Send JSON: {\"text\": \"...\"}.", 415)
        body = await request.body()
        if len(body) > MAX_CHARS * 4 + 100:
            return _error(f"Teksten er for lang (højst {MAX_CHARS:,} tegn).".replace(",", "."), 413)
        try:
            import json

            data = json.loads(body)
        except ValueError:
            return _error("Forespørgslen er ikke gyldig JSON.", 400)
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str):
            return _error("Feltet \"text\" mangler eller er ikke tekst.", 400)
        if len(text) > MAX_CHARS:
            return _error(f"Teksten er for lang (højst {MAX_CHARS:,} tegn).".replace(",", "."), 413)
        try:
            result = await run_in_threadpool(service.review, text)
        except Exception as exc:  # a bug; the page shows one friendly line instead of a stack trace
            return _error(f"Intern fejl ({type(exc).__name__}). Prøv igen, eller rapportér fejlen.", 500)
        return JSONResponse(result, headers=NO_STORE)

    app = Starlette(
        routes=[Route("/", index), Route("/api/review", api_review, methods=["POST"])],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOCAL_HOSTS)],
    )
    app.state.service = service
    return app
