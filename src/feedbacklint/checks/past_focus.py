"""past-focus: corrective feedback that only looks back and never turns forward.

The unit of judgement is the whole text: a correction about a past event
("Du nåede ikke fristen i april") is only a finding when no sentence in the
text offers a next step, a request, an agreement or a question to the
employee. Concrete praise of past events, the manager's own slips ("Jeg har
ikke fulgt op") and hypotheticals ("kunne være gået galt") are not
corrections. A backward why-question is not a forward step (d0183).

The helpers here (line segments, past tense, phrase search) are shared by
the other checks of this group.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..engine.context import Hit, Sentence, TextContext
from ..lang import RecentByIdentity, is_recipient, per_token
from . import register

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SELF_WORDS = frozenset({"jeg", "mig", "vi", "os", "min", "mit", "mine", "vores", "man"})
AUXILIARIES = frozenset({"har", "havde", "er", "var", "blev", "bliver", "blevet", "været", "have", "ikke", "aldrig", "stadig", "jo", "også", "kun"})
MODALS_HYPOTHETICAL = frozenset({"kunne", "ville", "skulle", "burde"})
HV_WORDS = frozenset({"hvorfor", "hvad", "hvordan", "hvornår", "hvem", "hvilke", "hvilken", "hvilket"})
LEADING_JUNK = frozenset({"-", "•", "*", "–", "—", "·", ">", '"', "»", "«", "(", ")"})


# -- segments -------------------------------------------------------------
def segments(ctx: TextContext) -> list[tuple[Sentence, Span]]:
    """Sentences split further at line breaks (the blank pipeline keeps lines together).

    Each segment is a Span without leading/trailing whitespace tokens.
    """
    cached = ctx.cache.get("qd_segments")
    if cached is not None:
        return cached
    out: list[tuple[Sentence, Span]] = []
    for sent in ctx.sentences:
        span = sent.span
        doc = span.doc
        start = span.start
        for tok in span:
            if tok.is_space and "\n" in tok.text:
                _add(out, sent, doc, start, tok.i)
                start = tok.i + 1
            elif "\n" in tok.whitespace_:
                _add(out, sent, doc, start, tok.i + 1)
                start = tok.i + 1
        _add(out, sent, doc, start, span.end)
    out = _rejoin(out)
    ctx.cache["qd_segments"] = out
    return out


def _rejoin(segs: list[tuple[Sentence, Span]]) -> list[tuple[Sentence, Span]]:
    """Undo splits a statistical segmenter makes inside a sentence on one line:
    a lone "?" or a piece that starts in lowercase after no final punctuation."""
    out: list[tuple[Sentence, Span]] = []
    for sent, seg in segs:
        if out:
            psent, prev = out[-1]
            same_line = prev.doc is seg.doc and "\n" not in prev.doc[prev.end - 1 : seg.start].text_with_ws
            first = next((t for t in seg if t.is_alpha), None)
            open_end = prev[-1].text not in (".", "!", "?", ":", ";") and not prev[-1].text.endswith(("?", "!"))
            if same_line and (first is None or (open_end and first.text[:1].islower())):
                out[-1] = (psent, prev.doc[prev.start : seg.end])
                continue
        out.append((sent, seg))
    return out


def _add(out: list, sent: Sentence, doc, start: int, end: int) -> None:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start < end:
        out.append((sent, doc[start:end]))


def content_start(seg: Span) -> int:
    """Index (in the doc) of the first real word, skipping bullets and numbering ("1.", "-")."""
    for tok in seg:
        if tok.is_alpha:
            return tok.i
    return seg.start


def _last_token(seg: Span) -> Token | None:
    for k in range(len(seg) - 1, -1, -1):
        if not seg[k].is_space:
            return seg[k]
    return None


def is_question_span(seg: Span) -> bool:
    last = _last_token(seg)
    return last is not None and "?" in last.text


def lacks_end_punct(seg: Span) -> bool:
    """A sloppy line with no final punctuation at all ("hvorfor fik jeg ikke besked")."""
    last = _last_token(seg)
    return last is not None and (last.is_alpha or last.like_num)


# -- words ----------------------------------------------------------------
def norm(tok: Token) -> str:
    return tok.lower_.strip(".,;:!?\"'»«()")


@lru_cache(maxsize=1)
def _lookup_table():
    try:
        from spacy.lookups import load_lookups

        return load_lookups("da", ["lemma_lookup"]).get_table("lemma_lookup")
    except Exception:  # spacy-lookups-data missing: fall back to the pipeline's lemmas
        return {}


def base_form(tok: Token) -> str:
    """Lemma from the pipeline; the lookup table (slow to load) only for a pipeline without lemmas."""
    lem = tok.lemma_
    if lem:
        return lem.lower()
    low = tok.lower_
    return _lookup_table().get(low, low)


@lru_cache(maxsize=256)
def _phrases_by_first_word(phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    index: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        parts = phrase.lower().split()
        if parts:
            index.setdefault(parts[0], []).append(parts)
    return index


# ``norm`` of every token, None for punctuation and spaces; once per Doc
_doc_words = RecentByIdentity(lambda doc: [None if t.is_punct or t.is_space else norm(t) for t in doc], size=4)


def find_phrase(tokens: Sequence[Token], phrases: Iterable[str]) -> list[tuple[int, int]]:
    """Positions (i, j) in ``tokens`` where a lowercased phrase occurs, ignoring punctuation tokens."""
    all_words = per_token(tokens, _doc_words)
    idx = [k for k, w in enumerate(all_words) if w is not None]
    words = [all_words[k] for k in idx]
    # every check calls this per sentence: try only the phrases whose first word is here
    index = _phrases_by_first_word(phrases if isinstance(phrases, tuple) else tuple(phrases))
    found = []
    for k, word in enumerate(words):
        for parts in index.get(word, ()):
            n = len(parts)
            if words[k : k + n] == parts:
                found.append((idx[k], idx[k + n - 1] + 1))
    return sorted(found)


def has_phrase(tokens: Sequence[Token], phrases: Iterable[str]) -> bool:
    return bool(find_phrase(tokens, phrases))


# -- tense ----------------------------------------------------------------
def _morph(tok: Token, key: str) -> list[str]:
    try:
        return tok.morph.get(key)
    except Exception:
        return []


def _weak_past(low: str, lem: str) -> bool:
    """Weak past (lavede, glemte, sendte): shares the stem of an infinitive in -e."""
    if len(low) < 4 or low.endswith("ende") or lem == low or not lem.endswith("e") or len(lem) < 3:
        return False
    stem = lem[:-1]
    if low.endswith(("ede", "te", "de")) and low.startswith(stem):
        return True
    if len(stem) >= 3 and stem[-1] == stem[-2] and low == stem[:-1] + "te":
        return True  # "ramme" → "ramte", "kende" is not doubled
    return stem.endswith("ld") and low == stem + "t"  # "indeholde" → "indeholdt"


# -t words that are degree, quantity or manner words, never participles ("er alt for kontrollerende")
NOT_PARTICIPLES = frozenset(
    {"alt", "slet", "let", "fast", "helt", "tæt", "kort", "sent", "meget", "lidt", "godt", "nok", "mest", "vist", "blot", "tit", "ret"}
)


def _participle(low: str, lem: str) -> bool:
    """Past participle (opdateret, meldt, fået): -et/-t from an infinitive."""
    if len(low) < 3 or lem == low or len(lem) < 2:
        return False
    if lem.endswith("e"):
        return low.endswith(("et", "t")) and low.startswith(lem[:-1])
    return low in (lem + "et", lem + "t", lem + "ået")


def is_past_verb(tok: Token, past_words: frozenset[str]) -> bool:
    """A finite past verb: lexicon, weak-past suffix, or the tagger's Tense=Past."""
    low = tok.lower_
    if not tok.is_alpha or low in MODALS_HYPOTHETICAL:
        return False
    if "Past" in _morph(tok, "Tense") and "Fin" in _morph(tok, "VerbForm"):
        return True
    if low in past_words:
        return True
    # the suffix rule is a guess: let a tagger veto it for nouns and adjectives
    if tok.pos_ in ("NOUN", "PROPN", "ADJ", "ADP", "DET", "PRON", "NUM"):
        return False
    return _weak_past(low, base_form(tok))


