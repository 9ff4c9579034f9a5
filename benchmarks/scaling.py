"""Scaling: one document of 1 KB, 100 KB, 1 MB, 10 MB; time per KB and peak memory.

    python benchmarks/scaling.py [--sizes 1K,100K,1M,10M] [--corpus PATH] [--model auto]

Each size runs in a fresh process (so peak RSS is that size's own): build the
document (corpus texts as paragraphs), load the Linter, warm it up, then time
``Linter.lint`` on the document and read ``ru_maxrss``. Targets: time per KB
flat across sizes (linear cost); peak RSS at 10 MB < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import common

RSS_TARGET_MB = 500
FLAT_TOLERANCE = 1.5  # largest ms/KB may be at most this times the 100 KB figure


def parse_size(s: str) -> int:
    units = {"K": 1_000, "M": 1_000_000}
    s = s.strip().upper()
    return int(float(s[:-1]) * units[s[-1]]) if s[-1] in units else int(s)


def child(size: int, corpus: Path, model: str) -> None:
    """Runs in its own process; prints one JSON line."""
    text = common.document(common.load_corpus(corpus), size)
    from feedbacklint import Linter

    linter = Linter(model=model)
    linter.lint(common.SENTENCE)  # load pipeline, matchers, lookups
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # Linux: KiB -> MB
    t = time.perf_counter()
    report = linter.lint(text)
    dt = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6
    print(json.dumps({"bytes": len(text.encode("utf-8")), "chars": len(text), "seconds": dt,
                      "findings": len(report.findings), "rss_ready_mb": rss_before, "rss_peak_mb": rss}))


def run(sizes: list[str], corpus: Path, model: str = "auto") -> list[dict]:
    common.header("scaling: one document per size, fresh process each")
    print(f"pipeline: {common.pipeline_description(model)}")
    print(f"{'size':>6} {'chars':>10} {'seconds':>9} {'ms/KB':>7} {'findings':>9} {'RSS ready':>10} {'RSS peak':>9}")
    rows = []
    for label in sizes:
        out = subprocess.run(
            [common.PYTHON, __file__, "--child", str(parse_size(label)), "--corpus", str(corpus), "--model", model],
            capture_output=True, text=True,
        )
        if out.returncode != 0:
            sys.exit(f"size {label} failed: {out.stderr[-2000:]}")
        row = json.loads(out.stdout.strip().splitlines()[-1])
        row["label"] = label
        row["ms_per_kb"] = row["seconds"] * 1000 / (row["bytes"] / 1000)
        rows.append(row)
        print(f"{label:>6} {row['chars']:>10} {row['seconds']:>9.2f} {row['ms_per_kb']:>7.2f} {row['findings']:>9} "
              f"{row['rss_ready_mb']:>7.0f}MB {row['rss_peak_mb']:>6.0f}MB", flush=True)
    by = {r["label"].upper(): r for r in rows}
    ref = by.get("100K") or rows[0]
    worst = max(r["ms_per_kb"] for r in rows if r["bytes"] >= ref["bytes"])
    flat = worst <= FLAT_TOLERANCE * ref["ms_per_kb"]
    print(f"largest ms/KB vs 100 KB: {worst / ref['ms_per_kb']:.2f}x "
          f"({'meets' if flat else 'MISSES'}: flat within {FLAT_TOLERANCE}x; 1 KB includes fixed per-call cost)")
    big = max(rows, key=lambda r: r["bytes"])
    ok = big["rss_peak_mb"] < RSS_TARGET_MB
    print(f"peak RSS at {big['label']}: {big['rss_peak_mb']:.0f} MB ({'meets' if ok else 'MISSES'} target < {RSS_TARGET_MB} MB"
          f"{'' if big['bytes'] >= 10_000_000 else '; run without --quick for 10 MB'})")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1K,100K,1M,10M")
    ap.add_argument("--corpus", type=Path, default=common.DEFAULT_CORPUS)
    ap.add_argument("--model", default="auto")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child is not None:
        child(a.child, a.corpus, a.model)
    else:
        run(a.sizes.split(","), a.corpus, a.model)


if __name__ == "__main__":
    main()
