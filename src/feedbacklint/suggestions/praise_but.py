"""Rewrites for praise-but: the praise stands alone, the request follows with a next step.

"Flot præsentation på kickoff-mødet, men du talte for hurtigt." →
"Flot præsentation på kickoff-mødet. Du talte for hurtigt. Hvordan sikrer vi,
at du taler i et roligere tempo næste gang?"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..checks.past_focus import PastLexicons, base_form, correction_in, is_past_verb, turns_forward
from ..engine.context import Hit, TextContext
from ..findings import Suggestion
from ..lang import is_recipient
from . import register
from .common import capitalize_first
from .past_focus import forward_question, surface

if TYPE_CHECKING:
    from ..engine.rulefile import Rule

TRAILING = ",–—-:; "
GENERIC_NEXT = "Hvad kan være et første skridt?"


def _finite_verb_first(tok, ctx: TextContext, rule: Rule) -> bool:
    """Does the part after "men" start with a verb and no subject ("men kan være svær at få fat i")?"""
    low = tok.lower_
    if low in ctx.lexicons.words("question-yesno-verbs") or is_past_verb(tok, ctx.lexicons.words("past-verbs")):
        return True
    return low.endswith("er") and base_form(tok) != low and base_form(tok).endswith("e")


def next_step(ctx: TextContext, rule: Rule, part) -> str:
    """A forward question for the criticism after "men", unless it already has one."""
    lx = PastLexicons.for_rule(ctx, rule)
    if turns_forward(part, lx) or "?" in part.text:
        return ""
    corr = correction_in(part, lx, ctx.names)
    if corr is None:
        words = [t for t in part if not t.is_punct]
        lows = [t.lower_ for t in words]
        if lows[:2] == ["der", "mangler"] and len(words) > 2:
            # "der mangler tests til betalingsmodulet" → "... at tests til betalingsmodulet kommer med næste gang?"
            return "Hvordan sikrer vi, at " + surface(words[2:]) + " kommer med næste gang?"
        return GENERIC_NEXT
    doc = part.doc
    end = corr.clause_end
    if any(t.lower_.startswith("glem") for t in doc[corr.clause_start : end]):
        while end < part.end and not doc[end].is_punct:
            end += 1
    return capitalize_first(forward_question(list(doc[corr.clause_start : end]), doc[corr.trigger], ctx, lx.past_words))


def _followed_by_step(ctx: TextContext, rule: Rule, seg) -> bool:
    """Does the very next sentence or line already turn forward?"""
    from ..checks.past_focus import segments

    segs = [s for _, s in segments(ctx)]
    nxt = next((s for s in segs if s.start >= seg.end), None)
    return nxt is not None and turns_forward(nxt, PastLexicons.for_rule(ctx, rule))


@register("praise_but")
def praise_but(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    doc = hit.sentence.span.doc
    men = doc[hit.data["men"]]
    seg_start, seg_end = hit.data["segment"]
    seg = doc[seg_start:seg_end]
    after = [t for t in doc[men.i + 1 : seg_end] if not t.is_space]
    while after and after[-1].is_punct:
        after = after[:-1]
    part = doc[after[0].i : after[-1].i + 1] if after else doc[men.i + 1 : seg_end]
    request = surface(after)
    subject = ""
    if hit.data.get("initial"):
        praise_text = ""
        start = hit.sentence.offsets(men)[0]
    else:
        first = next((t for t in seg if t.is_alpha or t.like_num), seg[0])
        praise_text = doc[first.i : men.i].text.rstrip(TRAILING)
        start = hit.sentence.offsets(first)[0]
        if after and first.i < men.i and _finite_verb_first(after[0], ctx, rule) and is_recipient(first, ctx.names):
            subject = first.text  # "Anne er hjælpsom ... men kan være svær at få fat i"
    if subject:
        request = subject + " " + request
    request = capitalize_first(request.strip())
    if request and request[-1] not in ".!?":
        request += "."
    step = next_step(ctx, rule, part) if after else GENERIC_NEXT
    if step and _followed_by_step(ctx, rule, seg):
        step = ""  # "…, men du gik over tiden. Hvad kan hjælpe dig næste gang?" already has one
    pieces = []
    if praise_text:
        pieces.append(praise_text + ("" if praise_text[-1] in ".!?" else "."))
    pieces.append(request)
    if step:
        pieces.append(step)
    end = hit.sentence.offsets(seg)[1]
    return [Suggestion(text=" ".join(p for p in pieces if p), start=start, end=end, label=rule.suggestion.label)]
