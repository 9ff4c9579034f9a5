"""absolute: altid/aldrig/hele tiden/hver gang/konstant about the recipient's own behaviour.

Clean: offers and reassurance ("Du er altid velkommen"), rules and norms ("Du
skal altid bruge sele", "Vi tjekker altid", "fremover ... hver gang"), negated
absolutes ("ikke altid"), statements about other people, and sweeping words
inside praise ("Du er altid så hjælpsom", "Du glemmer aldrig en deadline").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.context import Hit
from ..lang import CLAUSE_BREAKERS, PUNCT_BREAKERS, find_phrases, negated
from . import register
from .vague_criticism import find_any
from .vague_criticism import is_person as is_recipient

OBJECT_FORMS = frozenset({"dig", "ham", "hende", "jer"})
# Clause words that are also verbs or adverbs right after a subject: "Han når aldrig ...", "du så ...".
VERB_HOMOGRAPHS = frozenset({"når", "så", "da", "der"})


def _clause(tok):
    """The clause around ``tok``, reading "Han når aldrig" as one clause (når = reach)."""
    sent, doc = tok.sent, tok.doc

    def breaks(i: int) -> bool:
        t = doc[i]
        # a doubled space or a tab is no boundary ("Du kommer  altid"); a line break is
        if t.text in PUNCT_BREAKERS or (t.is_space and ("\n" in t.text or "\r" in t.text)):
            return True
        if t.lower_ in CLAUSE_BREAKERS:
            prev = doc[i - 1] if i > sent.start else None
            return not (t.lower_ in VERB_HOMOGRAPHS and prev is not None and is_recipient(prev) and prev.lower_ not in OBJECT_FORMS)
        return False

    start = tok.i
    while start > sent.start and not breaks(start - 1):
        start -= 1
    end = tok.i + 1
    while end < sent.end and not breaks(end):
        end += 1
    return doc[start:end]


def _about_recipient(scope, names) -> bool:
    return any(is_recipient(t, names) and t.lower_ not in OBJECT_FORMS for t in scope)


def _word_after(doc, i: int, end: int):
    """The next token after ``i`` that is no space or comma, or None."""
    i += 1
    while i < end and (doc[i].is_space or doc[i].text == ","):
        i += 1
    return doc[i] if i < end else None


def _word_before(doc, i: int, start: int):
    """The token before ``i`` that is no space or comma, or None."""
    i -= 1
    while i >= start and (doc[i].is_space or doc[i].text == ","):
        i -= 1
    return doc[i] if i >= start else None


def _cleft(sent, clause, names):
    """The relative clause of a cleft about the recipient, or None.

    "Det er altid dig, der kommer for sent" / "Hvorfor er det altid ham, som ...": the
    object form is the subject of the relative clause. "Det er dig, der altid glemmer ...":
    the absolute sits in the relative clause whose antecedent is the recipient.
    """
    doc, start, end = sent.span.doc, sent.span.start, sent.span.end
    for t in clause:
        if t.lower_ in OBJECT_FORMS:
            rel = _word_after(doc, t.i, end)
            if rel is not None and rel.lower_ in ("der", "som"):
                return _clause(_word_after(doc, rel.i, end) or rel)
    rel = _word_before(doc, clause.start, start)
    if rel is not None and rel.lower_ in ("der", "som"):
        antecedent = _word_before(doc, rel.i, start)
        if antecedent is not None and (antecedent.lower_ in OBJECT_FORMS or is_recipient(antecedent, names)):
            return clause
    return None


def _goal_frame(sent, clause, frame) -> bool:
    """A goal or rule around the absolute: "Hvordan sikrer vi, at du altid ...", "Husk altid ...", "Fremover ...".

    A frame verb inside the absolute's own clause with a subject is behaviour, not a frame:
    "Hun sørger aldrig for at melde afbud", "Du husker aldrig at logge ud".
    """
    first = next((t for t in sent.span if t.is_alpha), None)
    for t in sent.span:
        if t.lower_ not in frame:
            continue
        if t.lower_.startswith("frem") or t is first or not (clause.start <= t.i < clause.end):
            return True
    return False


def _next_clause(sent, clause):
    doc = sent.span.doc
    nxt = clause.end
    while nxt < sent.span.end and doc[nxt].is_punct:
        nxt += 1
    return _clause(doc[nxt]) if nxt < sent.span.end else None


def _spaced_matches(ctx, rule, matches):
    """Multi-word absolutes with a doubled space or a tab inside ("hele  tiden", "Hver  gang"),
    which the phrase matcher misses: the space is a token of its own there."""
    seen = {(sent.start, span.start) for sent, span in matches}
    phrases = [p for name in rule.lexicons for p in ctx.lexicons.phrases(name) if " " in p]
    extra = []
    for sent in ctx.sentences:
        if not any(t.is_space for t in sent.span):
            continue
        toks = list(sent.span)
        for a, b, _ in find_phrases(toks, phrases):
            inner = toks[a:b]
            if not any(t.is_space for t in inner) or any(_breaks_line(t) for t in inner):
                continue
            span = sent.span.doc[sent.span.start + a : sent.span.start + b]
            if (sent.start, span.start) not in seen:
                extra.append((sent, span))
    return sorted([*matches, *extra], key=lambda m: m[1].start)


def _breaks_line(tok) -> bool:
    return tok.is_space and ("\n" in tok.text or "\r" in tok.text)


@register("absolute")
def absolute(ctx, rule, matches) -> Iterator[Hit]:
    lex = ctx.lexicons
    exempt = lex.words(rule.params.get("exempt", "absolute-exempt"))
    positive = lex.phrases(rule.params.get("positive", "absolute-positive"))
    aldrig_positive = lex.phrases(rule.params.get("aldrig_positive", "absolute-aldrig-positive"))
    praise_context = lex.phrases(rule.params.get("praise_context", "absolute-praise-context"))
    frame = lex.words(rule.params.get("frame", "absolute-frame"))
    facts = lex.phrases(rule.params.get("facts", "absolute-facts"))
    for sent, span in _spaced_matches(ctx, rule, matches):
        head = span[0]
        if negated(head):
            continue
        clause = _clause(head)
        scope = list(clause)
        # "Hver gang vi har travlt, melder du dig syg": the trigger opens a subordinate
        # clause, so the main clause after it is where the person's behaviour is.
        if head.lower_ == "hver":
            doc = sent.span.doc
            comma = next((k for k in range(span.end, sent.span.end) if doc[k].text == ","), None)
            nxt = _next_clause(sent, doc[comma - 1 : comma]) if comma is not None else _next_clause(sent, clause)
            scope += list(doc[span.end : comma or span.end])
            if nxt is not None:
                scope += list(nxt)
        cleft = _cleft(sent, clause, ctx.names)
        if not _about_recipient(scope, ctx.names) and cleft is None:
            continue
        # rules and offers may sit in the other clause: "Du skal bruge sele, hver gang du ..."
        exempt_scope = list(sent.span) if head.lower_ == "hver" else scope
        # word forms, not lemmas: "Husk altid ..." is a rule, "Du husker aldrig ..." is not
        if any(t.lower_ in exempt for t in exempt_scope):
            continue
        if _goal_frame(sent, clause, frame):
            continue
        # praise may run past a clause word ("altid så hjælpsom"): look up to the punctuation
        doc = sent.span.doc
        stop = span.end
        while stop < sent.span.end and not doc[stop].is_punct:
            stop += 1
        # "Det er altid dig, der hjælper de nye": the praise is in the cleft's relative clause
        extra = list(cleft) if cleft is not None and cleft.start >= stop else []
        words = [t.lower_ for t in (*scope, *doc[clause.end : stop], *extra) if not t.is_space]
        following = next((s for s in ctx.sentences if s.start >= sent.end), None)
        context = [t.lower_ for t in (*sent.span, *(following.span if following else ())) if not t.is_space]
        if find_any(context, praise_context):
            continue
        if head.lower_ == "aldrig":
            after = [t.lower_ for t in doc[span.start : min(span.start + 6, sent.span.end)] if not t.is_space][:4]
            if find_any(words, aldrig_positive) or any(a == 0 for a, _, _ in find_any(after, facts)):
                continue
        elif any(a == 0 or words[a - 1] != "for" for a, _, _ in find_any(words, positive)) or (getattr(_word_before(doc, span.start, sent.span.start), "lower_", "") == "som"):
            continue
        start, end = sent.offsets(span)
        yield Hit(start, end, sent, {"absolute": span.text, "first": span.start - sent.span.start,
                                     "last": span.end - sent.span.start})
