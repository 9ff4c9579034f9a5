"""accusatory-why: a "hvorfor"-question about the person's own past or ongoing behaviour.

Flagged: "Hvorfor afleverede du ikke rapporten?", "Hvorfor er du altid den
sidste?", "Hvorfor valgte du at sende tilbuddet uden at få det godkendt?".
Clean: "Hvorfor tror du, ...?" (asks for a view), motivation ("Hvorfor er det
vigtigt for dig ...?"), the suggestion "Hvorfor ikke ...?", an embedded
"hvorfor" ("Forstår du, hvorfor ..."), and a question about a choice with no
sign of fault ("Jeg er nysgerrig: hvorfor valgte du Python?"): without "ikke",
"altid", "for sent", "uden at" and the like, a why can be curiosity or
motivation, so it stays clean.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..engine.context import Hit, TextContext
from ..lang import is_recipient
from . import register
from .past_focus import find_phrase, is_question_span, lacks_end_punct, norm, segments

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OPENERS = frozenset({"og", "men", "så", "nå", "altså", "jamen", "hov"})
SELF_SUBJECTS = frozenset({"jeg", "vi"})
POSSESSIVES = frozenset({"din", "dit", "dine", "jeres", "hans", "hendes"})


def _why_starts(seg: Span, names: frozenset[str]) -> list[int]:
    """Indexes into the segment of each "hvorfor" that opens a question (not an embedded one)."""
    toks = list(seg)
    out: list[int] = []
    for k, t in enumerate(toks):
        if t.lower_ != "hvorfor":
            continue
        before = [b for b in toks[:k] if not b.is_space]
        # allowed before it: bullets, "Og/Men", a vocative name and comma, or a lead-in ending in ":"
        if all(b.is_punct or b.lower_ in OPENERS or is_recipient(b, names) for b in before):
            out.append(k)
        elif before and before[-1].text in (":", "–", "—"):
            out.append(k)
        elif out and len(before) >= 2 and before[-1].lower_ in ("og", "eller") and before[-2].text == ",":
            out.append(k)  # "Hvorfor var rapporten ikke færdig, og hvorfor sagde du ikke noget?"
    return out


def why_question(seg: Span, ctx: TextContext, rule) -> tuple[int, dict] | None:
    """(index of "hvorfor" in the segment, facts) when the question reproaches the person."""
    if not is_question_span(seg) and not lacks_end_punct(seg):
        return None
    for k in _why_starts(seg, ctx.names):
        found = _judge(seg, k, ctx, rule)
        if found is not None:
            return found
    return None


def _judge(seg: Span, k: int, ctx: TextContext, rule) -> tuple[int, dict] | None:
    lex = ctx.lexicons
    p = rule.params
    toks = list(seg)
    rest = [t for t in toks[k + 1 :] if not t.is_space]
    if not rest or rest[0].lower_ == "ikke" or rest[0].is_punct:
        return None  # "Hvorfor ikke lade Amalie styre demoen?" is a suggestion
    if any(i < 3 for i, _ in find_phrase(rest[:4], lex.phrases(p.get("exempt_verbs", "why-exempt-verbs")))):
        return None  # "Hvorfor tror du ...", "Hvorfor vil du gerne ..."
    subject, k_subj = _subject(rest, ctx.names)
    if subject is None:
        return None
    faults = find_phrase(rest, lex.phrases(p.get("faults", "why-fault-markers")))
    if subject.lower_ in SELF_SUBJECTS:
        # "hvorfor fik jeg ikke besked?" and "hvorfor skal jeg hver gang minde dig om ...?"
        # aim at the reader; "hvorfor valgte vi X?" does not
        negation = any(norm(rest[i]) in ("ikke", "aldrig", "ingen", "intet") for i, _ in faults)
        at_reader = faults and any(t.lower_ in ("dig", "jer") for t in rest)
        if not (negation or at_reader):
            return None
        return k, {"subject": subject.i, "fault": True, "at_reader": bool(at_reader and not negation)}
    if subject.lower_ in POSSESSIVES:
        # only a clear omission: "Hvorfor var din rapport ikke færdig?"
        if not any(norm(rest[i]) in ("ikke", "aldrig") for i, _ in faults):
            return None
        return k, {"subject": subject.i, "fault": True, "possessive": True}
    if faults and _only_manner_of_a_choice(rest, faults):
        return None  # "Hvorfor valgte du at gøre det på den måde?" asks about a choice
    if faults:
        facts = {"subject": subject.i, "fault": True}
        cleft = _cleft(rest, ctx.names)
        if cleft is not None:
            facts["cleft"] = cleft[1].i  # "Hvorfor er det altid dig, der glemmer ...?"
        return k, facts
    # "Hvorfor valgte du at blive sygeplejerske?" can be curiosity or motivation:
    # without a sign of fault the question stays clean (precision first).
    return None


CHOICE_VERBS = frozenset({"valgte", "vælger", "valgt", "besluttede", "beslutter", "besluttet", "foretrak", "foretrækker"})


def _only_manner_of_a_choice(rest: Sequence[Token], faults: list[tuple[int, int]]) -> bool:
    """A manner ("på den måde", "sådan") of a chosen approach is curiosity, not a fault."""
    if not any(t.lower_ in CHOICE_VERBS for t in rest[:3]):
        return False
    return all(rest[i].lower_ in ("på", "sådan") for i, _ in faults)


def _cleft(rest: Sequence[Token], names: frozenset[str]) -> tuple[Token, Token] | None:
    """(person, "der") in a cleft: "Hvorfor er det (altid) dig, der glemmer ...?"."""
    words = [t for t in rest if not t.is_punct]
    if len(words) < 4 or words[0].lower_ not in ("er", "var") or words[1].lower_ != "det":
        return None
    for j in range(2, min(len(words) - 1, 6)):
        t = words[j]
        if (is_recipient(t, names) or t.lower_ in ("dig", "ham", "hende", "jer")) and words[j + 1].lower_ in ("der", "som"):
            return t, words[j + 1]
    return None


def _subject(rest: Sequence[Token], names: frozenset[str]) -> tuple[Token | None, int]:
    """The subject after the verb ("Hvorfor sagde du"), or after "er det, at" (cleft)."""
    cleft = _cleft(rest, names)
    if cleft is not None:
        return cleft[0], rest.index(cleft[0])
    words = [t for t in rest if not t.is_punct]
    for j, t in enumerate(words[:3]):
        if t.lower_ in ("dig", "ham", "hende", "jer"):
            continue
        if is_recipient(t, names) or t.lower_ in SELF_SUBJECTS:
            return t, rest.index(t)
    # "Hvorfor var din rapport ikke færdig?": the person's own work as subject
    if len(words) >= 3 and words[1].lower_ in POSSESSIVES and words[2].is_alpha:
        return words[1], rest.index(words[1])
    low = [t.lower_ for t in words[:4]]
    if len(low) >= 3 and low[1] == "det" and "at" in low:
        at = low.index("at")
        if at + 1 < len(words) and is_recipient(words[at + 1], names):
            return words[at + 1], rest.index(words[at + 1])
    return None, -1


@register("accusatory_why")
def accusatory_why(ctx: TextContext, rule, matches) -> Iterator[Hit]:
    for sent, seg in segments(ctx):
        found = why_question(seg, ctx, rule)
        if found is None:
            continue
        k, facts = found
        toks = list(seg)
        start = sent.offsets(toks[k])[0]
        end = sent.offsets(seg)[1]
        yield Hit(start, end, sent, {"why": toks[k].i, "segment": (seg.start, seg.end), **facts})
