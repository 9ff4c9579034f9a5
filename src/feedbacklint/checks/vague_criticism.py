"""vague-criticism: a complaint or request for change that names an area, not a behaviour.

"Din kommunikation skal blive bedre", "Du skal tage mere ansvar", "Der er plads
til forbedring", "Kvaliteten af dit arbejde svinger". A finding needs a vague
area (lexicon ``vague-areas``) together with either a change word inside a
request frame (skal/bør/kunne ... bedre/mere) or a complaint that needs no
frame (svinger, lever ikke op til, henvendelser om); or a phrase that is vague
on its own ("plads til forbedring", "skærpe sig", "nogle episoder").

Clean: open questions; the writer's own resolutions ("Jeg skal blive bedre til
at kommunikere"); the employee's own wishes ("Nadia vil gerne styrke sin
kommunikation"); and criticism anchored in a situation, a number or an example
in the sentence itself or in the example sentence that follows.

The segment and anchor helpers below are shared with the vague-praise check:
both categories ask the same question, "does this name anything concrete?".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..engine.context import Hit, Sentence
from ..lang import RecentByIdentity, is_recipient
from . import register

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..engine.context import TextContext
    from ..engine.lexicons import Lexicons

# Verbs that frame a change word as a request: "skal blive bedre", "bør tage mere".
REQUEST_MODALS = frozenset({"skal", "skulle", "bør", "burde", "må", "kunne", "forventer", "forventes", "ønsker"})
# Receiving more is an offer, not a complaint: "Du bør få mere ansvar".
RECEIVING = frozenset({"få", "får", "fået", "fik", "give", "giver", "gives"})
# An offer or invitation, not criticism: "Hvis du har lyst, kunne du tage mere ansvar".
OFFER_MARKERS = ("hvis du vil", "hvis du har lyst", "har du lyst", "hvis han har lyst", "hvis hun har lyst", "tænke dig", "lyst til")
SELF_SUBJECTS = frozenset({"jeg", "vi"})
QUANTITY_WORDS = frozenset({"tingene", "en", "nogle", "visse", "et", "det"})
STRONG_BREAKS = frozenset({".", "!", "?", ";", ":", "—", "–"})
CONJUNCTION_BREAKS = frozenset({"og", "men", "eller", "mens", "selvom", "fordi", "hvis", "når"})
HV_WORDS = frozenset({"hvad", "hvordan", "hvorfor", "hvornår", "hvor", "hvem", "hvilken", "hvilket", "hvilke"})
# Words an elliptic "men til tider lidt for meget" may consist of.
ELLIPTIC_FILLER = frozenset(
    {"til", "tider", "nogle", "gange", "ind", "imellem", "indimellem", "lidt", "for", "meget", "en", "anelse",
     "smule", "måske", "tit", "ofte", "somme", "tider", "nok", "godt", "også", "bare", "alt"}
)


# -- shared helpers (also used by the vague-praise check) -------------------
def segments(sent: Sentence) -> list[list[Token]]:
    """A sentence's word tokens, split where a line break ends a line.

    The blank pipeline does not always split at bare line breaks; a greeting
    line ("Hej Thomas") must not be judged together with the next line.
    """
    # vague-praise and vague-criticism both ask, sentence by sentence: hand out fresh lists
    return [list(seg) for seg in _recent_segments(sent)]


def _split(sent: Sentence) -> list[list[Token]]:
    segs: list[list[Token]] = [[]]
    for t in sent.span:
        if t.is_space:
            if _breaks_line(t.text) and segs[-1]:
                segs.append([])
            continue
        segs[-1].append(t)
        if _breaks_line(t.whitespace_):
            segs.append([])
    return [s for s in segs if s]


_recent_segments = RecentByIdentity(_split, size=8)


def _breaks_line(space: str) -> bool:
    return "\n" in space or "\r" in space  # old Mac files end lines with a bare \r


DEFINITE_ENDINGS = ("en", "et", "ne", "erne")
# Names that are also ordinary lowercase words ("per", "tom", "bo").
NAME_HOMOGRAPHS = frozenset({"per", "tom", "bo", "mark", "dan", "kim", "lis", "ask", "bent", "vera", "ole", "karen", "hans", "maj", "rose", "lærke", "sol", "storm", "uffe", "ib"})


def is_person(tok: Token, names: frozenset[str] = frozenset()) -> bool:
    """is_recipient, but a sentence-initial definite noun ("Kunden", "Rummet") is never a name.

    A trained tagger sometimes calls such a word PROPN; a name from the
    first-names lexicon is always trusted.
    """
    if not is_recipient(tok, names):
        # a sloppy 360 comment may write the name in lowercase: "lars er en god kollega"
        return (tok.text.islower() and tok.lower_ in names and tok.lower_ not in NAME_HOMOGRAPHS
                and (tok.i == tok.sent.start or _breaks_line(tok.doc[tok.i - 1].whitespace_)))
    if tok.lower_ in names or not tok.text[:1].isupper() or tok.text == "I":
        return True
    first = tok.i == tok.sent.start or tok.doc[tok.i - 1].is_punct or "\n" in tok.doc[tok.i - 1].whitespace_
    return not (first and tok.lower_.endswith(DEFINITE_ENDINGS))


def lowers(tokens: Sequence[Token]) -> list[str]:
    return [t.lower_ for t in tokens]


def _match_at(words: Sequence[str], i: int, parts: Sequence[str], max_gap: int) -> int | None:
    """End (exclusive) of ``parts`` matched from ``words[i]``, or None.

    Later words of the phrase may follow after up to ``max_gap`` other words
    ("lever ikke helt op til"), never across punctuation.
    """
    pos = i
    for part in parts[1:]:
        nxt = None
        for j in range(pos + 1, min(pos + 2 + max_gap, len(words))):
            if words[j] == part:
                nxt = j
                break
            if words[j] in STRONG_BREAKS or words[j] == ",":
                break
        if nxt is None:
            return None
        pos = nxt
    return pos + 1


@lru_cache(maxsize=256)
def _by_first_word(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, list[str]]]]:
    index: dict[str, list[tuple[str, list[str]]]] = {}
    for p in phrases:
        parts = p.lower().split()
        if parts:
            index.setdefault(parts[0], []).append((p, parts))
    return index


@lru_cache(maxsize=128)
def phrases_of(lexicons: Lexicons, name: str) -> tuple[str, ...]:
    """A lexicon's phrases, read once per Lexicons object (checks run per sentence)."""
    return tuple(lexicons.phrases(name))


