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
    for sent in ctx.sentences:
        for seg in line_segments(sent.span):
            found = find_phrases(seg, decided)
            if not found or is_question(sent.span[seg[0].i - sent.span.start : seg[-1].i - sent.span.start + 1]):
                continue
            window = _window(ctx, sent)
            nxt = ctx.sentences[sent.index + 1].span if sent.index + 1 < len(ctx.sentences) else []
            if find_phrases(window + list(nxt), together):
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
