"""trait-label: "Du er for stille", "Peter er en enspænder", "skal blive mere udadvendt".

A label needs a person as subject and a copula (er/var/virker/fremstår)
before a personality adjective or noun from the lexicons, or a goal to change
personality ("blive mere udadvendt"). Some words are labels only with an
excess degree ("for kritisk", "alt for direkte"); on their own they describe.

Clean: negated labels ("Du er ikke doven"), observed states ("virkede
presset", "virkede sur på mødet i går", "var usikker under præsentationen
torsdag"), conditions ("Hvis du er usikker, ..."), the person's own view
("Synes du selv, du er for kritisk?"), facts ("Du er ny i rollen"), praise
("Du er god til ..."), and anything said about things or other people
("Rummet var for stille").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.context import Hit
from . import register
from .vague_criticism import is_person as is_recipient
from .vague_criticism import anchored, segments

COPULAS = frozenset({"er", "var", "virker", "virkede", "fremstår", "fremstod", "opfattes", "opleves"})
GOAL_MODALS = frozenset({"skal", "må", "bør", "burde", "skulle"})
DEGREE = frozenset(
    {"for", "alt", "så", "meget", "lidt", "ret", "temmelig", "utrolig", "utroligt", "virkelig", "ofte", "altid", "tit",
     "generelt", "bare", "en", "et", "noget", "som", "ganske", "simpelthen", "nok", "godt", "smule", "anelse", "rigtig",
     "rimelig", "rimeligt", "vildt", "enormt", "helt", "stadig", "stadigvæk", "også", "jo", "desværre", "typisk",
     "særlig", "særligt", "specielt", "synderlig", "synderligt", "af"}
)
OBJECT_FORMS = frozenset({"dig", "ham", "hende", "jer"})
PAST_COPULAS = frozenset({"var", "virkede", "fremstod"})
# "virkede"/"fremstod" report how someone came across, which at a named time is an observation
SEEMED = frozenset({"virkede", "fremstod"})
# A label inside a condition is no verdict: "Hvis du er usikker, så ring", "Når du er sur, ..."
CONDITIONS = frozenset({"hvis", "når", "om", "såfremt"})
# The person's own view: "Synes du selv, du er for kritisk?", "Du føler selv, at du er for stille"
OPINION_VERBS = frozenset({"synes", "syntes", "tror", "troede", "føler", "følte", "oplever", "oplevede", "mener", "mente"})


def _own_view(toks, before: int, names) -> bool:
    """An opinion verb with the recipient as its subject before the label: their own view, asked or reported."""
    for k in range(before):
        if toks[k].lower_ not in OPINION_VERBS:
            continue
        near = [toks[j] for j in (k - 1, k + 1) if 0 <= j < len(toks)]
        if any(is_recipient(t, names) and t.lower_ not in OBJECT_FORMS for t in near):
            return True
    return False


def _find_label(toks, labels, weak, nouns, positives, names):
    """(subject index, first index, label index) of a personality label in ``toks``, or None."""
    for i, tok in enumerate(toks):
        low = tok.lower_
        goal = low == "blive" and i >= 1 and toks[i - 1].lower_ in GOAL_MODALS
        # "Han kan være lidt doven": the modal sits between subject and copula
        can_be = low == "være" and i >= 2 and toks[i - 1].lower_ in ("kan", "kunne")
        if low not in COPULAS and not goal and not can_be:
            continue
        # subject: right before the copula (or the modal), or right after it in V2/question order
        subj = None
        if goal:
            if i >= 2 and is_recipient(toks[i - 2], names) and toks[i - 2].lower_ not in OBJECT_FORMS:
                subj = i - 2
        elif can_be:
            if is_recipient(toks[i - 2], names) and toks[i - 2].lower_ not in OBJECT_FORMS:
                subj = i - 2
        elif i and is_recipient(toks[i - 1], names) and toks[i - 1].lower_ not in OBJECT_FORMS:
            subj = i - 1
        elif i + 1 < len(toks) and is_recipient(toks[i + 1], names) and toks[i + 1].lower_ not in OBJECT_FORMS:
            subj = i + 1
        if subj is None:
            continue
        if i == 0 and subj == 1 and toks[-1].text.endswith("?"):
            continue  # "Er du sur på mig?": asking about a state, not labelling
        if min(subj, i) and toks[min(subj, i) - 1].lower_ in CONDITIONS:
            continue  # "Hvis du er usikker, så spørg": a condition, not a verdict
        if _own_view(toks, min(subj, i), names):
            continue
        j = max(i, subj) + 1
        neg = False
        excess = False
        seen: list[str] = []
        while j < len(toks) and (toks[j].lower_ in DEGREE or toks[j].lower_ in ("ikke", "mere")):
            neg = neg or toks[j].lower_ == "ikke"
            seen.append(toks[j].lower_)
            j += 1
        if j >= len(toks):
            continue
        excess = "for" in seen
        word = toks[j].lower_
        more = "mere" in seen
        is_label = (
            (word in labels and not neg)
            or (word in weak and excess and not neg)
            or (word in nouns and not neg)
            or (word in positives and (neg or (goal and more)))
        )
        if is_label:
            rest = [t.lower_ for t in toks[j + 1 :]]
            if "selv" in rest and any(p in rest for p in ("dig", "sig", "jer")):
                continue  # "Du er for hård ved dig selv": care, not a label
            first = i - 1 if goal else min(subj, i)
            return subj, first, j
    return None


@register("trait_label")
def trait_label(ctx, rule, matches) -> Iterator[Hit]:
    lex = ctx.lexicons
    p = rule.params
    labels = lex.words(p.get("labels", "trait-adjectives"))
    weak = lex.words(p.get("weak_labels", "trait-adjectives-weak"))
    nouns = lex.words(p.get("nouns", "trait-nouns"))
    positives = lex.words(p.get("positives", "positive-traits"))
    states = lex.words(p.get("states", "trait-states"))
    for sent in ctx.sentences:
        for toks in segments(sent):
            found = _find_label(toks, labels, weak, nouns, positives, ctx.names)
            if not found:
                continue
            # "Du var for stille på mødet i går": a describing word in the past at a named
            # time is an observation; "Han var doven i tirsdags" is still a label.
            subj, first, label = found
            word = toks[label].lower_
            copulas = {t.lower_ for t in toks[first:label]}
            observed = (SEEMED & copulas and word not in nouns) or (
                PAST_COPULAS & copulas and (word in weak or word in states))
            if observed and anchored(toks, lex):
                continue
            start = sent.offsets(toks[first])[0]
            end = sent.offsets(toks[label])[1]
            yield Hit(start, end, sent, {"label": toks[label].text, "tokens": toks, "subject": subj, "first": first,
                                         "label_index": label,
                                         "segment": (sent.offsets(toks[0])[0], sent.offsets(toks[-1])[1])})