def is_perfect(tokens: Sequence[Token], k: int, past_words: frozenset[str]) -> bool:
    """"har/havde (ikke) + participle" starting at tokens[k]."""
    if tokens[k].lower_ not in ("har", "havde", "er", "blev", "bliver"):
        return False
    for j in range(k + 1, min(k + 5, len(tokens))):
        t = tokens[j]
        if not t.is_alpha:
            return False
        low = t.lower_
        if "Part" in _morph(t, "VerbForm") and "Past" in _morph(t, "Tense"):
            return True
        if low in past_words or (low not in NOT_PARTICIPLES and _participle(low, base_form(t))):
            return True
        if low not in AUXILIARIES and not is_recipient(t) and low not in ("det", "der", "dog", "nu", "endnu", "helt", "godt"):
            return False
    return False


# -- the check ----------------------------------------------------------------
class PastLexicons:
    @classmethod
    def for_rule(cls, ctx: TextContext, rule) -> "PastLexicons":
        """Built once per lexicons and rule parameters, not per text."""
        return ctx.lexicons.for_rule(rule, cls.__name__, lambda: cls(ctx, rule))

    def __init__(self, ctx: TextContext, rule) -> None:
        p = rule.params
        lex = ctx.lexicons
        self.past_words = lex.words(p.get("past_verbs", "past-verbs"))
        self.past_time = lex.phrases(p.get("past_time", "past-time"))
        self.months = lex.words(p.get("months", "past-months"))
        self.negative = lex.phrases(p.get("negative", "past-negative"))
        self.acts = lex.phrases(p.get("acts", "past-negative-acts"))
        self.positive_neg = lex.phrases(p.get("positive_negations", "past-positive-negations"))
        self.turn_to_praise = lex.phrases(p.get("turn_to_praise", "past-turn-to-praise"))
        self.forward = lex.phrases(p.get("forward", "past-forward"))
        self.backward_q = lex.phrases(p.get("backward_questions", "past-backward-questions"))
        self.fixes = lex.words(p.get("fixes", "past-fixes"))
        self.fejl_neutral = tuple(lex.words(p.get("fejl_neutral", "past-fejl-neutral")))
        self.excess = lex.words(p.get("excess", "past-excess"))
        self.improvement = lex.phrases(p.get("improvement", "past-improvement"))
        self.contrast_now = lex.phrases(p.get("contrast_now", "past-contrast-now"))
        self.achievements = lex.words(p.get("achievements", "past-achievements"))
        self.achievement_scope = lex.phrases(p.get("achievement_scope", "past-achievement-scope"))
        self.achievement_objects = lex.phrases(p.get("achievement_objects", "past-achievement-objects"))
        self.impacts = lex.phrases(p.get("impacts", "past-negative-impacts"))
        self.signoffs = lex.phrases(p.get("signoffs", "past-signoffs"))
        self.forward_weak = frozenset(lex.phrases(p.get("forward_weak", "past-forward-weak")))
        from .praise_but import PraiseLexicons

        self.praise = PraiseLexicons.for_rule(ctx, rule)


