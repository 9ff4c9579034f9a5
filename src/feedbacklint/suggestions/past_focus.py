"""Rewrites for past-focus: keep the past fact, add a forward question built from it.

"Du nåede ikke fristen for fondsansøgningen i april." →
"Du nåede ikke fristen for fondsansøgningen i april. Hvordan sikrer vi, at du
når fristen for fondsansøgningen næste gang?"

The verb helpers here (present tense, infinitive, clause in the present) are
shared with the praise-but and accusatory-why builders.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..checks.past_focus import base_form, find_phrase, is_past_verb, norm
from ..engine.context import Hit, TextContext
from ..findings import Suggestion
from ..lang import is_name, is_recipient
from . import register
from .common import capitalize_first

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..engine.rulefile import Rule

LEAD_WORDS = frozenset({"og", "men", "fordi", "da", "at", "så", "mens", "selvom", "når"})
DROP_WORDS = frozenset({"ikke", "aldrig", "stadig", "bare", "altid", "konstant", "igen", "jo", "nok", "desværre", "kun"})
TIME_UNITS = frozenset({"dag", "dage", "uge", "uger", "time", "timer", "minut", "minutter", "måned", "måneder", "døgn", "halv"})
AUX_PERFECT = frozenset({"har", "havde"})
AUX_PASSIVE = frozenset({"var", "blev", "er", "bliver"})
# generalisations must not survive into a rewrite (they are a finding of their own)
SWEEPING = ("hele tiden", "hver gang", "gang på gang", "igen og igen", "altid", "aldrig", "konstant")
FRONTED = frozenset({"på", "til", "ved", "i", "under", "efter", "før", "med", "hos", "fra", "om", "da", "foran", "over"})
# a record that was never met: "en eneste deadline" → "hver deadline", "i nogen af" → "i alle"
QUANTIFIER_TURNS = (("en eneste gang", ""), ("én eneste gang", ""), ("en eneste", "hver"), ("én eneste", "hver"), ("et eneste", "hvert"), ("ét eneste", "hvert"),
                    ("nogen af", "alle"), ("nogle af", "alle"))
OBJECT_FORMS = {"du": "dig", "han": "ham", "hun": "hende", "i": "jer", "jeg": "mig", "vi": "os"}


# -- verb forms ---------------------------------------------------------------
def infinitive(tok: Token, ctx: TextContext) -> str:
    low = tok.lower_
    fixed = ctx.lexicons.mapping("past-lemmas")
    if low in fixed:
        return fixed[low]
    return base_form(tok)


def present(inf: str, ctx: TextContext) -> str:
    irregular = ctx.lexicons.mapping("past-present")
    if inf in irregular:
        return irregular[inf]
    if inf.endswith("s"):  # deponent verbs: "trives", "synes"
        return inf
    return inf + "r" if inf[-1:] in "aeiouyæøå" else inf + "er"


def is_participle(tok: Token, ctx: TextContext) -> bool:
    low = tok.lower_
    if not tok.is_alpha or len(low) < 3:
        return False
    if low in ctx.lexicons.mapping("past-lemmas") and low.endswith("t"):
        return True  # "sagt", "gjort", "fået"
    inf = infinitive(tok, ctx)
    if inf == low or inf[-1:] not in "aeiouyæøå":
        return False  # "køkkenet" is a noun: verbs end in a vowel in the infinitive
    stem = inf[:-1] if inf.endswith("e") else inf
    return low.endswith(("et", "t", "ået")) and low.startswith(stem[: max(2, len(stem) - 1)])


def surface(tokens: Sequence[Token]) -> str:
    """Tokens back to text with their own spacing."""
    out = ""
    for k, t in enumerate(tokens):
        out += t.text
        if k + 1 < len(tokens):
            nxt = tokens[k + 1]
            out += t.whitespace_ if nxt.i == t.i + 1 else " "
    return out.strip()


def lower_first(tokens: Sequence[Token], names: frozenset[str]) -> str:
    """Lowercase a sentence-initial word moved into the middle of a new sentence, but keep names."""
    text = surface(tokens)
    if not tokens or tokens[0].text == "I":
        return text
    first = tokens[0]
    doc = first.doc
    at_start = first.i == 0 or doc[first.i - 1].is_punct or doc[first.i - 1].is_space or "\n" in doc[first.i - 1].whitespace_
    if at_start:
        # a tagger may call any capitalised first word PROPN: trust only the name list here
        return text if first.lower_ in names else text[:1].lower() + text[1:]
    return text if first.text[:1].isupper() or is_name(first, names) else text


def strip_time(tokens: list[Token], ctx: TextContext) -> list[Token]:
    """Drop past dates ("i april", "i fredags", "sidste år") and lateness amounts ("to dage")."""
    lex = ctx.lexicons
    months = lex.words("past-months")
    drop: set[int] = set()
    for i, j in find_phrase(tokens, [*lex.phrases("past-time"), *SWEEPING]):
        drop.update(range(i, j))
    for k, t in enumerate(tokens):
        low = norm(t)
        if low in months:
            drop.add(k)
            if k > 0 and tokens[k - 1].lower_ in ("i", "af", "fra", "til", "for"):
                drop.add(k - 1)
        if low in TIME_UNITS and k > 0 and (tokens[k - 1].like_num or tokens[k - 1].lower_ in ("en", "et", "to", "tre", "fire", "fem", "halv")):
            drop.update({k - 1, k})
            if k > 1 and tokens[k - 2].lower_ == "en" and tokens[k - 1].lower_ == "halv":
                drop.add(k - 2)
    return [t for k, t in enumerate(tokens) if k not in drop]


def clean_clause(tokens: Sequence[Token]) -> list[Token]:
    toks = [t for t in tokens if not t.is_space]
    while toks and (toks[0].is_punct or toks[0].lower_ in LEAD_WORDS):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


# -- a clause in the present --------------------------------------------------
def present_clause(tokens: Sequence[Token], ctx: TextContext, rule_lex_past: frozenset[str]) -> tuple[str, str, str] | None:
    """(subject, verb in the present, rest) for a past clause, or None.

    Handles "Du nåede ikke fristen", "Sidste år nåede du ...", "standen var ikke
    ryddet op" (passive → "bliver ryddet op") and "havde ikke opdateret"
    (→ "opdaterer"). Negation, dates, amounts and "kun 70 %" are dropped.
    """
    toks = strip_time(clean_clause(tokens), ctx)
    toks = _drop_kun_amount(toks)
    v = next((k for k, t in enumerate(toks) if is_past_verb(t, rule_lex_past) or t.lower_ in AUX_PERFECT | AUX_PASSIVE), None)
    if v is None:
        return None
    verb = toks[v]
    before = [t for t in toks[:v] if t.is_alpha or t.like_num or t.text == "%"]
    after = toks[v + 1 :]
    if before and before[0].lower_ in FRONTED and after and is_recipient(after[0], ctx.names) and after[0].lower_ not in OBJECT_FORMS.values():
        # "Til personalemødet afbrød du Lone": the fronted place goes, the person is the subject
        subject, after = [after[0]], after[1:]
    elif before:
        subject = before
    else:
        # inverted order after a fronted date: "I fredags var stikkontakterne ... ikke skruet fast"
        if not after:
            return None
        if is_recipient(after[0], ctx.names) or after[0].lower_ in ("det", "der", "den", "de"):
            subject, after = [after[0]], after[1:]
        else:
            stop = next((k for k, t in enumerate(after) if t.lower_ in DROP_WORDS or is_participle(t, ctx)), None)
            if not stop:
                return None
            subject, after = after[:stop], after[stop:]
    after = [t for t in after if t.lower_ not in DROP_WORDS]
    low = verb.lower_
    if low in AUX_PERFECT | AUX_PASSIVE and after and is_participle(after[0], ctx):
        part, after = after[0], after[1:]
        if low in AUX_PERFECT:
            verb_text = present(infinitive(part, ctx), ctx)
        else:
            verb_text = "bliver " + part.lower_
    else:
        verb_text = present(infinitive(verb, ctx), ctx)
    rest = surface(after)
    return lower_first(subject, ctx.names), verb_text, rest


def _drop_kun_amount(toks: list[Token]) -> list[Token]:
    """"kun 70 % af dit salgsmål" → "dit salgsmål"."""
    for k, t in enumerate(toks):
        if t.lower_ == "kun" and k + 1 < len(toks) and (toks[k + 1].like_num or any(c.isdigit() for c in toks[k + 1].text)):
            j = k + 2
            while j < len(toks) and (toks[j].text in ("%", "procent", "pct.", "pct") or toks[j].like_num):
                j += 1
            if j < len(toks) and toks[j].lower_ == "af":
                j += 1
            return toks[:k] + toks[j:]
    return toks


def _turn_record(rest: str, ctx: TextContext) -> str:
    """"en eneste deadline i kvartalet" → "hver deadline": the quantifier turns, the closed period goes."""
    padded = f" {rest} "
    turned = False
    for bad, good in QUANTIFIER_TURNS:
        if f" {bad} " in padded:
            padded = padded.replace(f" {bad} ", f" {good} ", 1)
            turned = True
    if turned:
        for period in ctx.lexicons.phrases("past-achievement-scope"):
            if period.startswith("i ") and f" {period} " in padded:
                padded = padded.replace(f" {period} ", " ", 1)
        # "i dette halvår", "i hele året": a period phrase left at the end
        for tail in (" i dette halvår ", " i dette kvartal ", " i hele året ", " i år "):
            padded = padded.replace(tail, " ")
    return " ".join(padded.split())


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p).replace(" ,", ",")


def forward_question(tokens: Sequence[Token], trigger: Token | None, ctx: TextContext, past_words: frozenset[str]) -> str:
    """A forward question built from a backward correction clause."""
    antonyms = ctx.lexicons.mapping("past-antonyms")
    trig = norm(trigger) if trigger is not None else ""
    if trig.endswith(("fejl", "fejlen", "fejlene")):
        # "to fejl i lønkørslen" → "Hvordan undgår vi fejl i lønkørslen næste gang?"
        toks = clean_clause(tokens)
        k = next(i for i, t in enumerate(toks) if t.i == trigger.i)
        tail = [t for t in strip_time(toks[k + 1 :], ctx)]
        cut = next((i for i, t in enumerate(tail) if t.lower_ in ("og", "men") or t.is_punct), len(tail))
        noun = base_form(trigger) if base_form(trigger).endswith("fejl") else "fejl"
        return _join("Hvordan undgår vi", noun, surface(tail[:cut]), "næste gang?")
    built = present_clause(tokens, ctx, past_words)
    if built is None:
        return "Hvad skal der til, for at det lykkes næste gang?"
    subject, verb, rest = built
    if verb == "glemmer":
        verb = present(antonyms.get("glemme", "huske"), ctx)
        return _join("Hvordan sikrer vi, at", subject, verb, rest, "næste gang?")
    if verb == "bliver forsinket":
        return _join("Hvordan sikrer vi, at", subject, "kommer", antonyms.get("forsinket", "til tiden"), rest, "næste gang?")
    for bad, good in sorted(antonyms.items(), key=lambda kv: -len(kv[0])):
        if " " in bad and f" {bad} " in f" {rest} ":
            rest = f" {rest} ".replace(f" {bad} ", f" {good} ", 1).strip()
            return _join("Hvordan sikrer vi, at", subject, verb, rest, "næste gang?")
    if trig in ("ikke", "kun"):
        rest = _turn_record(rest, ctx)
        return _join("Hvordan sikrer vi, at", subject, verb, rest, "næste gang?")
    return _join("Hvordan undgår vi, at", subject, verb, rest, "næste gang?")


@register("past_focus")
def past_focus(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    doc = hit.sentence.span.doc
    corr = hit.data.get("correction")
    seg_start, seg_end = hit.data.get("segment", (hit.sentence.span.start, hit.sentence.span.end))
    seg = doc[seg_start:seg_end]
    past_words = ctx.lexicons.words(rule.params.get("past_verbs", "past-verbs"))
    if corr is not None:
        end = corr.clause_end
        dangling = end > corr.clause_start and doc[end - 1].lower_ in ("om", "til", "for", "med", "på")  # "vores aftale om | at melde fravær"
        if dangling or doc[corr.trigger].lower_.startswith("glem") or any(t.lower_.startswith("glem") for t in doc[corr.clause_start : end]):
            # "glemte | at informere weekendholdet": the infinitive belongs to the clause
            while end < seg.end and not doc[end].is_punct and doc[end].lower_ not in ("og", "men", "da", "fordi"):
                end += 1
        clause = doc[corr.clause_start : end]
        question = forward_question(list(clause), doc[corr.trigger], ctx, past_words)
        question = question.replace(". næste gang?", " næste gang?")  # a clause ending in "kl. 7."
    else:
        question = "Hvad skal der til, for at det lykkes næste gang?"
    # keep the correction as written and add the question after it; in a
    # sandwich ("Flot rapport, men den kom for sent") only the part after "men"
    first = doc[corr.start] if corr is not None else next((t for t in seg if t.is_alpha or t.like_num), seg[0])
    kept = doc[first.i : seg.end].text.rstrip()
    if kept and kept[-1] not in ".!?":
        kept += "."
    start, _ = hit.sentence.offsets(first)
    _, end = hit.sentence.offsets(seg)
    text = kept + " " + capitalize_first(question)
    return [Suggestion(text=text, start=start, end=end, label=rule.suggestion.label)]
