"""vague-praise: praise that names no situation, behaviour or effect.

Two triggers: a stock phrase ("Godt arbejde", "Du gør det godt", "Tak for din
indsats") and a person described with a bare praise word ("Lars er en god
kollega", "Du er fantastisk"). Either is only vague when nothing else in its
line names something concrete: every other word must come from the filler
lexicon (pronouns, degree words, "arbejde", "år", greetings ...).

Clean: praise that names a task, event or number ("Tak for din indsats under
flytningen: du pakkede ..."); a stock opener followed at once by a concrete
sentence, or a closing "Godt arbejde!" after one; and a bare description
followed by "men" ("Du er en dygtig tekniker, men ..."), which is the
praise-but pattern, not free-standing praise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..engine.context import Hit, Sentence
from . import register
from .vague_criticism import find_any, is_question, lowers, phrases_of, segments
from .vague_criticism import is_person as is_recipient

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..engine.context import TextContext
    from ..engine.lexicons import Lexicons

COPULAS = ("er", "var", "har været", "havde været", "er blevet", "har altid været")
# Words allowed between the copula and the praise word: "er en rigtig god kollega".
DEGREE = frozenset(
    {"en", "et", "så", "rigtig", "rigtigt", "virkelig", "meget", "super", "utrolig", "utroligt", "helt", "simpelthen",
     "bare", "altid", "generelt", "vildt", "mega", "enormt", "ret", "særdeles", "yderst", "total", "totalt", "kæmpe",
     "stor", "sådan"}
)
CONTRAST = frozenset({"men", "dog", "desværre", "derimod"})
REQUEST = frozenset({"skal", "bør", "burde", "skulle", "kunne"})
YEAR = re.compile(r"^(19|20)\d\d$")
GENERIC_SUBJECTS = frozenset({"medarbejderen", "vedkommende"})


def _stock(words: list[str], lexicons: Lexicons) -> list[tuple[int, int]]:
    out = []
    for a, b, _ in find_any(words, phrases_of(lexicons, "vague-praise"), max_gap=2):
        if "ikke" in words[max(0, a - 3) : b]:  # "har ikke levet op til", "lever ikke helt op til"
            continue
        if "jeg" in words[max(0, a - 3) : a] and words[a] != "glad":  # the writer's self-assessment
            continue
        out.append((a, b))
    return out


def _described(tokens: Sequence[Token], lexicons: Lexicons, names: frozenset[str]) -> tuple[int, int] | None:
    """Subject + copula + bare praise word (+ generic person noun): "Lars er en god kollega"."""
    words = lowers(tokens)
    adjectives = lexicons.words("praise-adjectives")
    nouns = lexicons.words("praise-person-nouns")
    for i in range(1, len(words)):
        cop = next((c for c in COPULAS if words[i : i + len(c.split())] == c.split()), None)
        if cop is None:
            continue
        subj = tokens[i - 1]
        if not (is_recipient(subj, names) or subj.lower_ in GENERIC_SUBJECTS) or subj.lower_ in ("dig", "ham", "hende"):
            continue
        j = i + len(cop.split())
        # a degree word may itself be the praise: "Du er super!"
        while j < len(words) and words[j] in DEGREE and not (
                words[j] in adjectives and (j + 1 == len(words) or not tokens[j + 1].is_alpha)):
            j += 1
        # "en super kollega": the praise word was taken for a degree word
        degree_praise = any(w in adjectives for w in words[i + len(cop.split()) : j])
        if j >= len(words) or not (words[j] in adjectives or (words[j] in nouns and degree_praise)):
            continue
        end = j + 1
        while end < len(words) and (words[end] in nouns or words[end] in adjectives or words[end] in DEGREE or (
            words[end] == "og" and end + 1 < len(words) and words[end + 1] in adjectives | DEGREE)):
            end += 1
        while words[end - 1] in DEGREE or words[end - 1] == "og":
            end -= 1
        return i - 1, end
    return None


def concrete(tokens: Sequence[Token], lexicons: Lexicons, names: frozenset[str]) -> bool:
    """Does this stretch name something concrete: a task, an event, a behaviour, a number?

    A bracketed placeholder counts: it is where the writer puts that fact.
    """
    # a broad area ("god til at samarbejde") is as vague in praise as in criticism
    filler = (lexicons.words("vague-praise-filler") | lexicons.words("praise-adjectives")
              | lexicons.words("praise-person-nouns") | lexicons.words("vague-areas"))
    for t in tokens:
        if YEAR.match(t.text):
            continue  # "Tak for en god indsats i 2025": a year is no situation
        if any(c.isdigit() for c in t.text) or t.text.startswith("["):
            return True
        if not t.is_alpha or len(t.text) < 3 or t.lower_ in names:
            continue
        if t.lower_ not in filler:
            return True
    return False


def _praise_clause(tokens: Sequence[Token]) -> list[Token]:
    """The stretch before a contrast word: what comes after "men" is not part of the praise."""
    for k, t in enumerate(tokens):
        if t.lower_ in CONTRAST and k:
            return list(tokens[:k])
    return list(tokens)


def _concrete_neighbour(tokens: Sequence[Token], lexicons: Lexicons, names: frozenset[str]) -> bool:
    """A neighbouring line of concrete praise, not a request or a question."""
    words = lowers(tokens)
    if not tokens or is_question(tokens) or words[0] in CONTRAST or REQUEST.intersection(words):
        return False
    if find_any(words, phrases_of(lexicons, "praise-neighbour-negative")):
        return False
    if lexicons.words("trait-adjectives").intersection(words):  # "Du er doven." is a label, not praise
        return False
    return concrete(tokens, lexicons, names)


@register("vague_praise")
def vague_praise(ctx: TextContext, rule, matches) -> Iterator[Hit]:
    names = ctx.names
    segs: list[tuple[Sentence, list[Token]]] = [(s, seg) for s in ctx.sentences for seg in segments(s)]
    for k, (sent, toks) in enumerate(segs):
        if is_question(toks):
            continue
        words = lowers(toks)
        found = [(a, b, "stock") for a, b in _stock(words, ctx.lexicons)]
        described = _described(toks, ctx.lexicons, names)
        if described and not any(a <= described[0] < b or described[0] <= a < described[1] for a, b, _ in found):
            found.append((*described, "described"))
        for a, b, kind in sorted(found):
            clause = _praise_clause(toks)
            if b > len(clause):
                continue  # the praise sits after "men"
            if kind == "described" and len(clause) < len(toks):
                continue  # "Du er en dygtig tekniker, men ...": praise-but, not free-standing praise
            rest = [t for i, t in enumerate(clause) if i < a or i >= b]
            if concrete(rest, ctx.lexicons, names):
                continue
            # "Godt arbejde. Du fik alle tre kunder med ...": the next line says what was good.
            nxt = segs[k + 1][1] if k + 1 < len(segs) else []
            prev = segs[k - 1][1] if k else []
            if _concrete_neighbour(nxt, ctx.lexicons, names) or _concrete_neighbour(prev, ctx.lexicons, names):
                continue
            start = sent.offsets(toks[a])[0]
            end = sent.offsets(toks[b - 1])[1]
            yield Hit(start, end, sent, {"praise": ctx.text[start:end], "first": a, "last": b, "tokens": toks,
                                         "segment": (sent.offsets(toks[0])[0], sent.offsets(toks[-1])[1])})
            break
