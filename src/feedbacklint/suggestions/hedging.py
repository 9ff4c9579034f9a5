"""Rewrites for hedging: drop the stacked softeners and state the request.

"Måske kunne du eventuelt prøve at sende timesedlen lidt før?" →
"Jeg vil gerne bede dig om at sende timesedlen før." The request's verb
phrase is kept word for word (a finite verb becomes its infinitive).
"""

from __future__ import annotations

import re

from ..checks.hedging import Softener, find_softeners
from ..engine.context import Hit, TextContext
from ..engine.rulefile import Rule
from ..findings import Suggestion
from ..lang import CLAUSE_BREAKERS, is_name
from ..lang import infinitive as to_infinitive
from . import register
from .common import capitalize_first

OBJECT_FORM = {"du": "dig", "han": "ham", "hun": "hende", "i": "jer"}
# words between the subject and the request's verb that carry no content
MODALS = frozenset({"kunne", "kan", "ville", "vil", "skulle", "burde"})
SKIP = frozenset({"kunne", "kan", "ville", "vil", "skulle", "burde", "så", "godt", "også", "gerne", "evt", "evt."})
TRY_VERBS = frozenset(
    {"prøve", "prøver", "prøvede", "prøvet", "forsøge", "forsøger", "forsøgte", "forsøgt", "overveje", "overvejer",
     "overvejede", "overvejet"}
)
# softeners that are whole clauses or verbs: removing them word by word breaks the sentence
CLAUSE_SOFTENERS = ("jeg ", "hvis ", "kunne ", "have ", "har ", "mon ", "ikke ")


def _join(tokens) -> str:
    text = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in tokens).strip())
    return re.sub(r"\s+([,.;:?!])", r"\1", text)


def _subject(tok, names) -> str | None:
    low = tok.lower_
    if low in OBJECT_FORM or tok.text == "I":
        return OBJECT_FORM.get(low, "jer") if tok.text != "I" else "jer"
    if low in ("man", "vi"):
        return "os"
    if is_name(tok, names) and tok.lower_ != "jeg":
        return tok.text
    return None


POLITE = (("være", "sød", "at"), ("være", "så", "sød", "at"), ("være", "venlig", "at"), ("være", "så", "venlig", "at"))


def _polite_wrapper(seg, j: int, inside: set[int]) -> int | None:
    """Index after 'være (så) sød at' / 'være venlig (måske) at' starting at seg[j], if there."""
    words = [(k, seg[k].lower_) for k in range(j, min(j + 6, len(seg))) if k not in inside]
    lows = tuple(w for _, w in words)
    for polite in POLITE:
        if lows[: len(polite)] == polite:
            return words[len(polite) - 1][0] + 1
    return None


