"""Rewrites for closed-question: an open hv-question that keeps the topic.

"Er du glad for dit job?"          → "Hvad gør dig glad for dit job — og hvad mindre?"
"Trives du i teamet?"              → "Hvordan trives du i teamet?"
"Har du nogle ønsker til kurser?"  → "Hvilke ønsker har du til kurser?"
"Kan du se dig selv her om fem år?" → "Hvordan ser du dig selv her om fem år?"
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from ..checks.closed_question import desire_frame, question_words
from ..engine.context import Hit, TextContext
from ..findings import Suggestion
from . import register
from ..checks.past_focus import is_past_verb
from .past_focus import infinitive, present, surface

if TYPE_CHECKING:
    from ..engine.rulefile import Rule

COPULAS = frozenset({"er", "var", "bliver", "blev"})
EVALUATIVE = frozenset({"godt", "nok", "okay", "ok", "fint", "tilpas"})
DEGREE = frozenset({"rigtig", "virkelig", "meget", "stadig", "generelt", "egentlig", "overhovedet", "fortsat", "helt", "selv"})
OBJECT_VERBS = frozenset({"savner", "ønsker", "mangler", "ønsker", "forventer"})
QUANTIFIERS = frozenset({"nogle", "nogen", "noget", "mere", "flere"})
PREPOSITIONS = frozenset({"for", "med", "i", "på", "over", "ved", "til", "af", "om"})
MODALS = frozenset({"kan", "kunne"})
UNDERSTAND = frozenset({"forstår", "ved", "kender"})


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "[" + key + "]"


def _words(toks) -> list:
    return [t for t in toks if not (t.is_punct and "?" in t.text)]


def open_question(ctx: TextContext, toks) -> str:
    """The open rewrite of a verb-first question (tokens from the verb on)."""
    words = _words(toks)
    verb, low = words[0], words[0].lower_
    subj = words[1] if len(words) > 1 else None
    rest = words[2:]
    frames = ctx.lexicons.mapping("question-open-frames")
    you = subj is not None and subj.lower_ in ("du", "i")
    sv = "I" if subj is not None and subj.text == "I" else (subj.lower_ if subj is not None else "")
    # "Har du nogle ønsker til kurser?" → "Hvilke ønsker har du til kurser?"
    if low in ("har", "havde") and you and rest and rest[0].lower_ in QUANTIFIERS and len(rest) > 1:
        noun = rest[1]
        return _q("Hvilke" if noun.lower_.endswith(("er", "r", "e")) else "Hvilken", noun.lower_, low, sv, surface(rest[2:]))
    # "Er du glad for ...?" and "Er arbejdsbyrden okay for dig?": a frame per adjective
    if low in COPULAS:
        k = 1 if you else next((i for i, t in enumerate(words) if t.lower_ in frames), None)
        if k is not None:
            j = k + 1 if you else k
            while j < len(words) and words[j].lower_ in DEGREE:
                j += 1
            if j < len(words):
                adj = words[j].lower_
                after = words[j + 1 :]
                obj = after[1:] if after and after[0].lower_ in PREPOSITIONS else after
                if adj == "klar" and after and after[0].lower_ == "over":
                    # "Er du klar over, at ...?" → "Hvordan ser du selv på, at ...?"
                    return _q("Hvordan ser", sv, "selv på" + surface(after[1:]))
                fields = _Fields(rest=surface(after), obj=surface(obj) or "det", subject=surface(words[1:j]) if not you else "det")
                if adj in frames:
                    return string.Formatter().vformat(frames[adj], (), fields).replace("  ", " ").replace(" —", " —")
                if you:
                    return _q("Hvad gør dig", adj, surface(after)).rstrip("?") + " — og hvad mindre?"
    if not you:
        return _q("Hvordan", _clean(words))
    # "Har du for travlt?" → "Hvornår har du for travlt, og hvad kan hjælpe?"
    if low in ("har", "er") and len(rest) >= 2 and rest[0].lower_ == "for" and rest[1].is_alpha:
        return _q("Hvornår", low, sv, surface(rest)).rstrip("?") + ", og hvad kan hjælpe?"
    # "Kan du se dig selv her om fem år?" → "Hvordan ser du dig selv her om fem år?"
    if low in MODALS and rest and rest[0].is_alpha:
        return _q("Hvordan", present(infinitive(rest[0], ctx), ctx), sv, _clean(rest[1:]))
    # "Forstår du, hvorfor ...?" → "Hvordan ser du på, hvorfor ...?"
    if low in UNDERSTAND and rest and rest[0].text == ",":
        return _q("Hvordan ser", sv, "på" + surface(rest))
    # "Savner du noget i dit job?" → "Hvad savner du i dit job?"
    if low in OBJECT_VERBS:
        return _q("Hvad", low, sv, _clean([t for t in rest if t.lower_ not in QUANTIFIERS]))
    # "Føler du, at du får nok sparring?" → "Hvad skal der til, for at du får nok sparring?"
    at = next((i for i, t in enumerate(rest[:3]) if t.lower_ == "at"), None)
    if at is not None and all(t.is_punct or t.lower_ == "selv" for t in rest[:at]):
        clause = rest[at + 1 :]
        if any(is_past_verb(t, frozenset()) or t.lower_ in ("er", "har") and i + 1 < len(clause) and clause[i + 1].lower_.endswith(("et", "t"))
               for i, t in enumerate(clause)):
            return _q("Hvordan", low, sv, surface(rest[:at]).rstrip(",") + ",", "at", _clean(clause))
        return _q("Hvad skal der til, for at", surface(clause))
    # "Føler du dig hørt på møderne?" → "Hvornår føler du dig hørt på møderne — og hvornår mindre?"
    if rest and rest[0].lower_ in ("dig", "jer"):
        return _q("Hvornår", low, sv, _clean(rest)).rstrip("?") + " — og hvornår mindre?"
    return _q("Hvordan", low, sv, _clean(rest))


def desire_question(toks, n: int) -> str:
    """"Har du lyst til at tage mere ansvar?" → "Hvad tænker du om at tage mere ansvar —
    hvad tiltaler dig, og hvad holder dig tilbage?" (a wish is explored, not confirmed)."""
    words = [t for t in _words(toks) if not t.is_punct or t.text == ","]
    frame = [t for t in words if not t.is_punct][:n]
    body = [t for t in words if t.i > frame[-1].i]
    plural = any(t.text == "I" for t in frame)
    you, obj = ("I", "jer") if plural else ("du", "dig")
    topic = surface(body)
    if frame[-1].lower_ in ("gerne", "på") and body and body[0].lower_ not in ("at", "en", "et", "nogle", "nye", "flere", "mere"):
        topic = "at " + topic  # "Vil du gerne være teamleder?" → "om at være teamleder"
    if body and body[0].lower_ == "udvikle" and frame[-1].lower_ == "gerne":
        return _q("Hvordan vil", you, "gerne", topic[3:])  # "Hvordan vil du gerne udvikle dig fagligt?"
    return _q("Hvad tænker", you, "om", topic, "—", "hvad tiltaler " + obj + ", og hvad holder " + obj + " tilbage")


def _clean(toks) -> str:
    """Drop the words that pre-judge the answer ("godt", "nok", "okay")."""
    return surface([t for t in toks if t.lower_ not in EVALUATIVE])


def _q(*parts: str) -> str:
    text = " ".join(p.strip() for p in parts if p and p.strip())
    text = text.replace(" ,", ",").rstrip(" ,")
    return text + "?"


@register("closed_question")
def closed_question(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    doc = hit.sentence.span.doc
    seg_start, seg_end = hit.data["segment"]
    toks = question_words(doc[seg_start:seg_end], ctx.names)
    n = desire_frame([t for t in toks if not t.is_punct], ctx, rule)
    text = desire_question(toks, n) if n is not None else open_question(ctx, toks)
    text = text[:1].upper() + text[1:]
    return [Suggestion(text=text, start=hit.start, end=hit.end, label=rule.suggestion.label)]
