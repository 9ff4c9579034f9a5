"""feedbacklint never touches the network: not to load a model, not to lint, not to report.

Internet sockets, outgoing connections and DNS look-ups are made to fail; the
pipeline loader's cache is cleared first so the model really loads under the
block. Local IPC (Unix sockets, pipes) stays allowed.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import feedbacklint
from feedbacklint.cli import cli
from feedbacklint.engine import linter as linter_module
from feedbacklint.nlp import loader

TEXT = "Hej Mads\nDu kommer altid for sent. Du er for stille. Godt arbejde!"

BLOCK = """
import socket

class NetworkUsed(AssertionError):
    pass

_real_socket = socket.socket

class _GuardedSocket(_real_socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
            raise NetworkUsed(f"feedbacklint opened an internet socket (family {family})")
        super().__init__(family, type, proto, fileno)

def _refuse(*args, **kwargs):
    raise NetworkUsed(f"feedbacklint tried to reach the network: {args!r}")

socket.socket = _GuardedSocket
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse
"""


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):  # noqa: A002 - socket's own names
            if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
                raise NetworkUsed(f"internet socket opened (family {family})")
            super().__init__(family, type, proto, fileno)

    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network reached for: {args!r}")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    # the guard itself must work, or the test proves nothing
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # load the model again, under the block
    loader._load.cache_clear()
    monkeypatch.setattr(linter_module, "_default", None)
    yield
    loader._load.cache_clear()


def test_api_loads_model_and_lints_offline(no_network):
    assert loader._load.cache_info().currsize == 0
    report = feedbacklint.Linter().lint(TEXT)
    assert report.findings
    assert loader._load.cache_info().currsize == 1, "the pipeline was loaded inside the block"
    assert feedbacklint.lint(TEXT).model_dump() == report.model_dump()
    many = feedbacklint.Linter().lint_many([TEXT, ""])
    assert many[0].model_dump() == report.model_dump() and many[1].findings == []


def test_cli_commands_run_offline(no_network, tmp_path: Path):
    note = tmp_path / "note.txt"
    note.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    for args in (
        ["check", str(note)],
        ["check", "--format", "json", str(note)],
        ["check", "--format", "sarif", str(note)],
        ["check", "--diff", str(note)],
        ["rules"],
        ["info"],
        *([["review", str(note)]] if "review" in cli.commands else []),
    ):
        res = runner.invoke(cli, args, catch_exceptions=False)
        assert res.exit_code in (0, 1), (args, res.output)
        assert "NetworkUsed" not in res.output, args


def test_fresh_process_with_parallel_workers_runs_offline(tmp_path: Path):
    """A new interpreter: spaCy itself is imported under the block, and --jobs 2 forks workers."""
    for i in range(4):
        (tmp_path / f"n{i}.txt").write_text(TEXT, encoding="utf-8")
    code = BLOCK + (
        "import sys\n"
        "from feedbacklint.cli import main\n"
        "sys.argv = ['feedbacklint', 'check', '--jobs', '2', sys.argv[1]]\n"
        "main()\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 1, out.stderr
    assert "NetworkUsed" not in out.stderr and "Traceback" not in out.stderr
    assert out.stdout.count("AB001") == 4
