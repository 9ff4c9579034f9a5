"""closed-question: a yes/no question where an open question would invite reflection.

Flagged: verb-first questions to the employee about feelings, self-assessment,
motivation or development ("Er du glad for dit job?", "Trives du i teamet?",
"Synes du selv, at året er gået godt?").
Clean: logistics ("Passer det dig, at vi flytter mødet?"), work requests
("Vil du tilføje en test?"), offers and proposals ("Skal vi kigge på det
sammen?", "Har du lyst til ...?"), invitations to narrate ("Kan du fortælle
lidt om ...?"), the closing "Er der andet ...?", the manager's self-check
("har jeg leveret?"), notes about a third person, and hedged requests that
end in "?" (those are hedging).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..engine.context import Hit, TextContext
from ..lang import is_name
from . import register
from .past_focus import find_phrase, has_phrase, is_question_span, lacks_end_punct, segments

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SECOND_PERSON = frozenset({"du", "dig", "din", "dit", "dine", "jer", "jeres", "dig selv"})
OPENERS = frozenset({"og", "så", "men", "altså", "nå"})
HEDGES = frozenset({"måske", "eventuelt", "evt", "prøve", "forsøge", "overveje", "lige", "muligvis"})
PROPOSALS = ("vi skal", "skal vi", "vi kunne", "kunne vi", "vi kan", "kan vi")
NOT_ALTERNATIVE = frozenset({"ej", "hvad", "ikke"})


def question_words(seg: Span, names: frozenset[str]) -> list[Token]:
    """The question's words from its verb on, without bullets, numbering, "Og" or a vocative name."""
    toks = [t for t in seg if not t.is_space]
    # "Spørgsmål 3: Er du glad for ...?": the question starts after the lead-in
    colons = [i for i, t in enumerate(toks) if t.text == ":"]
    if colons:
        toks = toks[colons[-1] + 1 :]
    k = 0
    while k < len(toks) and (not toks[k].is_alpha or toks[k].lower_ in OPENERS):
        k += 1
    # "Mette, er du ...?" — a vocative name with a comma
    if k + 1 < len(toks) and is_name(toks[k], names) and toks[k + 1].text == ",":
        k += 2
    return toks[k:]


def is_closed_reflection(seg: Span, ctx: TextContext, rule) -> bool:
    if not is_question_span(seg) and not (lacks_end_punct(seg) and not any(t.text == "," for t in seg)):
        return False  # a question, or a sloppy verb-first line with no punctuation at all
    p = rule.params
    lex = ctx.lexicons
    words = question_words(seg, ctx.names)
    if len(words) < 2 or words[0].lower_ not in lex.words(p.get("verbs", "question-yesno-verbs")):
        return False
    head = [t for t in words if not t.is_punct][:6]
    if desire_frame(words, ctx, rule) is not None:
        return True  # "Har du lyst til at tage mere ansvar?", "Vil du gerne være teamleder?"
    if any(i == 0 for i, _ in find_phrase(head, lex.phrases(p.get("not_reflection", "question-not-reflection")))):
        return False
    lows = [t.lower_ for t in words]
    if not any(w in SECOND_PERSON for w in lows) and not any(t.text == "I" for t in words[1:]):
        return False  # notes about a third person, or the manager's own self-check
    if any(w in HEDGES for w in lows) or has_phrase(words, PROPOSALS):
        return False  # hedged requests and proposals
    for i, w in enumerate(lows):
        if w == "eller" and i + 1 < len(lows) and lows[i + 1] not in NOT_ALTERNATIVE and lows[i + 1] != "?":
            return False  # "Er du mest til X eller Y?" is an alternative question
    if _consent(lows):
        return False  # "Er du okay med, at vi flytter mødet?"
    if lows[0] in lex.words(p.get("opinion_verbs", "question-opinion-verbs")):
        # "Tror du, at kunden accepterer prisen?" asks about work, not about the person
        rest = lows[2:]
        if not ("selv" in rest or any(w in SECOND_PERSON for w in rest) or any(w in JUDGING for w in rest)):
            return False
    return has_phrase(words, lex.phrases(p.get("reflection", "question-reflection")))


CONCRETE_OFFER = frozenset({"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "morgen", "dag", "uge", "kl", "kl."})


def desire_frame(words: list[Token], ctx: TextContext, rule) -> int | None:
    """Length of a desire frame ("har du lyst til", "vil du gerne") opening a question about the
    person's development, role or future; None for offers and requests in the same form.

    An offer names something concrete: a day or time ("på torsdag", "en dag"), a colleague
    ("sidde med Nanna"), or the manager's own action ("have, at jeg læser ..."); a stack of
    softeners makes it a hedged request. Those stay clean (precision first).
    """
    p = rule.params
    lex = ctx.lexicons
    head = [t for t in words if not t.is_punct][:6]
    frames = [j - i for i, j in find_phrase(head, lex.phrases(p.get("desire_frames", "question-desire-frames"))) if i == 0]
    if not frames:
        return None
    n = max(frames)
    body = [t for t in head[n:] + [t for t in words if not t.is_punct][6:]]
    lows = [t.lower_ for t in body]
    if any(w in ("fortælle", "beskrive", "forklare", "uddybe", "sige", "skrive") for w in lows[:3]):
        return None  # "Vil du gerne fortælle om dine planer for fremtiden?" invites a story
    topics = lex.phrases(p.get("desire_topics", "question-desire-topics"))
    suffixes = tuple(t[1:] for t in topics if t.startswith("-"))  # "-ledelse": projektledelse, personaleledelse
    if not has_phrase(body, [t for t in topics if not t.startswith("-")]) and not any(w.endswith(suffixes) for w in lows):
        return None
    softeners = HEDGES - {"prøve", "forsøge"}  # "prøve kræfter med ledelse" is the wish itself
    if any(w in CONCRETE_OFFER for w in lows) or any(w in softeners for w in lows) or any(w in ("jeg", "vi", "mig") for w in lows):
        return None
    if any(is_name(t, ctx.names) for t in body):
        return None  # "Har du lyst til at tage mere ansvar sammen med Nanna?" is a concrete offer
    return n


JUDGING = frozenset({"godt", "nok", "okay", "ok", "tilfreds", "glad", "rigtigt", "fair", "retfærdigt"})


def _consent(lows: list[str]) -> bool:
    """"okay/enig/indforstået med (,) at vi/jeg ..." asks for consent to a plan."""
    for i, w in enumerate(lows):
        if w in ("okay", "ok", "enig", "indforstået", "tilfreds", "fint") and i + 1 < len(lows) and lows[i + 1] in ("med", "i"):
            tail = [x for x in lows[i + 2 : i + 5] if x != ","]
            if len(tail) >= 2 and tail[0] in ("at", "hvis") and tail[1] in ("vi", "jeg"):
                return True
    return False


@register("closed_question")
def closed_question(ctx: TextContext, rule, matches) -> Iterator[Hit]:
    for sent, seg in segments(ctx):
        if not is_closed_reflection(seg, ctx, rule):
            continue
        words = question_words(seg, ctx.names)
        start = sent.offsets(words[0])[0]
        end = sent.offsets(seg)[1]
        yield Hit(start, end, sent, {"segment": (seg.start, seg.end), "verb": words[0].i})
