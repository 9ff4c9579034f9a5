"""Cold start: whole processes, several repetitions, min and median.

    python benchmarks/cold_start.py [--repeat 7] [--model auto]

1. ``feedbacklint check`` on one sentence vs the floor: a ``python -c`` that
   imports spaCy, loads the same pipeline through feedbacklint's loader (the
   ``feedbacklint`` package itself is stubbed, so neither the linter, pydantic
   nor click is imported) and parses the sentence. Target: <= 1.3x the floor.
2. ``feedbacklint --help``, ``--version`` and ``rules``: must not import spaCy;
   target <= 0.25 s. ``python -c pass`` and ``import click`` are printed as floors.

Commands are interleaved round-robin so changing machine load hits all alike.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import common

CHECK_TARGET = 1.3
CLI_TARGET = 0.25

_PKG_DIR = str(common.REPO / "src" / "feedbacklint")

FLOOR_CODE = f"""
import sys, types
import spacy
# Import feedbacklint's pipeline loader without running feedbacklint/__init__.py.
pkg = types.ModuleType("feedbacklint")
pkg.__path__ = [{_PKG_DIR!r}]
sys.modules["feedbacklint"] = pkg
from feedbacklint.nlp.loader import load_pipeline
nlp = load_pipeline(sys.argv[1])
doc = nlp(sys.argv[2])
assert len(doc) > 0
"""

NO_SPACY_CODE = """
import sys
from feedbacklint.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="feedbacklint")
except SystemExit:
    pass
print("spacy" in sys.modules)
"""


def _round_robin(cmds: dict[str, list[str]], repeat: int, stdin: dict[str, bytes] | None = None) -> dict[str, common.Timing]:
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(repeat):
        for name, cmd in cmds.items():
            dt, res = common.run_process(cmd, stdin=(stdin or {}).get(name))
            if res.returncode not in (0, 1):
                sys.exit(f"{name} failed ({res.returncode}): {res.stderr.decode(errors='replace')[-2000:]}")
            times[name].append(dt)
    return {k: common.Timing(v) for k, v in times.items()}


def imports_spacy(args: list[str]) -> bool:
    out = subprocess.run([common.PYTHON, "-c", NO_SPACY_CODE, *args], capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1:] == ["True"]


def run(repeat: int = 7, model: str = "auto", cli_only: bool = False) -> dict:
    if cli_only:
        return {"cli": cli_commands(repeat)}
    with tempfile.TemporaryDirectory() as tmp:
        sentence_file = Path(tmp) / "one.txt"
        sentence_file.write_text(common.SENTENCE + "\n", encoding="utf-8")
        check_cmd = [common.FEEDBACKLINT, "check", str(sentence_file)]
        if model != "auto":
            check_cmd += ["--model", model]
        cmds = {
            "floor": [common.PYTHON, "-c", FLOOR_CODE, model, common.SENTENCE],
            "check": check_cmd,
        }
        common.header(f"cold start: one sentence, whole process ({repeat} runs each)")
        print(f"pipeline: {common.pipeline_description(model)}")
        t = _round_robin(cmds, repeat)
    floor, check = t["floor"], t["check"]
    print(f"floor (import spaCy + load pipeline + parse): min {floor.min:.2f} s  median {floor.median:.2f} s")
    print(f"feedbacklint check one.txt                  : min {check.min:.2f} s  median {check.median:.2f} s")
    ratio_min = check.min / floor.min
    ratio_med = check.median / floor.median
    verdict = "meets" if ratio_min <= CHECK_TARGET else "MISSES"
    print(f"check / floor = {ratio_min:.2f} (min), {ratio_med:.2f} (median)  ({verdict} target <= {CHECK_TARGET})")

    return {
        "floor_min": floor.min,
        "floor_median": floor.median,
        "check_min": check.min,
        "check_median": check.median,
        "ratio_min": ratio_min,
        "ratio_median": ratio_med,
        "meets": ratio_min <= CHECK_TARGET,
        "cli": cli_commands(repeat),
        "spread": statistics.pstdev(check.runs) if len(check.runs) > 1 else 0.0,
    }


def cli_commands(repeat: int) -> dict[str, dict]:
    cli_cmds = {
        "python -c pass": [common.PYTHON, "-c", "pass"],
        "import click": [common.PYTHON, "-c", "import click"],
        "--help": [common.FEEDBACKLINT, "--help"],
        "--version": [common.FEEDBACKLINT, "--version"],
        "rules": [common.FEEDBACKLINT, "rules"],
    }
    common.header(f"CLI without linting ({repeat} runs each)")
    ct = _round_robin(cli_cmds, repeat)
    cli: dict[str, dict] = {}
    for name, timing in ct.items():
        line = f"{name:<15}: min {timing.min:.3f} s  median {timing.median:.3f} s"
        if name not in ("python -c pass", "import click"):
            spacy_loaded = imports_spacy([name])
            ok = timing.min <= CLI_TARGET and not spacy_loaded
            line += f"  spaCy imported: {'YES' if spacy_loaded else 'no'}  ({'meets' if ok else 'MISSES'} target <= {CLI_TARGET} s)"
            cli[name] = {"min": timing.min, "median": timing.median, "imports_spacy": spacy_loaded, "meets": ok}
        else:
            cli[name] = {"min": timing.min, "median": timing.median}
        print(line)
    return cli


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--model", default="auto")
    ap.add_argument("--cli-only", action="store_true", help="only --help/--version/rules (seconds, not minutes)")
    a = ap.parse_args()
    run(a.repeat, a.model, a.cli_only)


if __name__ == "__main__":
    main()
