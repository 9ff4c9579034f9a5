"""Small Danish language helpers shared by checks and suggestion builders.

They rely on lexicons, lemmas and word order first; POS, morphology and
dependencies only confirm, so rules behave alike on the bundled pipeline,
the blank fallback and the official da_core_news models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

# Pronouns that point at the person receiving feedback (second person) or
# the person a note is about (third person). "I" (plural you) only capitalised.
RECIPIENT_PRONOUNS = frozenset({"du", "dig", "han", "hun", "ham", "hende", "vedkommende"})
SELF_PRONOUNS = frozenset({"jeg", "mig", "vi", "os", "man"})
NEGATIONS = frozenset({"ikke", "ingen", "intet", "aldrig"})
CLAUSE_BREAKERS = frozenset(
    {"at", "som", "når", "hvis", "fordi", "selvom", "mens", "da", "og", "men", "eller", "så", "før", "efter", "hvor", "der"}
)
PUNCT_BREAKERS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "!", "?", "."})


def low(tok: Token) -> str:
    return tok.lower_


def lemma(tok: Token) -> str:
    """Lowercased lemma, falling back to the lowercased form."""
    lem = tok.lemma_
    return (lem or tok.text).lower()


def is_recipient(tok: Token, names: frozenset[str] = frozenset(), *, allow_names: bool = True) -> bool:
    """Does this token refer to the feedback's recipient (du/I/han/hun/a name)?"""
    if tok.lower_ in RECIPIENT_PRONOUNS or tok.text == "I":
        return True
    return allow_names and is_name(tok, names)


SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "-", "•", "*", "–", "—"})


def is_name(tok: Token, names: frozenset[str] = frozenset()) -> bool:
    """A personal name: a known first name, PROPN, or a capitalised word mid-sentence."""
    if not tok.text[:1].isupper() or not tok.is_alpha or tok.text == "I":
        return False
    if tok.lower_ in names or tok.pos_ == "PROPN":
        return True
    if tok.i > tok.sent.start and tok.text[1:].islower():
        prev = tok.doc[tok.i - 1]
        return not (prev.text in SENTENCE_OPENERS or prev.is_space or "\n" in prev.whitespace_)
    return False


def _line_break(tok: Token) -> bool:
    """A whitespace token that breaks a line (a doubled space does not end a clause)."""
    return tok.is_space and ("\n" in tok.text or "\r" in tok.text)


def clause_of(tok: Token) -> Span:
    """The stretch of the sentence around ``tok`` not crossing punctuation or clause words."""
    sent = tok.sent
    start = tok.i
    while start > sent.start:
        prev = tok.doc[start - 1]
        if prev.text in PUNCT_BREAKERS or prev.lower_ in CLAUSE_BREAKERS or _line_break(prev):
            break
        start -= 1
    end = tok.i + 1
    while end < sent.end:
        nxt = tok.doc[end]
        if nxt.text in PUNCT_BREAKERS or nxt.lower_ in CLAUSE_BREAKERS or _line_break(nxt):
            break
        end += 1
    return tok.doc[start:end]


def words(span: Span | Iterable[Token]) -> list[Token]:
    return [t for t in span if not t.is_punct and not t.is_space]


def is_question(sent: Span) -> bool:
    toks = [t for t in sent if not t.is_space]
    return bool(toks) and toks[-1].text.endswith("?")


def first_word(sent: Span) -> Token | None:
    """First real word, skipping bullets, numbering and quotes."""
    for t in sent:
        if t.is_alpha:
            return t
    return None


def negated(tok: Token, window: int = 2) -> bool:
    """Is ``tok`` directly negated ("ikke altid")? Checks dependency and word order."""
    if any(c.lower_ in NEGATIONS and c.dep_ in ("advmod", "neg") for c in tok.children):
        return True
    for k in range(1, window + 1):
        j = tok.i - k
        if j < tok.sent.start:
            break
        if tok.doc[j].lower_ in ("ikke", "næsten"):
            return True
        if tok.doc[j].is_punct:
            break
    return False