def clause_bounds(tokens: Sequence[Token], k: int) -> tuple[int, int]:
    """The clause around tokens[k], cut at punctuation and clause words (but not at ":")."""
    breakers = {"at", "som", "når", "hvis", "fordi", "selvom", "mens", "da", "og", "men", "eller", "før", "efter", "hvor", "så"}
    punct = {",", ";", "—", "–", "(", ")", "!", "?", "."}
    i = k
    while i > 0 and tokens[i - 1].text not in punct and tokens[i - 1].lower_ not in breakers:
        i -= 1
    j = k + 1
    while j < len(tokens) and tokens[j].text not in punct and tokens[j].lower_ not in breakers:
        j += 1
    return i, j


def _negatives(tokens: Sequence[Token], lx: PastLexicons) -> list[tuple[int, str]]:
    """Correction words with their kind: "fejl"/"for sent" (any subject), "ikke" and
    acts like "afbrød" (the person's own), "kun 70 % af" (a missed target)."""
    out = []
    for k, t in enumerate(tokens):
        low = norm(t)
        if low.endswith(("fejl", "fejlen", "fejlene")) or (low.startswith("fejl") and not low.startswith(lx.fejl_neutral)):
            out.append((k, "word"))  # "fejlposteringer", "fejlagtige priser" too
        elif low == "alt" and k + 1 < len(tokens) and tokens[k + 1].lower_ == "for" and k + 2 < len(tokens) and tokens[k + 2].is_alpha:
            out.append((k, "excess"))  # "det var alt for dyrt"
        elif low == "for" and k + 1 < len(tokens) and norm(tokens[k + 1]) in lx.excess and not (k > 0 and tokens[k - 1].lower_ == "alt"):
            out.append((k, "excess"))  # "den var for lang"
        elif low == "ikke" and _negated_achievement(tokens, k, lx):
            out.append((k, "achieve"))  # "har ikke overholdt en eneste deadline"
        elif low == "ikke":
            # "Du var ikke bange for ...", "du gav ikke op": a negated negative is praise
            after = [p for p in lx.positive_neg if "ikke" not in p.split()]
            around = [p for p in lx.positive_neg if "ikke" in p.split()]
            if not find_phrase(tokens[k + 1 : k + 4], after) and not find_phrase(tokens[max(k - 2, 0) : k + 3], around):
                out.append((k, "own"))
        elif low == "kun" and k + 1 < len(tokens):
            nxt = tokens[k + 1]
            if (nxt.like_num or any(c.isdigit() for c in nxt.text)) and any(
                x.lower_ in ("%", "af", "procent", "pct", "pct.") for x in tokens[k + 2 : k + 4]
            ):
                out.append((k, "target"))
    out += [(i, "word") for i, _j in find_phrase(tokens, lx.negative)]
    out += [(i, "own") for i, _j in find_phrase(tokens, _inverted(lx.acts))]
    # "du kom ikke for sent en eneste gang", "slet ikke dårligt": a negated slip is praise
    negated = {i for i, kind in out if kind != "own" and any(tokens[j].lower_ in ("ikke", "aldrig") for j in (i - 1, i - 2) if j >= 0)}
    negators = {j for i in negated for j in (i - 1, i - 2) if j >= 0 and tokens[j].lower_ in ("ikke", "aldrig")}
    out = [(i, kind) for i, kind in out if i not in negated and i not in negators]
    return sorted(set(out))


