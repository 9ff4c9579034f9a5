"""Replace a sweeping word with the concrete occasions the writer has in mind.

"Du kommer altid for sent." → "Du kommer for sent [hvornår, og hvor mange gange]."
"Du siger aldrig fra, før ..." → "Du siger ikke fra [hvornår, og hvor mange gange], før ..."
"Hver gang vi har travlt, melder du dig syg." → "Når vi har travlt, melder du dig syg
[hvilke konkrete gange]." Everything else in the sentence stays as written.
"""

from __future__ import annotations

from ..engine.context import Hit, TextContext
from ..engine.rulefile import Rule
from ..findings import Suggestion
from . import register

OCCASIONS = "[hvornår, og hvor mange gange]"
CLAUSE_END = frozenset({",", ".", "!", "?", ";", ":", "–", "—", "(", ")"})


def _clause_end(toks, after: int) -> int:
    """Index of the token that ends the clause starting after ``after`` (punctuation or the end)."""
    k = after
    while k < len(toks) and toks[k].text not in CLAUSE_END and not toks[k].is_space:
        k += 1
    return k


def _past_cleft(toks, stop: int) -> int:
    """"Det er altid dig, der kommer for sent": the occasions go after the relative clause."""
    if (stop + 1 < len(toks) and toks[stop].text == "," and toks[stop + 1].lower_ in ("der", "som")
            and toks[stop - 1].lower_ in ("dig", "ham", "hende", "jer")):
        return _clause_end(toks, stop + 2)
    return stop


@register("absolute")
def absolute(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    """The whole sentence with the sweeping word replaced (see the module docstring)."""
    parts = _replacement(ctx, hit)
    if parts is None:
        return []
    text, start, end = parts
    s0, s1 = hit.sentence.start, hit.sentence.end
    sentence = ctx.text[s0:start] + text + ctx.text[end:s1]
    return [Suggestion(text=sentence.strip(), start=s0 + (len(ctx.text[s0:s1]) - len(ctx.text[s0:s1].lstrip())),
                       end=s1 - (len(ctx.text[s0:s1]) - len(ctx.text[s0:s1].rstrip())), label=rule.suggestion.label)]


def _replacement(ctx: TextContext, hit: Hit) -> tuple[str, int, int] | None:
    """(replacement, start, end) for the stretch of the sentence that changes."""
    span = hit.sentence.span
    toks = list(span)
    first, last = hit.data.get("first"), hit.data.get("last")
    if first is None:
        return None
    word = " ".join(t.lower_ for t in toks[first:last])
    base = hit.sentence.base

    def end_of(k: int) -> int:
        # a sentence-final "14." keeps its full stop after the inserted occasions
        tok = toks[k]
        n = len(tok)
        if k == len(toks) - 1 and len(tok.text) > 1 and tok.text.endswith("."):
            n -= 1
        return base + tok.idx + n

    if word.startswith("hver"):
        # the "hver gang"-clause stays as a condition; the occasions go to the main clause
        lead = "Når" if toks[first].text[:1].isupper() else "når"
        cond_end = _clause_end(toks, last)
        main_end = _clause_end(toks, cond_end + 1) if cond_end < len(toks) and toks[cond_end].text == "," else cond_end
        if first == 0 and main_end > cond_end:
            insert_at = end_of(main_end - 1)
            text = (lead + ctx.text[end_of(last - 1) : insert_at] + " [hvilke konkrete gange]" + ctx.text[insert_at : hit.sentence.end])
            return text, hit.sentence.start, hit.sentence.end
        # mid-sentence ("Du afleverer for sent hver gang."): the occasions replace the word
        return "[hvilke konkrete gange]", hit.start, hit.end
    if word == "aldrig":
        # "aldrig" → "ikke", and the occasions go to the end of its clause
        stop = _past_cleft(toks, _clause_end(toks, last))
        insert_at = end_of(stop - 1) if stop > last else hit.end
        middle = ctx.text[hit.end : insert_at]
        replacement = ("Ikke" if toks[first].text[:1].isupper() else "ikke") + middle + " " + OCCASIONS
        return replacement, hit.start, insert_at
    # altid / konstant / hele tiden ...: the word gives way to the concrete occasions
    stop = _past_cleft(toks, _clause_end(toks, last))
    insert_at = end_of(stop - 1) if stop > last else hit.end
    if insert_at == hit.end:
        return OCCASIONS, hit.start, hit.end
    middle = ctx.text[hit.end : insert_at].lstrip()
    if toks[first].text[:1].isupper() and middle:
        middle = middle[0].upper() + middle[1:]
    # the space before the word goes with it (a doubled space too: "Du kommer  altid")
    start = hit.start
    while start > hit.sentence.start and ctx.text[start - 1] in " \t":
        start -= 1
    before_space = start < hit.start
    text = (" " if before_space else "") + middle + " " + OCCASIONS
    return text, start, insert_at
