"""Ctrl-C during a long run: exit code 130, one short message, no traceback, no stray workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc to see the run progress")

FEEDBACKLINT = [sys.executable, "-c", "from feedbacklint.cli import main; main()"]
PARAGRAPH = (
    "Du kommer altid for sent til vores mandagsmøder, og det er ikke i orden. "
    "Din rapport til bestyrelsen i oktober var grundig, og tallene stemte. "
    "Hvorfor har du ikke svaret på mine mails? Godt arbejde!\n\n"
)


def _wait_for(pred, timeout: float = 240.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(0.2)
    pytest.fail("the run never got going")


def _linting(pid: int) -> bool:
    """spaCy is loaded only inside the check command, after the CLI's own start-up."""
    try:
        return "spacy" in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _assert_clean_interrupt(proc: subprocess.Popen) -> None:
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("feedbacklint did not stop after Ctrl-C")
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "Afbrudt" in err


def test_ctrl_c_during_a_long_check_exits_130(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text(PARAGRAPH * 8000, encoding="utf-8")  # ~2 MB: minutes of work
    proc = subprocess.Popen([*FEEDBACKLINT, "check", "--jobs", "1", str(big)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: _linting(proc.pid) or proc.poll() is not None)
    assert proc.poll() is None, "finished before it could be interrupted"
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _assert_clean_interrupt(proc)


@pytest.mark.parametrize("to_group", [False, True], ids=["signal-parent", "terminal-ctrl-c"])
def test_ctrl_c_with_parallel_workers_exits_130_and_stops_them(tmp_path: Path, to_group: bool):
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(300):
        (folder / f"n{i:03d}.txt").write_text(PARAGRAPH * 20, encoding="utf-8")
    proc = subprocess.Popen(
        [*FEEDBACKLINT, "check", "--jobs", "2", str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its own process group, like a shell job
    )
    _wait_for(lambda: len(_children(proc.pid)) >= 2 or proc.poll() is not None)
    assert proc.poll() is None, "finished before it could be interrupted"
    workers = _children(proc.pid)
    time.sleep(1.0)
    if to_group:  # what a terminal does: every process in the foreground group gets SIGINT
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    _assert_clean_interrupt(proc)
    _wait_for(lambda: not any(_alive(w) for w in workers), timeout=30)