def _negated_achievement(tokens: Sequence[Token], k: int, lx: PastLexicons) -> bool:
    """"har/havde ikke + achievement participle + a quantifier or closed period"; "endnu"/"stadig" keep it open."""
    if not any(tokens[j].lower_ in ("har", "havde") for j in range(max(k - 3, 0), k)):
        return False
    part = next((j for j in range(k + 1, min(k + 3, len(tokens))) if norm(tokens[j]) in lx.achievements), None)
    if part is None:
        return False
    if any(t.lower_ in ("endnu", "stadig", "før", "altid") for t in tokens[max(k - 3, 0) : part + 8]):
        return False
    if any(i == 0 for i, _ in find_phrase(tokens[part + 1 : part + 4], lx.achievement_objects)):
        return True  # "har ikke overholdt fristen"
    return any(i <= part + 5 for i, _ in find_phrase(tokens[part + 1 :], lx.achievement_scope))


AIMED_AT_PERSON = frozenset({"dig", "din", "dit", "dine", "ham", "hans", "hende", "hendes", "jer", "jeres", "det", "den", "svaret", "tonen"})
SELF_SUBJECTS = frozenset({"jeg", "vi", "man"})


def _self_clause(clause: Sequence[Token], names: frozenset[str]) -> bool:
    """The manager's or team's own doing ("Jeg har ikke fulgt op", "Vi nåede ikke"); a possessive
    like "vores aftale" does not make "Du brød vores aftale" the manager's slip."""
    if any(t.lower_ in SELF_SUBJECTS for t in clause):
        return True
    if not any(t.lower_ in SELF_WORDS for t in clause):
        return False
    return not any(is_recipient(t, names) and t.lower_ not in ("dig", "ham", "hende", "jer") for t in clause)