def find_phrase(words: Sequence[str], phrase: str, max_gap: int = 0) -> list[tuple[int, int]]:
    """Occurrences of ``phrase`` in ``words`` as (first, last + 1)."""
    return [(a, b) for a, b, _ in find_any(words, (phrase,), max_gap)]


def find_any(words: Sequence[str], phrases: Iterable[str], max_gap: int = 0) -> list[tuple[int, int, str]]:
    """Occurrences of any of ``phrases`` in ``words`` as (first, last + 1, phrase), in text order."""
    index = _by_first_word(tuple(phrases))
    found = []
    for i, w in enumerate(words):
        for phrase, parts in index.get(w, ()):
            end = _match_at(words, i, parts, max_gap)
            if end is not None:
                found.append((i, end, phrase))
    return sorted(found)


def anchored(tokens: Sequence[Token], lexicons: Lexicons) -> bool:
    """Does this stretch name a concrete situation: a time, a number, an example, "da du ..."?

    A bracketed placeholder ("[hvilken situation]") counts: it is a slot the
    writer fills with exactly such a fact.
    """
    for t in tokens:
        if any(c.isdigit() for c in t.text) or t.text.startswith("["):
            return True
    return bool(find_any(lowers(tokens), phrases_of(lexicons, "situation-markers")))


def starts_with_example(tokens: Sequence[Token], lexicons: Lexicons) -> bool:
    """Does this stretch open with an example or a time ("Fx ...", "I tirsdags ...")?"""
    words = lowers(tokens)
    return any(a <= 1 for a, _, _ in find_any(words, phrases_of(lexicons, "situation-markers")))


def is_question(tokens: Sequence[Token]) -> bool:
    return bool(tokens) and tokens[-1].text.endswith("?")


# -- the check ----------------------------------------------------------------
@dataclass
class _Found:
    first: int  # token index into the segment
    last: int  # exclusive
    area: tuple[int, int] | None
    kind: str  # "area", "phrase", "elliptic"


def _request_framed(words: list[str], cue: int) -> bool:
    """Is there a request modal before ``cue`` in the same clause chain, not negated?"""
    for j in range(cue - 1, max(-1, cue - 12), -1):
        w = words[j]
        if w in STRONG_BREAKS or w in CONJUNCTION_BREAKS:
            return False
        if w in REQUEST_MODALS or (w == "have" and j + 1 < len(words) and words[j + 1] in (",", "at")):
            return not (j + 1 < len(words) and words[j + 1] == "ikke")
    return False


def _subject_before(tokens: Sequence[Token], cue: int, names: frozenset[str]) -> str | None:
    """The nearest person word before ``cue`` in its clause: 'self', 'recipient' or None."""
    for j in range(cue - 1, -1, -1):
        t = tokens[j]
        w = t.lower_
        if w in STRONG_BREAKS or w in CONJUNCTION_BREAKS or (w == "at" and j and tokens[j - 1].text == ","):
            return None
        if w in SELF_SUBJECTS:
            return "self"
        if is_person(t, names) and w not in ("dig", "ham", "hende"):
            return "recipient"
    return None


