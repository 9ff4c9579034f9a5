"""trait-label: "Du er for stille", "Peter er en enspænder", "skal blive mere udadvendt".

A label needs a person as subject and a copula (er/var/virker/fremstår)
before a personality adjective or noun from the lexicons, or a goal to
change personality ("blive mere udadvendt").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.context import Hit
from ..lang import is_recipient
from . import register

COPULAS = frozenset({"er", "var", "virker", "virkede", "fremstår", "fremstod", "opfattes", "opleves", "har været"})
DEGREE = frozenset({"for", "alt", "så", "meget", "lidt", "ret", "temmelig", "utrolig", "utroligt", "virkelig", "ofte", "altid", "tit", "generelt", "bare", "lidt", "en", "et", "noget", "som", "ganske", "simpelthen", "nok", "godt"})


def _find_label(sent, labels: frozenset[str], nouns: frozenset[str], positives: frozenset[str], names: frozenset[str]):
    toks = [t for t in sent.span if not t.is_space]
    for i, tok in enumerate(toks):
        if tok.lower_ not in COPULAS and not (tok.lower_ == "blive" and i and toks[i - 1].lower_ in ("skal", "må", "bør")):
            continue
        # subject: immediately before the copula, or after it in a question/V2 order
        subj = None
        if i and is_recipient(toks[i - 1], names):
            subj = toks[i - 1]
        elif i + 1 < len(toks) and is_recipient(toks[i + 1], names) and toks[i + 1].lower_ not in ("dig", "ham", "hende"):
            subj = toks[i + 1]
        elif tok.lower_ == "blive":
            # "Søren skal blive mere udadvendt": subject before the modal
            if i >= 2 and is_recipient(toks[i - 2], names):
                subj = toks[i - 2]
        if subj is None:
            continue
        j = max(i, subj.i - sent.span.start if subj.i > tok.i else i) + 1
        neg = False
        while j < len(toks) and (toks[j].lower_ in DEGREE or toks[j].lower_ in ("ikke", "mere")):
            neg = neg or toks[j].lower_ == "ikke"
            j += 1
        if j >= len(toks):
            continue
        word = toks[j].lower_
        goal = tok.lower_ == "blive" and toks[j - 1].lower_ == "mere"
        if (word in labels and not neg) or word in nouns or (word in positives and (neg or goal)):
            first = subj if subj.i < tok.i else tok
            if goal:
                first = toks[i - 1]
            return first, toks[j]
    return None


@register("trait_label")
def trait_label(ctx, rule, matches) -> Iterator[Hit]:
    labels = ctx.lexicons.words("trait-adjectives")
    nouns = ctx.lexicons.words("trait-nouns")
    positives = ctx.lexicons.words("positive-traits")
    for sent in ctx.sentences:
        found = _find_label(sent, labels, nouns, positives, ctx.names)
        if found:
            first, last = found
            start = sent.offsets(first)[0]
            end = sent.offsets(last)[1]
            yield Hit(start, end, sent, {"label": last.text})
