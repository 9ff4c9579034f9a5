"""Small Danish language helpers shared by checks and suggestion builders.

They rely on lexicons, lemmas and word order first; POS, morphology and
dependencies only confirm, so rules behave alike on the bundled pipeline,
the blank fallback and the official da_core_news models.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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


def clause_of(tok: Token) -> Span:
    """The stretch of the sentence around ``tok`` not crossing punctuation or clause words."""
    sent = tok.sent
    start = tok.i
    while start > sent.start:
        prev = tok.doc[start - 1]
        if prev.text in PUNCT_BREAKERS or prev.lower_ in CLAUSE_BREAKERS or prev.is_space:
            break
        start -= 1
    end = tok.i + 1
    while end < sent.end:
        nxt = tok.doc[end]
        if nxt.text in PUNCT_BREAKERS or nxt.lower_ in CLAUSE_BREAKERS or nxt.is_space:
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
