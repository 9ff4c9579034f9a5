"""feedbacklint's own spaCy components for Danish feedback text.

* ``feedbacklint_segmenter`` – rule-based sentence segmentation that runs
  before the parser (the parser respects the boundaries it sets).
* ``feedbacklint_lexicon`` – deterministic attribute layer for closed-class
  words, auxiliaries, imperatives and personality adjectives; word lists live
  in ``feedbacklint/nlp/data/``.
* ``feedbacklint_lemmatizer`` – hybrid lemmatizer: lemma table from the
  training treebanks, else the spacy-lookups-data Danish lookup table (pruned,
  stored with the pipeline, loaded lazily), else the lowercased form.

Importing this module registers the factories, after which the bundled model
loads with ``spacy.load(path)``.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import numpy
import srsly
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import ensure_path, registry

DATA_DIR = Path(__file__).parent / "data"

# ---------------------------------------------------------------- data files


def _rows(name: str) -> List[List[str]]:
    rows = []
    with open(DATA_DIR / name, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def abbreviations() -> frozenset:
    with open(DATA_DIR / "abbreviations.txt", encoding="utf8") as fh:
        return frozenset(l.strip().lower() for l in fh if l.strip() and not l.startswith("#"))


@lru_cache(maxsize=1)
def closed_class() -> Dict[str, Tuple[str, str, str]]:
    return {r[0]: (r[1], r[2], "" if r[3] == "_" else r[3]) for r in _rows("closed_class.tsv")}


@lru_cache(maxsize=1)
def auxiliaries() -> Dict[str, Tuple[str, str, str]]:
    return {r[0]: (r[1], r[2], r[3]) for r in _rows("auxiliaries.tsv")}


@lru_cache(maxsize=1)
def imperatives() -> Dict[str, str]:
    return {r[0]: r[1] for r in _rows("imperatives.tsv")}


@lru_cache(maxsize=1)
def past_forms() -> Dict[str, str]:
    return {r[0]: r[1] for r in _rows("past_forms.tsv")}


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    with open(DATA_DIR / "first_names.txt", encoding="utf8") as fh:
        return frozenset(w for l in fh if not l.startswith("#") for w in l.split())


@lru_cache(maxsize=1)
def domain_lemmas() -> Dict[str, str]:
    return {r[0]: r[1] for r in _rows("lemmas.tsv")}


PAST_FEATS = "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act"
ADJ_CS = "Definite=Ind|Degree=Pos|Gender=Com|Number=Sing"
ADJ_NS = "Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing"
ADJ_S = "Definite=Ind|Degree=Pos|Number=Sing"
ADJ_P = "Degree=Pos|Number=Plur"


@lru_cache(maxsize=1)
def state_participles() -> frozenset:
    """Participle adjectives of mental state/evaluation, with their plural/definite forms."""
    with open(DATA_DIR / "state_participles.txt", encoding="utf8") as fh:
        words = [w.strip() for w in fh if w.strip() and not w.startswith("#")]
    forms = set(words)
    for w in words:
        forms.add(w[:-2] + "ede" if w.endswith("et") else w + "e")  # stresset -> stressede, anspændt -> anspændte
    return frozenset(forms)


@lru_cache(maxsize=1)
def trait_adjectives() -> Dict[str, Tuple[str, str]]:
    """form -> (lemma, feats)"""
    out: Dict[str, Tuple[str, str]] = {}
    for lemma, neut, plur in _rows("trait_adjectives.tsv"):
        if neut == "-":
            out[lemma] = (lemma, "Degree=Pos")
            continue
        if neut == lemma:  # -t / -et / -sk stems: no gender distinction
            out[lemma] = (lemma, ADJ_S)
        else:
            out[lemma] = (lemma, ADJ_CS)
            out[neut] = (lemma, ADJ_NS)
        if plur != lemma:
            out[plur] = (lemma, ADJ_P)
    return out


# ---------------------------------------------------------------- segmenter

BULLET_RE = re.compile(r"^(?:[-*•·▪–—‣◦]|\d{1,2}[.)]|[a-zA-Z][)])$")
ORDINAL_RE = re.compile(r"^\d+\.$")
TERMINAL_RE = re.compile(r"^(?:[.!?]+|\.\.\.|…)$")
CLOSERS = {'"', "'", "»", "”", "’", ")", "]"}


def _starts_upper(text: str) -> bool:
    ch = text[:1]
    return ch.isupper() or ch.isdigit() or ch in {'"', "»", "„", "“", "(", "-", "•", "*", "–"}


def segment(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token (True/False) by rule.

    New sentence: first token; first token of a line that is a list item, a
    heading or follows a line ending the previous sentence; token after
    sentence-final punctuation (. ! ? …) followed by whitespace and an
    uppercase letter / digit / bullet. Never inside abbreviations (tokens like
    "f.eks.", "kl.", "evt."), dates ("3/4") or times ("10.30").
    """
    n = len(doc)
    if n == 0:
        return doc
    abbr = abbreviations()
    # plain lists: this runs on every token of every text, and Token attribute access is slow
    texts, ws, space = [], [], []
    for t in doc:
        texts.append(t.text)
        ws.append(t.whitespace_)
        space.append(t.is_space)
    starts = [False] * n
    seen_content = False
    for i in range(n):
        if space[i]:
            continue
        text = texts[i]
        if not seen_content:
            starts[i] = True
            seen_content = True
            continue
        newline_before = "\n" in texts[i - 1] if space[i - 1] else "\n" in ws[i - 1]
        if not newline_before and space[i - 1] and i >= 2:
            newline_before = "\n" in ws[i - 2]
        if newline_before:
            # find the previous content token
            j = i - 1
            while j >= 0 and space[j]:
                j -= 1
            blank_line = any(texts[k].count("\n") + ws[k].count("\n") >= 2
                             for k in range(j, i)) or sum(texts[k].count("\n") for k in range(j + 1, i)) >= 2
            prev_txt = texts[j] if j >= 0 else ""
            continuation = (text[:1].islower() and not BULLET_RE.match(text)
                            and not blank_line
                            and not (TERMINAL_RE.match(prev_txt) or prev_txt.endswith(":")))
            if not continuation:
                starts[i] = True
                continue
        # sentence-final punctuation followed by whitespace
        j = i - 1
        while j >= 0 and (texts[j] in CLOSERS):
            j -= 1
        if j < 0:
            continue
        p = texts[j]
        if not ws[i - 1] and not space[i - 1]:
            continue  # glued: "3/4", "10.30", "f.eks.x"
        if TERMINAL_RE.match(p):
            if _starts_upper(text) or BULLET_RE.match(text):
                starts[i] = True
            continue
        # "kl. 10. Husk ..." / "side 4. Den ...": number+period token, not itself a list marker
        if ORDINAL_RE.match(p) and not starts[j] and text[:1].isupper():
            starts[i] = True
            continue
        # abbreviation-final period: only split for abbreviations that can end a sentence
        low = p.lower()
        if low.endswith(".") and len(low) > 1 and low not in abbr and low in {"osv.", "mm.", "m.m.", "etc."}:
            if text[:1].isupper():
                starts[i] = True
    doc.from_array([SENT_START], numpy.array([[1 if s else -1] for s in starts], dtype="int32").astype("uint64"))
    return doc


