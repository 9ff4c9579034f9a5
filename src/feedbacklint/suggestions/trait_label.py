"""Replace a personality label with an observed behaviour and an open question.

"Du er for stille." → "Jeg har bemærket, at du siger mindre [i hvilke
situationer] — hvad tror du selv, der ligger bag det?" The behaviour comes from
the ``trait-behaviours`` lexicon (label = behaviour); the label's own setting
("i telefonen", "på møderne") and a stated impact (", og det går ud over
teamet") are kept. About a third person, the question becomes the writer's plan:
"— jeg vil spørge, hvad Rune selv tror, der ligger bag det."
"""

from __future__ import annotations

from ..engine.context import Hit, TextContext
from ..engine.rulefile import Rule
from ..findings import Suggestion
from . import register
from .vague_criticism import praise_before_men

SETTING_PREPOSITIONS = frozenset({"i", "på", "ved", "under", "hos", "overfor", "over", "med", "til", "blandt", "omkring"})
CLAUSE_END = frozenset({",", ".", "!", "?", ";", ":", "–", "—", "(", ")"})
PERSON_FORMS = {
    "du": ("du", "dig", "din"),
    "i": ("I", "jer", "jeres"),
    "han": ("han", "sig", "sin"),
    "hun": ("hun", "sig", "sin"),
}


def _setting(ctx: TextContext, toks, after: int) -> tuple[str, int]:
    """The label's own setting right after it ("i telefonen"), and where its clause ends."""
    end = after
    while end < len(toks) and toks[end].text not in CLAUSE_END and toks[end].lower_ not in ("og", "men", "fordi", "når"):
        end += 1
    if after < len(toks) and toks[after].lower_ in SETTING_PREPOSITIONS and after + 1 < end and toks[after + 1].lower_ != "at":
        words = [t.text for t in toks[after:end]]
        if words[0].lower() == "med":  # "sløset med detaljerne" → "i arbejdet med detaljerne"
            words = ["i", "arbejdet", *words]
        return " ".join(words), end
    return "[i hvilke situationer]", end


def _impact(ctx: TextContext, hit: Hit, toks, clause_end: int) -> str:
    """A stated effect after the label (", og det går ud over teamet"), kept as it is."""
    k = clause_end
    if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].lower_ in ("og", "så", "hvilket") :
        last = toks[-1] if toks[-1].text not in CLAUSE_END else toks[-2]
        start = hit.sentence.base + toks[k].idx
        end = hit.sentence.base + last.idx + len(last)
        return ctx.text[start:end]
    return ""


@register("trait_label")
def trait_label(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    toks = hit.data.get("tokens")
    if not toks:
        return []
    subj_tok = toks[hit.data["subject"]]
    label_i = hit.data["label_index"]
    label = toks[label_i].lower_
    key = subj_tok.lower_ if subj_tok.text != "I" else "i"
    name = subj_tok.text[:1].upper() + subj_tok.text[1:]  # "mette er ..." in a sloppy comment
    subj, refl, poss = PERSON_FORMS.get(key, (name, "sig", "sin"))
    behaviour = ctx.lexicons.mapping(rule.params.get("behaviours", "trait-behaviours")).get(label)
    if behaviour is None:
        behaviour = f"[hvad {subj} konkret gør, som fik dig til at tænke »{toks[label_i].text}«]"
    behaviour = behaviour.format(subj=subj, refl=refl, poss=poss)
    setting, clause_end = _setting(ctx, toks, label_i + 1)
    if "[" in behaviour and setting.startswith("["):
        setting = ""  # one slot to fill is enough
    impact = _impact(ctx, hit, toks, clause_end)
    if key in ("du", "i"):
        question = f"hvad tror {subj} selv, der ligger bag det?"
    else:
        question = f"jeg vil spørge, hvad {subj} selv tror, der ligger bag det."
    text = " ".join(p for p in ("Jeg har bemærket, at", subj, behaviour, setting) if p) + f"{impact} — {question}"
    seg_start, seg_end = hit.data["segment"]
    kept = praise_before_men(ctx, hit, toks, hit.data["first"], seg_start)
    if kept:
        text = f"{kept}. {text}"
    # a heading before the label on the same line ("Aftale: ...") stays
    first = hit.data["first"]
    heading = [k for k, t in enumerate(toks[:first]) if t.text == ":"]
    if heading and not kept:
        colon = toks[heading[-1]]
        seg_start = hit.sentence.base + colon.idx + len(colon) + 1
    return [Suggestion(text=text, start=seg_start, end=seg_end, label=rule.suggestion.label)]