@lru_cache(maxsize=65536)
def _norm_word(text: str) -> str:
    return text.lower().strip(".,;:!?\"'»«()")


@lru_cache(maxsize=512)
def _compiled_phrases(
    phrases: tuple[str, ...],
) -> tuple[dict[str, list[tuple[int, tuple[str, ...], str, bool]]], list[tuple[int, tuple[str, ...], str, bool]]]:
    """Phrases indexed by their first normalised word; ``*``-initial ones apart.
    Each entry: (order, words, phrase, has a ``*``)."""
    by_first: dict[str, list[tuple[int, tuple[str, ...], str, bool]]] = {}
    wild: list[tuple[int, tuple[str, ...], str, bool]] = []
    for order, phrase in enumerate(phrases):
        parts = tuple(w for w in (_norm_word(p) for p in phrase.split()) if w)
        if not parts:
            continue
        entry = (order, parts, phrase, "*" in parts)
        (wild if parts[0] == "*" else by_first.setdefault(parts[0], [])).append(entry)
    return by_first, wild


def may_start_phrase(tok: Token, phrases: Iterable[str]) -> bool:
    """Can a phrase of ``phrases`` start at ``tok``? A cheap test before ``find_phrases``
    on a window that must start with a match."""
    by_first, wild = _compiled_phrases(phrases if isinstance(phrases, tuple) else tuple(phrases))
    word = "" if tok.is_space else _norm_word(tok.text)
    return bool(word) and (bool(wild) or word in by_first)


class RecentByIdentity(Generic[K, V]):
    """The last few results of ``build(obj)``, found by the identity of ``obj``.

    Checks ask for the same thing about the same Doc, span or sentence several times
    in a row (one lexicon after another, one check after another). An entry holds
    its object, so the object's identity stays valid while it is cached."""

    def __init__(self, build: Callable[[K], V], size: int) -> None:
        self._build = build
        self._size = size
        self._entries: list[tuple[K, V]] = []  # most recent first

    def __call__(self, obj: K) -> V:
        for seen, value in self._entries:
            if seen is obj:
                return value
        value = self._build(obj)
        self._entries.insert(0, (obj, value))
        del self._entries[self._size :]
        return value


def per_token(tokens: Sequence[Token], doc_values: Callable[[Doc], list[T]]) -> list[T]:
    """``doc_values(doc)[t.i]`` for each token: a slice for a span; a list of tokens may
    run on into the next chunk's Doc ("this sentence + the next one")."""
    from spacy.tokens import Span  # spaCy is loaded by now; lang must import without it

    if isinstance(tokens, Span):
        return doc_values(tokens.doc)[tokens.start : tokens.end]
    out: list[T] = []
    doc = values = None
    for t in tokens:
        if t.doc is not doc:
            doc = t.doc
            values = doc_values(doc)
        out.append(values[t.i])
    return out


# Every token normalised ("" for spaces and bare punctuation), once per Doc: the checks
# search the same sentences for dozens of lexicons.
_doc_words = RecentByIdentity(lambda doc: ["" if t.is_space else _norm_word(t.text) for t in doc], size=4)


def _normalised_words(tokens: Sequence[Token]) -> tuple[list[int], list[str]]:
    """(positions in ``tokens``, normalised words) of the tokens that have a word."""
    all_words = per_token(tokens, _doc_words)
    pos = [i for i, w in enumerate(all_words) if w]
    return pos, [all_words[i] for i in pos]


