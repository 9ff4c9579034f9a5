"""Make vague praise concrete: keep the praise and add an SBI example to fill in.

"Godt arbejde!" → "Godt arbejde, fx da du [hvad du gjorde] i [hvilken
situation], og det betød [hvilken effekt]!" The writer's own words stay; the
brackets ask only for the facts the text lacks (situation, behaviour, effect).
"""

from __future__ import annotations

from ..engine.context import Hit, TextContext
from ..engine.rulefile import Rule
from ..findings import Suggestion
from . import register
from .vague_criticism import person

AUXILIARIES = frozenset({"har", "havde", "er", "var", "altid", "bare", "jo", "også", "virkelig", "rigtig"})
CLAUSE_END = frozenset({",", ".", "!", "?", ";", ":", "–", "—", "-", "(", ")"})


def _subject(ctx: TextContext, hit: Hit, toks, first: int, names: frozenset[str]) -> str:
    """Who the praise is about, as the example's subject: from this line, else the lines before."""
    low = [t.lower_ for t in toks]
    for generic in ("medarbejderen", "vedkommende"):
        if generic in low:
            return generic
    if {"du", "dig", "din", "dit", "dine"} & set(low):
        return "du"
    if any(t.text in ("I", "jer", "jeres") for t in toks):
        return "I"
    for pron in ("han", "hun"):
        if pron in low:
            return pron
    head = toks[first]
    if head.lower_ in names or (head.text[:1].isupper() and first > 0):
        return head.text[:1].upper() + head.text[1:]
    # "Mads leverer altid varen", "Sofie har klaret sig": the name just before the praise is its subject
    k = first - 1
    while k >= 0 and k >= first - 3 and toks[k].lower_ in AUXILIARIES:
        k -= 1
    if k >= 0 and toks[k].text[:1].isupper() and toks[k].is_alpha and toks[k].lower_ in names:
        return toks[k].text
    if any(t.lower_ in names for t in toks):
        return "du"  # a name that is not the subject is the addressee: "Godt gået, Camilla!"
    return person(ctx, hit)[0]


@register("vague_praise")
def vague_praise(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    toks = hit.data.get("tokens")
    if not toks:
        return []
    first, last = hit.data["first"], hit.data["last"]
    # the example goes right after the praise's clause ("Godt gået i år" | ", Camilla!")
    end = last
    while end < len(toks) and toks[end].text not in CLAUSE_END and toks[end].lower_ not in ("men", "og"):
        end += 1
    # a relative clause belongs to the praised noun: "en god kollega, som man kan regne med"
    # ... also without "som": "det store arbejde, du har lagt i år"
    relative = end + 1 < len(toks) and toks[end].text == "," and (toks[end + 1].lower_ in ("som", "der") or (
        end + 2 < len(toks) and toks[end + 1].lower_ in ("du", "i", "han", "hun", "vi", "jeg")
        and toks[end + 2].lower_ in ("har", "havde")))
    if relative:
        end += 1
        while end < len(toks) and toks[end].text not in CLAUSE_END:
            end += 1
    subj = _subject(ctx, hit, toks, first, ctx.names)
    example = f", fx da {subj} [hvad {subj} gjorde] i [hvilken situation], og det betød [hvilken effekt]"
    seg_start, seg_end = hit.data["segment"]
    cut = hit.sentence.base + toks[end - 1].idx + len(toks[end - 1])
    text = ctx.text[seg_start:cut] + example + ctx.text[cut:seg_end]
    if toks[-1].text not in CLAUSE_END:
        text += "."
    return [Suggestion(text=text, start=seg_start, end=seg_end, label=rule.suggestion.label)]
