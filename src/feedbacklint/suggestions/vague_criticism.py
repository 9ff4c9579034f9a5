"""Rewrite vague criticism as an SBI scaffold that keeps the area it named.

"Din kommunikation skal blive bedre." →
"Om din kommunikation: I [hvilken situation] oplevede jeg, at du [hvad du
konkret gjorde], og det betød [hvilken effekt]. Hvad vil du gøre anderledes
næste gang?" — the area stays, the writer supplies the facts in brackets, and
the open question turns it forward.
"""

from __future__ import annotations

from ..engine.context import Hit, TextContext
from ..engine.rulefile import Rule
from ..findings import Suggestion
from ..checks.vague_criticism import is_person
from ..lang import is_name
from . import register

INFINITIVE_BEFORE = frozenset({"at", "skal", "skulle", "bør", "burde", "må", "kunne", "kan"})
POSSESSIVES = frozenset({"din", "dit", "dine", "sin", "sit", "sine", "hans", "hendes", "jeres", "deres"})
PREPOSITIONS = frozenset({"med", "af", "over", "for", "overfor", "i", "på", "til", "om", "omkring", "hos", "mod"})
NP_STOP = frozenset(
    {"skal", "skulle", "bør", "burde", "kunne", "kan", "må", "er", "var", "har", "blive", "bliver", "svinger", "halter",
     "lever", "og", "men", "at", "der", "som", "ikke", "godt", "mere", "bedre"}
)
# Areas that are only a vague quantity: nothing to keep, so the writer names the area.
QUANTITIES = frozenset({"tingene", "ting", "en del", "nogle ting", "visse ting", "et par ting", "det hele"})
# Softeners are dropped from the quoted words, so the rewrite states the point plainly.
SOFTENERS = frozenset({"måske", "eventuelt", "evt", "evt.", "lidt", "anelse", "smule", "nok", "lige", "muligvis", "sådan"})
REFLEXIVE_POSSESSIVES = frozenset({"sin", "sit", "sine"})
EVENTS = {"episoder": "episoderne", "hændelser": "hændelserne"}
GREETINGS = frozenset({"hej", "kære", "til", "hi", "hejsa", "goddag"})
NEXT_CLAUSE = frozenset({"og", "men", "så", "mens"})
THIRD_PERSON = {"han": ("han", "ham"), "hun": ("hun", "hende"), "i": ("I", "jer")}


def _area_phrase(ctx: TextContext, toks, area: tuple[int, int] | None) -> str | None:
    """The area's noun phrase: possessive + area + a short prepositional tail ("dit samarbejde med backoffice")."""
    if area is None:
        return None
    a, b = area
    text = " ".join(t.text for t in toks[a:b]).lower()
    if text in QUANTITIES:
        return None
    # a verb names the area as a noun: "blive bedre til at kommunikere" → "kommunikationen"
    nouns = ctx.lexicons.mapping("vague-areas")
    if text in nouns:
        return nouns[text]
    # "skal tage (lidt) mere ansvar" → "at tage mere ansvar": the request's own verb stays
    k = a - 1
    if k >= 0 and toks[k].lower_ == "mere":
        v = k - 1
        while v >= 0 and toks[v].lower_ in ("lidt", "en", "smule", "anelse", "noget"):
            v -= 1
        if v >= 1 and toks[v].is_alpha and toks[v - 1].lower_ in INFINITIVE_BEFORE and toks[v].lower_ not in NP_STOP:
            return f"at {toks[v].lower_} mere " + " ".join(t.text.lower() for t in toks[a:b])
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


def person(ctx: TextContext, hit: Hit) -> tuple[str, str, bool]:
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
            initial = t.i == t.sent.start or t.doc[t.i - 1].is_punct
            if is_person(t, names) and is_name(t, names) and (t.lower_ in names or not initial):
                if t.i > t.sent.start and t.doc[t.i - 1].lower_ in GREETINGS:
                    return "du", "dig", True  # "Hej Thomas": the name is the addressee
                return t.text, t.text, False
    return "du", "dig", True


def praise_before_men(ctx: TextContext, hit: Hit, toks, first: int, seg_start: int) -> str | None:
    """Praise before a "men" that introduces the criticism, to keep as its own sentence.

    "Flot kampagne, men dit samarbejde ..." → "Flot kampagne." The praise stands;
    the criticism no longer takes it back. A hedge before "men" ("Det er muligvis
    bare mig, men ...") is not praise and is dropped with the rest.
    """
    men = [k for k, t in enumerate(toks[:first]) if t.lower_ == "men"]
    if not men or men[-1] == 0:
        return None
    praise_words = ctx.lexicons.words("praise-adjectives") | {"tak", "ros", "flot", "godt", "stærkt", "stærk"}
    before = toks[: men[-1]]
    if not any(t.lower_ in praise_words for t in before):
        return None
    last = before[-1]
    kept = ctx.text[seg_start : hit.sentence.base + last.idx + len(last)].rstrip(" ,;–-")
    return kept or None


@register("vague_criticism")
def vague_criticism(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    toks = hit.data.get("tokens") or []
    area = _area_phrase(ctx, toks, hit.data.get("area")) if toks else None
    if area is None and toks and hit.data.get("kind") == "phrase":
        last = hit.data["last"]
        noun = toks[last - 1].lower_
        if noun in EVENTS:
            # "nogle episoder med kunder" → "episoderne med kunder"
            area = _area_phrase(ctx, toks, (last - 1, last))
            if area:
                area = EVENTS[noun] + area[len(noun):]
    subj, obj, second = person(ctx, hit)
    if area and area.split()[0] in REFLEXIVE_POSSESSIVES and not second:
        # "sin kommunikation" loses its antecedent in the rewrite: "hendes kommunikation"
        owner = {"han": "hans", "hun": "hendes"}.get(subj, f"{subj}s")
        area = " ".join([owner, *area.split()[1:]])
    situation = f"I [hvilken situation] oplevede jeg, at {subj} [hvad {subj} konkret gjorde], og det betød [hvilken effekt]."
    if area:
        situation = f"Om {area}: " + situation[0].lower() + situation[1:]
    else:
        # keep the writer's own words for what should change, as the slot to fill
        excerpt = ctx.text[hit.start : hit.end].strip().rstrip(".!")
        for phrase in ("en anelse ", "en smule ", "nogle gange ", "til tider "):
            excerpt = excerpt.replace(phrase, "")
        excerpt = " ".join(w for w in excerpt.split() if w.lower() not in SOFTENERS) or excerpt
        situation = f"Om [hvad der konkret menes med »{excerpt}«]: " + situation[0].lower() + situation[1:]
    if second:
        question = f"Hvad vil {subj} gøre anderledes næste gang?"
    else:
        question = f"Jeg vil spørge {obj}, hvad {subj} selv vil gøre anderledes næste gang."
    new = f"{situation} {question}"
    seg_start, seg_end = hit.data.get("segment", (hit.sentence.start, hit.sentence.end))
    # a further clause after the criticism (", og du er for stille ...") stays, as its own sentence
    last = hit.data.get("last", len(toks))
    for k in range(last, len(toks) - 2):
        if toks[k].text == "," and toks[k + 1].lower_ in NEXT_CLAUSE:
            rest = ctx.text[hit.sentence.base + toks[k + 2].idx : seg_end]
            new = f"{new} {rest[:1].upper()}{rest[1:]}"
            break
    kept = praise_before_men(ctx, hit, toks, hit.data.get("first", 0), seg_start)
    if kept:
        new = f"{kept}. {new}"
    return [Suggestion(text=new, start=seg_start, end=seg_end, label=rule.suggestion.label)]