def find_phrases(tokens: Sequence[Token], phrases: Iterable[str]) -> list[tuple[int, int, str]]:
    """Lexicon phrases in ``tokens``: (first, last + 1, phrase) as indexes into ``tokens``.

    Words compare lowercased with punctuation ignored on both sides ("nogen, der"
    matches "nogen der"); ``*`` in a phrase matches any one word. Overlaps are
    resolved longest-first, so "en lille smule" wins over "en smule".
    """
    pos, words_ = _normalised_words(tokens)
    by_first, wild = _compiled_phrases(phrases if isinstance(phrases, tuple) else tuple(phrases))
    # Only phrases whose first word is here are tried at a position (was: every phrase everywhere).
    hits: list[tuple[int, int, int, int, str]] = []  # (phrase order, k, first, end, phrase)
    n_words = len(words_)
    for k, w in enumerate(words_):
        candidates = by_first.get(w)
        for group in (candidates, wild):
            if not group:
                continue
            for order, parts, phrase, starred in group:
                n = len(parts)
                if k + n > n_words:
                    continue
                if n > 1:
                    if starred:
                        if not all(p == "*" or p == words_[k + j] for j, p in enumerate(parts)):
                            continue
                    elif tuple(words_[k : k + n]) != parts:
                        continue
                hits.append((order, k, pos[k], pos[k + n - 1] + 1, phrase))
    hits.sort()  # the order the phrase-by-phrase scan produced, so ties resolve as before
    found = [(a, b, phrase) for _, _, a, b, phrase in hits]
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: set[int] = set()
    out = []
    for f in found:
        if not taken.intersection(range(f[0], f[1])):
            taken.update(range(f[0], f[1]))
            out.append(f)
    return sorted(out)


def line_segments(span: Span) -> list[list[Token]]:
    """The sentence's tokens split at line breaks (the blank pipeline keeps lines together)."""
    # several checks ask for the same sentence's lines in a row; hand out fresh lists
    return [list(line) for line in _recent_lines(span)]


def _split_lines(span: Span) -> list[list[Token]]:
    segs: list[list[Token]] = [[]]
    for t in span:
        if t.is_space and "\n" in t.text:
            segs.append([])
            continue
        segs[-1].append(t)
        if "\n" in t.whitespace_:
            segs.append([])
    return [s for s in segs if s]


_recent_lines = RecentByIdentity(_split_lines, size=8)


IRREGULAR_INFINITIVES = {
    "er": "være", "var": "være", "har": "have", "havde": "have", "når": "nå", "nåede": "nå", "gør": "gøre",
    "gjorde": "gøre", "går": "gå", "gik": "gå", "får": "få", "fik": "få", "ser": "se", "så": "se", "tager": "tage",
    "tog": "tage", "kommer": "komme", "kom": "komme", "siger": "sige", "sagde": "sige", "ved": "vide",
    "vidste": "vide", "giver": "give", "gav": "give", "skriver": "skrive", "skrev": "skrive", "bliver": "blive",
    "blev": "blive", "står": "stå", "stod": "stå", "beder": "bede", "bad": "bede", "finder": "finde", "fandt": "finde",
    "holder": "holde", "holdt": "holde", "sidder": "sidde", "sad": "sidde", "kan": "kunne", "skal": "skulle",
    "vil": "ville", "må": "måtte", "bør": "burde", "tror": "tro", "bor": "bo", "sætter": "sætte", "satte": "sætte",
    "lægger": "lægge", "lagde": "lægge", "følger": "følge", "fulgte": "følge", "vælger": "vælge", "valgte": "vælge",
}


def infinitive(tok: Token) -> str:
    """Infinitive of a finite verb ('kiggede' → 'kigge', 'når' → 'nå', 'laver' → 'lave').

    Works without a lemmatizer: irregular verbs from a table, then the regular
    Danish endings; the lookup lemma only where it looks like an infinitive.
    """
    low = tok.lower_
    if low in IRREGULAR_INFINITIVES:
        return IRREGULAR_INFINITIVES[low]
    if len(low) > 5 and low.endswith("ede"):
        return low[:-2]
    if len(low) > 4 and low.endswith("te") and not low.endswith("ste"):
        return low[:-2] + "e"
    if len(low) > 4 and low.endswith("er") and not low.endswith("ere"):
        return low[:-1]
    lem = (tok.lemma_ or "").lower()
    if lem and lem != low and lem.endswith("e") and not low.endswith(("ere", "est")):
        return lem
    return low
