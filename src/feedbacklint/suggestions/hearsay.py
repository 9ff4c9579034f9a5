"""Rewrites for hearsay: the manager's own observation, or a question to the employee.

"Flere i teamet har fortalt mig, at du ikke svarer på deres beskeder." →
"Jeg har selv oplevet, at du ikke svarer på deres beskeder – senest [hvornår]."
"Der er nogen, der har klaget over din tone." → "Hvordan oplever du selv din tone?"
"""

from __future__ import annotations

import re

from ..engine.context import Hit, TextContext
from ..engine.rulefile import Rule
from ..findings import Suggestion
from ..lang import is_recipient
from . import register
from .common import capitalize_first

# sweeping words would only move the problem into the rewrite
ABSOLUTES = ("altid", "konstant", "hele tiden", "hver gang", "evigt og altid")
CLAUSE_START = frozenset({",", ";", ":", "og", "men", "–", "—"})
TOPIC_PREPS = frozenset({"om", "over", "på", "angående", "vedrørende"})
SUBJECT_FORM = {"dig": "du", "ham": "han", "hende": "hun"}


def _text(tokens) -> str:
    text = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in tokens)).strip()
    return re.sub(r"\s+([,.;:?!])", r"\1", text)


def _drop_absolutes(text: str) -> str:
    for word in ABSOLUTES:
        text = re.sub(rf"(?<!ikke )\b{word}\b\s*", "", text)
    return re.sub(r"\s+", " ", text).strip()


@register("hearsay")
def hearsay(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    doc = hit.sentence.span.doc
    a, b = hit.data["tokens"]
    sa, sb = hit.data["segment"]
    # replace from the start of the clause that passes on the criticism to the end of the line
    first = a
    while first > sa and doc[first - 1].lower_ not in CLAUSE_START:
        first -= 1
    while first < a and doc[first].is_punct:  # keep bullets and dashes in front of the line
        first += 1
    at_start = first == sa or all(t.is_punct for t in doc[sa:first])
    # the reported content may start inside the hit ("Har hørt at han ...")
    inside = doc[b - 1].lower_ in ("at", "du", "han", "hun")  # "har hørt at …", "har hørt, du …"
    rest = [t for t in doc[b - 1 if inside else b : sb] if t.text not in (".", "!", "?")]
    start = hit.sentence.base + doc[first].idx
    end = hit.sentence.base + doc[sb - 1].idx + len(doc[sb - 1].text)
    # the reported clause: "…, at du …" right after the verb, or "…, du …" / "er du …" without "at"
    at = next((k for k, t in enumerate(rest[:10]) if t.lower_ == "at"), None)
    if at is not None and any(is_recipient(t, ctx.names) for t in rest[:at]):
        at = None  # "er du svær at samarbejde med": this "at" belongs to the reported clause
    body = None
    if at is not None and any(t.lower_ in ("ikke", "aldrig") for t in rest[:at]):
        pass  # "synes ikke, at du …": moving the negation into the clause could flip the meaning; ask instead
    elif at is not None and at + 1 < len(rest):
        body = rest[at + 1 :]
    else:
        lead = [t for t in rest if t.text != ","]
        if lead and lead[0].lower_ in SUBJECT_FORM:
            # "oplever dig som afvisende" → "du virker afvisende"
            words = [SUBJECT_FORM[lead[0].lower_], "virker"] + [t.text for t in lead[1:] if t.lower_ != "som"]
            body = words
        elif lead and is_recipient(lead[0], ctx.names):
            body = lead
        elif len(lead) > 1 and is_recipient(lead[1], ctx.names) and lead[0].is_alpha:
            body = [lead[1], lead[0], *lead[2:]]  # "Ifølge kollegerne er du …" → "du er …"
    out = []
    if body:
        clause = _drop_absolutes(" ".join(body) if isinstance(body[0], str) else _text(body))
        text = f"jeg har selv oplevet, at {clause} – senest [hvornår]."
        out.append(text)
    else:
        k = next((k for k, t in enumerate(rest) if t.lower_ in TOPIC_PREPS), None)
        topic = _text(rest[k + 1 :]) if k is not None else ""
        if topic:
            out.append(f"hvordan oplever du selv {topic}?")
    if not out:
        out.append("jeg har selv set [hvad] [hvornår] – hvordan oplever du det?")
    suggestions = []
    for text in out:
        text = capitalize_first(text) if at_start else text
        suggestions.append(Suggestion(text=text, start=start, end=end, label=rule.suggestion.label))
    return suggestions
