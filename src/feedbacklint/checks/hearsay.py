"""hearsay: criticism passed on from unnamed others.

"Flere i teamet har fortalt mig, at du ...", "Kunderne siger, at du ...",
"Der er nogen, der har klaget over din tone", "Jeg er blevet gjort
opmærksom på, at ...". The employee cannot answer an anonymous source.

The check needs an anonymous source (a group word or a people noun with no
name) as the subject of a reporting verb, or a construction that hides the
source on its own ("har hørt, at", "fået at vide"), and criticism about the
employee after it. Clean: named sources ("Sara har givet mig lov til at
fortælle"), named senders ("Jens Holm fra Arla skrev"), the manager's own
observation, and praise passed on ("Flere forældre skrev, at de følte sig hørt").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..engine.context import Hit
from ..lang import find_phrases, is_name, is_recipient, line_segments, may_start_phrase
from . import register

POSSESSIVES = frozenset({"din", "dit", "dine", "hans", "hendes", "jeres"})
# words allowed between an anonymous source and its verb ("nogen, der har klaget")
BRIDGE = frozenset({"oppefra", "ovenfra", "centralt", "har", "havde", "også", "der", "som", "allerede", "selv", "flere", "gange", "efterhånden", "nu", "jo", "i", "det"})
PERSONAL = frozenset({"du", "jeg", "vi", "han", "hun", "de", "man"})


def _refers_to_employee(tokens, names) -> bool:
    return any(is_recipient(t, names) or t.lower_ in POSSESSIVES or t.lower_ in ("dig", "jer") for t in tokens)


def _praise(tokens, positives: frozenset[str]) -> bool:
    """Praise passed on, with no criticism after a 'men' ("god fagligt, men svær at samarbejde med")."""
    if any(t.lower_ == "men" for t in tokens):
        return False
    for k, t in enumerate(tokens):
        if t.lower_ in positives and not any(p.lower_ == "ikke" for p in tokens[max(0, k - 3) : k]):
            return True
    return False


def _source_end(seg, k: int, quantifiers: list[str], people: list[str]) -> int | None:
    """End index of an anonymous source starting at seg[k], e.g. 'Et par af dine kolleger'."""
    if not (may_start_phrase(seg[k], quantifiers) or may_start_phrase(seg[k], people)):
        return None  # called at every word of every line: most start no source
    q = [m for m in find_phrases(seg[k : k + 5], quantifiers) if m[0] == 0]
    p = [m for m in find_phrases(seg[k : k + 3], people) if m[0] == 0]
    if k > 0 and seg[k - 1].lower_ in POSSESSIVES | {"min", "mine", "vores"} and not q:
        return None  # "mine kolleger" is the manager's own circle, "dine kolleger" is handled in the lexicon
    if q:
        end = k + max(m[1] for m in q)
        if end < len(seg) and seg[end].lower_ in ("gange", "gang", "dage", "uger", "måneder", "år"):
            return None  # "Flere gange har du ..." is about time, not people
        more = [m for m in find_phrases(seg[end : end + 3], people) if m[0] == 0]
        if more:
            return end + max(m[1] for m in more)
        if end + 1 < len(seg) and seg[end].lower_ in ("af", "i", "på", "fra"):
            j = end + 1
            if seg[j].lower_ in POSSESSIVES | {"de", "vores", "mine"} and j + 1 < len(seg):
                j += 1
            return j + 1
        return end
    if p:
        end = k + max(m[1] for m in p)
        if end + 1 < len(seg) and seg[end].lower_ in ("i", "på", "fra") and seg[end + 1].is_alpha:
            end += 2  # "Folk på gangen", "kunderne i butikken"
        return end
    return None


def _first_clause(tokens):
    """The reported clause up to ', og/men/så', ';' or a dash."""
    for k, t in enumerate(tokens):
        if t.text in (";", "–", "—") or (t.text == "," and k + 1 < len(tokens) and tokens[k + 1].lower_ in ("og", "men", "så")):
            return tokens[:k]
    return tokens


def _group_compound(tok, suffixes: frozenset[str]) -> bool:
    """'Natholdet', 'Salgsafdelingen': a compound whose last part is a group noun."""
    low = tok.lower_
    if not low.endswith(_as_tuple(suffixes)):  # str.endswith on a tuple: one C call per token
        return False
    return tok.is_alpha and any(low.endswith(s) and len(low) >= len(s) + 3 for s in suffixes)


@lru_cache(maxsize=16)
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(words)


def _faceless(seg, k: int, lex) -> bool:
    """Does a faceless body ('Ledelsen', 'Huset', 'Natholdet') start at seg[k], rather than people?"""
    return any(m[0] == 0 for m in find_phrases(seg[k : k + 3], lex["institutions"])) or _group_compound(
        seg[k], lex["group_suffixes"])


def find_hearsay(seg, lex, names) -> list[tuple[int, int, str]]:
    """(first, last + 1, kind) of each anonymous reported criticism in a line."""
    out = []
    k = 0
    sources = lex["people"] + lex["institutions"]
    while k < len(seg):
        end = _source_end(seg, k, lex["quantifiers"], sources)
        if end is None and _group_compound(seg[k], lex["group_suffixes"]) and not (k and seg[k - 1].lower_ in POSSESSIVES | {"min", "mit", "mine", "vores"}):
            end = k + 1
        if end is None or (is_name(seg[k], names) and seg[k].lower_ in names):
            k += 1
            continue
        j = end
        while j < len(seg) and j - end <= 3 and (seg[j].lower_ in BRIDGE or seg[j].text == ",") and seg[j].lower_ not in PERSONAL:
            j += 1
        verbs = [m for m in find_phrases(seg[j : j + 4], lex["verbs"]) if m[0] == 0]
        if k > 0 and seg[k - 1].lower_ == "ifølge":
            # "Ifølge kollegerne er du svær at samarbejde med"
            if _refers_to_employee(seg[end:], names) and not _praise(seg[k:], lex["positive"]):
                out.append((k - 1, end, "ifølge"))
                k = end
                continue
        if verbs:
            vend = j + max(m[1] for m in verbs)
            rest = seg[vend:]
            if _faceless(seg, k, lex):
                rest = _first_clause(rest)  # "Ledelsen mener, at vi skal …, og du må gerne …": not about you
                if not any(t.lower_ in lex["judging"] for t in seg[j:vend] + rest):
                    k += 1  # "Hovedkontoret siger, at din bil kommer i uge 12" is news, not a judgement
                    continue
            if _refers_to_employee(rest, names) and not _praise(seg[k:], lex["positive"]):
                out.append((k, vend, "source"))
                k = vend
                continue
        k += 1
    # "hørt fra andre", "fået et par bemærkninger om": a report from unnamed people
    for k, tok in enumerate(seg):
        if any(k < o[1] and o[0] <= k for o in out):
            continue
        low = tok.lower_
        end = None
        if low in ("hørt", "hører", "hørte") and k + 1 < len(seg) and seg[k + 1].lower_ == "fra":
            end = _source_end(seg, k + 2, lex["quantifiers"], lex["people"])
        elif low in ("fået", "får", "fik", "modtaget", "modtog"):
            end = next((j + 1 for j in range(k + 1, min(k + 5, len(seg))) if seg[j].lower_ in lex["reports"]), None)
        if end is None or any(k < o[1] and o[0] < end for o in out):
            continue
        if _refers_to_employee(seg[end:], names) and not _praise(seg[k:], lex["positive"]):
            out.append((k, end, "phrase"))
    for a, b, _ in find_phrases(seg, lex["phrases"]):
        if any(a < o[1] and o[0] < b for o in out):
            continue
        before = seg[max(0, a - 2) : a]
        if any(t.lower_ in ("ikke", "ingen", "aldrig") for t in before):
            continue  # "Der går ikke rygter om noget" denies the report
        if any(is_recipient(t, names) and t.lower_ != "jeg" for t in before):
            continue  # "du har fået at vide" is about the employee being told
        rest = seg[b - 1 :] if seg[b - 1].lower_ in ("du", "han", "hun") else seg[b:]  # "har hørt, du ..."
        nxt = next((t for t in seg[b:] if not t.is_punct), None)
        if nxt is not None and seg[b - 1].lower_ in ("fra", "af") and is_name(nxt, names):
            continue  # "hørt fra Sara": a named source
        if nxt is not None and nxt.lower_ in ("fra", "af") and len(seg) > b + 1 and is_name(seg[b + 1], names):
            continue
        if _refers_to_employee(rest, names) and not _praise(seg[a:], lex["positive"]):
            start = a - 1 if a > 0 and seg[a - 1].lower_ == "jeg" else a
            out.append((start, b, "phrase"))
    return sorted(out)


@register("hearsay")
def hearsay(ctx, rule, matches) -> Iterator[Hit]:
    p = rule.params
    lex = {
        "quantifiers": ctx.lexicons.phrases(p.get("quantifiers", "hearsay-quantifiers")),
        "people": ctx.lexicons.phrases(p.get("people", "hearsay-people")),
        "institutions": ctx.lexicons.phrases(p.get("institutions", "hearsay-institutions")),
        "judging": ctx.lexicons.words(p.get("judging", "hearsay-judging")),
        "group_suffixes": ctx.lexicons.words(p.get("group_suffixes", "hearsay-group-suffixes")),
        "verbs": ctx.lexicons.phrases(p.get("verbs", "hearsay-verbs")),
        "phrases": ctx.lexicons.phrases(p.get("phrases", "hearsay-phrases")),
        "positive": ctx.lexicons.words(p.get("positive", "hearsay-positive")),
        "reports": ctx.lexicons.words(p.get("reports", "hearsay-reports")),
    }
    for sent in ctx.sentences:
        for seg in line_segments(sent.span):
            for a, b, kind in find_hearsay(seg, lex, ctx.names):
                start, end = sent.offsets(seg[a])[0], sent.offsets(seg[b - 1])[1]
                data = {"kind": kind, "tokens": (seg[a].i, seg[b - 1].i + 1), "segment": (seg[0].i, seg[-1].i + 1)}
                yield Hit(start, end, sent, data)
