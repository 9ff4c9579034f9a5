"""Load time and throughput of feedbacklint's Danish pipeline on one core.

    .venv/bin/python benchmarks/pipeline_speed.py [--model PATH|auto|bundled] [--words 30000]

Prints: time of `import spacy`, load time beyond it, time of the first document
(includes the lazily loaded lemma lookup table), and words/s of `nlp.pipe`
over feedback-style text (held-out in-domain sentences + DDT test sentences,
repeated). Threads are pinned to 1 (set before numpy is imported).
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


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "src" / "feedbacklint" / "nlp" / "model"))
    ap.add_argument("--words", type=int, default=30000)
    ap.add_argument("--write-meta", action="store_true", help="record the figures in the bundled model's meta.json")
    args = ap.parse_args(argv)

    c0, t0 = time.process_time(), time.perf_counter()
    import spacy  # noqa: F401

    t_spacy = time.perf_counter() - t0
    c_spacy = time.process_time() - c0
    c1, t1 = time.process_time(), time.perf_counter()
    if args.model in ("auto", "bundled", "blank") or not Path(args.model).exists():
        from feedbacklint.nlp import load_pipeline

        nlp = load_pipeline(args.model)
    else:
        import feedbacklint.nlp.components  # noqa: F401

        nlp = spacy.load(args.model)
    t_load = time.perf_counter() - t1
    c_load = time.process_time() - c1
    c2, t2 = time.process_time(), time.perf_counter()
    nlp("Send rapporten inden fredag, Peter. Årsrapporterne blev godkendt.")
    t_first = time.perf_counter() - t2
    c_first = time.process_time() - c2

    paras = sample_texts()
    docs_in, n_words = [], 0
    while n_words < args.words:
        for p in paras:
            docs_in.append(p)
            n_words += len(p.split())
            if n_words >= args.words:
                break
    c3, t3 = time.process_time(), time.perf_counter()
    n_tok = sum(len(d) for d in nlp.pipe(docs_in, batch_size=64))
    dt = time.perf_counter() - t3
    ct = time.process_time() - c3
    print(f"pipeline: {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')} {nlp.pipe_names}")
    print("                         wall      cpu (process time; robust when the machine is busy)")
    print(f"import spacy:            {t_spacy:.3f} s   {c_spacy:.3f} s")
    print(f"load (beyond spacy):     {t_load:.3f} s   {c_load:.3f} s")
    print(f"first doc (lazy tables): {t_first:.3f} s   {c_first:.3f} s")
    print(f"nlp.pipe: {n_words} words / {n_tok} tokens, 1 thread")
    print(f"  wall: {dt:.2f} s = {n_words / dt:,.0f} words/s ({n_tok / dt:,.0f} tokens/s)")
    print(f"  cpu:  {ct:.2f} s = {n_words / ct:,.0f} words/s ({n_tok / ct:,.0f} tokens/s)")
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if args.write_meta:
        import json

        path = REPO / "src" / "feedbacklint" / "nlp" / "model" / "meta.json"
        meta = json.loads(path.read_text(encoding="utf8"))
        meta["feedbacklint_speed"] = {
            "command": ".venv/bin/python benchmarks/pipeline_speed.py --write-meta",
            "machine": f"{os.cpu_count()} cores, 1 thread used, load average {os.getloadavg()[0]:.1f}",
            "load_beyond_import_spacy_s": round(c_load, 3),
            "words_per_s_one_core": round(n_words / ct),
        }
        path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf8")
        print(f"wrote the figures to {path}")


if __name__ == "__main__":
    main()
