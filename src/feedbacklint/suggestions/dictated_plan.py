"""Rewrites for dictated-plan: an open question that hands ownership to the employee.

"Jeg har besluttet, at du skal tage en lederuddannelse til efteråret." →
"Hvad tænker du om at tage en lederuddannelse til efteråret, og hvad vil du selv gerne have ud af det?"
"""

from __future__ import annotations

import re

from ..engine.context import Hit, TextContext
from ..engine.rulefile import Rule
from ..findings import Suggestion
from ..lang import infinitive, is_name, is_recipient
from . import register

SKIP_AFTER_SKAL = frozenset({"bare", "blot", "nu", "så", "også", "altså", "jo"})
PREPOSITIONS = frozenset({"på", "til", "i", "med", "ud", "over", "hen"})
STOP = frozenset({",", ";", ".", "!", "?", "–", "—", ":"})
NOT_A_PLAN = ("skrive under", "underskrive", "signere", "besluttet", "bestemt", "vurderet", "aftalt", "tilmeldt dig",
              "er blevet", "udarbejdet", "fastlagt", "vedtaget", "fastsat", "på plads")
# "du skal bare følge dem": a plan named only by a pronoun; ask about the plan noun instead
PRONOUN_OBJECTS = frozenset({"dem", "den", "det"})
POSSESSIVE = frozenset({"din", "dit", "dine", "hans", "hendes", "sin", "sit", "sine"})
PLAN_NOUNS = ("udviklingsplan", "plan", "mål", "kursus", "kurset", "uddannelse", "forløb", "rolle")


SHIFTABLE = frozenset({"fremover", "nu", "også", "derfor", "altså", "selv", "snart"})


def words_ok(tokens) -> bool:
    return any(t.is_alpha for t in tokens)


def _text(words: list[str]) -> str:
    return re.sub(r"\s+([,.;:?!])", r"\1", " ".join(words)).strip()


def _plan_in(tokens, names) -> tuple[int, str, str] | None:
    """(index of the subject, who, 'at ...' infinitive phrase) for 'du skal ...' or 'du deltager ...'."""
    for k, tok in enumerate(tokens):
        if not is_recipient(tok, names) or tok.lower_ in ("dig", "ham", "hende"):
            continue
        if tok.lower_ not in names and tok.lower_ not in ("du", "han", "hun", "i"):
            continue  # only known names: "Mål: Overtage vareindlevering" has no person in it
        if k and tokens[k - 1].lower_ in PREPOSITIONS | {"for", "af", "om", "som", "der"}:
            continue  # "Udviklingsplanen for Lise", "en plan, som du skal følge": not the plan's subject
        who = tok.text if is_name(tok, names) else tok.lower_
        j = k + 1
        inverted = None
        moved: list[str] = []  # "du fremover skal stå for …" → "stå for … fremover"
        while j + 1 < len(tokens) and tokens[j].lower_ in SHIFTABLE and tokens[j + 1].lower_ in ("skal", "fremover", "nu", "også"):
            moved.append(tokens[j].text)
            j += 1
        if j < len(tokens) and tokens[j].lower_ == "skal":
            j += 1
        elif k and tokens[k - 1].is_alpha and tokens[k - 1].lower_ not in ("at", "og", "så", "hvis", "når") and k >= 2:
            inverted = tokens[k - 1]  # "Næste år fokuserer du på salg"
        while j < len(tokens) and tokens[j].lower_ in SKIP_AFTER_SKAL:
            j += 1
        end = j
        while end < len(tokens) and tokens[end].text not in STOP and not tokens[end].is_space:
            end += 1
        words = [t.text for t in tokens[j:end]] + (moved if words_ok(tokens[j:end]) else [])
        if not words or "ikke" in (w.lower() for w in words[:2]):
            continue  # "Du behøver ikke forberede noget" is no plan
        if inverted is not None:
            verb = infinitive(inverted)
            fronted = [t.text.lower() if i == 0 else t.text for i, t in enumerate(tokens[:k - 1]) if not t.is_punct]
            words = [verb, *words, *fronted]
        elif tokens[j - 1].lower_ != "skal" and tokens[j - 1].lower_ not in SKIP_AFTER_SKAL:
            first = tokens[j]
            words[0] = infinitive(first)
        elif tokens[j].lower_ in PREPOSITIONS:
            words = ["komme", *words]
        low = [w.lower() for w in words]
        signed = next((w for w in ("tilmeldt", "meldt") if w in low), None)
        if signed:  # "Du er allerede tilmeldt lederkurset" → "deltage i lederkurset"
            after = words[low.index(signed) + 1 :]
            if after and after[0].lower() in ("til", "på"):
                after = after[1:]
            words = ["deltage", "i", *after]
            if len(words) == 2:
                continue
        phrase = _text(words)
        if any(n in phrase.lower() for n in NOT_A_PLAN) or phrase.split()[-1].lower() in PRONOUN_OBJECTS:
            continue
        return (0 if inverted is not None else k), who, phrase
    return None