def _person_responded(tokens: Sequence[Token], i: int, j: int, lx: PastLexicons, names: frozenset[str]) -> bool:
    """A difficulty followed by what the person did about it, with nothing else going wrong:
    "Da køen blev alt for lang, åbnede du ..." or "Den første version var for lang, så du kortede den ned"."""
    later = [t for t in tokens[j:] if not t.is_punct]
    if not later or _negatives(tokens[j:], lx):
        return False
    if i > 0 and tokens[i - 1].lower_ in SUBORDINATORS:
        return any(is_recipient(t, names) and t.lower_ not in ("dig", "ham", "hende", "jer") for t in later[:3])
    if later[0].lower_ in ("så", "og") and len(later) > 2 and is_recipient(later[1], names):
        return later[0].lower_ == "så" or any(base_form(t) in lx.fixes for t in later)
    return False


def _improvement(tokens: Sequence[Token], i: int, j: int, lx: PastLexicons) -> bool:
    """Progress against the person's own earlier level: "har halveret antallet af fejl",
    "færre fejl end sidste år", or "..., i år kun tre" after the old figure."""
    if has_phrase(tokens[i:j], lx.improvement):
        return True
    later = tokens[j:]
    if later and later[0].text == ",":
        head = [t for t in later if not t.is_punct][:4]
        if any(a == 0 for a, _ in find_phrase(head, lx.contrast_now)) and not _negatives(later[1:], lx):
            return True
    return False


@lru_cache(maxsize=8)
def _inverted_cached(acts: tuple[str, ...]) -> tuple[str, ...]:
    out = list(acts)
    for a in acts:
        first, _, rest = a.partition(" ")
        if rest:  # "hævede stemmen" → also "hævede du stemmen" after a fronted time or place
            out += [f"{first} {pron} {rest}" for pron in ("du", "han", "hun", "i")]
    return tuple(out)


def _inverted(acts: list[str]) -> tuple[str, ...]:
    return _inverted_cached(tuple(acts))


OWN_MARKERS = frozenset({"din", "dit", "dine", "hans", "hendes", "jeres"})
CONCESSIVE = frozenset({"selvom", "skønt", "trods", "omend"})
SUBORDINATORS = frozenset({"da", "når", "hvis", "fordi", "mens", "efter", "før", "inden"})


def _own(clause: Sequence[Token], names: frozenset[str]) -> bool:
    """Is the clause about the person's own doing: subject, possessive, or a passive with no named actor?"""
    if any(t.lower_ in OWN_MARKERS or (is_recipient(t, names) and t.lower_ not in ("dig", "ham", "hende")) for t in clause):
        return True
    lows = [t.lower_ for t in clause]
    for k, w in enumerate(lows):
        if w in ("var", "blev", "er", "bliver") and any(
            _participle(x, base_form(clause[j])) and x not in NOT_PARTICIPLES for j, x in enumerate(lows) if k < j <= k + 4
        ):
            return True  # "standen var ikke ryddet op"
    return False


def _past_in(tokens: Sequence[Token], lx: PastLexicons, *, perfect: bool = True) -> bool:
    """A past event in these tokens. ``perfect=False`` ignores "har + participle":
    "har ikke gennemført" is a state that still holds, not an old mistake."""
    for k, t in enumerate(tokens):
        if is_past_verb(t, lx.past_words):
            return True
        if perfect and is_perfect(tokens, k, lx.past_words):
            return True
        if tokens[k].lower_ == "havde" and is_perfect(tokens, k, lx.past_words):
            return True
        if norm(t) in lx.months and k > 0 and tokens[k - 1].lower_ == "i":
            return True
    return has_phrase(tokens, lx.past_time)