OWN_WORDS = frozenset({"nævnt", "sagt", "foreslået", "ønsket", "bedt"})


def _own_wish(tokens: Sequence[Token], names: frozenset[str]) -> bool:
    """The employee's own goal or words, not criticism.

    "Nadia vil gerne styrke ...", "Du ønsker at ...", "Du har selv sagt, at ...".
    "Jeg vil gerne have, at du ..." is the writer's request and does not count.
    """
    words = lowers(tokens)
    for j, w in enumerate(words):
        window = words[max(0, j - 2) : j + 3]
        after = words[j + 1 : j + 5]
        request = "have" in after and any(x in ("at", ",") for x in after[after.index("have") + 1 :][:1]) if "have" in after else False
        wish = w in ("ønsker", "ønske", "ønsket") or (w == "vil" and "gerne" in window and not request)
        own = w == "selv" and any(x in OWN_WORDS for x in words[j + 1 : j + 3])
        if not (wish or own):
            continue
        for k in range(j - 1, max(-1, j - 4), -1):
            if words[k] in SELF_SUBJECTS:
                break
            if is_person(tokens[k], names) and words[k] not in ("dig", "ham", "hende"):
                return True
            if k == 0 and tokens[k].is_title and tokens[k].is_alpha and words[k] not in ("der", "det", "den", "man"):
                return True  # a name the lexicon does not know: "Amira vil gerne ..."
    return False


GENERIC_OBJECTS = frozenset({"egne", "dine", "sine", "hans", "hendes", "opgaverne", "arbejdet", "det", "tingene", "sig", "dig", "sit", "dit", "din", "sin"})


def _responsibility_for_task(words: list[str], area: tuple[int, int]) -> bool:
    """"mere ansvar for kundeopfølgningen" names the task; "ansvar for egne opgaver" does not."""
    a, b = area[0], area[1]
    if words[a] not in ("ansvar", "ansvaret") or b + 1 >= len(words) or words[b] != "for":
        return False
    nxt = words[b + 1]
    return nxt.isalpha() and nxt not in GENERIC_OBJECTS


NP_LINKS = frozenset({"af", "i", "på", "med", "ved", "din", "dit", "dine", "hans", "hendes", "sin", "sit", "sine", "jeres"})


def _head_area(words: list[str], areas, area):
    """The head of a phrase of areas: "Kvaliteten af dit arbejde" → "Kvaliteten"."""
    changed = True
    while changed:
        changed = False
        for other in areas:
            gap = words[other[1] : area[0]]
            if other[1] <= area[0] and len(gap) <= 2 and all(w in NP_LINKS for w in gap) and other != area:
                area, changed = other, True
                break
    return area


# Owners that make the area someone else's: "Virksomhedens kommunikation", "kommunikationen fra ledelsen".
OTHER_OWNERS = frozenset({"vores", "min", "mit", "ledelsens", "virksomhedens", "firmaets", "husets", "kommunens",
                          "regionens", "organisationens", "direktionens", "mine"})
OTHER_SOURCES = frozenset({"os", "mig", "ledelsen", "direktionen", "ledelsens", "min", "vores", "hr", "virksomheden",
                           "firmaet"})


def _someone_elses(words: list[str], area: tuple[int, int]) -> bool:
    """The area belongs to the writer or the organisation, not to the recipient."""
    a, b = area[0], area[1]
    if a and words[a - 1] in OTHER_OWNERS:
        return True
    return b + 1 < len(words) and words[b] == "fra" and words[b + 1] in OTHER_SOURCES


def _receives(words: list[str], cue: int, area: tuple[int, int]) -> bool:
    """"Du skal have mere ansvar": getting responsibility is an offer; "Kunden skal have bedre
    kommunikation fra os" is about what someone else gets."""
    if not cue or words[cue - 1] != "have":
        return False
    return words[area[0]] in ("ansvar", "ansvaret", "indflydelse", "frihed") or (
        area[1] < len(words) and words[area[1]] == "fra")


def _conditional(tokens: Sequence[Token], first: int, names: frozenset[str]) -> bool:
    """A condition, not a complaint: "Hvis du mangler overblik, ...", "Mangler du overblik, så sig til"."""
    words = lowers(tokens)
    for j in range(first - 1, -1, -1):
        if words[j] in STRONG_BREAKS or words[j] == ",":
            break
        if words[j] in ("hvis", "såfremt"):
            return True
    # verb first, then the person, then a comma: a V1 conditional clause
    return (len(tokens) > 2 and words[0] not in HV_WORDS and is_person(tokens[1], names)
            and words[1] not in ("dig", "ham", "hende") and "," in words[2:] and not is_question(tokens))


