"""Many files: ``feedbacklint check --jobs N`` over a folder vs ``--jobs 1``.

    python benchmarks/many_files.py [--files 2000] [--jobs N] [--corpus PATH]

Writes the corpus texts cycled into FILES small .txt files, runs the CLI with
``--jobs 1``, ``--jobs N`` (default: CPU count) and without ``--jobs`` (the
default), and checks that stdout and the exit code are byte-identical.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
from pathlib import Path

import common


def run(corpus: Path, n_files: int, jobs: int | None = None, model: str = "auto") -> dict:
    from feedbacklint.parallel import default_jobs

    jobs = jobs or default_jobs()
    texts = common.cycle(common.load_corpus(corpus), n_files)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "notes"
        for i, t in enumerate(texts):
            sub = folder / f"team{i % 20:02d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"note{i:05d}.txt").write_text(t + "\n", encoding="utf-8")
        base = [common.FEEDBACKLINT, "check", str(folder)] + (["--model", model] if model != "auto" else [])
        variants = {"--jobs 1": base + ["--jobs", "1"], f"--jobs {jobs}": base + ["--jobs", str(jobs)], "(default)": base}
        common.header(f"many files: {n_files} files in one folder, whole process")
        print(f"pipeline: {common.pipeline_description(model)}; CPUs available: {default_jobs()} (os.cpu_count {os.cpu_count()})")
        results = {}
        for name, cmd in variants.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            dt, res = common.run_process(cmd)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)  # includes the workers the CLI waited for
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            if res.returncode not in (0, 1):
                raise SystemExit(f"{name} failed ({res.returncode}): {res.stderr.decode(errors='replace')[-2000:]}")
            results[name] = (dt, res)
            print(f"check {name:<10}: {dt:7.2f} s wall  {cpu:7.2f} s CPU ({cpu / dt:.2f} cores busy)  "
                  f"{common.fmt_rate(n_files / dt):>6} files/s  exit {res.returncode}", flush=True)
    serial_dt, serial = results["--jobs 1"]
    identical = all(r.stdout == serial.stdout and r.returncode == serial.returncode for _, r in results.values())
    par_dt = results[f"--jobs {jobs}"][0]
    print(f"speed-up --jobs {jobs} vs --jobs 1: {serial_dt / par_dt:.2f}x; output identical: {'yes' if identical else 'NO'}")
    print(f"(load average now {common.load_average()}: a speed-up needs idle cores)")
    return {"files": n_files, "jobs": jobs, "serial_s": serial_dt, "parallel_s": par_dt,
            "default_s": results["(default)"][0], "speedup": serial_dt / par_dt, "identical": identical}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--corpus", type=Path, default=common.DEFAULT_CORPUS)
    ap.add_argument("--model", default="auto")
    a = ap.parse_args()
    run(a.corpus, a.files, a.jobs, a.model)


if __name__ == "__main__":
    main()
