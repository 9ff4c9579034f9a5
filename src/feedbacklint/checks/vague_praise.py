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

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
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
COPULA_PARTS = tuple((c, c.split()) for c in COPULAS)
COPULA_FIRST_WORDS = frozenset(parts[0] for _, parts in COPULA_PARTS)
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


# Words before "tak" that only make the thanks bigger: "Stor tak", "Kæmpe tak", "Tusind tak".
THANKS_INTENSIFIERS = frozenset({"stor", "stort", "kæmpe", "tusind", "mange", "hjertelig", "hjerteligt", "varm", "varmt",
                                 "særlig", "ekstra"})
# Words between "tak for" and a generic noun: "tak for det store arbejde", "tak for al din indsats".
THANKS_FILLER = frozenset({"det", "den", "de", "din", "dit", "dine", "jeres", "hans", "hendes", "et", "en", "al", "alt",
                           "alle", "store", "stort", "kæmpe", "ekstra", "hårde", "flotte", "gode", "fine", "solide"})
# The writer's feelings about the work: "(jeg er) tilfreds med din indsats".
FEELINGS = frozenset({"tilfreds", "tilfredse", "glad", "glade", "stolt", "stolte"})
# Words that make the phrase about the recipient even when "jeg" is near: "jeg er glad for DIN indsats".
RECIPIENT_WORDS = frozenset({"du", "dig", "din", "dit", "dine", "jer", "jeres", "ham", "hende", "hans", "hendes"})
# Words that turn satisfaction into its opposite: "ikke tilfreds", "mindre tilfreds", "knap så glad".
NEGATORS = frozenset({"ikke", "mindre", "knap", "utilfreds"})
# What may follow a free-standing "Flot indsats": the end, a comma, a name, or a preposition
# ("Flot indsats i år"); a verb means the noun phrase is a subject ("Godt samarbejde kræver tillid").
NP_FOLLOWERS = frozenset({"i", "med", "på", "til", "fra", "ved", "under", "af", "omkring", "gennem", "om", "for", "over",
                          "hos", "efter", "siden", "hele", "igen", "allesammen", "alle", "og"})
NP_OPENERS = frozenset({"sikke", "hvilken", "hvilket", "en", "et", "rigtig", "rigtigt", "virkelig", "super", "meget",
                        "utrolig", "utroligt", "vildt", "mega", "helt", "total", "totalt", "endnu", "igen", "altså"})
NP_ADJECTIVES = frozenset({"stor", "store", "stort", "kæmpe"})


@lru_cache(maxsize=16)
def _stock_phrases(lexicons: Lexicons) -> tuple[str, ...]:
    """The stock phrases with "a|b" alternatives spelled out: "klarer|klarede sig godt" → two phrases."""
    out: list[str] = []
    for phrase in phrases_of(lexicons, "vague-praise"):
        slots = [w.split("|") for w in phrase.lower().split()]
        out.extend(" ".join(combo) for combo in itertools.product(*slots))
    return tuple(out)


def _writer_about_self(words: list[str], a: int, b: int) -> bool:
    """"Jeg har gjort det godt": the nearest person before the phrase is the writer, and the
    phrase itself names nobody else ("jeg er glad for DIN indsats" is about the recipient)."""
    if RECIPIENT_WORDS.intersection(words[a:b]) or words[a] in FEELINGS:
        return False  # "jeg er stolt af indsatsen": the writer judges someone else's work
    for w in reversed(words[max(0, a - 3) : a]):
        if w in ("jeg", "mig"):
            return True
        if w in ("du", "han", "hun"):
            return False
    return False