DEFINITE = {"plan": "planen", "mål": "målet", "kursus": "kurset", "udviklingsplan": "udviklingsplanen", "forløb": "forløbet", "rolle": "rollen", "uddannelse": "uddannelsen"}


def _signed_up_for(tokens) -> str | None:
    """'Jeg har tilmeldt dig en uddannelse i projektledelse' → 'deltage i en uddannelse i projektledelse'."""
    for k, t in enumerate(tokens):
        if t.lower_ in ("tilmeldt", "meldt", "booket", "sat") and k + 1 < len(tokens) and tokens[k + 1].lower_ == "dig":
            j = k + 2
            if j < len(tokens) and tokens[j].lower_ in ("til", "på", "op"):
                j += 1
            if j < len(tokens) and tokens[j].lower_ == "til":
                j += 1
            end = j
            while end < len(tokens) and tokens[end].text not in STOP and not tokens[end].is_space:
                end += 1
            if end > j:
                return _text(["deltage", "i", *(t.text for t in tokens[j:end])])
    return None


def _plan_noun(tokens) -> str:
    for k, t in enumerate(tokens):
        if t.is_alpha and (t.lower_.startswith(PLAN_NOUNS) or t.lower_.endswith(PLAN_NOUNS)):
            if k and tokens[k - 1].lower_ in POSSESSIVE:
                return f"{tokens[k - 1].lower_} {t.lower_}"
            return DEFINITE.get(t.lower_, t.lower_)
    return "planen"


@register("dictated_plan")
def dictated_plan(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    sent = hit.sentence
    doc = sent.span.doc
    sa, sb = hit.data.get("segment", (sent.span.start, sent.span.end))
    seg = list(doc[sa:sb])
    while len(seg) > 1 and seg[0].is_punct:  # keep bullets and dashes in front of the line
        seg = seg[1:]
    if hit.data.get("owner_line"):
        return [Suggestion(text="Opfølgning: [medarbejderens navn] og leder, [dato]", start=hit.start, end=hit.end,
                           label="Del ejerskabet")]
    start = sent.base + seg[0].idx
    end = sent.base + seg[-1].idx + len(seg[-1].text)
    plan = _plan_in(seg, ctx.names)
    if plan is None and sent.index > 0:
        prev = ctx.sentences[sent.index - 1]
        if prev.span.doc is doc:
            prev_tokens = list(prev.span)
            plan = _plan_in(prev_tokens, ctx.names)
            if plan is not None:  # replace from the plan's subject, so it is not said twice
                start = prev.base + prev_tokens[plan[0]].idx
    if plan is None and (signed := _signed_up_for(seg)):
        plan = (0, "du", signed)
    if plan is not None:
        _, who, phrase = plan
        if who in ("du", "i"):
            you = "du" if who == "du" else "I"
            text = f"Hvad tænker {you} om at {phrase}, og hvad vil {you} selv gerne have ud af det?"
        else:
            ask = {"han": "ham", "hun": "hende"}.get(who, who)
            text = f"Jeg vil spørge {ask}: Hvad tænker du om at {phrase}, og hvad vil du selv gerne have ud af det?"
    else:
        window = (list(ctx.sentences[sent.index - 1].span) if sent.index > 0 else []) + seg
        text = f"Hvad tænker du selv om {_plan_noun(window)}, og hvad skal der til fra min side?"
    return [Suggestion(text=text, start=start, end=end, label=rule.suggestion.label)]
