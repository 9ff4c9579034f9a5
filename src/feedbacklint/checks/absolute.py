"""absolute: altid/aldrig/hele tiden about the recipient's own behaviour.

Clean: offers and reassurance ("Du er altid velkommen"), rules and norms
("Du skal altid bruge sele", "Vi tjekker altid"), negated absolutes
("ikke altid"), and statements about other people.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.context import Hit
from ..lang import clause_of, is_recipient, lemma, negated
from . import register


def _subject_is_recipient(clause, names) -> bool:
    for tok in clause:
        if tok.lower_ in ("dig", "ham", "hende"):
            continue  # objects: "jeg har altid troet på dig" is not about their behaviour
        if is_recipient(tok, names):
            return True
    return False


@register("absolute")
def absolute(ctx, rule, matches) -> Iterator[Hit]:
    softeners = ctx.lexicons.words(rule.params.get("exempt", "absolute-exempt"))
    for sent, span in matches:
        head = span[0]
        if negated(head):
            continue
        clause = clause_of(head)
        # "Hver gang vi har travlt, melder du dig syg": the subordinate clause
        # starts with the trigger, so the main clause after it counts too.
        scope = list(clause)
        if head.lower_ == "hver" and span.end < sent.span.end:
            nxt = clause.end
            while nxt < sent.span.end and sent.span.doc[nxt].is_punct:
                nxt += 1
            if nxt < sent.span.end:
                scope += list(clause_of(sent.span.doc[nxt]))
        if not _subject_is_recipient(scope, ctx.names):
            continue
        # rules and offers may sit in the other clause: "Du skal bruge sele, hver gang du ..."
        exempt_scope = sent.span if head.lower_ == "hver" else scope
        if any(lemma(t) in softeners or t.lower_ in softeners for t in exempt_scope):
            continue
        start, end = sent.offsets(span)
        yield Hit(start, end, sent, {"absolute": span.text})
