"""comparison: measuring the employee against a named or implied colleague.

Recognised yardsticks: "Sammenlignet med resten af holdet", "lige så skarp som
Kasper", "hurtigere end dig", "ligesom Mette", "Alle andre kan ...", "Du er den
eneste, der ...", "Din forgænger ...", "Kig på, hvordan Ahmed gør", "Sebastian
når 40 opkald, så det burde du også kunne".

Clean: comparisons with a shared target or the employee's own earlier results
("end sidste år", "i forhold til målet"), and learning from a colleague who
offered to help ("Hun har selv tilbudt det").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine.context import Hit
from ..lang import find_phrases, is_name, is_question, is_recipient, line_segments
from . import register

COMPARE_INTRO = (
    "sammenlignet med", "i sammenligning med", "sammenholdt med", "målt op mod", "målt mod", "i forhold til",
    "set i forhold til", "i modsætning til", "modsat", "på niveau med", "på højde med",
)
COMPARATIVES = frozenset({"mere", "mindre", "bedre", "værre", "flere", "færre", "længere", "større", "ældre", "yngre"})
OBJECT_PRONOUNS = frozenset({"dig", "ham", "hende", "jer"})
COPULAS = frozenset({"er", "var", "bliver", "blev"})
LEAD_WORDS = frozenset({"men", "og", "jo", "altså", "bare"})
MODALS = frozenset({"burde", "bør", "kan", "skal", "skulle", "må", "kunne"})
INSTRUCTION_BEFORE = frozenset(
    {"at", "skal", "kan", "bør", "burde", "må", "skulle", "kunne", "vil", "ville", "ikke", "bare", "også", "du", "i",
     "dog", "lige", "prøv", "hellere", "nu", "så"}
)
# "dobbelt så mange opkald som dig", "tre gange så meget som Søren": a measured gap, never a mere likeness
MULTIPLIERS = frozenset({"dobbelt", "halvt", "halv", "gange", "tredobbelt", "firedobbelt", "nær"})
# "end du gør", "som du har": the recipient as subject of an echoed verb ("end du tror" is no person yardstick)
ECHO_VERBS = frozenset(
    {"gør", "gjorde", "har", "havde", "kan", "kunne", "når", "nåede", "klarer", "klarede", "får", "fik", "sælger",
     "solgte", "laver", "lavede", "er", "var"}
)
REPORT_AFTER = frozenset({"sagde", "nævnte", "foreslog", "skrev", "fortalte", "har", "gjorde", "plejer"})
# what follows a peer subject at the start of a sentence: a verb or "i teamet"
PEER_SUBJECT_NEXT = frozenset(
    {"i", "på", "har", "havde", "kan", "kunne", "er", "var", "når", "nåede", "gør", "gjorde", "klarer", "klarede",
     "skal", "formår", "får", "fik", "laver", "lavede", "kommer", "kom", "bliver", "blev", "ved", "svarer", "overholder",
     "afleverer", "skriver", "leverer", "sælger", "tager", "holder", "plejer", "synes", "mener", "arbejder", "formåede"}
)


def _person_at(seg, k: int, peers: list[str], names, *, pronouns: bool) -> int | None:
    """End index if a person reference (name, peer group, object pronoun) starts at seg[k]."""
    if k >= len(seg):
        return None
    tok = seg[k]
    end = None
    if tok.text[:1].isupper() and tok.is_alpha and tok.text != "I" and (tok.lower_ in names or is_name(tok, names)):
        end = k + 1
        # "Jesper og Nicolai"
        while end + 1 < len(seg) and seg[end].lower_ in ("og", ",") and seg[end + 1].text[:1].isupper() and is_name(seg[end + 1], names):
            end += 2
    elif pronouns and tok.lower_ in OBJECT_PRONOUNS:
        end = k + 1
    else:
        for a, b, _ in find_phrases(seg[k : k + 5], peers):
            if a == 0:
                end = k + b
                break
        if end is not None and end + 1 < len(seg) and seg[end].lower_ in ("i", "på") and seg[end + 1].is_alpha:
            end += 2  # "de andre i teamet"
    return end


def _relative_clause(seg, k: int) -> list:
    """'(i afdelingen,) der ikke har gennemført e-læringen' up to the next clause break."""
    start = next((j for j in range(k, min(k + 6, len(seg))) if seg[j].lower_ in ("der", "som")), None)
    if start is None:
        return []
    end = start + 1
    while end < len(seg) and seg[end].text not in (",", ";", ".", "!", "?", "–", "—") and seg[end].lower_ not in ("og", "men"):
        end += 1
    return seg[start + 1 : end]


def _multiplied_from(lows: list[str], k: int) -> int | None:
    """Start of 'dobbelt så mange', 'tre gange så meget', 'ikke nær så' before the 'som' at k, if any."""
    for j in range(k - 1, max(k - 6, 0), -1):
        if lows[j] == "så" and lows[j - 1] in MULTIPLIERS:
            start = j - 1
            if lows[start] == "gange" and start > 0:
                start -= 1  # "tre gange"
            elif lows[start] == "nær" and start > 0 and lows[start - 1] == "ikke":
                start -= 1
            return start
    return None


def _echoed_recipient(seg, k: int, names) -> int | None:
    """'end du gør', 'som han har' (the recipient compared with a colleague named before)."""
    if k >= len(seg) or seg[k].lower_ not in ("du", "han", "hun"):
        return None
    bare = k + 1 >= len(seg) or seg[k + 1].text in (".", "!", "?", ";")  # "… så mange kunder som du."
    if not bare and seg[k + 1].lower_ not in ECHO_VERBS:
        return None
    if not any(is_name(t, names) for t in seg[:k - 1] if t.text[:1].isupper() and t.text != "I"):
        return None
    return k + 1 if bare else k + 2


def _is_comparative(tok) -> bool:
    low = tok.lower_
    return low in COMPARATIVES or (len(low) > 4 and low.endswith("ere"))


def _first_word_index(seg) -> int:
    for k, t in enumerate(seg):
        if t.is_alpha and t.lower_ not in LEAD_WORDS:
            return k
    return len(seg)


def find_comparisons(seg, lex: dict[str, list[str]], names, text_volunteered: bool) -> list[tuple]:
    """(first, last + 1, kind[, doc index where the colleague's predicate starts]) per comparison in a line."""
    peers = lex["peers"]
    out: list[tuple[int, int, str]] = []
    lows = [t.lower_ for t in seg]
    has_recipient = any(is_recipient(t, frozenset(), allow_names=False) for t in seg)
    # "lige så erfaren som resten af holdet" is a similarity unless it is demanded or denied
    demand = bool(find_phrases(seg, lex["demand"]))

    # "Sammenlignet med resten af holdet ..."
    for a, b, _ in find_phrases(seg, COMPARE_INTRO):
        end = _person_at(seg, b, peers, names, pronouns=False)
        if end is not None:
            out.append((a, end, "intro"))

    # "... end dig", "lige så skarp som Kasper", "ligesom Mette"
    for k, low in enumerate(lows):
        if low == "end":
            end = _person_at(seg, k + 1, peers, names, pronouns=True) or _echoed_recipient(seg, k + 1, names)
            if end is None or lows[k + 1] == "mig" or (end < len(seg) and lows[end] == "selv"):
                continue  # "end dig selv regnede med" is no colleague
            # "hurtigere til at lave tilbud end dig": the comparative may sit a few words back, within the clause
            reach = 8 if lows[k + 1] in OBJECT_PRONOUNS | {"du", "han", "hun"} else 4
            start = None
            for j in range(k - 1, max(k - reach, -1), -1):
                if seg[j].is_punct and j != k - 1:
                    break  # a comma right before "end" is fine ("meget mere, end du gør")
                if _is_comparative(seg[j]):
                    start = j
                    break
            if start is not None:
                if start > 0 and lows[start - 1] in ("meget", "langt", "en", "lidt", "noget"):
                    start -= 1
                out.append((start, end, "end"))
        elif low == "som":
            multiplied = _multiplied_from(lows, k)
            end = _person_at(seg, k + 1, peers, names, pronouns=multiplied is not None)
            if end is None and multiplied is not None:
                end = _echoed_recipient(seg, k + 1, names)
            if end is None:
                continue
            if multiplied is not None:
                out.append((multiplied, end, "multiple"))
                continue
            start = None
            for j in range(k - 1, max(k - 4, -1), -1):
                if lows[j] in ("så", "ligeså", "samme", "mere", "mindre"):
                    start = j
            if start is not None and demand:
                if start > 0 and lows[start - 1] == "lige":
                    start -= 1
                out.append((start, end, "som"))
        elif low == "ligesom" and demand and (has_recipient or any(is_name(t, names) for t in seg[:k])):
            end = _person_at(seg, k + 1, peers, names, pronouns=False)
            if end is not None and not (end < len(seg) and lows[end] in REPORT_AFTER):
                out.append((k, end, "ligesom"))

    # "Alle andre kan godt nå ...", "De andre sygeplejersker har ikke noget problem ..."
    k0 = _first_word_index(seg)
    if k0 < len(seg) and not is_question(seg[0].doc[seg[0].i : seg[-1].i + 1]):
        others = [m for m in find_phrases(seg[k0 : k0 + 4], lex["others"]) if m[0] == 0]
        end = k0 + max(m[1] for m in others) if others else None
        if end is not None and end + 2 < len(seg) and lows[end] in ("i", "på") and seg[end + 1].is_alpha:
            end += 2  # "De andre i teamet"
        elif end is not None and end + 1 < len(seg) and lows[end] not in PEER_SUBJECT_NEXT and lows[end + 1] in PEER_SUBJECT_NEXT:
            end += 1  # "De andre sygeplejersker har"
        verb_ok = end is not None and end < len(seg) and (lows[end] in PEER_SUBJECT_NEXT or seg[end].pos_ in ("VERB", "AUX"))
        # "Alle andre møder er aflyst" is news, "Alle andre kan godt nå det" is a yardstick
        verb_ok = verb_ok and any(low in lex["yardstick"] for low in lows[end:])
        # "De andre punkter tager vi op": the others are the object, "vi" the subject
        if verb_ok and not (end + 1 < len(seg) and lows[end + 1] in ("vi", "jeg", "du", "man", "han", "hun", "i")):
            # "Ingen andre har brug for ..." says what the others do not do: no goal to lift from it
            pred = [] if lows[k0] == "ingen" else [seg[end].i]
            out.append((k0, min(end + 1, len(seg)), "peers", *pred))

    # "Du er den eneste (i afdelingen), der ikke ..." (a reproach, not a thank-you)
    for a, b, phrase in find_phrases(seg, ["den eneste", "kun dig", "kun du"]):
        if not any(t.lower_ in lex["negative"] for t in _relative_clause(seg, b)):
            continue
        if phrase != "den eneste":
            out.append((a, b, "eneste"))
            continue
        if a >= 2 and lows[a - 1] in COPULAS and is_recipient(seg[a - 2], names):
            out.append((a - 2, b, "eneste"))
        elif a >= 2 and lows[a - 2] in COPULAS and is_recipient(seg[a - 1], names):
            out.append((a - 2, b, "eneste"))

    # "Din forgænger havde altid ...", "Da Birgitte havde din stilling"
    for a, b, phrase in find_phrases(seg, lex["predecessor"]):
        if phrase.startswith(("havde", "sad")):
            start = next((j for j in range(a - 1, max(a - 3, -1), -1) if is_name(seg[j], names) or lows[j] in ("han", "hun")), None)
            if start is None:
                continue
            if start > 0 and lows[start - 1] in ("da", "dengang", "før", "mens"):
                start -= 1
            out.append((start, b, "predecessor"))
        elif a == _first_word_index(seg) and b < len(seg):
            out.append((a, b, "predecessor", seg[b].i))
        else:
            out.append((a, b, "predecessor"))

    # "Du er den langsomste på holdet", "Du halter efter resten af teamet"
    for a, b, phrase in find_phrases(seg, lex["ranking"]):
        if phrase in ("halter efter", "ligger efter", "bagud i forhold til"):
            end = _person_at(seg, b, peers, names, pronouns=False)
            if end is not None:
                out.append((a, end, "behind"))
        elif has_recipient or any(is_name(t, names) for t in seg[:a]):
            out.append((a, b, "ranking"))

    # "Kig på, hvordan Ahmed gør", "Tag ved lære af Jonas"
    if not text_volunteered:
        for a, b, _ in find_phrases(seg, lex["learn"]):
            # an instruction: imperative at the start, or after a modal/"at" ("skal lære at gøre det som Mette");
            # not a relative clause ("det store arbejde, som Francesco har udført")
            if a != _first_word_index(seg) and lows[a - 1] not in INSTRUCTION_BEFORE:
                continue
            end = _person_at(seg, b, peers, names, pronouns=False)
            if end is not None:
                out.append((a, end, "learn"))

    # "Sebastian når 40 opkald om dagen, så det burde du også kunne." / "..., så hvorfor kan du ikke?"
    for k in range(1, len(seg) - 1):
        # "..., så hvorfor kan du ikke?" / "..., så hvorfor har du?": the question ends right after "du"
        why_not = (
            k >= 2 and lows[k - 2] == "hvorfor" and all(t.is_punct or t.lower_ in ("ikke", "det") for t in seg[k + 1 :])
        )
        if lows[k] == "du" and (lows[k + 1] == "også" and lows[k - 1] in MODALS or why_not):
            first = next(
                (j for j in range(0, k - 1)
                 if is_name(seg[j], names) or lows[j] in ("de", "alle") or _person_at(seg, j, peers, names, pronouns=False)),
                None,
            )
            if first is not None:
                end = k + 2
                if end < len(seg) and lows[end] in ("kunne", "godt", "klare", "nå"):
                    end += 1
                subject_end = _person_at(seg, first, peers, names, pronouns=False) or first + 1
                out.append((first, min(end, len(seg)), "also", seg[min(subject_end, len(seg) - 1)].i))
    return out


def _praised(ctx, sent, praise: list[str]) -> bool:
    """Praise in this or the next sentence, and no reproach here: 'Din forgænger efterlod et rod ... Flot!'."""
    if any(t.lower_ in ("ikke", "aldrig", "men") for t in sent.span):
        return False
    nxt = ctx.sentences[sent.index + 1] if sent.index + 1 < len(ctx.sentences) else None
    if nxt is not None and nxt.span.doc is sent.span.doc and nxt.span.start == sent.span.end:
        # adjacent sentences: one span over both, searched without building token lists
        return bool(find_phrases(sent.span.doc[sent.span.start : nxt.span.end], praise))
    tokens = list(sent.span) + (list(nxt.span) if nxt is not None and nxt.span.doc is sent.span.doc else [])
    return bool(find_phrases(tokens, praise))


@register("comparison")
def comparison(ctx, rule, matches) -> Iterator[Hit]:
    p = rule.params
    lex = {
        "peers": ctx.lexicons.phrases(p.get("peers", "comparison-peers")),
        "predecessor": ctx.lexicons.phrases(p.get("predecessor", "comparison-predecessor")),
        "learn": ctx.lexicons.phrases(p.get("learn_from", "comparison-learn-from")),
        "others": ctx.lexicons.phrases(p.get("others", "comparison-others")),
        "ranking": ctx.lexicons.phrases(p.get("ranking", "comparison-ranking")),
        "negative": ctx.lexicons.words(p.get("negative", "comparison-negative")),
        "yardstick": ctx.lexicons.words(p.get("yardstick", "comparison-yardstick")),
        "demand": ctx.lexicons.phrases(p.get("demand", "comparison-demand")),
    }
    volunteered_phrases = ctx.lexicons.phrases(p.get("volunteered", "comparison-volunteered"))
    volunteered = any(
        find_phrases(sent.span, volunteered_phrases) for sent in ctx.sentences
    )
    praise = ctx.lexicons.phrases(p.get("praise", "comparison-praise"))
    for sent in ctx.sentences:
        if _praised(ctx, sent, praise):
            continue
        for seg in line_segments(sent.span):
            found = find_comparisons(seg, lex, ctx.names, volunteered)
            taken: set[int] = set()
            for a, b, kind, *pred in sorted(found, key=lambda f: (f[0], -f[1])):
                if taken.intersection(range(a, b)):
                    continue
                taken.update(range(a, b))
                start, end = sent.offsets(seg[a])[0], sent.offsets(seg[b - 1])[1]
                data = {"kind": kind, "tokens": (seg[a].i, seg[b - 1].i + 1), "segment": (seg[0].i, seg[-1].i + 1)}
                data["pred_from"] = pred[0] if pred else None
                yield Hit(start, end, sent, data)