def find_vague_criticism(tokens: Sequence[Token], lexicons: Lexicons, names: frozenset[str]) -> _Found | None:
    words = lowers(tokens)
    # 1. Phrases that are vague on their own.
    for a, b, _ in find_any(words, phrases_of(lexicons, "vague-criticism-phrases"), max_gap=1):
        return _Found(a, b, None, "phrase")
    areas = find_any(words, phrases_of(lexicons, "vague-areas"), max_gap=0)
    if areas:
        # 2. Complaints that need no request frame.
        for a, b, _ in find_any(words, phrases_of(lexicons, "vague-complaints"), max_gap=2):
            if words[a] in ("mangler", "manglede", "savner") and a + 1 < len(words) and words[a + 1] == "ikke":
                continue  # "Du mangler ikke engagement": praise
            area = _head_area(words, areas, min(areas, key=lambda x: abs(x[0] - a)))
            if _someone_elses(words, area):
                continue
            return _Found(min(a, area[0]), max(b, area[1]), (area[0], area[1]), "area")
        # 3. A change word inside a request that is not the writer's own resolution.
        for a, b, _ in find_any(words, phrases_of(lexicons, "vague-change"), max_gap=0):
            if not _request_framed(words, a) or (a and words[a - 1] in RECEIVING):
                continue
            area = _head_area(words, areas, min(areas, key=lambda x: abs(x[0] - a)))
            if _someone_elses(words, area) or _receives(words, a, area):
                continue
            if _responsibility_for_task(words, area):
                continue
            # "Jeg skal blive bedre til at kommunikere" is the writer's own resolution;
            # "Der er nogle ting, vi skal have rettet op på" still names nothing.
            if _subject_before(tokens, a, names) == "self" and words[area[0]] not in QUANTITY_WORDS:
                continue
            return _Found(min(a, area[0]), max(b, area[1]), (area[0], area[1]), "area")
    # 4. "Super engageret, men til tider lidt for meget": the complaint is all degree words.
    if "men" in words:
        rest = words[words.index("men") + 1 :]
        rest_words = [w for w in rest if w not in STRONG_BREAKS and w != ","]
        joined = " ".join(rest_words)
        if rest_words and ("for meget" in joined or "for lidt" in joined) and all(w in ELLIPTIC_FILLER for w in rest_words):
            start = words.index("men") + 1
            end = len(words) - (1 if words[-1] in STRONG_BREAKS else 0)
            return _Found(start, end, None, "elliptic")
    return None


NOT_EXAMPLE_OPENERS = frozenset({"vi", "jeg", "lad", "kan", "skal", "vil", "hvad", "hvordan", "husk", "opfølgning", "ansvarlig"})


def _example(tokens: Sequence[Token], lexicons: Lexicons) -> bool:
    """A neighbouring sentence that reports a concrete instance (a time or a number), not a plan or a question."""
    if not tokens or is_question(tokens) or tokens[0].lower_ in NOT_EXAMPLE_OPENERS:
        return False
    return anchored(tokens, lexicons)


@register("vague_criticism")
def vague_criticism(ctx: TextContext, rule, matches) -> Iterator[Hit]:
    names = ctx.names
    segs: list[tuple[Sentence, list[Token]]] = [(s, seg) for s in ctx.sentences for seg in segments(s)]
    for k, (sent, toks) in enumerate(segs):
        if is_question(toks) or (toks and toks[0].lower_ in HV_WORDS):
            continue
        if anchored(toks, ctx.lexicons) or _own_wish(toks, names):
            continue
        if find_any(lowers(toks), OFFER_MARKERS):
            continue
        found = find_vague_criticism(toks, ctx.lexicons, names)
        if found is None or _conditional(toks, found.first, names):
            continue
        # An example right next to it ("Fx afbrød du ...", "I tirsdags ventede kunden
        # ni dage") makes it concrete; a plan ("Vi tager det op torsdag") does not.
        nxt = segs[k + 1][1] if k + 1 < len(segs) else []
        prev = segs[k - 1][1] if k else []
        if nxt and (starts_with_example(nxt, ctx.lexicons) or _example(nxt, ctx.lexicons)):
            continue
        if prev and _example(prev, ctx.lexicons):
            continue
        start = sent.offsets(toks[found.first])[0]
        end = sent.offsets(toks[found.last - 1])[1]
        data = {"kind": found.kind, "first": found.first, "last": found.last, "tokens": toks,
                "segment": (sent.offsets(toks[0])[0], sent.offsets(toks[-1])[1])}
        if found.area:
            data["area"] = found.area
        yield Hit(start, end, sent, data)