class RuleComponent:
    """A component with no trained weights: it applies ``apply`` and serialises to nothing."""

    apply = staticmethod(lambda doc: doc)

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.apply(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128):
        for doc in docs:
            yield self.apply(doc)

    def to_disk(self, path, exclude=tuple()):
        pass

    def from_disk(self, path, exclude=tuple()):
        return self

    def to_bytes(self, exclude=tuple()):
        return b""

    def from_bytes(self, data, exclude=tuple()):
        return self


class Segmenter(RuleComponent):
    apply = staticmethod(segment)


@Language.factory("feedbacklint_segmenter")
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter(nlp, name)


# ---------------------------------------------------------------- lexicon layer

ADV_SKIP = {"for", "meget", "lidt", "ret", "rigtig", "rigtigt", "så", "ikke", "altid", "ofte", "tit", "noget",
            "temmelig", "virkelig", "også", "måske", "nok", "aldrig", "helt", "lige", "bare", "mere", "mest",
            "særdeles", "utrolig", "utroligt", "vildt", "enormt", "ekstremt", "alt", "eventuelt", "generelt",
            "stadig", "tit", "tydeligt", "meget", "blevet", "været", "virkelig", "en", "smule", "en", "anelse"}
COPULA_FORMS = {"er", "var", "være", "været", "bliver", "blev", "blive", "blevet", "virker", "virkede",
                "fremstår", "fremstod", "opleves", "opleve", "forekommer", "synes", "vær", "bliv"}
