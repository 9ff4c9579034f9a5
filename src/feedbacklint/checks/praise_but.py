"""praise-but: praise taken back at once by "men" (the feedback sandwich).

"Flot rapport, men den kom for sent." and "Du har haft et stærkt år. Men ..."
are findings; the evidence is the praise up to and including "men".
Harmless "men" stays clean: after a minimiser or a constraint ("Det er bare
en lille ting, men"), leading into praise ("Opgaven var ny, men du satte dig
hurtigt ind i den"), contrasting priorities ("ikke det mest bekvemme, men det
vigtigste"), additive "men også", and constraints or choices after "men"
("men vi har ikke budget", "men det er din beslutning").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..engine.context import Hit, TextContext
from ..lang import clause_of
from . import register

if TYPE_CHECKING:
    from spacy.tokens import Token

STRONG_BREAKS = frozenset({";", ":", "?", "!", "."})
ADDITIVE_BEFORE = frozenset({"kun", "blot", "bare", "alene"})  # "ikke kun X, men også Y"


class PraiseLexicons:
    @classmethod
    def for_rule(cls, ctx: TextContext, rule) -> "PraiseLexicons":
        """Built once per lexicons and rule parameters, not per text."""
        return ctx.lexicons.for_rule(rule, cls.__name__, lambda: cls(ctx, rule))

    def __init__(self, ctx: TextContext, rule) -> None:
        p = rule.params
        lex = ctx.lexicons
        entries = lex.phrases(p.get("praise", "praise-but-praise"))
        self.words = frozenset(e.lower() for e in entries if " " not in e)
        self.phrases = [e for e in entries if " " in e]  # "sætter pris på", "har styr på"
        pairs = lex.phrases(p.get("not_praise", "praise-but-not-praise"))
        self.not_praise = frozenset(tuple(x.lower().split()) for x in pairs if len(x.split()) == 2)
        self.harmless = lex.phrases(p.get("harmless", "praise-but-harmless"))
        self.polite = lex.words(p.get("polite_thanks", "praise-but-polite-thanks"))
        self.vel_neutral = lex.words(p.get("vel_neutral", "praise-but-vel-neutral"))

    def _vel_compound(self, low: str) -> bool:
        """"velstruktureret", "veldokumenteret", "velformuleret": vel- + a participle or adjective
        is praise; "velkendt", "velkommen", "velfærd" are not (a lexicon lists them)."""
        return (
            len(low) >= 7
            and low.startswith("vel")
            and low.endswith(("et", "ede", "t", "te", "ig", "ige", "en", "ne"))
            and not any(low.startswith(w) for w in self.vel_neutral)
        )

    def is_praise(self, tokens: Sequence[Token], k: int) -> bool:
        low = tokens[k].lower_
        if low not in self.words and not self._vel_compound(low):
            return False
        prev = tokens[k - 1].lower_ if k > 0 else ""
        nxt = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
        if (prev, low) in self.not_praise or (low, nxt) in self.not_praise:
            return False
        if prev == "for":
            return False  # "for hurtigt", "for grundig": too much is not praise
        # "ikke særlig god", "har ikke været god nok": a negation shortly before, in the same clause
        for j in range(k - 1, max(k - 4, -1), -1):
            w = tokens[j]
            if w.is_punct or w.lower_ in ("men", "og", "at", "som"):
                break
            if w.lower_ in ("ikke", "aldrig", "ingen"):
                return False
        if low == "tak":
            # "Tak for din mail, men ..." is courtesy
            nxt3 = [t.lower_ for t in tokens[k + 1 : k + 4]]
            if any(w in self.polite for w in nxt3):
                return False
        return True

    def praise_positions(self, tokens: Sequence[Token]) -> list[int]:
        from .past_focus import find_phrase

        found = {k for k in range(len(tokens)) if self.is_praise(tokens, k)}
        for i, _j in find_phrase(tokens, self.phrases):
            if not (i > 0 and tokens[i - 1].lower_ in ("ikke", "aldrig", "mangler")):
                found.add(i)
        return sorted(found)


CRITICAL = frozenset({"ikke", "aldrig", "skal", "bør", "må", "mangler", "savner", "desværre", "for", "dog", "mindre", "svær", "svært",
                      "svage", "kunne", "kan", "prøve", "gerne", "måske", "husk", "huske"})
COMPARATIVES = frozenset({"bedre", "bedst", "flottere", "stærkere"})


def _after_is_harmless(after: Sequence[Token], lx: PraiseLexicons) -> bool:
    from .past_focus import find_phrase

    head = [t for t in after if not t.is_punct][:6]
    if any(i == 0 for i, _ in find_phrase(head, lx.harmless)):
        return True
    # "..., men præsentationen var endnu bedre": more praise, nothing taken back
    lows = {t.lower_ for t in after}
    praise_after = lx.praise_positions(list(after)) or lows & COMPARATIVES
    return bool(praise_after) and not lows & CRITICAL and not any(t.lower_.endswith("fejl") for t in after)


def _stretch_before(tokens: Sequence[Token], m: int) -> int:
    """Start (index into tokens) of the stretch before tokens[m] up to a strong break or an earlier "men"."""
    i = m
    while i > 0 and tokens[i - 1].text not in STRONG_BREAKS and tokens[i - 1].lower_ != "men":
        i -= 1
    return i


@register("praise_but")
def praise_but(ctx: TextContext, rule, matches) -> Iterator[Hit]:
    from .past_focus import segments

    lx = PraiseLexicons.for_rule(ctx, rule)
    segs = segments(ctx)
    for n, (sent, seg) in enumerate(segs):
        tokens = list(seg)
        for m, tok in enumerate(tokens):
            if tok.lower_ != "men":
                continue
            after = tokens[m + 1 :]
            if not [t for t in after if not t.is_punct] or _after_is_harmless(after, lx):
                continue
            first_word = next((k for k, t in enumerate(tokens) if t.is_alpha), 0)
            if m == first_word:
                # sentence-initial "Men": the praise is the previous sentence or line
                if n == 0:
                    continue
                psent, prev = segs[n - 1]
                ptoks = list(prev)
                if "?" in ptoks[-1].text:
                    continue
                praise = lx.praise_positions(ptoks)
                if not praise:
                    continue
                start = psent.offsets(clause_of(ptoks[praise[0]]))[0]
                end = sent.offsets(tok)[1]
                yield Hit(start, end, sent, {"men": tok.i, "segment": (seg.start, seg.end), "initial": True})
                break
            s = _stretch_before(tokens, m)
            before = tokens[s:m]
            if any(t.lower_ in ADDITIVE_BEFORE for t in before) and any(t.lower_ == "ikke" for t in before):
                continue
            praise = lx.praise_positions(before)
            if not praise:
                continue
            start = sent.offsets(clause_of(before[praise[0]]))[0]
            start = max(start, sent.offsets(before[0])[0])
            end = sent.offsets(tok)[1]
            yield Hit(start, end, sent, {"men": tok.i, "segment": (seg.start, seg.end), "initial": False})
            break
