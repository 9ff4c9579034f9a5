"""vague-praise: stock praise that names no situation, behaviour or effect.

A cliché followed at once by concrete content ("Tak for din indsats under
flytningen: du pakkede ...") is good feedback and stays clean.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.context import Hit
from ..lang import is_name, words
from . import register

FILLER = frozenset(
    {"du", "i", "det", "har", "er", "var", "rigtig", "virkelig", "meget", "så", "bare", "altid", "år", "i år",
     "hele", "med", "tak", "for", "og", "helt", "super", "generelt", "!", "bliv", "ved", "derinde", "alt",
     "godt", "flot", "fint", "din", "jeres", "dit", "en", "et", "gjort", "gør", "nu", "igen", "indsats",
     "perioden", "den", "forgangne", "sidste", "periode", "job", "arbejde", "fra", "mig", "os", "fortsæt"}
)


def _concrete(tokens, names) -> bool:
    """Does this stretch name something concrete (a thing, a number, an event)?"""
    for t in tokens:
        if t.like_num or any(c.isdigit() for c in t.text):
            return True
        if is_name(t, names):
            continue
        if t.is_alpha and t.lower_ not in FILLER and len(t.text) > 3:
            return True
    return False


@register("vague_praise")
def vague_praise(ctx, rule, matches) -> Iterator[Hit]:
    for sent, span in matches:
        rest = [t for t in words(sent.span) if t.i < span.start or t.i >= span.end]
        if _concrete(rest, ctx.names):
            continue
        start, end = sent.offsets(span)
        yield Hit(start, end, sent, {"praise": span.text})