VERB_TRIGGERS = {"at", "skal", "kan", "vil", "må", "bør", "skulle", "kunne", "ville", "måtte", "burde",
                 "lad", "lader", "lod"}
DEGREE_AFTER_FOR = {"sent", "tidligt", "hurtigt", "langsomt", "meget", "lidt", "lang", "langt", "kort", "dårligt",
                    "få", "ofte", "tit", "højt", "lavt", "stor", "stort", "lille", "svært", "svær", "travlt",
                    "detaljeret", "optimistisk", "forsigtig", "voldsom", "voldsomt"}
VERB_HOMOGRAPHS = {"stille": "stille"}  # trait forms that are also infinitives
VEL_PARTICIPLE_RE = re.compile(r"vel[a-zæøå]{4,}(?:et|dt|rt|nt|en|ede|te|ende)$")
VEL_NOT_PARTICIPLE = ("velsign",)  # velsigne is a verb
BULLET_CHARS = {"-", "*", "•", "–", "·", "▪"}
HAVE_FORMS = {"har", "havde", "have", "haft"}
PREDICATE_VERBS = {"er", "var", "være", "været", "virker", "virkede", "fremstår", "fremstod"}
DEGREE_ADVERBS = {"for", "meget", "lidt", "ret", "rigtig", "temmelig", "virkelig", "utrolig", "utroligt", "særdeles",
                  "enormt", "ekstremt", "noget", "mere", "mest", "vildt"}
# derivational endings of Danish adjectives (with neuter -t and plural/definite -e forms)
ADJ_SUFFIX_RE = re.compile(r"(?:[a-zæøå]{2}(?:ig|lig|isk|som|bar|iv|el|ent|ant|al|øs|ær)(?:t|e|me|le)?|[a-zæøå]{3}ende)$")
# u- + participle: "uforberedt", "uafklaret" (no verb *uforberede); not ud-/und-/under- verbs
NEG_PARTICIPLE_RE = re.compile(r"u(?!d|nd)[a-zæøå]{4,}(?:et|dt|rt|nt|st)$")


NEUTER_T_ENDINGS = ("igt", "ligt", "iskt", "somt", "bart", "ivt", "elt", "alt", "øst", "ært")


def _predicate_adj_feats(low: str) -> str:
    if low.endswith("ende"):
        return "Degree=Pos"
    if low.endswith("e"):
        return ADJ_P
    if low.endswith(NEUTER_T_ENDINGS):  # neuter of an adjective without -t ("optimalt", "tydeligt")
        return ADJ_NS
    if low.endswith("t"):  # participles and -ent/-ant adjectives: no gender distinction in DDT
        return ADJ_S
    return ADJ_CS


