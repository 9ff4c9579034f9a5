"""Minimal CoNLL-U reader/validator and converter to spaCy ``DocBin``.

Used by ``train.py`` and ``evaluate.py``.  No third-party dependencies besides
spaCy.  Multi-word token lines (``1-2``) and empty nodes (``1.1``) are skipped
(the Danish DDT treebank has none).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, List, Optional

REPO = Path(__file__).resolve().parents[1]
DDT_DIR = REPO.parent / "shared" / "data" / "ud-danish-ddt"
FEEDBACK_DIR = Path(__file__).resolve().parent / "feedback-ud"


@dataclass
class Tok:
    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    misc: str

    @property
    def space_after(self) -> bool:
        return "SpaceAfter=No" not in self.misc.split("|")


@dataclass
class Sent:
    toks: List[Tok]
    comments: List[str] = field(default_factory=list)

    @property
    def sent_id(self) -> str:
        for c in self.comments:
            if c.startswith("# sent_id"):
                return c.split("=", 1)[1].strip()
        return ""

    @property
    def text(self) -> str:
        for c in self.comments:
            if c.startswith("# text"):
                return c.split("=", 1)[1].strip()
        return "".join(t.form + (" " if t.space_after else "") for t in self.toks).strip()


def read_conllu(path: Path) -> Iterator[Sent]:
    comments: List[str] = []
    toks: List[Tok] = []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    yield Sent(toks, comments)
                comments, toks = [], []
                continue
            if line.startswith("#"):
                comments.append(line)
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{path}: bad line (need 10 tab-separated columns): {line!r}")
            if "-" in cols[0] or "." in cols[0]:
                continue
            toks.append(Tok(int(cols[0]), cols[1], cols[2], cols[3], cols[4], cols[5],
                            int(cols[6]), cols[7], cols[9]))
    if toks:
        yield Sent(toks, comments)


def validate(sent: Sent) -> List[str]:
    """Return a list of problems (empty if the sentence is a valid tree)."""
    errs = []
    n = len(sent.toks)
    for i, t in enumerate(sent.toks, 1):
        if t.id != i:
            errs.append(f"token ids not consecutive at {t.form}")
        if not (0 <= t.head <= n):
            errs.append(f"head out of range for {t.form}")
        if t.head == t.id:
            errs.append(f"self-loop at {t.form}")
        if (t.head == 0) != (t.deprel == "root"):
            errs.append(f"root/deprel mismatch at {t.form} ({t.head}, {t.deprel})")
        if not t.upos or t.upos == "_":
            errs.append(f"missing UPOS at {t.form}")
        if not t.lemma or t.lemma == "_":
            errs.append(f"missing lemma at {t.form}")
    roots = [t for t in sent.toks if t.head == 0]
    if len(roots) != 1:
        errs.append(f"{len(roots)} roots")
    # cycles: every token must reach 0
    for t in sent.toks:
        seen = set()
        h = t.id
        while h != 0:
            if h in seen or not (1 <= h <= n):
                errs.append(f"cycle/bad path from {t.form}")
                break
            seen.add(h)
            h = sent.toks[h - 1].head
    return errs


def sent_to_doc(vocab, sents: Iterable[Sent], with_annotation: bool = True):
    from spacy.tokens import Doc

    words, spaces, pos, morphs, lemmas, heads, deps, starts = [], [], [], [], [], [], [], []
    sents = list(sents)
    for si, s in enumerate(sents):
        offset = len(words)
        for t in s.toks:
            words.append(t.form)
            sp = t.space_after
            spaces.append(sp)
            pos.append(t.upos)
            morphs.append("" if t.feats == "_" else t.feats)
            lemmas.append(t.lemma)
            heads.append(offset + t.head - 1 if t.head > 0 else offset + t.id - 1)
            deps.append(t.deprel)
            starts.append(t.id == 1)
        # ensure a space between sentences
        if spaces and not spaces[-1]:
            spaces[-1] = True
    if spaces:
        spaces[-1] = False
    if not with_annotation:
        return Doc(vocab, words=words, spaces=spaces)
    return Doc(vocab, words=words, spaces=spaces, pos=pos, morphs=morphs, lemmas=lemmas,
               heads=heads, deps=deps, sent_starts=starts)


def to_docbin(vocab, sents: List[Sent], n_sents: int = 10, repeat: int = 1):
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for _ in range(repeat):
        for i in range(0, len(sents), n_sents):
            db.add(sent_to_doc(vocab, sents[i:i + n_sents]))
    return db


def ddt(split: str) -> List[Sent]:
    return list(read_conllu(DDT_DIR / f"da_ddt-ud-{split}.conllu"))


def feedback(split: str) -> List[Sent]:
    """split: 'train' or 'test' -> training/feedback-ud/{split}.conllu"""
    return list(read_conllu(FEEDBACK_DIR / f"{split}.conllu"))
