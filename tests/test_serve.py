"""The local review server's HTTP contract: a real uvicorn server in a thread, plain urllib."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

import pytest

from feedbacklint.review import Reviewer
from feedbacklint.web.app import MAX_CHARS, create_app


@dataclass
class Reply:
    status_code: int
    headers: dict
    text: str

    def json(self):
        return json.loads(self.text)


class Client:
    def __init__(self, base: str) -> None:
        self.base = base

    def request(self, method, path, content=None, json_body=None, headers=None):
        headers = dict(headers or {})
        if json_body is not None:
            content = json.dumps(json_body).encode()
            headers.setdefault("content-type", "application/json")
        req = urllib.request.Request(self.base + path, data=content, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return Reply(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode())
        except urllib.error.HTTPError as e:
            return Reply(e.code, {k.lower(): v for k, v in e.headers.items()}, e.read().decode())

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post(self, path, content=None, json=None, headers=None):
        return self.request("POST", path, content=content, json_body=json, headers=headers)


@pytest.fixture(scope="module")
def client(linter):
    import uvicorn

    app = create_app(reviewer=Reviewer(linter=linter))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # a free loopback port, held until uvicorn takes it over
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield Client(f"http://127.0.0.1:{sock.getsockname()[1]}")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def post(client, payload, **kw):
    return client.post("/api/review", json=payload, **kw)


def test_page_is_self_contained_and_says_text_stays_local(client):
    res = client.get("/")
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/html")
    html = res.text
    assert "gemmes ikke på disken" in html and "henter intet fra internettet" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "url(" not in html
    assert "default-src 'none'" in res.headers["content-security-policy"]
    assert res.headers["cache-control"] == "no-store"


def test_review_endpoint_returns_report_and_highlights(client):
    res = post(client, {"text": "Du er for stille.\n\nAftaler:\n- Jeg booker kurset inden 1. marts."})
    assert res.status_code == 200
    data = res.json()
    (finding,) = [f for f in data["report"]["findings"] if f["rule_id"] == "TL001"]
    assert finding["excerpt"] == "Du er for stille" and finding["suggestions"]
    assert '<mark class="fl-mark' in data["marked"] and ">Du er for stille</mark>" in data["marked"]
    assert 'class="fl-dims"' in data["summary"]
    assert data["report"]["agreements"][0]["deadline"] == "1. marts"
    assert "Forberedelse" in data["details"]
    assert res.headers["cache-control"] == "no-store"


def test_empty_text_is_a_clean_result(client):
    res = post(client, {"text": ""})
    assert res.status_code == 200 and res.json()["report"]["score"] == 0


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"content": b"text=hej", "headers": {"content-type": "application/x-www-form-urlencoded"}}, 415),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
        ({"json": {"tekst": "hej"}}, 400),
        ({"json": {"text": 42}}, 400),
        ({"json": {"text": "x" * (MAX_CHARS + 1)}}, 413),
    ],
)
def test_bad_requests_get_a_friendly_error(client, kwargs, status):
    res = client.post("/api/review", **kwargs)
    assert res.status_code == status
    assert res.json()["error"]


def test_foreign_host_names_are_refused(client):
    # DNS rebinding: a web page on another name must not reach the local server
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_nothing_is_written_to_disk(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    post(client, {"text": "Hemmelig note om Karen: du er doven."})
    assert list(tmp_path.iterdir()) == []


def test_serve_help_lists_host_and_port():
    from click.testing import CliRunner

    from feedbacklint.cli import cli

    res = CliRunner().invoke(cli, ["serve", "--help"])
    assert res.exit_code == 0 and "--port" in res.output and "127.0.0.1" in res.output