# form -> ((PRON feats, lemma), (DET feats, lemma)) as in DDT
DEMONSTRATIVES = {
    "det": (("Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs", "det"), ("Gender=Neut|Number=Sing|PronType=Dem", "den")),
    "den": (("Case=Acc|Gender=Com|Number=Sing|Person=3|PronType=Prs", "den"), ("Gender=Com|Number=Sing|PronType=Dem", "den")),
    "de": (("Case=Nom|Number=Plur|Person=3|PronType=Prs", "de"), ("Number=Plur|PronType=Dem", "den")),
}
AMBIGUOUS_NAMES = {"Hans", "Per", "Bo", "Line", "Kim", "Thor"}
OPENING_SKIP = {'"', "»", "„", "“", "(", "'"}


def _set(tok: Token, pos: str, feats: Optional[str], lemma: Optional[str] = None) -> None:
    tok.pos_ = pos
    if feats is not None:
        tok.set_morph(feats or None)
    if lemma is not None:
        tok.lemma_ = lemma


def _first_word_index(sent) -> Optional[int]:
    for tok in sent:
        if tok.is_space or tok.text in OPENING_SKIP or BULLET_RE.match(tok.text):
            continue
        return tok.i
    return None


def apply_lexicon(doc: Doc) -> Doc:
    cc = closed_class()
    aux = auxiliaries()
    imp = imperatives()
    past = past_forms()
    traits = trait_adjectives()
    has_sents = doc.has_annotation("SENT_START")
    n = len(doc)
    # plain lists: every token of every text passes these scans, Token attribute access is slow
    texts, lowers = [], []
    for t in doc:
        texts.append(t.text)
        lowers.append(t.lower_)
    # 1. closed class
    for i, low in enumerate(lowers):
        entry = cc.get(low)
        if entry is not None:
            _set(doc[i], entry[0], entry[2], entry[1] if entry[1] != "I" else "I")
        elif texts[i] in BULLET_CHARS:
            tok = doc[i]
            if tok.is_punct or (BULLET_RE.match(tok.text) and not tok.like_num):
                _set(tok, "PUNCT", "", tok.text)
    # 1b. first names, degree "for", complex preposition "over for"
    names = first_names()
    for i, low in enumerate(lowers):
        if texts[i] in names:
            tok = doc[i]
            if tok.pos_ != "PROPN" and not (tok.is_sent_start and tok.text in AMBIGUOUS_NAMES):
                _set(tok, "PROPN", "", tok.text)
        if low == "over" and i + 1 < n and lowers[i + 1] == "for":
            _set(doc[i], "ADP", "AdpType=Prep", "over")
            _set(doc[i + 1], "ADP", "AdpType=Prep", "for")
        elif low == "for" and i + 1 < n and (i == 0 or lowers[i - 1] != "over"):
            nxt = doc[i + 1]
            after = doc[i + 2] if i + 2 < n else None
            degree_word = lowers[i + 1] in traits or lowers[i + 1] in DEGREE_AFTER_FOR
            prev_cop = i > 0 and lowers[i - 1] in COPULA_FORMS
            if (degree_word or (prev_cop and nxt.pos_ == "ADJ")) and (after is None or after.pos_ not in ("NOUN", "PROPN")):
                _set(doc[i], "ADV", "", "for")
    # 2. personality adjectives in predicate / attribute slots
    for i, low in enumerate(lowers):
        entry = traits.get(low)
        if entry is None:
            continue
        # look back over adverbs for a copula or a verb slot
        j = i - 1
        while j >= 0 and lowers[j] in ADV_SKIP:
            j -= 1
        if j >= 0 and lowers[j] in VERB_TRIGGERS:
            if low in VERB_HOMOGRAPHS:  # "at stille spørgsmål", "kan stille krav"
                _set(doc[i], "VERB", "VerbForm=Inf|Voice=Act", VERB_HOMOGRAPHS[low])
            continue
        _set(doc[i], "ADJ", entry[1], entry[0])
    # 2b. vel- + participle ("velskrevet", "velforberedt", "velfungerende") is an adjective:
    # there is no verb *velskrive, but the tagger reads the participle ending as VERB
    for i, low in enumerate(lowers):
        if not low.startswith("vel") or not VEL_PARTICIPLE_RE.match(low) or low.startswith(VEL_NOT_PARTICIPLE):
            continue
        tok = doc[i]
        if tok.pos_ in ("ADJ", "PROPN"):
            continue
        if low.endswith("ende"):
            _set(tok, "ADJ", "Degree=Pos", low)
        elif low.endswith(("ede", "te")):
            _set(tok, "ADJ", "Degree=Pos|Number=Plur", low[:-3] + "et" if low.endswith("ede") else low[:-1])
        else:
            _set(tok, "ADJ", "Definite=Ind|Degree=Pos|Number=Sing", low)
    # 2c. predicate adjectives the tagger read as verb/noun/adverb ("Du er uforberedt",
    # "Forslagene var konstruktive", "Hun er meget presset", "Du virker stresset")
    states = state_participles()
    for i, low in enumerate(lowers):
        if low not in PREDICATE_VERBS:
            continue
        j = i + 1
        degree = False
        while j < n and lowers[j] in ADV_SKIP:
            degree = degree or lowers[j] in DEGREE_ADVERBS
            j += 1
        if j >= n or j == i + 1 and low in ("være", "været"):
            continue  # "at være" + X: too often a verb phrase
        tok = doc[j]
        if tok.pos_ not in ("VERB", "NOUN", "ADV") or not texts[j].isalpha() or texts[j][:1].isupper():
            continue
        nxt = lowers[j + 1] if j + 1 < n else ""
        after = doc[j + 1].pos_ if j + 1 < n else "PUNCT"
        if nxt == "af" or after in ("NOUN", "PROPN", "ADJ", "ADV"):
            continue  # passive with agent / attributive before a noun / modifier of what follows
        if tok.pos_ == "ADV" and after not in ("PUNCT", "CCONJ", "SCONJ", "ADP"):
            continue
        participle = tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")
        tlow = lowers[j]
        if not (ADJ_SUFFIX_RE.search(tlow) or NEG_PARTICIPLE_RE.match(tlow) or (participle and degree)
                or tlow in states):
            continue
        _set(tok, "ADJ", _predicate_adj_feats(tlow))
    # 2d. have + participle is the perfect, whatever the participle's adjective uses
    # ("Du har motiveret teamet"; but "har ret", "har travlt" are not participles)
    for i, low in enumerate(lowers):
        if low not in HAVE_FORMS:
            continue
        j = i + 1
        while j < n and lowers[j] in ADV_SKIP and lowers[j] not in ("været", "blevet"):  # "har været sløset"
            j += 1
        if j >= n:
            continue
        tlow = lowers[j]
        if doc[j].pos_ == "ADJ" and ((len(tlow) >= 5 and tlow.endswith("et")) or tlow.endswith("dt") or tlow in states):
            _set(doc[j], "VERB", "Definite=Ind|Number=Sing|Tense=Past|VerbForm=Part")
    # 3. auxiliaries / copulas in context
    for i, low in enumerate(lowers):
        entry = aux.get(low)
        if entry is None:
            continue
        tok = doc[i]
        lemma, feats, kind = entry
        licensed = False
        # a have-form without a participle up to the clause end is the main verb ("Vi har brug for ...")
        limit = 11 if kind == "perf" else 6
        bounded = False
        for k in range(tok.i + 1, min(n, tok.i + limit)):
            t2 = doc[k]
            if t2.is_punct or t2.lower_ in {"og", "men", "eller", "at", "som", "der"} or (has_sents and t2.is_sent_start):
                bounded = True
                break
            if kind in ("modal", "perf", "pass"):
                vf = t2.morph.get("VerbForm")
                if t2.pos_ in ("VERB", "AUX") and (("Inf" in vf and kind == "modal") or ("Part" in vf and kind != "modal")):
                    licensed = True
                    break
            else:  # copula
                if t2.pos_ == "ADJ" or (t2.pos_ == "VERB" and "Part" in t2.morph.get("VerbForm")):
                    licensed = True
                    break
                if t2.pos_ in ("NOUN", "PROPN", "NUM", "VERB"):
                    break
        else:
            bounded = tok.i + limit >= n
        if licensed:
            _set(tok, "AUX", feats, lemma)
        elif kind == "perf" and bounded and tok.pos_ == "AUX":
            _set(tok, "VERB", feats, lemma)
    # 3b. den/det/de: personal pronoun before a verb, preposition or punctuation, article before a noun
    for i, low in enumerate(lowers):
        if low not in DEMONSTRATIVES or i + 1 >= n:
            continue
        tok, nxt = doc[i], doc[i + 1]
        if tok.pos_ == "DET" and (nxt.pos_ in ("AUX", "ADP", "PUNCT", "SCONJ", "CCONJ")
                                  or (nxt.pos_ == "VERB" and "Fin" in nxt.morph.get("VerbForm"))):
            _set(tok, "PRON", *DEMONSTRATIVES[low][0])
        elif tok.pos_ == "PRON" and nxt.pos_ == "NOUN":
            _set(tok, "DET", *DEMONSTRATIVES[low][1])
    # 4. imperatives
    sents = list(doc.sents) if has_sents else [doc[:]]
    for sent in sents:
        fi = _first_word_index(sent)
        if fi is None:
            continue
        last = sent[-1]
        while last.i > sent.start and last.is_space:
            last = doc[last.i - 1]
        question = last.text.endswith("?")
        if question:
            # V1 yes/no question opened by a past verb: "Kom du for sent?", "Gik mødet godt?"
            ftok = doc[fi]
            lem = past.get(ftok.lower_)
            if (lem is not None and fi + 1 < sent.end and not doc[fi + 1].is_punct
                    and doc[fi + 1].pos_ not in ("VERB", "AUX")):  # "Så er det slut?": adverb
                _set(ftok, "VERB", PAST_FEATS, lem)
            continue
        tok = doc[fi]
        lemma = imp.get(tok.lower_)
        if lemma is None or fi + 1 >= sent.end:
            continue
        nxt = doc[fi + 1]
        if nxt.is_punct and nxt.text not in {'"', "»"}:
            continue  # "Start:" heading, "Tak!" etc.
        if nxt.lower_ in {"du", "jeg", "han", "hun", "vi", "de", "i", "man", "den", "det"} and tok.lower_ not in {"lad"}:
            # "Kom du ...", "Send du ..." -> inverted statement/question, not an imperative
            if nxt.lower_ not in {"den", "det"}:
                continue
        if tok.lower_ == "ret" and nxt.pos_ in ("ADJ", "ADV"):
            continue
        pos = "AUX" if tok.lower_ in {"vær", "bliv"} else "VERB"
        _set(tok, pos, "Mood=Imp", lemma)
        # coordinated imperatives: "Tjek tallene og send rapporten"
        for k in range(fi + 2, sent.end - 1):
            t2 = doc[k]
            if t2.lower_ in {"og", ","} and doc[k + 1].lower_ in imp and doc[k + 1].lower_ not in {"sig", "del", "tag", "start", "stop"}:
                nx2 = doc[k + 2] if k + 2 < n else None
                if nx2 is not None and nx2.lower_ in {"du", "jeg", "han", "hun", "vi", "de", "man"}:
                    continue
                _set(doc[k + 1], "VERB", "Mood=Imp", imp[doc[k + 1].lower_])
    return doc


