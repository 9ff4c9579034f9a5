"""Where linting time goes: pipeline vs matchers vs each rule's check and suggestion builder.

    python benchmarks/rule_costs.py [--texts 2000] [--corpus PATH] [--model auto]

Wraps every rule's check and builder with a timer, lints the texts once with
``lint_many`` and prints milliseconds per text for each, most expensive first.
Use it to find the rule that makes the throughput target slip.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

import common


def run(corpus: Path, n_texts: int, model: str = "auto") -> dict[str, float]:
    from feedbacklint import Linter

    texts = common.cycle(common.load_corpus(corpus), n_texts)
    linter = Linter(model=model)
    nlp = linter.nlp
    linter.lint_many(texts[:50])
    spent: dict[str, float] = defaultdict(float)

    def timed_check(rule_id, fn):
        def wrapper(ctx, rule, matches):
            t = time.perf_counter()
            hits = list(fn(ctx, rule, matches))  # checks are generators: time their whole run
            spent[f"{rule_id} check"] += time.perf_counter() - t
            return hits

        return wrapper

    def timed_builder(rule_id, fn):
        def wrapper(ctx, rule, hit):
            t = time.perf_counter()
            out = fn(ctx, rule, hit)
            spent[f"{rule_id} suggestions"] += time.perf_counter() - t
            return out

        return wrapper

    linter._checks = {rid: timed_check(rid, fn) for rid, fn in linter._checks.items()}
    linter._builders = {rid: timed_builder(rid, fn) for rid, fn in linter._builders.items()}
    matchers = linter.matchers
    real_run = matchers.run

    def timed_run(doc, sentences):
        t = time.perf_counter()
        out = real_run(doc, sentences)
        spent["matchers (all rules)"] += time.perf_counter() - t
        return out

    matchers.run = timed_run  # type: ignore[method-assign]

    bare = common.timed(lambda: list(nlp.pipe(texts, batch_size=64)))
    total = common.timed(lambda: linter.lint_many(texts, batch_size=64))
    accounted = sum(spent.values())
    common.header(f"rule costs: {n_texts} texts, ms per text")
    print(f"pipeline: {common.pipeline_description(model)}")
    print(f"{'bare nlp.pipe':<28} {bare * 1000 / n_texts:8.3f}")
    print(f"{'lint_many total':<28} {total * 1000 / n_texts:8.3f}")
    print(f"{'  engine + pipeline (rest)':<28} {(total - accounted) * 1000 / n_texts:8.3f}")
    for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<26} {secs * 1000 / n_texts:8.3f}")
    return {"bare": bare / n_texts, "total": total / n_texts, **{k: v / n_texts for k, v in spent.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, default=common.DEFAULT_CORPUS)
    ap.add_argument("--model", default="auto")
    a = ap.parse_args()
    run(a.corpus, a.texts, a.model)


if __name__ == "__main__":
    main()
