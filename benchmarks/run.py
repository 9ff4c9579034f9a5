"""Run all feedbacklint benchmarks and print a summary with the ratios to the targets.

    python benchmarks/run.py            # full: 10,000 texts, up to 10 MB, 2,000 files (~15-30 min on 2 busy cores)
    python benchmarks/run.py --quick    # smaller sizes, a few minutes
    python benchmarks/run.py --only throughput,cold_start --corpus ../shared/data/feedback-dev.jsonl

Sections: throughput, cold_start, scaling, many_files. The pipeline is
whatever ``model="auto"`` resolves to (printed), unless --model is given.
Figures are only comparable on the same machine under similar load: the
machine facts and the load average are printed first and last.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import common

SECTIONS = ("throughput", "cold_start", "scaling", "many_files")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller inputs and fewer repetitions")
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections to run")
    ap.add_argument("--corpus", type=Path, default=common.DEFAULT_CORPUS)
    ap.add_argument("--model", default="auto")
    ap.add_argument("--json", type=Path, help="also write all figures to this JSON file")
    a = ap.parse_args()
    only = [s.strip() for s in a.only.split(",") if s.strip()]
    unknown = set(only) - set(SECTIONS)
    if unknown:
        sys.exit(f"unknown section(s): {', '.join(sorted(unknown))}; known: {', '.join(SECTIONS)}")

    info = common.machine()
    print("feedbacklint benchmarks" + (" (--quick)" if a.quick else ""))
    print("command: " + " ".join([Path(sys.executable).name, *sys.argv]))
    for k, v in info.items():
        print(f"  {k}: {v}")
    print(f"  pipeline: {common.pipeline_description(a.model)}")
    started = time.time()
    out: dict = {"machine": info, "quick": a.quick}

    if "throughput" in only:
        import throughput

        # best of 3, alternating: the machine drifts by 10-20 % between single runs
        out["throughput"] = throughput.run(a.corpus, 1_000 if a.quick else 10_000, a.model, repeat=3)
    if "cold_start" in only:
        import cold_start

        out["cold_start"] = cold_start.run(3 if a.quick else 7, a.model)
    if "scaling" in only:
        import scaling

        sizes = ["1K", "100K", "1M"] if a.quick else ["1K", "100K", "1M", "10M"]
        out["scaling"] = scaling.run(sizes, a.corpus, a.model)
    if "many_files" in only:
        import many_files

        out["many_files"] = many_files.run(a.corpus, 300 if a.quick else 2_000, None, a.model)

    common.header("summary")
    print(f"load average at end: {common.load_average()}; took {time.time() - started:.0f} s")
    if "throughput" in out:
        t = out["throughput"]
        print(f"throughput     lint/bare = {t['ratio']:.2f}  (target >= 0.50)  {'OK' if t['meets'] else 'MISS'}")
    if "cold_start" in out:
        c = out["cold_start"]
        print(f"cold start     check/floor = {c['ratio_min']:.2f} min, {c['ratio_median']:.2f} median  (target <= 1.3)  {'OK' if c['meets'] else 'MISS'}")
        for name, r in c["cli"].items():
            if "meets" in r:
                print(f"{name:<14} {r['min']:.3f} s min, spaCy {'imported' if r['imports_spacy'] else 'not imported'}  (target <= 0.25 s)  {'OK' if r['meets'] else 'MISS'}")
    if "scaling" in out:
        rows = out["scaling"]
        print("scaling        ms/KB " + ", ".join(f"{r['label']} {r['ms_per_kb']:.2f}" for r in rows)
              + f"; peak RSS {rows[-1]['label']} {rows[-1]['rss_peak_mb']:.0f} MB (target < 500 MB at 10M)")
    if "many_files" in out:
        m = out["many_files"]
        print(f"many files     {m['files']} files: --jobs 1 {m['serial_s']:.1f} s, --jobs {m['jobs']} {m['parallel_s']:.1f} s "
              f"({m['speedup']:.2f}x), identical output: {'yes' if m['identical'] else 'NO'}")
    if a.json:
        a.json.write_text(json.dumps(out, indent=2, default=str), encoding="utf-8")
        print(f"figures written to {a.json}")


if __name__ == "__main__":
    main()