class _Word:
    """A word moved to the end of the request ('lige nu'), joined like a token."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.text_with_ws = " " + text
        self.whitespace_ = ""


def _request(seg, found: list[Softener], names) -> tuple[str, list, bool] | None:
    """(object form of the recipient, tokens of the request's verb phrase), if there is one."""
    inside = {i for s in found for i in range(s.first, s.last)}
    for i, tok in enumerate(seg):
        if i in inside:
            continue
        obj = _subject(tok, names)
        if obj is None:
            continue
        j = i + 1
        moved: list[str] = []
        infinitive = False  # after "at" or a modal the verb is already an infinitive
        while j < len(seg):
            low = seg[j].lower_
            if j in inside and not (low in TRY_VERBS or low == "have"):
                j += 1
            elif low in SKIP or seg[j].is_punct and low != ",":
                infinitive = infinitive or low in MODALS
                j += 1
            elif (polite := _polite_wrapper(seg, j, inside)) is not None:
                j = polite  # "Vil du være sød at …": the request follows
                infinitive = True
            elif low == "lige" and j + 1 < len(seg) and seg[j + 1].lower_ == "nu":
                moved.extend(t.text for t in seg[j : j + 2])  # "lige nu" is a time, kept after the request
                j += 2
            elif low in TRY_VERBS and j + 1 < len(seg) and seg[j + 1].lower_ == "at":
                j += 2
                infinitive = True
            elif low == "have" and j + 3 < len(seg) and seg[j + 1].lower_ == "godt" and seg[j + 2].lower_ == "af" and seg[j + 3].lower_ == "at":
                j += 4
                infinitive = True
            else:
                break
        if j >= len(seg) or not seg[j].is_alpha or seg[j].lower_ in CLAUSE_BREAKERS:
            continue
        end = j
        while end < len(seg) and seg[end].text not in ("?", ".", "!", ";"):
            if seg[end].text == "," and end + 1 < len(seg) and seg[end + 1].lower_ in CLAUSE_BREAKERS:
                break
            if seg[end].lower_ == "hvis" and end > j:
                break
            end += 1
        phrase = [t for k, t in enumerate(seg[j:end], start=j) if k not in inside]
        if not phrase:
            continue
        return obj, phrase + [_Word(w) for w in moved], infinitive
    return None


def _verb_phrase(phrase, infinitive: bool) -> str:
    first, rest = phrase[0], phrase[1:]
    verb = first.text if infinitive else to_infinitive(first)
    return (verb + first.whitespace_ + _join(rest)).strip()


def _without_softeners(seg, found: list[Softener], direct: dict[str, str]) -> str:
    """Fallback: the sentence with the adverbial softeners and a minimising lead-in removed."""
    drop: set[int] = set()
    replace: dict[int, str] = {}
    for s in found:
        if s.phrase in direct:  # "jeg har en fornemmelse af" → "jeg oplever"
            drop.update(range(s.first + 1, s.last))
            replace[s.first] = direct[s.phrase]
        elif s.phrase.startswith("hvis "):  # a softening condition: drop the whole clause
            end = s.last
            while end < len(seg) and seg[end].text not in (",", ".", "?", "!"):
                end += 1
            drop.update(range(s.first, end))
        elif not (
            s.phrase.startswith(CLAUSE_SOFTENERS) or s.phrase in TRY_VERBS or s.phrase in MODALS
        ):
            drop.update(range(s.first, s.last))
    # "Det er bare en lille ting, men ..." : drop a softened lead-in before "men"
    for k, tok in enumerate(seg):
        if tok.lower_ == "men" and k and any(s.last <= k for s in found):
            drop.update(range(0, k + 1))
            break
    kept = [replace.get(k, t.text) + t.whitespace_ for k, t in enumerate(seg) if k not in drop]
    text = re.sub(r"\s+([,.;:?!])", r"\1", re.sub(r"\s+", " ", "".join(kept))).strip(" ,")
    text = re.sub(r",\s*([.?!]|$)", r"\1", text)
    if not text.endswith((".", "!", "?")):
        text += "?" if seg[-1].text == "?" else "."
    return capitalize_first(text)


@register("hedging")
def hedging(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    doc = hit.sentence.span.doc
    a, b = hit.data.get("segment", (hit.sentence.span.start, hit.sentence.span.end))
    seg = [t for t in doc[a:b]]
    while len(seg) > 1 and seg[0].is_punct:  # keep bullets and dashes in front of the line
        seg = seg[1:]
    kinds = ctx.lexicons.mapping(rule.params.get("softeners", "hedge-softeners"))
    not_softening = ctx.lexicons.phrases(rule.params.get("not_softening", "hedge-not-softening"))
    found = find_softeners(seg, kinds, not_softening)
    start = hit.sentence.base + seg[0].idx
    end = hit.sentence.base + seg[-1].idx + len(seg[-1].text)
    out = []
    req = _request(seg, found, ctx.names)
    if req:
        obj, phrase, infinitive = req
        vp = _verb_phrase(phrase, infinitive)
        # "… – hvad tænker du?" keeps its question mark
        mark = "?" if seg[-1].text == "?" and re.search(r" [–—-] \w", vp) else "."
        text = f"Lad os {vp}{mark}" if obj == "os" else f"Jeg vil gerne bede {obj} om at {vp}{mark}"
        out.append(Suggestion(text=text, start=start, end=end, label=rule.suggestion.label))
    direct = ctx.lexicons.mapping(rule.params.get("direct", "hedge-direct"))
    out.append(Suggestion(text=_without_softeners(seg, found, direct), start=start, end=end, label="Fjern de blødgørende ord"))
    return out
