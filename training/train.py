"""Reproducible training of feedbacklint's bundled Danish pipeline.

Usage (from the repository root):

    .venv/bin/python training/train.py final          # corpus + train + assemble -> src/feedbacklint/nlp/model
    .venv/bin/python training/train.py cv             # the two cross-validation models used by evaluate.py
    .venv/bin/python training/train.py base           # DDT-dev-only model for the ablation rows of evaluate.py
    .venv/bin/python training/train.py run NAME --train ddt-dev,fb-train --dev ddt-test [--steps N]

Data: ../shared/data/ud-danish-ddt/da_ddt-ud-{dev,test}.conllu (read in place,
never copied) + training/feedback-ud/train.conllu (in-domain, up-weighted by
repetition).  training/feedback-ud/test.conllu is held out and never trained on.

Everything generated goes to training/corpus/ and training/output/ (gitignored).
Seeds are fixed (config [system] seed = 42); training uses at most 2 threads.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))

import conllu  # noqa: E402

CORPUS = HERE / "corpus"
OUTPUT = HERE / "output"
MODEL_DIR = REPO / "src" / "feedbacklint" / "nlp" / "model"
FB_REPEAT = 4  # up-weighting of in-domain sentences
# in-domain training files: template-generated (build.py) + free-written, hand-annotated
FB_TRAIN = ["fb-train"] + [f"fb-train-free-{i}" for i in range(1, 6)]

THREAD_ENV = {"OMP_NUM_THREADS": "2", "OPENBLAS_NUM_THREADS": "2", "MKL_NUM_THREADS": "2"}


def load_set(name: str):
    src, split = name.split("-", 1)
    if src == "ddt":
        return conllu.ddt(split)
    if src == "fb":
        return conllu.feedback(split)
    raise ValueError(name)


def check_feedback() -> None:
    bad = 0
    splits = [name.split("-", 1)[1] for name in FB_TRAIN] + ["test", "test-free"]
    for split in splits:
        if split == "test-free" and not (conllu.FEEDBACK_DIR / "test-free.conllu").exists():
            continue
        for s in conllu.feedback(split):
            errs = conllu.validate(s)
            if errs:
                bad += 1
                print(f"INVALID {split} {s.sent_id}: {s.text}\n   {errs}")
    # a held-out sentence that also occurs in a training file would inflate the held-out scores
    trained = {s.text for name in FB_TRAIN for s in load_set(name)}
    for split in ("test", "test-free"):
        if not (conllu.FEEDBACK_DIR / f"{split}.conllu").exists():
            continue
        for s in conllu.feedback(split):
            if s.text in trained:
                bad += 1
                print(f"LEAK {split} {s.sent_id} also in training: {s.text}")
    if bad:
        raise SystemExit(f"{bad} invalid or leaked in-domain sentences")


def make_corpus(name: str, train_sets, dev_sets, fb_repeat: int = FB_REPEAT):
    import spacy

    nlp = spacy.blank("da")
    CORPUS.mkdir(exist_ok=True)
    train_db = None
    from spacy.tokens import DocBin

    train_db = DocBin(store_user_data=False)
    n_tok = 0
    for ts in train_sets:
        sents = load_set(ts)
        rep = fb_repeat if ts.startswith("fb-") else 1
        db = conllu.to_docbin(nlp.vocab, sents, n_sents=10 if ts.startswith("ddt") else 5, repeat=rep)
        train_db.merge(db)
        n_tok += rep * sum(len(s.toks) for s in sents)
    dev_db = DocBin(store_user_data=False)
    for ds in dev_sets:
        dev_db.merge(conllu.to_docbin(nlp.vocab, load_set(ds), n_sents=10))
    train_db.to_disk(CORPUS / f"{name}-train.spacy")
    dev_db.to_disk(CORPUS / f"{name}-dev.spacy")
    print(f"[corpus] {name}: train={train_sets} (~{n_tok} tokens incl. repeats) dev={dev_sets}")


def train(name: str, steps: int, width: int = 128, config: Path = HERE / "config.cfg", last: bool = False,
          overrides=()) -> Path:
    out = OUTPUT / name
    if out.exists():
        shutil.rmtree(out)
    env = dict(os.environ, **THREAD_ENV)
    cmd = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(out),
           "--paths.train", str(CORPUS / f"{name}-train.spacy"),
           "--paths.dev", str(CORPUS / f"{name}-dev.spacy"),
           "--training.max_steps", str(steps), "--vars.width", str(width)]
    for ov in overrides:  # "section.key=value" -> --section.key value (experiments only)
        key, value = ov.split("=", 1)
        cmd += ["--" + key, value]
    if last:  # no early stopping; keep the final weights (dev set is part of the training data)
        cmd += ["--training.patience", "0"]
    print("[train]", " ".join(cmd), flush=True)
    t0 = time.time()
    subprocess.run(cmd, check=True, env=env)
    print(f"[train] {name} done in {time.time() - t0:.0f} s", flush=True)
    return out / ("model-last" if last else "model-best")


def build_lemma_table(train_sets) -> dict:
    """form(lower) + '\t' + UPOS -> most frequent gold lemma (lowercased) in training data."""
    counts = defaultdict(Counter)
    for ts in train_sets:
        for s in load_set(ts):
            for t in s.toks:
                counts[t.form.lower() + "\t" + t.upos][t.lemma] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items()}


def assemble(trained: Path, out: Path, train_sets, name: str = "feedbacklint_da") -> None:
    import spacy
    import feedbacklint.nlp.components  # noqa: F401  (registers factories)

    nlp = spacy.load(trained)
    table = build_lemma_table(train_sets)
    # order: tok2vec, morphologizer, segmenter, lexicon, parser, lemmatizer
    # (the lexicon needs sentence starts for imperatives; the parser respects both)
    nlp.add_pipe("feedbacklint_segmenter", before="parser")
    nlp.add_pipe("feedbacklint_lexicon", after="feedbacklint_segmenter")
    lem = nlp.add_pipe("feedbacklint_lemmatizer", last=True)
    lem.set_table(table)
    nlp.meta["name"] = "feedbacklint_sm"
    nlp.meta["lang"] = "da"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["license"] = "CC BY-SA 4.0"
    nlp.meta["author"] = "feedbacklint project"
    nlp.meta["description"] = (
        "Small Danish pipeline for feedbacklint: tok2vec + morphologizer + parser trained on "
        "UD Danish-DDT (dev+test) and the project's own feedback-style UD annotations, plus a "
        "rule-based segmenter, a deterministic lexicon layer and a hybrid lemmatizer.")
    nlp.meta["sources"] = [
        {"name": "UD Danish-DDT", "url": "https://universaldependencies.org/treebanks/da_ddt/",
         "license": "CC BY-SA 4.0",
         "author": "Anders Johannsen, Héctor Martínez Alonso, Barbara Plank; DDT by Matthias Buch-Kromann"},
        {"name": "feedbacklint feedback-ud", "license": "CC BY-SA 4.0", "author": "feedbacklint project"},
    ]
    nlp.meta["training_sets"] = list(train_sets)
    # spaCy's "performance" is the score on the (trained-on) dev corpus: misleading here.
    # evaluate.py --write-meta and benchmarks/pipeline_speed.py --write-meta add the real figures.
    nlp.meta.pop("performance", None)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    # the saved tokenizer file holds the Danish rules: don't build them twice at load time
    cfg = spacy.util.load_config(out / "config.cfg")
    cfg["nlp"]["tokenizer"] = {"@tokenizers": "feedbacklint.SavedTokenizer.v1"}
    cfg.to_disk(out / "config.cfg")
    shutil.copy(HERE / "MODEL_LICENSE", out / "LICENSE")
    print(f"[assemble] wrote {out}")


def run(name, train_sets, dev_sets, steps, width, out: Path = None, last: bool = False, overrides=()):
    make_corpus(name, train_sets, dev_sets)
    best = train(name, steps, width, last=last, overrides=overrides)
    target = out or (OUTPUT / name / "assembled")
    assemble(best, target, train_sets)
    return target


def main(argv=None):
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("final")
    f.add_argument("--steps", type=int, default=2000)
    f.add_argument("--width", type=int, default=64)
    c = sub.add_parser("cv")
    c.add_argument("--steps", type=int, default=2000)
    c.add_argument("--width", type=int, default=64)
    c.add_argument("--only", choices=["a", "b"], default=None)
    r = sub.add_parser("run")
    r.add_argument("name")
    r.add_argument("--train", required=True)
    r.add_argument("--dev", required=True)
    r.add_argument("--steps", type=int, default=2000)
    r.add_argument("--width", type=int, default=64)
    r.add_argument("--last", action="store_true", help="keep the last weights (no checkpoint selection)")
    r.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE",
                   help="extra config override for experiments")
    b = sub.add_parser("base", help="DDT-dev-only model (no in-domain data), for the ablation rows of evaluate.py")
    b.add_argument("--steps", type=int, default=2000)
    b.add_argument("--width", type=int, default=64)
    sub.add_parser("check")
    a = sub.add_parser("assemble")
    a.add_argument("name")
    a.add_argument("--train", required=True)
    a.add_argument("--last", action="store_true")
    a.add_argument("--out", default=None)
    args = ap.parse_args(argv)

    if args.cmd == "check":
        check_feedback()
        print("in-domain annotations valid")
        return
    check_feedback()
    t0 = time.time()
    if args.cmd == "final":
        # every gold sentence we may train on is in the training set, so there is no honest dev set:
        # train a fixed number of steps (same as the cross-validation runs) and keep the last weights
        run("final", ["ddt-dev", "ddt-test"] + FB_TRAIN, ["fb-train"], args.steps, args.width, MODEL_DIR, last=True)
    elif args.cmd == "cv":
        if args.only in (None, "a"):
            run("cv-a", ["ddt-dev"] + FB_TRAIN, ["ddt-test"], args.steps, args.width, last=True)
        if args.only in (None, "b"):
            run("cv-b", ["ddt-test"] + FB_TRAIN, ["ddt-dev"], args.steps, args.width, last=True)
    elif args.cmd == "base":
        run("base", ["ddt-dev"], ["ddt-test"], args.steps, args.width, last=True)
    elif args.cmd == "run":
        run(args.name, args.train.split(","), args.dev.split(","), args.steps, args.width,
            last=args.last, overrides=args.set)
    elif args.cmd == "assemble":
        ckpt = OUTPUT / args.name / ("model-last" if args.last else "model-best")
        out = Path(args.out) if args.out else OUTPUT / args.name / "assembled"
        assemble(ckpt, out, args.train.split(","))
    print(f"[total] {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