class Lexicon(RuleComponent):
    apply = staticmethod(apply_lexicon)

    def __init__(self, nlp: Language, name: str):
        super().__init__(nlp, name)
        # warm the caches so the first document pays nothing
        for table in (closed_class, auxiliaries, imperatives, trait_adjectives, abbreviations, first_names,
                      past_forms, state_participles):
            table()


@Language.factory("feedbacklint_lexicon")
def make_lexicon(nlp: Language, name: str) -> Lexicon:
    return Lexicon(nlp, name)


# ---------------------------------------------------------------- hybrid lemmatizer

KEEP_CASE_POS = {"PROPN"}


def _strip_noun_ending(low: str, definite: bool, plural: bool) -> str:
    if plural and definite:
        endings = ("erne", "ene", "ne")
    elif plural:
        return low  # -er/-e also end many singulars and non-nouns ("leder", "fremover")
    else:
        endings = ("en", "et")
    for ending in endings:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low


def _lemma_by_form(tok: Token, low: str, pos: str, lookup: Dict[str, str]) -> Optional[str]:
    """Lemmas DDT derives from the word class, where the lookup table (one entry per form,
    for all word classes) picks another reading. Each rule is narrow, because the tag it
    trusts can be wrong:

    * an adverb in -t keeps its form ("tydeligt", "sjældent"; the table gives "tydelig");
    * an active infinitive in -e keeps its form ("lede", "låse"; the table gives "led", "lås");
    * a present tense in -er the table maps to a bare stem is infinitive + r ("spiser" ->
      "spise"; the table gives "spis");
    * an adjective the table maps to a verb ("fokuseret" -> "fokusere") is a participle
      used as an adjective and keeps its form, as in DDT.
    """
    if pos == "ADV":
        if low.endswith("t") and not low.endswith("et") and low.isalpha() and tok.morph.get("Degree") not in (["Cmp"], ["Sup"]):
            return low
        return None
    if pos == "VERB":
        morph = tok.morph
        if "Inf" in morph.get("VerbForm"):
            if not low.endswith("e") or (low.endswith("ede") and lookup.get(low, low) != low):
                return None  # "ringede": a past tense the tagger took for an infinitive
            return low
        if "Pres" in morph.get("Tense") and low.endswith("er") and lookup.get(low) == low[:-2]:
            return low[:-1]
        return None
    if pos == "ADJ" and low.endswith(("et", "ende")):
        verb = lookup.get(low)
        if verb is not None and verb.endswith("e") and low.startswith(verb[:-1]):
            return low
    return None


