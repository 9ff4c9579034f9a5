"""Print the evaluation tables of docs/pipeline.md.

    .venv/bin/python training/evaluate.py                 # all tables (needs `train.py final` and `train.py cv`)
    .venv/bin/python training/evaluate.py --model PATH --sets fb-test,ddt-test [--disable feedbacklint_lexicon]

Every gold sentence is processed as its own Doc with the gold tokenization
(words + SpaceAfter), through the whole pipeline (segmenter, morphologizer,
lexicon, parser, lemmatizer). Scores:

* UPOS, morph (all features of the token exactly right), lemma: % of tokens
* UAS/LAS: % of tokens, punctuation excluded (spaCy convention); LAS+p includes it
* ADJ-after-copula: gold ADJ tokens that have a gold ``cop`` dependent -> predicted ADJ
* Mood=Imp: gold imperative tokens -> predicted Mood=Imp
* Tense=Past: gold finite past verbs/auxiliaries -> predicted Tense=Past
* sentence F: boundary F1 on multi-sentence texts built from the gold sentences
  (short sentences joined by spaces; bullet items and headings joined by newlines)
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))

import conllu  # noqa: E402

MODEL_DIR = REPO / "src" / "feedbacklint" / "nlp" / "model"
OUTPUT = HERE / "output"


def load(path, disable=()):
    import spacy
    import feedbacklint.nlp.components  # noqa: F401

    return spacy.load(path, exclude=list(disable))


def run_pipeline(nlp, sents):
    from spacy.tokens import Doc

    docs = []
    for s in sents:
        doc = Doc(nlp.vocab, words=[t.form for t in s.toks], spaces=[t.space_after for t in s.toks])
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        docs.append(doc)
    return docs


def score_tagging(nlp, sents):
    docs = run_pipeline(nlp, sents)
    c = dict(tok=0, upos=0, morph=0, lemma=0, dep_n=0, uas=0, las=0, lasp=0,
             cop_n=0, cop=0, imp_n=0, imp=0, past_n=0, past=0)
    for s, doc in zip(sents, docs):
        for t, p in zip(s.toks, doc):
            c["tok"] += 1
            c["upos"] += t.upos == p.pos_
            gold_m = "" if t.feats == "_" else t.feats
            c["morph"] += gold_m == str(p.morph)
            c["lemma"] += t.lemma.lower() == p.lemma_.lower()
            p_head = p.head.i + 1 if p.head.i != p.i else 0
            p_dep = p.dep_.lower()
            if p_head == 0:
                p_dep = "root"
            las_ok = p_head == t.head and p_dep == t.deprel
            c["lasp"] += las_ok
            if t.upos != "PUNCT":
                c["dep_n"] += 1
                c["uas"] += p_head == t.head
                c["las"] += las_ok
            if t.upos == "ADJ" and any(u.head == t.id and u.deprel == "cop" for u in s.toks):
                c["cop_n"] += 1
                c["cop"] += p.pos_ == "ADJ"
            if "Mood=Imp" in t.feats:
                c["imp_n"] += 1
                c["imp"] += "Imp" in p.morph.get("Mood")
            if "Tense=Past" in t.feats and "VerbForm=Fin" in t.feats:
                c["past_n"] += 1
                c["past"] += "Past" in p.morph.get("Tense")
    pct = lambda a, b: 100.0 * c[a] / c[b] if c[b] else float("nan")  # noqa: E731
    return {
        "tokens": c["tok"], "UPOS": pct("upos", "tok"), "morph": pct("morph", "tok"),
        "lemma": pct("lemma", "tok"), "UAS": pct("uas", "dep_n"), "LAS": pct("las", "dep_n"),
        "LAS+p": pct("lasp", "tok"),
        "ADJ after cop": pct("cop", "cop_n"), "n_cop": c["cop_n"],
        "Mood=Imp": pct("imp", "imp_n"), "n_imp": c["imp_n"],
        "Tense=Past": pct("past", "past_n"), "n_past": c["past_n"],
    }


def build_texts(sents, group=5):
    """Join gold sentences into multi-sentence texts; return [(text, [gold start offsets])]."""
    texts = []
    for i in range(0, len(sents), group):
        chunk = sents[i:i + group]
        text, starts = "", []
        for s in chunk:
            st = s.text
            if text:
                prev_end = text.rstrip()[-1:]
                bullet = st[:1] in "-*•" or st[:2].rstrip(".").isdigit()
                sep = " " if prev_end in ".!?" and not bullet else "\n"
                text += sep
            starts.append(len(text))
            text += st
        texts.append((text, starts))
    return texts


NOTE_TEXTS = [
    ("Styrker:\n- Grundig analyse\n- God dialog med kunden\nUdviklingsområder:\n* Kom til tiden\n* Send referat efter mødet",
     ["Styrker:", "- Grundig analyse", "- God dialog med kunden", "Udviklingsområder:", "* Kom til tiden",
      "* Send referat efter mødet"]),
    ("1. Tjek tallene f.eks. i budgettet.\n2. Send rapporten senest d. 3/4 kl. 10.30.\n3. Book evt. et møde med Peter.",
     ["1. Tjek tallene f.eks. i budgettet.", "2. Send rapporten senest d. 3/4 kl. 10.30.",
      "3. Book evt. et møde med Peter."]),
    ("• Flot rapport, men den kom for sent.\n• Du er for stille på møderne 🙂\n• Hvorfor var du ikke med kl. 9?",
     ["• Flot rapport, men den kom for sent.", "• Du er for stille på møderne 🙂", "• Hvorfor var du ikke med kl. 9?"]),
    ("Godt gået med præsentationen! Du svarede bl.a. på alle spørgsmål. Næste gang kan du evt. starte kl. 10.",
     ["Godt gået med præsentationen!", "Du svarede bl.a. på alle spørgsmål.", "Næste gang kan du evt. starte kl. 10."]),
]


def note_texts():
    out = []
    for text, sents in NOTE_TEXTS:
        starts, pos = [], 0
        for s in sents:
            k = text.index(s, pos)
            starts.append(k)
            pos = k + len(s)
        out.append((text, starts))
    return out


def score_sents(nlp, texts):
    tp = fp = fn = 0
    for text, gold in texts:
        doc = nlp(text)
        pred = {s[0].idx for s in doc.sents if not s[0].is_space}
        pred = {p for p in pred if p != 0}
        g = {x for x in gold if x != 0}
        tp += len(pred & g)
        fp += len(pred - g)
        fn += len(g - pred)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"sent_P": p, "sent_R": r, "sent_F": 2 * p * r / (p + r) if p + r else 0.0, "boundaries": tp + fn}


def load_set(name):
    src, split = name.split("-", 1)
    return conllu.ddt(split) if src == "ddt" else conllu.feedback(split)


def fmt(row, keys):
    return "| " + " | ".join(f"{row[k]:.1f}" if isinstance(row[k], float) else str(row[k]) for k in keys) + " |"


def evaluate_model(path, sets, disable=(), label=None, lookup_only=False):
    nlp = load(path, disable)
    if lookup_only and "feedbacklint_lemmatizer" in nlp.pipe_names:
        lem = nlp.get_pipe("feedbacklint_lemmatizer")
        lem.table, lem.domain = {}, {}
    rows = []
    for name in sets:
        sents = load_set(name)
        r = score_tagging(nlp, sents)
        if name.startswith("fb-"):
            r.update(score_sents(nlp, build_texts(sents) + note_texts()))
        else:
            r.update(score_sents(nlp, build_texts(sents)))
        r["set"] = name
        r["model"] = label or str(path)
        rows.append(r)
    return rows


KEYS = ["model", "set", "tokens", "UPOS", "morph", "lemma", "UAS", "LAS", "LAS+p", "ADJ after cop",
        "Mood=Imp", "Tense=Past", "sent_F"]


def print_table(rows):
    print("| " + " | ".join(KEYS) + " |")
    print("|" + "---|" * len(KEYS))
    for r in rows:
        r = dict(r)
        r["sent_F"] = round(100 * r["sent_F"], 1)
        print(fmt(r, KEYS))


META_KEYS = ["tokens", "UPOS", "morph", "lemma", "UAS", "LAS", "ADJ after cop", "Mood=Imp", "Tense=Past", "sent_F"]


def write_meta(cv_rows, held_out_rows) -> None:
    """Put the honest figures in meta.json, where spaCy users look for a model's scores."""
    import json

    path = MODEL_DIR / "meta.json"
    meta = json.loads(path.read_text(encoding="utf8"))
    pick = lambda r: {k: round(r[k], 4) if isinstance(r[k], float) else r[k] for k in META_KEYS}  # noqa: E731
    ev = {"command": ".venv/bin/python training/evaluate.py --write-meta", "tokenization": "gold"}
    if len(cv_rows) == 2:
        ev["ddt_cross_validated"] = {
            "protocol": "fold a: train DDT dev + feedback-ud train, test DDT test; fold b: the reverse; mean",
            **{r["model"]: pick(r) for r in cv_rows},
            "mean": {k: round(sum(r[k] for r in cv_rows) / 2, 4) for k in META_KEYS},
        }
    ev["in_domain_held_out"] = {r["set"]: pick(r) for r in held_out_rows}
    meta["feedbacklint_evaluation"] = ev
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf8")
    print(f"\n(wrote the figures to {path})")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--sets", default="fb-test,ddt-test")
    ap.add_argument("--disable", default="")
    ap.add_argument("--label", default=None)
    ap.add_argument("--write-meta", action="store_true",
                    help="record the cross-validated and held-out figures in the bundled model's meta.json")
    args = ap.parse_args(argv)
    disable = [d for d in args.disable.split(",") if d]
    t0 = time.time()
    if args.model:
        rows = evaluate_model(args.model, args.sets.split(","), disable, args.label)
        print_table(rows)
    else:
        rows = []
        print("## Cross-validated on DDT (train on one DDT split + feedback-ud train, test on the other)\n")
        cv = []
        for name, test in (("cv-a", "ddt-test"), ("cv-b", "ddt-dev")):
            p = OUTPUT / name / "assembled"
            if p.exists():
                cv += evaluate_model(p, [test], label=name)
        if cv:
            mean = {k: sum(r[k] for r in cv) / len(cv) for k in cv[0] if isinstance(cv[0][k], (int, float))}
            mean.update(model="mean", set="ddt (cv)")
            print_table(cv + ([mean] if len(cv) > 1 else []))
        print("\n## Bundled model on the held-out in-domain sentences (training/feedback-ud/test.conllu: "
              "template-generated with held-out words; test-free.conllu: free-written, hand-annotated)\n")
        held_out = ["fb-test"] + (["fb-test-free"] if (conllu.FEEDBACK_DIR / "test-free.conllu").exists() else [])
        rows = evaluate_model(MODEL_DIR, held_out, label="bundled")
        rows += evaluate_model(MODEL_DIR, held_out, disable=["feedbacklint_lexicon"], label="bundled - lexicon")
        rows += evaluate_model(MODEL_DIR, held_out, disable=["feedbacklint_segmenter"],
                               label="bundled - segmenter")
        rows += evaluate_model(MODEL_DIR, held_out, lookup_only=True, label="bundled, lookup-only lemmas")
        base = OUTPUT / "base" / "assembled"
        if base.exists():  # DDT dev only, no in-domain data (`train.py base`): the starting point
            rows += evaluate_model(base, held_out, label="DDT-only model + components")
            rows += evaluate_model(base, held_out, disable=["feedbacklint_lexicon", "feedbacklint_segmenter"],
                                   label="DDT-only model, no lexicon/segmenter")
        print_table(rows)
        if args.write_meta:
            write_meta(cv, [r for r in rows if r["model"] == "bundled"])
        print("\n## Bundled model on DDT (trained on it: not a generalisation score, sanity check only)\n")
        print_table(evaluate_model(MODEL_DIR, ["ddt-test"], label="bundled"))
    print(f"\n(evaluated in {time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
