"""Load time and throughput of feedbacklint's Danish pipeline on one core.

    .venv/bin/python benchmarks/pipeline_speed.py [--model PATH|auto|bundled] [--words 30000] [--repeat 5]

Prints: time of `import spacy`, load time beyond it, time of the first document
(includes the lazily loaded lemma lookup table), and words/s of `nlp.pipe`
over feedback-style text (held-out in-domain sentences + DDT test sentences,
repeated). Threads are pinned to 1 (set before numpy is imported).

A shared machine's speed drifts by 10-20 % from run to run, so the load time is
also measured in --repeat fresh processes (median and best), and throughput is
given for the first, cold pass (every word new to the vocabulary) and as the
median and best of --repeat further passes (steady state, as in a long-running
service or a batch of files).
"""
from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "training"))


def sample_texts():
    texts = []
    try:
        import conllu

        for name in ("test",):
            texts += [s.text for s in conllu.feedback(name)]
        try:
            texts += [s.text for s in conllu.ddt("test")]
        except OSError:
            pass
    except Exception:  # pragma: no cover - training/ not shipped
        pass
    if not texts:
        texts = ["Du er for stille på møderne.", "Send rapporten inden fredag.",
                 "Flot rapport, men den kom for sent.", "Hvorfor svarede du ikke på min mail?"]
    # paragraphs of ~5 sentences, like real notes
    return [" ".join(texts[i:i + 5]) for i in range(0, len(texts), 5)]


LOAD_SNIPPET = """
import os, sys, time
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"
sys.path.insert(0, {src!r})
import spacy
c = time.process_time()
from feedbacklint.nlp import load_pipeline
load_pipeline({model!r})
print(time.process_time() - c)
"""


def _load_in_fresh_process(model: str) -> float:
    import subprocess

    spec = "bundled" if model == str(REPO / "src" / "feedbacklint" / "nlp" / "model") else model
    code = LOAD_SNIPPET.format(src=str(REPO / "src"), model=spec)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "src" / "feedbacklint" / "nlp" / "model"))
    ap.add_argument("--words", type=int, default=30000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--write-meta", action="store_true", help="record the figures in the bundled model's meta.json")
    args = ap.parse_args(argv)

    c0 = time.process_time()
    import spacy  # noqa: F401

    c_spacy = time.process_time() - c0
    c1 = time.process_time()
    if args.model in ("auto", "bundled", "blank") or not Path(args.model).exists():
        from feedbacklint.nlp import load_pipeline

        nlp = load_pipeline(args.model)
    else:
        import feedbacklint.nlp.components  # noqa: F401

        nlp = spacy.load(args.model)
    c_load = time.process_time() - c1
    c2 = time.process_time()
    nlp("Send rapporten inden fredag, Peter. Årsrapporterne blev godkendt.")
    c_first = time.process_time() - c2

    paras = sample_texts()
    docs_in, n_words = [], 0
    while n_words < args.words:
        for p in paras:
            docs_in.append(p)
            n_words += len(p.split())
            if n_words >= args.words:
                break
    passes = []
    for _ in range(1 + args.repeat):
        c3 = time.process_time()
        n_tok = sum(len(d) for d in nlp.pipe(docs_in, batch_size=64))
        passes.append(time.process_time() - c3)
    cold, warm = passes[0], sorted(passes[1:])
    median = warm[len(warm) // 2]
    loads = sorted(_load_in_fresh_process(args.model) for _ in range(args.repeat))
    print(f"pipeline: {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')} {nlp.pipe_names}")
    print("CPU process time (robust when the machine is busy)")
    print(f"import spacy:            {c_spacy:.3f} s")
    print(f"load (beyond spacy):     {c_load:.3f} s here; {args.repeat} fresh processes: "
          f"median {loads[len(loads) // 2]:.3f} s, best {loads[0]:.3f} s")
    print(f"first doc (lazy tables): {c_first:.3f} s")
    print(f"nlp.pipe: {n_words} words / {n_tok} tokens, 1 thread, batches of 64")
    print(f"  cold pass:               {n_words / cold:,.0f} words/s")
    print(f"  warm, median of {args.repeat}:      {n_words / median:,.0f} words/s ({n_tok / median:,.0f} tokens/s)")
    print(f"  warm, best of {args.repeat}:        {n_words / warm[0]:,.0f} words/s")
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if args.write_meta:
        import json

        path = REPO / "src" / "feedbacklint" / "nlp" / "model" / "meta.json"
        meta = json.loads(path.read_text(encoding="utf8"))
        meta["feedbacklint_speed"] = {
            "command": ".venv/bin/python benchmarks/pipeline_speed.py --write-meta",
            "machine": f"{os.cpu_count()} cores, 1 thread used, load average {os.getloadavg()[0]:.1f}",
            "load_beyond_import_spacy_s_median": round(loads[len(loads) // 2], 3),
            "words_per_s_one_core_cold": round(n_words / cold),
            "words_per_s_one_core_warm_median": round(n_words / median),
        }
        path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf8")
        print(f"wrote the figures to {path}")


if __name__ == "__main__":
    main()
