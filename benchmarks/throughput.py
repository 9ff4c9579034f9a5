"""Throughput: ``Linter.lint_many`` vs the bare pipeline (``nlp.pipe``, no rules) on the same texts.

    python benchmarks/throughput.py [--texts 10000] [--corpus PATH] [--model auto] [--repeat 1]

Both are measured in the same process on the same warm pipeline, alternating,
so machine load hits both alike. Target: linting >= 50% of bare throughput.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import common

TARGET = 0.5


def run(corpus: Path, n_texts: int, model: str = "auto", repeat: int = 1) -> dict:
    from feedbacklint import Linter

    texts = common.cycle(common.load_corpus(corpus), n_texts)
    n_words = common.words(texts)
    linter = Linter(model=model)
    nlp = linter.nlp
    linter.lint_many(texts[:50])  # warm up: lazy lookups, matchers, check modules
    list(nlp.pipe(texts[:50]))

    bare, lint = [], []
    for _ in range(repeat):  # alternate so a burst of load hits both
        bare.append(common.timed(lambda: list(nlp.pipe(texts, batch_size=64))))
        lint.append(common.timed(lambda: linter.lint_many(texts, batch_size=64)))
    tb, tl = min(bare), min(lint)
    ratio = tb / tl
    common.header(f"throughput: {n_texts} texts, {n_words} words (best of {repeat})")
    print(f"pipeline: {common.pipeline_description(model)}")
    print(f"bare nlp.pipe : {tb:7.2f} s  {common.fmt_rate(n_texts / tb):>8} texts/s  {common.fmt_rate(n_words / tb):>9} words/s")
    print(f"lint_many     : {tl:7.2f} s  {common.fmt_rate(n_texts / tl):>8} texts/s  {common.fmt_rate(n_words / tl):>9} words/s")
    verdict = "meets" if ratio >= TARGET else "MISSES"
    print(f"lint / bare throughput = {ratio:.2f} ({verdict} target >= {TARGET:.2f})")
    return {
        "texts": n_texts,
        "words": n_words,
        "bare_s": tb,
        "lint_s": tl,
        "bare_texts_per_s": n_texts / tb,
        "lint_texts_per_s": n_texts / tl,
        "bare_words_per_s": n_words / tb,
        "lint_words_per_s": n_words / tl,
        "ratio": ratio,
        "meets": ratio >= TARGET,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=int, default=10_000)
    ap.add_argument("--corpus", type=Path, default=common.DEFAULT_CORPUS)
    ap.add_argument("--model", default="auto")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    run(a.corpus, a.texts, a.model, a.repeat)


if __name__ == "__main__":
    main()
