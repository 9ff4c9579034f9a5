"""Pretrain the pipeline's tok2vec on raw Danish text (issue 3 experiment).

Usage (from the repository root, as root once for the apt step):

    apt-get install -y --no-install-recommends libreoffice-help-da      # MPL-2.0 (default source)
    # optional extra sources (copyleft, see "Licenses" below):
    apt-get install -y --no-install-recommends gimp-help-da debian-edu-doc-da manpages-da

    .venv/bin/python training/pretrain.py corpus [--sources lo,gimp,edu,man]
    .venv/bin/python training/pretrain.py pretrain [--epochs N] [--max-words N] [--out NAME]
    .venv/bin/python training/pretrain.py all  ...        # both steps

    # then train fold a with the weights (train.py's corpus/train/assemble, pretraining config):
    .venv/bin/python training/pretrain.py train pt-a --weights training/output/pretrain/model4.bin

NOTE: ``train.py run ... --set paths.init_tok2vec=W.bin`` alone is SILENTLY IGNORED
with training/config.cfg: spaCy (3.8, Language.initialize) only loads init_tok2vec
when the config's [pretraining] section is non-empty, and config.cfg's is empty.
The first fold-a run made that way was bit-identical to the run without weights.
``pretrain.py train`` therefore trains with the generated pretrain.cfg, which is
config.cfg plus the filled [pretraining]/[corpora.pretrain] sections and nothing
else (checked), so the run differs from the baseline only in the initial weights.

This is a training-time tool only: nothing here is needed or downloaded when the
linter runs.  Everything it writes is gitignored:

* training/corpus/raw-da.jsonl            one {"text": paragraph} per line
* training/corpus/raw-da.sources.json     per-source paragraph/word counts
* training/output/pretrain*/pretrain.cfg  the pretraining config
* training/output/pretrain*/model*.bin    the tok2vec weights (spacy pretrain output)

Corpus extraction
-----------------
Block-level text (p, li, td, h1-h6, dt/dd, ...) is pulled out of the installed
HTML help pages with the standard library's HTMLParser (script/style/header/nav
dropped); man pages are de-roffed with regular expressions.  A paragraph is kept
when it has >= 5 words, >= 80 % of its characters are letters/space/ordinary
punctuation, and >= 12 % of its words are common Danish function words (og, at,
det, en, er, til, på, for, med, som, de, af, der, ikke, du, kan, ...), with
fewer than 25 % of its words being common English function words.  That drops
untranslated English, menu paths, code and formulas.  Exact duplicates are
removed (the help systems repeat lots of boilerplate).

Pretraining
-----------
The pretraining config is training/config.cfg run through spaCy's
``init fill-config --pretraining``, so [components.tok2vec] is identical to the
training config (checked at run time); objective = characters, n_characters = 4
(there are no static vectors, so the vectors objective is impossible).
Run with one thread (OMP_NUM_THREADS=1) under ``nice -n 5``.

Licenses (read from /usr/share/doc/<pkg>/copyright, Debian 12 packages)
---------------------------------------------------------------------
* libreoffice-help-da 4:7.4.7 -- MPL-2.0 (some files incorporate Apache-2.0
  material).  Weak copyleft, file-level; used by default.
* gimp-help-da 2.10.34 -- GFDL-1.2+, no invariant sections.  Copyleft; only
  with --sources ...,gimp.
* debian-edu-doc-da 2.12.23 -- GPL-2+ (manual translations via po4a, GPL-2+).
  Copyleft; only with --sources ...,edu.
* manpages-da 4.18.1 -- GPL-3+.  Copyleft; only with --sources ...,man.
No text is copied into the repository or the shipped model; only tok2vec weights
trained on it would end up in the model, if the experiment is adopted.

Results (2026-11-27, 2 cores shared, width 64, 2000 steps, seed 42, --last)
---------------------------------------------------------------------------
Corpus (lo only): 23,510 paragraphs, 402k words, 2.8 MB text (3.1 MB jsonl);
~474k spaCy tokens per epoch, ~135 s/epoch on one thread, 5 epochs = 10.6 min.
All four sources: 27,812 paragraphs, 482k words, 3.7 MB (the GIMP help is mostly
untranslated English; Debian Edu and man pages are small).
evaluate.py, same code for all rows (baselines retrained the same minute):

    fold a (train ddt-dev+fb-train)   ddt-test UPOS  morph  LAS | fb-test UPOS  LAS
    no pretraining (pt-base)                   88.7   85.9  55.8 |         98.0  94.1
    lo, 5 epochs (model4.bin, pt-a4)           89.4   87.0  56.1 |         98.8  93.6
    lo, 2 epochs (model1.bin, pt-a1)           89.2   86.6  56.0 |         98.7  94.7
    all 4 sources, 4 epochs (8.8 min)          89.7   87.0  54.9 |         97.5  91.7
    fold b (train ddt-test+fb-train)  ddt-dev
    no pretraining (pt-b-base)                 88.5   85.0  56.0 |         96.8  88.9
    lo, 5 epochs (pt-b4)                       89.0   85.6  57.0 |         96.1  92.2

Pretraining helps a little (+0.5..0.7 UPOS, +0.6..1.1 morph on DDT, both folds),
far short of the 93 UPOS goal: the text is small and narrow (software help).
Adding the copyleft sources gave no clear further gain (LAS and fb-test lower).
Single seed each: differences of a few tenths are within run-to-run noise.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
OUTPUT = HERE / "output"
RAW = CORPUS / "raw-da.jsonl"

SOURCES = {
    # name: (apt package, license, list of (root dir, glob))
    "lo": ("libreoffice-help-da", "MPL-2.0", [("/usr/share/libreoffice/help/da", "**/*.html")]),
    "gimp": ("gimp-help-da", "GFDL-1.2+", [("/usr/share/gimp/2.0/help/da", "**/*.html")]),
    "edu": ("debian-edu-doc-da", "GPL-2+", [("/usr/share/doc/debian-edu-doc-da", "*.html")]),
    "man": ("manpages-da", "GPL-3+", [("/usr/share/man/da", "**/*.gz")]),
}
DEFAULT_SOURCES = "lo"

DA_FUNC = set("""og at det en et er til på for med som de af der ikke du kan den i
har vil skal man sig jeg vi han hun være var blive bliver blev eller men om fra hvis
når så også kun alle denne dette disse hvor hvad hvordan ved efter under over
skal skulle kunne må din dit dine jer deres sin sit sine ud op mellem uden""".split())
EN_FUNC = set("""the and of to is in that for with this you are be it on as by or
an not can from which will your have if when""".split())
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
OK_CHARS = re.compile(r"[\w\s.,;:!?()\"'«»„“”‘’\-–—/%]", re.UNICODE)


def keep(text: str) -> bool:
    words = WORD.findall(text)
    if len(words) < 5:
        return False
    ok = sum(1 for c in text if OK_CHARS.match(c))
    if ok < 0.8 * len(text):
        return False
    letters = sum(len(w) for w in words)
    if letters < 0.6 * len(text):
        return False
    low = [w.lower() for w in words]
    da = sum(1 for w in low if w in DA_FUNC)
    en = sum(1 for w in low if w in EN_FUNC and w not in DA_FUNC)
    return da >= 0.12 * len(low) and en < 0.25 * len(low)


class BlockText(HTMLParser):
    BLOCK = {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "div",
             "pre", "blockquote", "caption", "title", "br", "tr", "table", "ul", "ol", "section"}
    SKIP = {"script", "style", "header", "nav", "noscript", "pre", "code", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.skip = [], [], 0

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.flush()
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def html_blocks(path: Path):
    p = BlockText()
    p.feed(path.read_text(encoding="utf-8", errors="replace"))
    p.close()
    p.flush()
    return p.blocks


ROFF_ESC = [(re.compile(r"\\f(\[[^\]]*\]|\(..|.)"), ""), (re.compile(r"\\s[+-]?\d"), ""),
            (re.compile(r"\\\(em|\\\(en"), "–"), (re.compile(r"\\\(aq"), "'"),
            (re.compile(r"\\\((lq|rq|Lq|Rq)"), '"'), (re.compile(r"\\[-e]"), "-"),
            (re.compile(r"\\&|\\c|\\/|\\,|\\:|\\%|\\\^|\\\|"), ""), (re.compile(r"\\ "), " "),
            (re.compile(r"\\\*\(..|\\\*\[[^\]]*\]|\\\*."), ""), (re.compile(r"\\\(.."), "")]


def man_blocks(path: Path):
    """Paragraphs of running text from a roff man page (macro lines end a paragraph)."""
    text = gzip.open(path, "rt", encoding="utf-8", errors="replace").read()
    blocks, cur = [], []
    for line in text.splitlines():
        if line.startswith((".", "'")):
            m = re.match(r"\.(B|I|BR|IR|RB|BI|IB|RI|SM)\s+(.*)", line)
            if m and not line.startswith(".if"):
                cur.append(m.group(2).replace('"', ""))
                continue
            if cur:
                blocks.append(" ".join(cur))
                cur = []
            continue
        if not line.strip():
            if cur:
                blocks.append(" ".join(cur))
                cur = []
            continue
        cur.append(line)
    if cur:
        blocks.append(" ".join(cur))
    out = []
    for b in blocks:
        for rx, rep in ROFF_ESC:
            b = rx.sub(rep, b)
        out.append(" ".join(b.split()))
    return out


def build_corpus(sources: list[str]) -> dict:
    CORPUS.mkdir(exist_ok=True)
    seen, stats = set(), {}
    tmp = RAW.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for src in sources:
            pkg, lic, roots = SOURCES[src]
            files = []
            for root, pattern in roots:
                if not Path(root).is_dir():
                    raise SystemExit(f"{root} missing: apt-get install -y --no-install-recommends {pkg}")
                files += sorted(Path(root).glob(pattern))
            n_blocks = n_kept = n_words = n_bytes = 0
            for f in files:
                blocks = man_blocks(f) if f.suffix == ".gz" else html_blocks(f)
                for b in blocks:
                    n_blocks += 1
                    h = hashlib.sha1(b.encode()).digest()
                    if h in seen or not keep(b):
                        continue
                    seen.add(h)
                    line = json.dumps({"text": b}, ensure_ascii=False)
                    fh.write(line + "\n")
                    n_kept += 1
                    n_words += len(b.split())
                    n_bytes += len(b.encode())
            stats[src] = {"package": pkg, "license": lic, "files": len(files), "blocks": n_blocks,
                          "kept": n_kept, "words": n_words, "MB": round(n_bytes / 1e6, 2)}
            print(f"[corpus] {src} ({pkg}, {lic}): {len(files)} files, {n_kept}/{n_blocks} paragraphs, "
                  f"{n_words} words, {n_bytes / 1e6:.2f} MB", flush=True)
    tmp.replace(RAW)
    (CORPUS / "raw-da.sources.json").write_text(json.dumps(stats, indent=1) + "\n")
    tot = sum(s["words"] for s in stats.values())
    print(f"[corpus] wrote {RAW}: {sum(s['kept'] for s in stats.values())} paragraphs, {tot} words, "
          f"{RAW.stat().st_size / 1e6:.2f} MB", flush=True)
    return stats


def limited_corpus(max_words: int) -> Path:
    """First max_words words of the raw corpus (deterministic), or the whole file."""
    if not max_words:
        return RAW
    out = CORPUS / f"raw-da.{max_words}.jsonl"
    n = 0
    with RAW.open(encoding="utf-8") as fi, out.open("w", encoding="utf-8") as fo:
        for line in fi:
            if n >= max_words:
                break
            fo.write(line)
            n += len(json.loads(line)["text"].split())
    return out


def make_config(out: Path, epochs: int) -> Path:
    from spacy.util import load_config

    cfg_path = out / "pretrain.cfg"
    subprocess.run([sys.executable, "-m", "spacy", "init", "fill-config", str(HERE / "config.cfg"),
                    str(cfg_path), "--pretraining"], check=True)
    cfg = load_config(cfg_path, interpolate=False)
    base = load_config(HERE / "config.cfg", interpolate=False)
    # the pretrained layer must be exactly the tok2vec that training will initialise
    assert cfg["components"]["tok2vec"] == base["components"]["tok2vec"], "tok2vec sections differ"
    assert cfg["vars"] == base["vars"]
    pt = cfg["pretraining"]
    pt["max_epochs"] = epochs
    pt["component"] = "tok2vec"
    pt["layer"] = ""
    pt["objective"] = {"@architectures": "spacy.PretrainCharacters.v1", "maxout_pieces": 3,
                       "hidden_size": 300, "n_characters": 4}
    cfg.to_disk(cfg_path)
    return cfg_path


def pretrain(name: str, epochs: int, max_words: int) -> Path:
    out = OUTPUT / name
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    cfg = make_config(out, epochs)
    raw = limited_corpus(max_words)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = ["nice", "-n", "5", sys.executable, "-m", "spacy", "pretrain", str(cfg), str(out),
           "--paths.raw_text", str(raw)]
    print("[pretrain]", " ".join(cmd), flush=True)
    t0 = time.time()
    subprocess.run(cmd, check=True, env=env)
    dt = time.time() - t0
    print(f"[pretrain] {name}: {epochs} epochs on {raw.name} in {dt:.0f} s -> {out / 'model-last.bin'}",
          flush=True)
    (out / "timing.json").write_text(json.dumps({"epochs": epochs, "corpus": str(raw),
                                                 "seconds": round(dt)}) + "\n")
    return out / "model-last.bin"


def train_with(name: str, weights: Path, cfg: Path, train_sets, dev_sets, steps: int, width: int,
               seed: int = 0) -> Path:
    """train.py's run(), with the pretraining config so that init_tok2vec is really used."""
    import train as T

    weights = Path(weights).resolve()
    if not weights.exists():
        raise SystemExit(f"no weights at {weights}")
    T.make_corpus(name, train_sets, dev_sets)
    overrides = [f"paths.init_tok2vec={weights}"]
    if seed:
        overrides.append(f"system.seed={seed}")
    ckpt = T.train(name, steps, width, config=cfg, last=True, overrides=overrides)
    log = (T.OUTPUT / name / "model-last" / "config.cfg").read_text()
    assert str(weights) in log, "init_tok2vec not in the trained config"
    target = T.OUTPUT / name / "assembled"
    T.assemble(ckpt, target, train_sets)
    return target


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cmd", choices=["corpus", "pretrain", "all", "train"])
    ap.add_argument("name", nargs="?", help="train: run name (output under training/output/)")
    ap.add_argument("--weights", help="train: pretrained tok2vec .bin")
    ap.add_argument("--config", default=str(OUTPUT / "pretrain" / "pretrain.cfg"),
                    help="train: config with a filled [pretraining] section")
    ap.add_argument("--train", default="ddt-dev,fb-train")
    ap.add_argument("--dev", default="ddt-test")
    ap.add_argument("--steps", type=int, default=2000)
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--seed", type=int, default=0, help="train: override [system] seed (0 = config's)")
    ap.add_argument("--sources", default=DEFAULT_SOURCES, help="comma list of " + ",".join(SOURCES))
    ap.add_argument("--epochs", type=int, default=5, help="5 epochs of the default corpus ~ 11.5 min on one core")
    ap.add_argument("--max-words", type=int, default=0, help="use only the first N words (0 = all)")
    ap.add_argument("--out", default="pretrain", help="output dir name under training/output/")
    args = ap.parse_args(argv)
    if args.cmd == "train":
        sys.path.insert(0, str(HERE))
        train_with(args.name, Path(args.weights), Path(args.config), args.train.split(","),
                   args.dev.split(","), args.steps, args.width, args.seed)
        return
    if args.cmd in ("corpus", "all"):
        build_corpus(args.sources.split(","))
    if args.cmd in ("pretrain", "all"):
        if not RAW.exists():
            raise SystemExit("no raw corpus: run `pretrain.py corpus` first")
        pretrain(args.out, args.epochs, args.max_words)


if __name__ == "__main__":
    main()