def _dated_line(tokens: Sequence[Token], lx: PastLexicons) -> bool:
    """A line or sentence that opens with a past date: "Januar: ...", "I fredags ...", "Sidste år ..."."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    if norm(words[0]) in lx.months:
        return True
    return any(i == 0 for i, _ in find_phrase(words[:4], lx.past_time))


def _hypothetical(tokens: Sequence[Token]) -> bool:
    lows = [t.lower_ for t in tokens]
    if lows and lows[0] == "hvis":
        return True
    return any(a in MODALS_HYPOTHETICAL and b in ("have", "være") for a, b in zip(lows, lows[1:] + [""]))


@dataclass(frozen=True)
class Correction:
    """Doc token indexes: the span to flag, the trigger word and the clause around it."""

    start: int
    end: int
    trigger: int
    clause_start: int
    clause_end: int


def turns_to_praise(seg: Span, lx: PastLexicons) -> bool:
    """Does this segment open by turning a difficulty into praise ("Alligevel klarede du ...")?"""
    head = [t for t in seg if not t.is_punct][:4]
    opens = any(i == 0 for i, _ in find_phrase(head, lx.turn_to_praise))
    # "Du har fået det ned på nul": progress on the old problem
    return (opens or has_phrase(list(seg), lx.improvement)) and not _negatives(list(seg), lx)


def correction_in(seg: Span, lx: PastLexicons, names: frozenset[str]) -> Correction | None:
    """The first backward correction inside this segment, if any."""
    first = next((t for t in seg if t.is_alpha), None)
    if is_question_span(seg) or (first is not None and first.lower_ in HV_WORDS):
        return None  # questions (also sloppy ones without "?") are judged by the question rules
    tokens = list(seg)
    # praise in the segment: only what follows its "men" can be a correction
    praise = lx.praise.praise_positions(tokens)
    if praise:
        men = [k for k, t in enumerate(tokens) if t.lower_ == "men" and k > praise[0]]
        if not men:
            return None
        tokens = tokens[men[-1] + 1 :]
        if lx.praise.praise_positions(tokens):
            return None
    if not tokens:
        return None
    words = [t for t in seg if t.is_alpha]
    if len(words) > 1 and words[0].lower_ in ("før", "inden") and is_recipient(words[1], names):
        return None  # "Før du overtog kassen, var der ofte fejl": the situation before the person's work
    dated = _dated_line(list(seg), lx)
    for k, kind in _negatives(tokens, lx):
        i, j = clause_bounds(tokens, k)
        clause = tokens[i:j]
        if _self_clause(clause, names) or _hypothetical(tokens[max(i - 1, 0) : j]):
            continue
        if i > 0 and tokens[i - 1].lower_ in CONCESSIVE:
            continue  # "Selvom du ikke havde prøvet det før, ..." is background for praise
        if kind in ("own", "achieve") and not _own(clause, names):
            continue  # "Da generator 2 ikke startede": not the person's slip
        if kind == "excess" and i > 0 and tokens[i - 1].lower_ in SUBORDINATORS:
            continue  # "Du sagde fra, da presset blev for stort": background for what the person did
        if kind in ("word", "excess") and _improvement(tokens, i, j, lx):
            continue  # "har halveret antallet af fejl": progress, not a slip
        if kind in ("word", "excess") and _person_responded(tokens, i, j, lx, names):
            continue  # "Da køen blev for lang, åbnede du en kasse mere": the difficulty is background
        men = [m for m in range(j, len(tokens)) if tokens[m].lower_ == "men"]
        if men and not _negatives(tokens[men[0] + 1 :], lx):
            continue  # "Projektet blev forsinket, men du holdt kunden orienteret": leads into praise
        if any(base_form(t) in lx.fixes or t.lower_ in lx.fixes for t in clause):
            continue  # "Du fangede tre fejl": a catch, not a slip
        if not (dated or _past_in(clause, lx, perfect=kind != "own")):
            continue
        start = tokens[0].i
        end = tokens[-1].i + 1
        while end > start and seg.doc[end - 1].is_punct:
            end -= 1
        while start < end and (seg.doc[start].text in LEADING_JUNK or seg.doc[start].is_space):
            start += 1
        return Correction(start, end, tokens[k].i, clause[0].i, clause[-1].i + 1)
    return _impact_correction(seg, tokens, lx, names)


def _impact_correction(seg: Span, tokens: list[Token], lx: PastLexicons, names: frozenset[str]) -> Correction | None:
    """The person's own past act followed by a harm it caused, in one sentence (SBI without a
    next step): "På mødet afbrød du Kim flere gange, og han opgav at fremlægge sit forslag"."""
    for a, b in find_phrase(tokens, lx.impacts):
        if tokens[a - 1].lower_ in ("ikke", "aldrig") if a > 0 else False:
            continue
        if b < len(tokens) and tokens[b].lower_ in ("ikke", "aldrig"):
            continue  # "og kunden klagede ikke"
        if b + 1 < len(tokens) and tokens[b].lower_ in ("med", "over", "på") and tokens[b + 1].lower_ not in AIMED_AT_PERSON:
            continue  # "og hun var utilfreds med vores leveringstid": the harm is not the person's doing
        join = next((m for m in range(a - 1, max(a - 5, -1), -1) if tokens[m].lower_ in ("og", "så")), None)
        if join is None or join == 0:
            continue
        m0 = join - 1
        while m0 > 0 and tokens[m0].is_punct:
            m0 -= 1
        i, j = clause_bounds(tokens, m0)
        while i > 1 and tokens[i - 1].lower_ in SUBORDINATORS and tokens[i - 2].text == ",":
            i, j = clause_bounds(tokens, i - 3) if i > 2 else (i, j)  # "talte du i telefon, mens kunden ..., og han ..."
        clause = tokens[i:j]
        subjects = [t for t in clause if is_recipient(t, names) and t.lower_ not in ("dig", "ham", "hende", "jer")]
        if not subjects or any(t.lower_ in SELF_WORDS for t in clause) or _hypothetical(tokens[max(i - 1, 0) : j]):
            continue
        if i > 0 and tokens[i - 1].lower_ in SUBORDINATORS | CONCESSIVE:
            continue
        verb = next((t for t in clause if is_past_verb(t, lx.past_words)), None)
        if verb is None or any(base_form(t) in lx.fixes for t in clause):
            continue
        start = tokens[0].i
        end = tokens[-1].i + 1
        while end > start and seg.doc[end - 1].is_punct:
            end -= 1
        while start < end and (seg.doc[start].text in LEADING_JUNK or seg.doc[start].is_space):
            start += 1
        return Correction(start, end, verb.i, clause[0].i, clause[-1].i + 1)
    return None


def turns_forward(seg: Span, lx: PastLexicons, *, weak: bool = True) -> bool:
    """A next step, request, agreement, offer, or a question that is not a backward check.

    ``weak=False`` ignores words that are also plain nouns in a past story ("han opgav at
    fremlægge sit forslag"): used for a sentence that is itself the backward correction.
    A closing line ("Vi ses på mandag", "Venlig hilsen") is courtesy, not a step.
    """
    tokens = list(seg)
    head = [t for t in tokens if not t.is_punct][:3]
    if any(i == 0 for i, _ in find_phrase(head, lx.signoffs)):
        return False
    if is_question_span(seg):
        first = content_start(seg)
        head = [t for t in seg if t.i >= first][:6]
        return not any(i == 0 for i, _ in find_phrase(head, lx.backward_q))
    forward = lx.forward if weak else [p for p in lx.forward if p not in lx.forward_weak]
    if has_phrase(tokens, forward):
        return True
    # "du skal", "skal vi", "Peter bør": a duty for someone; "kunden skal nu vente" is not a step
    for k, t in enumerate(tokens):
        if t.lower_ in ("skal", "bør"):
            near = [tokens[j] for j in (k - 1, k + 1) if 0 <= j < len(tokens)]
            if any(is_recipient(n) or n.lower_ in ("vi", "jeg", "det", "i") or is_name_like(n) for n in near):
                return True
    return False


def is_name_like(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and tok.i > 0 and not tok.doc[tok.i - 1].is_punct


@register("past_focus")
def past_focus(ctx: TextContext, rule, matches) -> Iterator[Hit]:
    lx = PastLexicons.for_rule(ctx, rule)
    segs = segments(ctx)
    found_in = [correction_in(seg, lx, ctx.names) for _, seg in segs]
    if any(turns_forward(seg, lx, weak=found_in[n] is None) for n, (_, seg) in enumerate(segs)):
        return
    for n, (sent, seg) in enumerate(segs):
        found = found_in[n]
        if found is None:
            continue
        if n + 1 < len(segs) and turns_to_praise(segs[n + 1][1], lx):
            continue  # the difficulty is the background for praise
        start, end = sent.offsets(seg.doc[found.start : found.end])
        yield Hit(start, end, sent, {"segment": (seg.start, seg.end), "correction": found})
        return  # one finding per text: the first backward-only correction
