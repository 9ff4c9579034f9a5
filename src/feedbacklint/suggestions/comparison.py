"""Rewrites for comparison: replace the colleague with a shared goal or standard.

"Sammenlignet med resten af holdet ligger dine salgstal lavt." →
"I forhold til vores fælles mål på [hvilket niveau] ligger dine salgstal lavt."
"Sebastian når 40 opkald om dagen, så det burde du også kunne." →
"Vores fælles mål er at nå 40 opkald om dagen. Hvad skal der til, for at du når det?"
"""

from __future__ import annotations

import re

from ..engine.context import Hit, TextContext
from ..engine.rulefile import Rule
from ..findings import Suggestion
from ..lang import infinitive, is_name, is_recipient
from . import register
from .common import capitalize_first

GOAL = "vores fælles mål på [hvilket niveau]"
STANDARD = "vores fælles standard [hvilken]"
SKIP_IN_PREDICATE = frozenset({"kan", "kunne", "godt", "altid", "jo", "bare", "også", "skal", "vil", "allerede", "længst"})
NEGATIONS = frozenset({"ikke", "ingen", "intet", "aldrig"})
OTHERS_POSSESSIVE = frozenset({"deres", "hans", "hendes"})


def _own_possessive(noun: str) -> str:
    """'deres journaler' → 'sine journaler', 'deres selvevaluering' → 'sin selvevaluering' (in 'at …')."""
    low = noun.lower()
    return "sine" if low.endswith(("er", "e", "erne", "ene")) or low in ("mål", "tal") else "sin"
PRONOUN_OF = {"du": "du", "dig": "du", "han": "han", "ham": "han", "hun": "hun", "hende": "hun", "i": "I", "jer": "I"}


def _text(tokens) -> str:
    text = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in tokens)).strip()
    return re.sub(r"\s+([,.;:?!])", r"\1", text)


def _end_punct(seg) -> str:
    return seg[-1].text if seg and seg[-1].text in (".", "?", "!") else "."


def _recipient(seg, skip: range, names) -> str:
    """How to refer to the employee in the rewrite: du, or han/hun/a name in a note about them."""
    for t in seg:
        if t.i in skip:
            continue
        if t.lower_ in PRONOUN_OF or t.text == "I":
            return PRONOUN_OF.get(t.lower_, "I") if t.text != "I" else "I"
    for t in seg:
        if t.i not in skip and is_name(t, names) and t.text != seg[0].text:
            return t.text
    return "du"


def _predicate(tokens) -> str | None:
    """'når 40 opkald om dagen' → 'nå 40 opkald om dagen' (for 'Vores fælles mål er at ...')."""
    if any(t.lower_ in NEGATIONS for t in tokens):
        return None  # "har aldrig problemer med ..." does not turn into a goal
    lows = [t.lower_ for t in tokens]
    words = [
        t for k, t in enumerate(tokens)
        if t.lower_ not in SKIP_IN_PREDICATE
        and not (lows[k] == "for" and k + 1 < len(lows) and lows[k + 1] == "længst")
        and not (lows[k] == "hele" and k + 1 < len(lows) and lows[k + 1] == "tiden")
        and not (lows[k] == "tiden" and k and lows[k - 1] == "hele")
    ]
    while words and words[0].is_punct:
        words = words[1:]
    if not words or not words[0].is_alpha or words[0].lower_ in ("ikke", "der", "som", "at"):
        return None
    cut = len(words)
    for k, t in enumerate(words):
        if t.text in (",", ";", "–", "—", ".", "?", "!") or (k and t.lower_ in ("så", "men")):
            cut = k
            break
    words = words[:cut]
    if len(words) < 2:
        return None
    verb = infinitive(words[0])
    rest = " ".join(
        _own_possessive(words[k + 1].text) if t.lower_ in OTHERS_POSSESSIVE and k + 1 < len(words) else t.text
        for k, t in enumerate(words[1:], start=1)
    )
    return re.sub(r"\s+([,.;:?!])", r"\1", f"{verb} {rest}")


TOPIC_PREPS = frozenset({"med", "på", "til", "om", "fra", "af"})
OWN_FORM = {"sine": "dine", "sin": "din", "sit": "dit", "deres": "dine"}


