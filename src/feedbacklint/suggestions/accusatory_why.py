"""Rewrites for accusatory-why: ask what happened and what helps next time.

"Hvorfor svarede du ikke på mailen fra Novo?" →
"Hvad gjorde det svært at svare på mailen fra Novo, og hvad kan hjælpe næste gang?"
"Hvorfor gik du før tid fra vagten i lørdags?" →
"Hvad skete der, da du gik før tid fra vagten i lørdags, og hvad kan vi aftale til næste gang?"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..checks.past_focus import is_past_verb
from ..engine.context import Hit, TextContext
from ..findings import Suggestion
from . import register
from .past_focus import DROP_WORDS, OBJECT_FORMS, infinitive, is_participle, lower_first, present, surface

if TYPE_CHECKING:
    from ..engine.rulefile import Rule

MODALS = frozenset({"kan", "kunne", "vil", "ville", "skal", "skulle", "må", "gider", "nåede"})
PERFECT = frozenset({"har", "havde"})
# words that make the rewrite itself a reproach or a generalisation
REWRITE_DROP = DROP_WORDS | {"egentlig", "overhovedet", "dog"}


@register("accusatory_why")
def accusatory_why(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    doc = hit.sentence.span.doc
    why = doc[hit.data["why"]]
    seg_end = hit.data["segment"][1]
    toks = [t for t in doc[why.i + 1 : seg_end] if not t.is_space]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    subj = doc[hit.data["subject"]]
    verb = toks[0] if toks else None
    if hit.data.get("possessive"):
        # "Hvorfor var din rapport ikke færdig?" → "Hvad skete der med din rapport, og hvad kan hjælpe næste gang?"
        noun = doc[subj.i + 1]
        text = _join("Hvad skete der med", subj.lower_, noun.text + ",", "og hvad kan hjælpe næste gang?")
    elif hit.data.get("cleft") is not None:
        main_neg = any(t.lower_ in ("ikke", "aldrig") for t in toks if t.i < subj.i)  # "er det aldrig dig, der ..."
        text = _rewrite_cleft(ctx, rule, [t for t in toks if t.i > hit.data["cleft"]], subj, main_neg)
    else:
        text = _rewrite(ctx, rule, toks, verb, subj, bool(hit.data.get("at_reader")))
    seg_first = next((t for t in doc[hit.data["segment"][0] : seg_end] if t.is_alpha), why)
    if seg_first.i != why.i and not why.text[:1].isupper():
        text = text[:1].lower() + text[1:]  # "Mads, hvad skete der ..."
    start, _ = hit.sentence.offsets(why)
    return [Suggestion(text=text, start=start, end=hit.end, label=rule.suggestion.label)]


def _rewrite(ctx: TextContext, rule: Rule, toks: list, verb, subj, at_reader: bool = False) -> str:
    if verb is None or verb.i >= subj.i:
        return "Hvad skete der, og hvad kan hjælpe næste gang?"
    past_words = ctx.lexicons.words(rule.params.get("past_verbs", "past-verbs"))
    # words after the subject, without negation and reproach words
    after = [t for t in toks if t.i > subj.i]
    negated = any(t.lower_ in ("ikke", "aldrig") for t in after[:4])
    has_stadig = any(t.lower_ == "stadig" for t in after[:4])
    rest = [t for t in after if t.lower_ not in REWRITE_DROP and not _in_hele_tiden(t)]
    low = verb.lower_
    # the verb that carries the meaning: after a modal or perfect auxiliary
    main, main_inf = verb, infinitive(verb, ctx)
    if low in MODALS and rest and rest[0].is_alpha:
        main, main_inf, rest = rest[0], rest[0].lower_, rest[1:]
    elif low in PERFECT and rest and is_participle(rest[0], ctx):
        main, main_inf, rest = rest[0], infinitive(rest[0], ctx), rest[1:]
    past = (is_past_verb(verb, past_words) and low not in MODALS and not has_stadig) or low == "havde"
    tail = surface(rest)
    subject = subj.lower_ if subj.text != "I" else "I"
    self_subject = subject in ("jeg", "vi")
    if self_subject and at_reader:
        # "Hvorfor skal jeg hver gang minde dig om at skrive timer?"
        lows = [t.lower_ for t in toks]
        task = surface(toks[lows.index("at", lows.index("om")) :]) if "om" in lows and "at" in lows[lows.index("om") :] else "det"
        return _join("Hvad kan gøre det lettere for dig at huske", task + ",", "så jeg ikke behøver minde dig om det næste gang?")
    if self_subject:
        # "hvorfor fik jeg ikke besked?" → "Hvordan sikrer vi, at jeg får besked næste gang?"
        return _join("Hvordan sikrer vi, at", subject, present(main_inf, ctx), tail, "næste gang?")
    who = "" if subject == "du" else "for " + OBJECT_FORMS.get(subject.lower(), lower_first([subj], ctx.names))
    if negated:
        head = "Hvad gjorde det svært" if past else "Hvad gør det svært"
        return _join(head, who, "at", main_inf, tail + ",", "og hvad kan hjælpe næste gang?")
    if past:
        return _join("Hvad skete der, da", subject, verb.lower_ if main is verb else _past_phrase(verb, main), tail + ",", "og hvad kan vi aftale til næste gang?")
    return _join("Hvad gør, at", subject, present(infinitive(verb, ctx), ctx) if main is verb else verb.lower_ + " " + main.lower_, tail + ",", "og hvad kan hjælpe næste gang?")


SUBJECT_FORMS = {"dig": "du", "ham": "han", "hende": "hun", "jer": "I"}


def _rewrite_cleft(ctx: TextContext, rule: Rule, rel: list, person, main_neg: bool = False) -> str:
    """"Hvorfor er det altid dig, der glemmer at tømme opvaskeren?" →
    "Hvad gør, at du glemmer at tømme opvaskeren, og hvad kan hjælpe næste gang?" (the "altid" goes)."""
    subject = SUBJECT_FORMS.get(person.lower_, person.text)
    if not rel:
        return "Hvad skete der, og hvad kan hjælpe næste gang?"
    negated = main_neg or any(t.lower_ in ("ikke", "aldrig") for t in rel[:4])
    words = [t for t in rel if t.lower_ not in REWRITE_DROP and not _in_hele_tiden(t)]  # "der ikke rydder op"
    if not words:
        return "Hvad skete der, og hvad kan hjælpe næste gang?"
    verb, rest = words[0], words[1:]
    past_words = ctx.lexicons.words(rule.params.get("past_verbs", "past-verbs"))
    past = is_past_verb(verb, past_words)
    if negated:
        who = "" if subject == "du" else "for " + OBJECT_FORMS.get(subject.lower(), subject)
        head = "Hvad gjorde det svært" if past else "Hvad gør det svært"
        return _join(head, who, "at", infinitive(verb, ctx), surface(rest) + ",", "og hvad kan hjælpe næste gang?")
    if past:
        return _join("Hvad skete der, da", subject, verb.lower_, surface(rest) + ",", "og hvad kan vi aftale til næste gang?")
    return _join("Hvad gør, at", subject, verb.lower_, surface(rest) + ",", "og hvad kan hjælpe næste gang?")


def _in_hele_tiden(tok) -> bool:
    doc = tok.doc
    if tok.lower_ == "hele":
        return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "tiden"
    return tok.lower_ == "tiden" and tok.i > 0 and doc[tok.i - 1].lower_ == "hele"


def _past_phrase(verb, main) -> str:
    return verb.lower_ + " " + main.lower_


def _join(*parts: str) -> str:
    text = " ".join(p.strip() for p in parts if p and p.strip() and p.strip() != ",")
    return text.replace(" ,", ",").replace(",,", ",")