def _longest(found: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Drop a match inside one of a longer phrase: "Flot indsats" wins over "Flot"
    (but "Godt gået i år" stays "Godt gået", not "godt ... år" matched across a gap)."""
    sized = {(a, b, len(p.split())) for a, b, p in found}
    keep = {(a, b) for a, b, n in sized
            if not any(c <= a and b <= d and (c, d) != (a, b) and m > n for c, d, m in sized)}
    return sorted(keep)


def _stock(words: list[str], lexicons: Lexicons) -> list[tuple[int, int]]:
    out = []
    for a, b in _longest(find_any(words, _stock_phrases(lexicons), max_gap=2)):
        if NEGATORS.intersection(words[max(0, a - 3) : b]):  # "har ikke levet op til", "ikke helt tilfreds"
            continue
        if _writer_about_self(words, a, b):  # the writer's self-assessment
            continue
        if words[a] in FEELINGS:  # "jeg er meget tilfreds med din indsats": the writer's verdict is the praise
            before = words[max(0, a - 3) : a]
            if {"du", "han", "hun", "i", "selv"}.intersection(before):
                continue  # "Du er selv tilfreds med din indsats": the employee's own view, not praise
            a = next((k for k in range(max(0, a - 3), a) if words[k] in ("jeg", "vi")), a)
        out.append((a, b))
    return sorted(set(out) | set(_thanks(words, lexicons)) | set(_praise_phrase(words, lexicons)))


def _with_intensifier(words: list[str], a: int) -> int:
    """"Stor tak", "En kæmpe tak", "Tusind tak": the intensifier belongs to the thanks."""
    while a and words[a - 1] in THANKS_INTENSIFIERS:
        a -= 1
    if a and words[a - 1] == "en" and a < len(words) and words[a] in THANKS_INTENSIFIERS:
        a -= 1
    return a


def _thanks(words: list[str], lexicons: Lexicons) -> list[tuple[int, int]]:
    """"(Stor) tak for (det store / al din) indsats|arbejde|samarbejde ...": thanks for work in general."""
    nouns = lexicons.words("praise-generic-nouns")
    polite = lexicons.mapping("praise-generic-nouns")
    adjectives = lexicons.words("praise-adjectives")
    out = []
    for i, w in enumerate(words[:-2]):
        if w != "tak" or words[i + 1] != "for":
            continue
        j = i + 2
        while j < len(words) and j < i + 6 and (words[j] in THANKS_FILLER or words[j] in adjectives or words[j] in DEGREE):
            j += 1
        if j < len(words) and words[j] in nouns:
            praised = any(w in adjectives for w in words[i + 2 : j])
            if polite.get(words[j]) == "polite" and not praised:
                continue  # "Tak for samarbejdet": a courtesy
            out.append((_with_intensifier(words, i), j + 1))
    return out


def _praise_phrase(words: list[str], lexicons: Lexicons) -> list[tuple[int, int]]:
    """A free-standing praise word + generic noun: "Flot indsats!", "Fin præstation, Ida", "Sikke et godt samarbejde"."""
    nouns = lexicons.words("praise-generic-nouns")
    adjectives = lexicons.words("praise-adjectives") | NP_ADJECTIVES
    out = []
    for start in range(len(words)):
        if start and words[start - 1] not in (",", "!", ".", ":", "-", "–", "—"):
            continue  # only at the start of the line or after a comma
        j = start
        while j < len(words) and words[j] in NP_OPENERS and not (words[j] in adjectives and j + 1 < len(words)
                                                                and words[j + 1] in nouns):
            j += 1
        k = j
        while k < len(words) and (words[k] in adjectives or (words[k] == "og" and k > j)):
            k += 1
        if k == j or k >= len(words) or words[k] not in nouns or words[k - 1] == "og":
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        if after and after.isalpha() and after not in NP_FOLLOWERS:
            continue  # "Godt samarbejde kræver tillid": the phrase is a subject, not praise
        out.append((start, k + 1))
    return out


def _described(tokens: Sequence[Token], lexicons: Lexicons, names: frozenset[str]) -> tuple[int, int] | None:
    """Subject + copula + bare praise word (+ generic person noun): "Lars er en god kollega"."""
    words = lowers(tokens)
    adjectives = lexicons.words("praise-adjectives")
    nouns = lexicons.words("praise-person-nouns")
    for i in range(1, len(words)):
        if words[i] not in COPULA_FIRST_WORDS:
            continue
        cop = next((c for c, parts in COPULA_PARTS if words[i : i + len(parts)] == parts), None)
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