def _topic(tokens, who: str) -> str | None:
    """The object of the last preposition ('… med det nye system' → 'det nye system'), to name what the goal is about."""
    words = [t for t in tokens if t.text not in (".", "?", "!")]
    k = max((j for j, t in enumerate(words) if t.lower_ in TOPIC_PREPS and j + 1 < len(words)), default=None)
    if k is None:
        return None
    obj = words[k + 1 :]
    if not 1 <= len(obj) <= 5 or not all(t.is_alpha or t.like_num for t in obj):
        return None
    return " ".join(OWN_FORM.get(t.lower_, t.text) if who == "du" else t.text for t in obj)


def _is_degree(tok) -> bool:
    low = tok.lower_
    return low in ("meget", "langt", "lidt", "noget", "mere", "mindre") or (len(low) > 4 and low.endswith("ere")) or low in (
        "bedre", "værre", "flere", "færre")


def _follow_up(who: str) -> str:
    return f"Hvad skal der til, for at {who} når det?"


class _Placeholder:
    """A bracketed gap in a rewrite, joined like a token."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.text_with_ws = text + " "
        self.lower_ = text


def _without_end(tokens) -> list:
    return [t for t in tokens if t.text not in (".", "?", "!")]


MULTIPLIER_WORDS = frozenset({"dobbelt", "halvt", "halv", "gange", "tredobbelt", "firedobbelt", "nær", "så", "lige"})
AMOUNT_WORDS = {"mange": "[hvor mange]", "meget": "[hvor meget]"}


def _multiple(before, core, after, pivot, who: str, seg) -> str | None:
    """'Søren får lavet dobbelt så mange opkald som dig' → 'Vores fælles mål er at få lavet [hvor mange] opkald. …'.

    The amount becomes a placeholder for the shared goal; the colleague and the multiplier go.
    """
    gap = [t for t in core if t.i < pivot.i]
    k = next((j for j, t in enumerate(gap) if t.lower_ in AMOUNT_WORDS), None)
    if k is None:
        return None  # "ikke nær så hurtig som Søren": handled by the standard wording
    words = [AMOUNT_WORDS[gap[k].lower_], *(t.text for t in gap[k + 1 :] if not t.is_punct)]
    rest = [t.text for t in _without_end(after) if not t.is_punct] if after and after[0].lower_ not in ("gør", "gjorde", "har") else []
    colleague_subject = not any(is_recipient(t, frozenset(), allow_names=False) for t in before)
    if colleague_subject and len(before) >= 2 and before[1].is_alpha:
        verb = infinitive(before[1])
        middle = [t.text for t in before[2:] if t.lower_ not in ("næsten", "cirka", "omkring", "knap", "over")]
        body = " ".join([verb, *middle, *words, *rest])
        return f"Vores fælles mål er at {body}. Hvor ligger {who} i forhold til det, og hvad skal der til for at nå det?"
    if before:
        body = " ".join([_text(before), *words, *rest])
        return capitalize_first(f"{body}, og vores fælles mål er [hvilket niveau]. {_follow_up(who)}")
    return None


@register("comparison")
def comparison(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    doc = hit.sentence.span.doc
    a, b = hit.data["tokens"]
    sa, sb = hit.data["segment"]
    seg = list(doc[sa:sb])
    while len(seg) > 1 and seg[0].is_punct:  # keep bullets and dashes in front of the line
        seg = seg[1:]
    kind = hit.data["kind"]
    core = list(doc[a:b])
    before, after = [t for t in seg if t.i < a], [t for t in seg if t.i >= b]
    start = hit.sentence.base + seg[0].idx
    end = hit.sentence.base + seg[-1].idx + len(seg[-1].text)
    # an imperative ("Kig på, hvordan Ahmed gør – han ...") speaks to the reader
    who = "du" if kind == "learn" and a == seg[0].i else _recipient(seg, range(a, b), ctx.names)
    pivot = next((t for t in core if t.lower_ in ("som", "ligesom", "end")), None)
    text = None

    if kind == "intro" and core[0].lower_ == "på":
        # "Du er ikke på niveau med de andre" → "... på niveau med vores fælles mål på [hvilket niveau]"
        intro = [t for t in core if t.i <= next(t.i for t in core if t.lower_ == "med")]
        text = capitalize_first(_text(before + intro) + f" {GOAL} " + _text(after))
    elif kind == "intro":
        # the comparison is a fronted adverbial: swap it for the goal and keep the word order
        rest = after[1:] if after and after[0].text == "," else after
        lead = _text(before) + " " if before else ""
        text = capitalize_first(lead + ("i" if before else "I") + f" forhold til {GOAL} " + _text(rest))
    elif kind == "behind":
        # "Du halter efter resten af holdet" → "Du ligger under vores fælles mål på [hvilket niveau]"
        text = capitalize_first(_text(before) + f" ligger under {GOAL} " + _text(after))
    elif kind in ("som", "end") and pivot is not None and pivot.i > a:
        # "Hun er ikke lige så skarp som Kasper til ..." → "Hun er ikke så skarp til ..., som vores fælles standard kræver."
        keep = [t for t in core if t.i < pivot.i and t.lower_ != "lige"]
        person = core[-1].lower_
        if len(core) >= 2 and core[-2].lower_ == "du":
            person = "dig"  # "end du gør": the employee is the yardstick's object
        subject_is_colleague = kind == "end" and (
            person in ("dig", "jer") or not any(is_recipient(t, ctx.names) for t in before)
        )
        if subject_is_colleague:
            rest = _without_end(after)
            lows_keep = [t.lower_ for t in keep]
            if "til" in lows_keep and lows_keep[lows_keep.index("til") + 1 : lows_keep.index("til") + 2] == ["at"]:
                rest = keep[lows_keep.index("til") :] + rest  # "hurtigere til at lave tilbud end dig"
            if len(rest) > 2 and rest[0].lower_ == "til" and rest[1].lower_ == "at":
                # "Karina er meget bedre end dig til at holde styr på lageret"
                text = f"Vores fælles standard for at {_text(rest[2:])} er [hvad konkret]. Hvad skal der til, for at {who} når den?"
            elif before and keep:
                # "Peter skriver sine rapporter meget hurtigere end dig" → the colleague's task becomes the goal
                pred = _predicate([t for t in before[1:] + keep if not _is_degree(t)])
                if pred:
                    text = f"Vores fælles mål er at {pred} [på hvilket niveau]. {_follow_up(who)}"
        else:
            if keep and keep[-1].lower_ in ("mere", "mindre"):
                keep = keep + [_Placeholder("[hvad konkret]")]
            body = before + keep + _without_end(after)
            tail = f", end {STANDARD} lægger op til" if kind == "end" else f", som {STANDARD} kræver"
            text = capitalize_first(_text(body) + tail + _end_punct(seg))
    elif kind == "multiple" and pivot is not None:
        text = _multiple(before, core, after, pivot, who, seg)
    elif kind in ("ligesom", "learn") and pivot is not None:
        # "gøre det ligesom Mette" → "gøre det som beskrevet i vores fælles standard"
        keep = [t for t in core if t.i < pivot.i]
        if after and after[0].lower_ in ("gør", "gjorde", "arbejder", "gør det"):
            after = after[1:]  # "som Lise gør" → "som beskrevet i …"
        text = capitalize_first(_text(before + keep) + f" som beskrevet i {STANDARD} " + _text(after))
    elif kind in ("peers", "predecessor", "also") and hit.data.get("pred_from") is not None:
        pred = _predicate([t for t in seg if t.i >= hit.data["pred_from"]])
        if pred:
            text = f"Vores fælles mål er at {pred}. {_follow_up(who)}"
    elif kind == "eneste":
        rel = [t for t in after if t.text not in (",", ".", "?", "!")]
        # "i afdelingen, der ikke har gennemført e-læringen" → "har ikke gennemført e-læringen"
        k = next((j for j, t in enumerate(rel) if t.lower_ in ("der", "som")), None)
        words = [t.text for t in rel[k + 1 :]] if k is not None else []
        if len(words) > 2 and words[0].lower() == "ikke":
            words[0], words[1] = words[1], words[0]
            subject = "du" if core[0].lower_ == "kun" else core[0].text
            still = "" if "endnu" in (w.lower() for w in words) else " endnu"
            text = f"{capitalize_first(subject)} {' '.join(words)}{still}. Hvad står i vejen, og hvad kan jeg hjælpe med?"
    # "Hvorfor kan du ikke …" stays a reproach; ask what it takes instead
    if text:
        text = re.sub(r"^Hvorfor kan (du|han|hun|I) ikke (bare )?", r"Hvad skal der til, for at \1 kan ", text)
    if not text:
        topic = _topic(after, who)
        goal = f"Vores fælles mål for {topic} er" if topic else "Vores fælles mål er"
        text = f"{goal} [hvilket niveau]. Hvor ligger {who} i forhold til det, og hvad skal der til for at nå det?"
    text = re.sub(r"\s+([,.;:?!])", r"\1", re.sub(r"\s+", " ", text)).strip()
    return [Suggestion(text=text, start=start, end=end, label=rule.suggestion.label)]