def _load_lookup_from_package() -> Dict[str, str]:
    """Pruned copy of spacy-lookups-data's Danish lemma_lookup (lowercase keys, lemma != form)."""
    import json
    import os

    import spacy_lookups_data

    path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", "da_lemma_lookup.json.gz")
    with gzip.open(path, "rt", encoding="utf8") as fh:
        d = json.load(fh)
    return {k: v for k, v in d.items() if k == k.lower() and k != v}


class HybridLemmatizer:
    """trained table (form+UPOS, then form) -> lookup table (lowercased form) -> lowercase."""

    def __init__(self, nlp: Language, name: str, overwrite: bool = False):
        self.name = name
        self.overwrite = overwrite
        self.table: Dict[str, str] = {}  # "form\tUPOS" -> lemma and "form" -> lemma
        self._lookup: Optional[Dict[str, str]] = None
        self._lookup_path: Optional[Path] = None
        self.domain = domain_lemmas()

    # -- tables
    def set_table(self, pos_table: Dict[str, str]) -> None:
        """pos_table: 'lowerform\\tUPOS' -> lemma (from gold training data)."""
        from collections import Counter, defaultdict

        by_form: Dict[str, Counter] = defaultdict(Counter)
        table = {}
        for key, lemma in pos_table.items():
            form, pos = key.split("\t")
            table[key] = lemma
            by_form[form][lemma] += 1
        for form, c in by_form.items():
            table[form] = c.most_common(1)[0][0]
        self.table = table

    @property
    def lookup(self) -> Dict[str, str]:
        if self._lookup is None:
            if self._lookup_path is not None and self._lookup_path.exists():
                with gzip.open(self._lookup_path, "rt", encoding="utf8") as fh:
                    keys, vals = fh.read().split("\x00")
                self._lookup = dict(zip(keys.split("\n"), vals.split("\n")))
            else:
                self._lookup = _load_lookup_from_package()
        return self._lookup

    def lemmatize(self, tok: Token) -> str:
        text = tok.text
        pos = tok.pos_
        low = text.lower()
        if pos in KEEP_CASE_POS:
            # sentence-initial capitalised common words mis-tagged PROPN ("Notatet", "Statussen")
            if tok.is_sent_start and text not in first_names():
                lem = self.domain.get(low) or self.lookup.get(low)
                if lem is not None:
                    return lem
            return text
        lem = self.domain.get(low)
        if lem is not None:
            return lem
        if pos in ("PUNCT", "SYM", "NUM", "X") and not text.isalpha():
            return text
        lem = self.table.get(low + "\t" + pos)
        if lem is not None:
            return lem
        lem = _lemma_by_form(tok, low, pos, self.lookup)
        if lem is not None:
            return lem
        lem = self.table.get(low)
        if lem is not None:
            return lem
        lem = self.lookup.get(low)
        if lem is not None:
            return lem
        if pos == "NOUN":
            return self._unknown_noun_lemma(tok, low)
        return low

    def _unknown_noun_lemma(self, tok: Token, low: str) -> str:
        """A noun in neither table, typically a new compound ("kundemøderne", "MUS-samtalen").

        Danish inflects the last part of a compound, so an inflected one (by the tagger's
        features) is lemmatised through the longest head the lookup table knows
        ("kundemøderne" -> kunde + møde), else by stripping its ending ("onboardingen").
        An uninflected noun is its own lemma ("teamleder": not team + lede).
        """
        morph = tok.morph
        definite = "Def" in morph.get("Definite")
        plural = "Plur" in morph.get("Number")
        if not (definite or plural):
            return low
        lookup = self.lookup
        if "-" in low.strip("-"):
            cut = low.rindex("-") + 1
            head = low[cut:]
            return low[:cut] + lookup.get(head, _strip_noun_ending(head, definite, plural))
        for cut in range(3, len(low) - 3):
            lem = lookup.get(low[cut:])
            if lem is not None and lem != low[cut:] and low[cut:].startswith(lem[:-1]):
                return low[:cut] + lem
        return _strip_noun_ending(low, definite, plural)

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if tok.is_space:
                tok.lemma_ = tok.text
                continue
            if tok.lemma_ and not self.overwrite:
                continue
            tok.lemma_ = self.lemmatize(tok)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    # -- serialisation
    def to_disk(self, path, exclude=tuple()):
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(path / "table.msgpack", self.table)
        lookup = self.lookup
        keys = sorted(lookup)
        with gzip.open(path / "lookup.txt.gz", "wt", encoding="utf8", compresslevel=9) as fh:
            fh.write("\n".join(keys) + "\x00" + "\n".join(lookup[k] for k in keys))

    def from_disk(self, path, exclude=tuple()):
        path = ensure_path(path)
        self.table = srsly.read_msgpack(path / "table.msgpack")
        self._lookup = None
        self._lookup_path = path / "lookup.txt.gz"
        return self


@Language.factory("feedbacklint_lemmatizer", default_config={"overwrite": False})
def make_hybrid_lemmatizer(nlp: Language, name: str, overwrite: bool) -> HybridLemmatizer:
    return HybridLemmatizer(nlp, name, overwrite)


# ---------------------------------------------------------------- tokenizer


@registry.tokenizers("feedbacklint.SavedTokenizer.v1")
def create_saved_tokenizer():
    """spaCy's tokenizer with no rules of its own, for a pipeline whose
    ``tokenizer`` file holds the Danish rules.

    ``spacy.Tokenizer.v1`` first builds the language's default tokenizer
    (2,410 special cases, the affix regexes) and ``from_disk`` then builds the
    same tables again from the saved file; this factory skips the first build,
    about half the load time of the bundled pipeline. Tokenisation is exactly
    the saved tokenizer's.
    """

    def make_tokenizer(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make_tokenizer
