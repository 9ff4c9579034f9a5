"""dictated-plan: a development plan or goal decided for the employee.

"Jeg har besluttet, at du skal på kursus", "Jeg har allerede tilmeldt dig",
"Planen er lagt", "Det er ikke til forhandling", "du skal bare skrive under",
"aftalt mellem mig og HR", and agreements whose only owner is the manager
("Opfølgning: leder").

The phrase must sit in a development context (a plan, goal, course or role
in the sentence or the one before). Clean: rules and
requirements for everyone (safety, GDPR, patient safety), plans made together
or at the employee's own wish, and questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..engine.context import Hit
from ..lang import find_phrases, is_question, is_recipient, line_segments
from . import register

# an agreement line that names only the manager as owner
MANAGER_ONLY_OWNER = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)[ \t•*\-]*(opfølgning|ansvarlig|ejer)\s*:\s*(nærmeste\s+)?(leder|lederen|chef|chefen|afdelingsleder|afdelingslederen|mig|hr|ledelsen)\s*\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
OWNER_LINE = re.compile(r"(ansvarlig|opfølgning|ejer)\s*:\s*([A-ZÆØÅ][a-zæøå]+)", re.IGNORECASE)
MANAGER_WORDS = frozenset({"leder", "lederen", "chef", "chefen", "afdelingsleder", "afdelingslederen", "mig", "hr", "ledelsen", "nærmeste"})


def _has_stem(tokens, stems: frozenset[str]) -> bool:
    """A development word; long stems also inside compounds ("lederkursus", "coachuddannelse")."""
    for t in tokens:
        low = t.lower_
        if any(low.startswith(s) or (len(s) >= 5 and s in low) for s in stems):
            return True
    return False


def _recipient_must(tokens, names) -> bool:
    """'du skal ...', 'Morten skal ...', 'skal du ...'."""
    for k, t in enumerate(tokens):
        if t.lower_ == "skal":
            if k and is_recipient(tokens[k - 1], names) or k + 1 < len(tokens) and is_recipient(tokens[k + 1], names):
                return True
    return False


def _window(ctx, sent):
    """Tokens of the sentence and the one before it (a decision often follows the plan)."""
    prev = ctx.sentences[sent.index - 1] if sent.index > 0 else None
    toks = list(prev.span) if prev is not None and prev.span.doc is sent.span.doc else []
    return toks + list(sent.span)


@register("dictated_plan")
def dictated_plan(ctx, rule, matches) -> Iterator[Hit]:
    p = rule.params
    decided = ctx.lexicons.phrases(p.get("decided", "plan-decided"))
    stems = ctx.lexicons.words(p.get("development", "plan-development"))
    exempt = ctx.lexicons.phrases(p.get("exempt", "plan-exempt"))
    together = ctx.lexicons.phrases(p.get("cocreated", "plan-cocreated"))
    # phrases that point back at the previous sentence's plan
    backward = {k for k, v in ctx.lexicons.mapping(p.get("decided", "plan-decided")).items() if v == "previous"}
    nouns, participles = _passive_lexicons(ctx, rule)
    passive_together = ctx.lexicons.phrases(p.get("passive_cocreated", "plan-passive-cocreated"))
    for sent in ctx.sentences:
        for seg in line_segments(sent.span):
            found = find_phrases(seg, decided)
            if found and find_passive_plans(seg, nouns, participles, ctx.names):
                continue  # "Dine mål er bestemt": reported whole, with the plan noun, by _passive_plans
            if not found or is_question(sent.span[seg[0].i - sent.span.start : seg[-1].i - sent.span.start + 1]):
                continue
            # "Dine mål er bestemt realistiske", "Når dine mål er sat, …": no decision here
            found = [f for f in found if not (f[2].split()[-1] in ("bestemt", "sat", "lagt") and _adverb_or_particle(seg, f[1]))]
            found = [f for f in found if not _after_subordinator(seg, f[0])]
            if not found:
                continue
            window = _window(ctx, sent)
            nxt = ctx.sentences[sent.index + 1].span if sent.index + 1 < len(ctx.sentences) else []
            if find_phrases(window + list(nxt), together) or find_phrases(window + list(nxt), passive_together):
                continue
            if find_phrases(window + list(nxt), exempt):
                continue  # a rule for everyone or a safety requirement, not a personal plan
            if not _has_stem(window, stems):
                continue  # "Det er ikke til forhandling" about a door lock is a rule, not a plan
            a, b = found[0][0], found[-1][1]
            start, end = sent.offsets(seg[a])[0], sent.offsets(seg[b - 1])[1]
            if a == 0 and backward.intersection(f[2] for f in found) and sent.index > 0:
                start = ctx.sentences[sent.index - 1].start  # "Næste år fokuserer du på salg. Det er det, jeg har brug for."
            yield Hit(start, end, sent, {"segment": (seg[0].i, seg[-1].i + 1)})
    yield from _manager_only_agreement(ctx, together)
    yield from _passive_plans(ctx, rule, together, exempt, stems)


AUXILIARIES = frozenset({"er", "bliver", "blev", "var"})
# words between the auxiliary and the participle: "er nu blevet fastlagt"
AUX_FILLERS = frozenset({"blevet", "nu", "allerede", "hermed", "altså", "så", "endeligt", "endelig", "helt", "også", "bare", "jo"})
# words after the noun before the auxiliary: "Din udviklingsplan for næste år er ..."
CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "–", "—", "der", "som", "at", "og", "men"})
SUBORDINATORS = frozenset({"når", "hvis", "inden", "før", "efter", "indtil", "snart", "hvordan", "hvornår", "om"})
PERSONAL_OWNERS = frozenset({"din", "dit", "dine", "hans", "hendes", "jeres"})
OBJECT_PRONOUNS = frozenset({"dig", "ham", "hende", "jer"})
# "bestemt" is also an adverb ("Dine mål er bestemt realistiske"): only these may follow the participle
AFTER_PARTICIPLE = frozenset(
    {"af", "for", "på", "og", "i", "til", "fra", "med", "nu", "allerede", "færdig", "endeligt", "hermed", "centralt",
     "oppefra", "ovenfra", "derfor", "uden", "så", "ligesom", "sådan"}
)


def _adverb_or_particle(seg, end: int) -> bool:
    """A word after the participle that changes its sense: 'bestemt realistiske', 'lagt ud', 'sat op'."""
    return end < len(seg) and seg[end].is_alpha and seg[end].lower_ not in AFTER_PARTICIPLE


def _after_subordinator(seg, a: int) -> bool:
    """'Når dine mål er sat, …', 'Hvis planen er lagt, …': a condition or a time, not a decision."""
    return any(t.lower_ in ("når", "hvis", "inden", "før", "indtil", "snart") for t in seg[max(0, a - 3) : a])


def _genitive_name(tok, names) -> bool:
    """'Mortens mål': a known first name in the genitive."""
    return tok.text[:1].isupper() and tok.lower_.endswith("s") and tok.lower_[:-1] in names


def _personal_link(seg, a: int, b: int, names) -> bool:
    """'dine (nye) mål', 'Mortens mål', 'målene for dig / for din afdeling'."""
    before = seg[max(0, a - 2) : a]
    if any(t.lower_ in PERSONAL_OWNERS or _genitive_name(t, names) for t in before):
        return True
    after = [t.lower_ for t in seg[b : b + 4]]
    return "for" in after[:2] and any(w in OBJECT_PRONOUNS or w in PERSONAL_OWNERS or w in names for w in after)


def _phrase_at(seg, i: int, phrases, width: int) -> int:
    """Length of the longest lexicon phrase starting at seg[i] (within ``width`` tokens), 0 if none."""
    return max((m[1] for m in find_phrases(seg[i : i + width], phrases) if m[0] == 0), default=0)


def find_passive_plans(seg, nouns: dict[str, str], participles: list[str], names) -> list[tuple[int, int]]:
    """(first, last + 1) of 'Din udviklingsplan (for næste år) er fastlagt', 'Nu er dine mål sat'."""
    out = []
    lows = [t.lower_ for t in seg]
    # "Der er sat nye mål for dig": an expletive passive with the plan after the participle
    for k in range(len(seg) - 3):
        if lows[k] == "der" and lows[k + 1] in AUXILIARIES:
            j = k + 2
            while j < len(seg) and lows[j] in AUX_FILLERS:
                j += 1
            part = _phrase_at(seg, j, participles, 3)
            if not part:
                continue
            n = j + part
            while n < len(seg) and n - j <= 4 and lows[n] in ("en", "et", "nogle", "nye", "ny", "nyt", "klare", "konkrete"):
                n += 1
            noun = _phrase_at(seg, n, list(nouns), 2)
            if noun and _personal_link(seg, n, n + noun, names):
                out.append((k, n + noun))
    found = find_phrases(seg, list(nouns))
    for a, b, phrase in found:
        if any(w in SUBORDINATORS for w in lows[max(0, a - 3) : a]):
            continue  # "Når dine mål er sat, følger vi op" is about later
        if nouns[phrase.lower()] == "personal" and not _personal_link(seg, a, b, names):
            continue  # "Målene for afdelingen er sat" is no personal plan
        start = a - 1 if a and (lows[a - 1] in PERSONAL_OWNERS | {"den", "det", "de"} or _genitive_name(seg[a - 1], names)) else a
        if start and lows[start - 1] in ("din", "dit", "dine") and start != a:
            start -= 1
        # the auxiliary: after the noun ("Dine mål er sat") or just before it ("Nu er dine mål sat")
        j = b
        while j < len(seg) and j - b <= 5 and lows[j] not in AUXILIARIES and lows[j] not in CLAUSE_BREAKS:
            j += 1
        if j < len(seg) and lows[j] in AUXILIARIES:
            k = j + 1
        elif start and lows[start - 1] in AUXILIARIES:
            # "Nu er dine mål (for 2027) sat": the participle follows the noun and its modifiers
            j = b
            k = next((i for i in range(b, min(b + 5, len(seg))) if _phrase_at(seg, i, participles, 2)), None)
            if k is None or any(lows[i] in CLAUSE_BREAKS for i in range(b, k)):
                continue
        else:
            continue
        while k < len(seg) and lows[k] in AUX_FILLERS:
            k += 1
        part = _phrase_at(seg, k, participles, 3)
        if not part:
            continue
        end = k + part
        if lows[end - 1] in ("lagt", "sat") and end < len(seg) and lows[end] in ("i", "på", "ind", "ud", "op"):
            continue  # "Din plan er lagt i kalenderen": a place, not a decision
        if _adverb_or_particle(seg, end):
            continue  # "Dine mål er bestemt realistiske", "Planen er lagt ud på intranettet"
        if "ikke" in lows[b:end]:
            continue  # "Dine mål er ikke fastlagt endnu"
        out.append((min(start, j) if j < start else start, end))
    return out


def _passive_lexicons(ctx, rule) -> tuple[dict[str, str], tuple[str, ...]]:
    p = rule.params

    def build() -> tuple[dict[str, str], tuple[str, ...]]:
        nouns = {k: "" for k in (w.lower() for w in ctx.lexicons.phrases(p.get("plan_nouns", "plan-nouns")))}
        nouns.update(ctx.lexicons.mapping(p.get("plan_nouns", "plan-nouns")))
        return nouns, ctx.lexicons.phrases(p.get("participles", "plan-participles"))

    return ctx.lexicons.for_rule(rule, "dictated_plan.passive", build)


def _passive_plans(ctx, rule, together, exempt, stems) -> Iterator[Hit]:
    """A plan or goal fixed in the passive with no voice from the employee: 'Dine mål er bestemt.'"""
    nouns, participles = _passive_lexicons(ctx, rule)
    passive_together = ctx.lexicons.phrases(rule.params.get("passive_cocreated", "plan-passive-cocreated"))
    for sent in ctx.sentences:
        for seg in line_segments(sent.span):
            found = find_passive_plans(seg, nouns, participles, ctx.names)
            if not found or is_question(sent.span[seg[0].i - sent.span.start : seg[-1].i - sent.span.start + 1]):
                continue
            nxt = ctx.sentences[sent.index + 1] if sent.index + 1 < len(ctx.sentences) else None
            window = _window(ctx, sent) + (list(nxt.span) if nxt is not None else [])
            if find_phrases(window, together) or find_phrases(window, exempt) or find_phrases(window, passive_together):
                continue
            if nxt is not None and is_question(nxt.span):
                continue  # "Målene er sat. Hvad tænker du om dem?" leaves room for the employee's view
            a, b = found[0]
            start, end = sent.offsets(seg[a])[0], sent.offsets(seg[b - 1])[1]
            yield Hit(start, end, sent, {"segment": (seg[0].i, seg[-1].i + 1), "passive": True})


def _manager_only_agreement(ctx, together) -> Iterator[Hit]:
    """'Aftale: Søren skal blive mere udadvendt. Opfølgning: leder.' with no voice from the employee.

    Judged per paragraph, so one agreement's owners do not excuse another's.
    """
    for offset, doc in ctx.docs:
        text = doc.text
        m = MANAGER_ONLY_OWNER.search(text)
        if m is None:
            continue
        owners = {o.group(2).lower() for o in OWNER_LINE.finditer(text)}
        if owners - MANAGER_WORDS:
            continue  # someone else (the employee) owns part of the agreement
        tokens = list(doc)
        if find_phrases(tokens, together) or not _recipient_must(tokens, ctx.names):
            continue
        start = offset + m.start(1)
        end = offset + m.end(3)
        sent = ctx.sentence_at(start)
        if sent is not None:
            yield Hit(start, end, sent, {"owner_line": True})
