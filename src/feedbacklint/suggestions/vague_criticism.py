"""Rewrite vague criticism as an SBI scaffold that keeps the area it named.

"Din kommunikation skal blive bedre." →
"Om din kommunikation: I [hvilken situation] oplevede jeg, at du [hvad du
konkret gjorde], og det betød [hvilken effekt]. Hvad vil du gøre anderledes
næste time?" — the area stays, the writer supplies the facts in brackets, and
the open question turns it forward.
"""

from __future__ import annotations

from ..engine.context import Hit, TextContext
from ..engine.rulefile import Rule
from ..findings import Suggestion
from ..lang import is_name, is_recipient
from . import register

POSSESSIVES = frozenset({"din", "dit", "dine", "sin", "sit", "sine", "hans", "hendes", "jeres", "deres"})
PREPOSITIONS = frozenset({"med", "af", "over", "for", "overfor", "i", "på", "til", "om", "omkring", "hos", "mod"})
NP_STOP = frozenset(
    {"skal", "skulle", "bør", "burde", "kunne", "kan", "må", "er", "var", "har", "blive", "bliver", "svinger", "halter",
     "lever", "og", "men", "at", "der", "som", "ikke", "godt", "mere", "bedre"}
)
# Areas that are only a vague quantity: nothing to keep, so the writer names the area.
QUANTITIES = frozenset({"tingene", "ting", "en del", "nogle ting", "visse ting", "et par ting", "det hele"})
THIRD_PERSON = {"han": ("han", "ham"), "hun": ("hun", "hende"), "i": ("I", "jer")}


def _area_phrase(toks, area: tuple[int, int] | None) -> str | None:
    """The area's noun phrase: possessive + area + a short prepositional tail ("dit samarbejde med backoffice")."""
    if area is None:
        return None
    a, b = area
    text = " ".join(t.text for t in toks[a:b]).lower()
    if text in QUANTITIES:
        return None
    if a and toks[a - 1].lower_ in POSSESSIVES:
        a -= 1
    if b < len(toks) and toks[b].lower_ in PREPOSITIONS:
        end = b + 1
        if toks[b].lower_ == "over" and end < len(toks) and toks[end].lower_ == "for":
            end += 1
        while end < len(toks) and end - b < 5 and toks[end].is_alpha and toks[end].lower_ not in NP_STOP:
            end += 1
        if end > b + 1:
            b = end
    words = [t.text for t in toks[a:b]]
    if not words:
        return None
    first = words[0]
    if not is_name(toks[a]) and first[:1].isupper() and first[1:].islower():
        words[0] = first.lower()
    return " ".join(words)


def _person(ctx: TextContext, hit: Hit) -> tuple[str, str, bool]:
    """Who the criticism is about: (subject, object, second_person), from this sentence or the ones before."""
    names = ctx.names
    before = [s for s in ctx.sentences if s.start <= hit.sentence.start]
    for sent in reversed(before):
        for t in sent.span:
            if t.lower_ in ("du", "dig", "din", "dit", "dine"):
                return "du", "dig", True
            if t.text in ("I", "jer", "jeres"):
                return "I", "jer", True
            if t.lower_ in ("han", "hun", "hans", "hendes") and t.text != "Hans":
                subj, obj = THIRD_PERSON[{"hans": "han", "hendes": "hun"}.get(t.lower_, t.lower_)]
                return subj, obj, False
            if is_recipient(t, names) and is_name(t, names):
                return t.text, t.text, False
    return "du", "dig", True


@register("vague_criticism")
def vague_criticism(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    toks = hit.data.get("tokens") or []
    area = _area_phrase(toks, hit.data.get("area")) if toks else None
    subj, obj, second = _person(ctx, hit)
    situation = f"I [hvilken situation] oplevede jeg, at {subj} [hvad {subj} konkret gjorde], og det betød [hvilken effekt]."
    if area:
        situation = f"Om {area}: " + situation[0].lower() + situation[1:]
    else:
        # keep the writer's own words for what should change, as the slot to fill
        excerpt = ctx.text[hit.start : hit.end].strip().rstrip(".!")
        situation = f"Om [hvad der konkret menes med »{excerpt}«]: " + situation[0].lower() + situation[1:]
    if second:
        question = f"Hvad vil {subj} gøre anderledes næste gang?"
    else:
        question = f"Jeg vil spørge {obj}, hvad {subj} selv vil gøre anderledes næste gang."
    new = f"{situation} {question}"
    seg_start, seg_end = hit.data.get("segment", (hit.sentence.start, hit.sentence.end))
    # Praise before "men" stays, as its own sentence: the criticism no longer takes it back.
    first = hit.data.get("first", 0)
    men = [k for k, t in enumerate(toks[:first]) if t.lower_ == "men"]
    if men and men[-1] > 0:
        praise_end = toks[men[-1] - 1]
        kept = ctx.text[seg_start : hit.sentence.base + praise_end.idx + len(praise_end)].rstrip(" ,;–-")
        new = f"{kept}. {new}"
    return [Suggestion(text=new, start=seg_start, end=seg_end, label=rule.suggestion.label)]
