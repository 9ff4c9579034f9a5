"""Shared helpers for the benchmarks: corpus, timing, subprocesses, machine facts.

Benchmarks print figures; they are run by hand, never by pytest.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "feedback-dev.jsonl"
PYTHON = sys.executable
# The console script installed next to this interpreter (what a user runs).
FEEDBACKLINT = str(Path(sys.executable).with_name("feedbacklint"))
SENTENCE = "Du kommer altid for sent til vores mandagsmøder."


def load_corpus(path: Path = DEFAULT_CORPUS) -> list[str]:
    """The texts of a JSONL corpus (one object with a "text" field per line)."""
    if not path.is_file():
        sys.exit(f"corpus not found: {path} (pass --corpus)")
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            text = json.loads(line).get("text", "")
            if text.strip():
                texts.append(text)
    if not texts:
        sys.exit(f"corpus has no texts: {path}")
    return texts


def cycle(texts: Sequence[str], n: int) -> list[str]:
    """``n`` texts, cycling the corpus."""
    return [texts[i % len(texts)] for i in range(n)]


def document(texts: Sequence[str], size_bytes: int) -> str:
    """One document of about ``size_bytes`` UTF-8 bytes: corpus texts as paragraphs."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size_bytes:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def words(texts: Sequence[str]) -> int:
    return sum(len(t.split()) for t in texts)


@dataclass
class Timing:
    runs: list[float]

    @property
    def min(self) -> float:
        return min(self.runs)

    @property
    def median(self) -> float:
        return statistics.median(self.runs)


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def run_process(cmd: Sequence[str], stdin: bytes | None = None, env: dict | None = None) -> tuple[float, subprocess.CompletedProcess]:
    """Wall time of a whole process, and its result."""
    t = time.perf_counter()
    res = subprocess.run(list(cmd), input=stdin, capture_output=True, env=env)
    return time.perf_counter() - t, res


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
        return f"{one:.2f} {five:.2f} {fifteen:.2f}"
    except OSError:
        return "n/a"


def machine() -> dict[str, str]:
    """Facts needed to compare figures between machines."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
                break
    except OSError:
        pass
    try:
        import spacy

        spacy_version = spacy.__version__
    except ImportError:
        spacy_version = "not installed"
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "python": platform.python_version(),
        "spacy": spacy_version,
        "platform": platform.platform(),
        "load average (1/5/15 min)": load_average(),
    }


def pipeline_description(model: str = "auto") -> str:
    """Which pipeline ``model`` resolves to, e.g. "bundled: .../nlp/model"."""
    from feedbacklint.nlp.loader import pipeline_info

    p = pipeline_info(model)
    return f"{p.name} {p.version} ({p.source}; {', '.join(p.components)})"


def fmt_rate(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ")


def header(title: str) -> None:
    print(f"\n== {title} ==", flush=True)
