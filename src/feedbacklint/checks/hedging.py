"""hedging: several softeners stacked around one request.

"Måske kunne du eventuelt prøve at være en anelse mere opmærksom" hides what
is asked. One natural "måske", or one softener before a clear observation,
is fine: the check needs a stack (``min_softeners``, default 3) of at least
two different softeners, one of them a real hedge (``core`` in the lexicon),
inside one line of one sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..engine.context import Hit
from ..lang import find_phrases, is_recipient, line_segments
from . import register

# "nok" softens only after a verb or pronoun ("det kunne nok være rart",
# "du har nok travlt"); after an adjective it means "enough" ("tydelig nok").
NOK_SOFTENS_AFTER = frozenset(
    {"kunne", "kan", "vil", "ville", "skal", "skulle", "må", "er", "var", "bliver", "blev", "har", "havde",
     "det", "du", "jeg", "han", "hun", "man", "vi", "der", "i", "de"}
)


@dataclass(frozen=True)
class Softener:
    first: int  # index into the segment's token list
    last: int  # exclusive
    phrase: str
    core: bool


def find_softeners(tokens, kinds: dict[str, str], not_softening: list[str]) -> list[Softener]:
    """Softeners in a token list, with non-softening uses ("lige nu", "tydelig nok") removed."""
    blocked: set[int] = set()
    for a, b, _ in find_phrases(tokens, not_softening):
        blocked.update(range(a, b))
    out = []
    for a, b, phrase in find_phrases(tokens, list(kinds)):
        if a in blocked:
            continue
        if phrase == "nok":
            prev = next((t for t in reversed(tokens[:a]) if not t.is_punct and not t.is_space), None)
            if prev is None or prev.lower_ not in NOK_SOFTENS_AFTER:
                continue
        out.append(Softener(a, b, phrase, kinds[phrase] == "core"))
    return out


def is_stack(found: list[Softener], minimum: int) -> bool:
    return (
        len(found) >= minimum
        and any(s.core for s in found)
        and len({s.phrase for s in found}) >= 2
    )


def _self_reflection(seg, names) -> bool:
    """'Jeg kunne måske have været lidt tydeligere': the manager softening a self-critique."""
    lows = [t.lower_ for t in seg]
    if any(is_recipient(t, names) or t.lower_ in ("din", "dit", "dine", "jer", "jeres", "man", "vi") for t in seg):
        return False
    for k, low in enumerate(lows):
        if low == "jeg" and "have" in lows[k + 1 : k + 6]:
            return True
    return False


OTHER_SUBJECTS = frozenset({"du", "han", "hun", "man", "vi", "det", "der", "de"})
OBJECTS = frozenset({"dig", "ham", "hende", "jer", "dem"})


def _hedging_about_self(seg, found: list[Softener], names) -> bool:
    """'Jeg er måske en anelse for hurtig …', 'Måske kunne jeg eventuelt prøve at skrive kortere mails':
    the manager softening a remark about their own behaviour asks nothing of the employee.
    Judged on the words around the stack, outside the softener phrases themselves ('hvis du har lyst')."""
    inside = {i for s in found for i in range(s.first, s.last)}
    window = [t for k, t in enumerate(seg[max(0, found[0].first - 3) : found[-1].last], start=max(0, found[0].first - 3))
              if k not in inside]
    if not any(t.lower_ == "jeg" for t in window):
        return False
    lows = [t.lower_ for t in window]

    def other_subject(k: int) -> bool:
        t = window[k]
        if lows[k] in ("det", "der") and "jeg" in lows[k + 1 : k + 3]:
            return False  # "det vil jeg prøve": "det" is the object, "jeg" the subject
        if lows[k] in OBJECTS or lows[k] == "jeg":
            return False  # "give dig mere ansvar": the employee as object of the manager's offer
        return lows[k] in OTHER_SUBJECTS or t.text == "I" or is_recipient(t, names)

    return not any(other_subject(k) for k in range(len(window)))


@register("hedging")
def hedging(ctx, rule, matches) -> Iterator[Hit]:
    kinds = ctx.lexicons.mapping(rule.params.get("softeners", "hedge-softeners"))
    not_softening = ctx.lexicons.phrases(rule.params.get("not_softening", "hedge-not-softening"))
    minimum = int(rule.params.get("min_softeners", 3))
    for sent in ctx.sentences:
        for seg in line_segments(sent.span):
            found = find_softeners(seg, kinds, not_softening)
            if not is_stack(found, minimum) or _self_reflection(seg, ctx.names) or _hedging_about_self(seg, found, ctx.names):
                continue
            first, last = seg[found[0].first], seg[found[-1].last - 1]
            start, end = sent.offsets(first)[0], sent.offsets(last)[1]
            yield Hit(start, end, sent, {"softeners": [f.phrase for f in found], "segment": (seg[0].i, seg[-1].i + 1)})
