"""vague-praise, vague-criticism, trait-label and absolute on sentences written for these tests.

None of these sentences is in the dev corpus: they check that the rules follow
the phenomenon (word lists, inflections, word order), not memorised items. Each
category has flagged sentences with the excerpt the finding must overlap, and
clean near-misses a keyword list would get wrong. Every case runs on the default
pipeline and on the blank fallback (no POS, morphology or dependencies).
"""

from __future__ import annotations

import pytest

from feedbacklint import Config, Linter

CATEGORIES = ["vague-praise", "vague-criticism", "trait-label", "absolute"]
MODELS = ["auto", "blank"]


@pytest.fixture(scope="module", params=MODELS)
def mine(request) -> Linter:
    return Linter(Config(select=CATEGORIES), model=request.param)


def _findings(linter: Linter, text: str, category: str):
    return [f for f in linter.lint(text).findings if f.category.value == category]


FLAGGED = [
    # vague-praise: stock phrases, inflections and a bare description of the person
    ("vague-praise", "Du gør et fantastisk stykke arbejde.", "fantastisk stykke arbejde"),
    ("vague-praise", "Tak for et godt år!", "godt år"),
    ("vague-praise", "Fortsæt det gode arbejde!", "det gode arbejde"),
    ("vague-praise", "Du har været en fantastisk kollega i år.", "Du har været en fantastisk kollega"),
    ("vague-praise", "Mette er en dygtig og vellidt medarbejder.", "Mette er en dygtig og vellidt medarbejder"),
    ("vague-praise", "Rigtig godt arbejde i år, Jonas.", "godt arbejde"),
    ("vague-praise", "Jeg er rigtig glad for din indsats.", "glad for din indsats"),
    ("vague-praise", "Hej Anna\nFlot indsats!\nMvh Per", "Flot indsats"),
    ("vague-praise", "Du er super!", "Du er super"),
    ("vague-praise", "Tusind tak for din store indsats!", "tak for din store indsats"),
    ("vague-praise", "Hun gør det bare så godt.", "gør det bare så godt"),
    ("vague-praise", "Du er et kæmpe aktiv for afdelingen.", "aktiv"),
    ("vague-praise", "Du er en god rollemodel.", "Du er en god rollemodel"),
    ("vague-praise", "Du er god til at samarbejde.", "Du er god"),
    ("vague-praise", "Du har gjort en forskel i år.", "gjort en forskel"),
    ("vague-praise", "Tak for en god indsats i 2025.", "god indsats"),
    ("vague-praise", "Hun er en super kollega.", "Hun er en super kollega"),
    ("vague-praise", "Hej Jonas\nTak for godt arbejde i det forløbne år.\nVh Tina", "godt arbejde"),
    ("vague-praise", "Flot, Malene!", "Flot"),
    ("vague-praise", "Vi er glade for at have dig.", "glade for at have dig"),
    # sloppy 360 comments write names in lowercase
    ("vague-praise", "lars er en god kollega", "lars er en god kollega"),
    # a neighbouring criticism is not the content of the praise
    ("vague-praise", "Du kommer altid for sent. Godt arbejde! Du er for stille.", "Godt arbejde"),
    ("vague-praise", "Han er for langsom. Godt arbejde! Hun glemmer altid mødet.", "Godt arbejde"),
    # stock verb idioms, in every tense and person
    ("vague-praise", "Du klarer dig rigtig godt.", "klarer dig rigtig godt"),
    ("vague-praise", "Sofie har klaret sig virkelig fint i år.", "klaret sig virkelig fint"),
    ("vague-praise", "I klarede jer flot.", "klarede jer flot"),
    ("vague-praise", "Mads leverer altid varen.", "leverer altid varen"),
    ("vague-praise", "Du leverer bare varen. Fortsæt sådan!", "leverer bare varen"),
    ("vague-praise", "Som altid leverer du varen.", "leverer du varen"),
    ("vague-praise", "Hun løfter opgaven flot.", "løfter opgaven"),
    # the writer's bare satisfaction with the work or the person
    ("vague-praise", "Overordnet er jeg rigtig tilfreds med dit arbejde.", "jeg rigtig tilfreds med dit arbejde"),
    ("vague-praise", "Vi er meget tilfredse med jeres indsats i år.", "tilfredse med jeres indsats"),
    ("vague-praise", "Jeg er meget tilfreds med dig.", "tilfreds med dig"),
    ("vague-praise", "Jeg er stolt af indsatsen.", "stolt af indsatsen"),
    # thanks made bigger, and thanks for work in general
    ("vague-praise", "Kæmpe tak for dit arbejde!", "Kæmpe tak for dit arbejde"),
    ("vague-praise", "En stor tak for indsatsen i år.", "En stor tak for indsatsen"),
    ("vague-praise", "Tak for det store arbejde, du har lagt i år.", "Tak for det store arbejde"),
    ("vague-praise", "Tak for al din hjælpsomme indsats.", "Tak for al din hjælpsomme indsats"),
    # a praise word with a generic noun, standing free
    ("vague-praise", "Fin præstation, Ida.", "Fin præstation"),
    ("vague-praise", "Godt samarbejde!", "Godt samarbejde"),
    ("vague-praise", "Super indsats i år.", "Super indsats"),
    ("vague-praise", "Sikke en flot indsats!", "flot indsats"),
    ("vague-praise", "Hej alle, stærk præstation!", "stærk præstation"),
    ("vague-praise", "Flotte resultater.", "Flotte resultater"),
    ("vague-praise", "Tak for det gode samarbejde.", "Tak for det gode samarbejde"),
    # vague-criticism: an area plus a request frame or a complaint, or a vague phrase
    ("vague-criticism", "Du bør arbejde på din attitude.", "attitude"),
    ("vague-criticism", "Dit engagement har været svingende.", "engagement har været svingende"),
    ("vague-criticism", "Han skal vise mere engagement.", "mere engagement"),
    ("vague-criticism", "Din indsats lever ikke op til kravene.", "lever ikke op til kravene"),
    ("vague-criticism", "Du skal generelt være bedre til at samarbejde.", "samarbejde"),
    ("vague-criticism", "Der har været nogle udfordringer i samarbejdet.", "udfordringer i samarbejdet"),
    ("vague-criticism", "Hun skal tage sig sammen.", "tage sig sammen"),
    ("vague-criticism", "Dine præstationer har været for svingende.", "præstationer"),
    ("vague-criticism", "Samarbejdet med de andre afdelinger fungerer ikke.", "fungerer ikke"),
    ("vague-criticism", "Jeg vil gerne have, at du tager mere ansvar.", "mere ansvar"),
    ("vague-criticism", "Du skal være mere professionel.", "mere professionel"),
    ("vague-criticism", "Din attitude skal ændres.", "attitude skal ændres"),
    ("vague-criticism", "Der er nogle ting, vi skal have rettet op på.", "nogle ting"),
    ("vague-criticism", "Jeg forventer mere af dig.", "forventer mere af dig"),
    ("vague-criticism", "Dit arbejde er ikke godt nok.", "arbejde er ikke godt nok"),
    ("vague-criticism", "Du skal tage mere ejerskab.", "mere ejerskab"),
    ("vague-criticism", "Du mangler overblik.", "mangler overblik"),
    ("vague-criticism", "Der er noget med din attitude, som ikke fungerer.", "attitude"),
    ("vague-criticism", "Jeg savner mere engagement fra dig.", "engagement"),
    ("vague-criticism", "Dit engagement er faldet.", "engagement er faldet"),
    ("vague-criticism", "Du lever ikke op til det, vi forventer.", "lever ikke op til det"),
    ("vague-criticism", "Din performance har været under forventning.", "under forventning"),
    ("vague-criticism", "Der mangler struktur i dit arbejde.", "mangler struktur"),
    ("vague-criticism", "Du skal blive bedre til at planlægge.", "planlægge"),
    ("vague-criticism", "Din kommunikation skal blive bedre. Vi tager det op på mødet torsdag.", "kommunikation skal blive bedre"),
    ("vague-criticism", "Du skal tage mere ansvar for dine egne opgaver.", "mere ansvar"),
    ("vague-criticism", "Du mangler engagement.", "mangler engagement"),
    ("vague-criticism", "Din kommunikation med kunderne kunne være bedre.", "kommunikation med kunderne kunne være bedre"),
    # trait-label: adjectives, nouns, weak labels with "for", goals to change personality
    ("trait-label", "Du er alt for kritisk over for dine kolleger.", "Du er alt for kritisk"),
    ("trait-label", "Han er uprofessionel.", "Han er uprofessionel"),
    ("trait-label", "Hun virker ret uinteresseret i sit arbejde.", "Hun virker ret uinteresseret"),
    ("trait-label", "Du fremstår arrogant.", "Du fremstår arrogant"),
    ("trait-label", "Jens er et problem for teamet.", "Jens er et problem"),
    ("trait-label", "I er for langsomme.", "I er for langsomme"),
    ("trait-label", "Hun er bare ikke en teamplayer.", "Hun er bare ikke en teamplayer"),
    ("trait-label", "Hvorfor er du altid så negativ?", "er du altid så negativ"),
    ("trait-label", "Mål: Ida skal blive mere selvstændig.", "skal blive mere selvstændig"),
    ("trait-label", "Du er ikke særlig engageret.", "Du er ikke særlig engageret"),
    ("trait-label", "Han kan være lidt doven.", "Han kan være lidt doven"),
    ("trait-label", "Du er lidt af en enspænder.", "Du er lidt af en enspænder"),
    ("trait-label", "Han var doven i tirsdags.", "Han var doven"),
    ("trait-label", "mette er alt for negativ", "mette er alt for negativ"),
    ("trait-label", "Du var for stille på møderne.", "Du var for stille"),
    # a trait stays a label at a named time; a state without a time stays a label
    ("trait-label", "Han var umoden over for kunden i går.", "Han var umoden"),
    ("trait-label", "Du virker sur og negativ.", "Du virker sur"),
    ("trait-label", "Jeg synes, du er for kritisk.", "du er for kritisk"),
    ("trait-label", "Hun er usikker.", "Hun er usikker"),
    # absolute: the recipient's own behaviour, in main and subordinate clauses
    ("absolute", "Du kommer konstant for sent.", "konstant"),
    ("absolute", "Hun siger aldrig undskyld.", "aldrig"),
    ("absolute", "Du afbryder mig hele tiden.", "hele tiden"),
    ("absolute", "Han er aldrig forberedt til møderne.", "aldrig"),
    ("absolute", "Hver gang jeg giver dig en opgave, kommer du med indvendinger.", "Hver gang"),
    ("absolute", "I glemmer altid at lukke vinduerne.", "altid"),
    ("absolute", "Jeg har hørt, at Anders gang på gang springer morgenmødet over.", "gang på gang"),
    ("absolute", "Hver gang der er travlt, forsvinder du.", "Hver gang"),
    ("absolute", "Han svarer altid for hurtigt uden at læse hele mailen.", "altid"),
    ("absolute", "sofie kommer altid for sent", "altid"),
    # clefts about the recipient
    ("absolute", "Det er altid dig, der kommer for sent.", "altid"),
    ("absolute", "Hvorfor er det altid ham, som skal have det sidste ord?", "altid"),
    ("absolute", "Det er aldrig hende, der tager telefonen.", "aldrig"),
    ("absolute", "Det er hele tiden jer, der larmer.", "hele tiden"),
    ("absolute", "Det er dig, der altid glemmer at låse.", "altid"),
    # a verb that shares a stem with "Husk"/"Sørg" is behaviour, not a rule
    ("absolute", "Du husker aldrig at logge ud.", "aldrig"),
    ("absolute", "Han huskede aldrig at ringe tilbage.", "aldrig"),
    ("absolute", "Hun sørger aldrig for at melde afbud.", "aldrig"),
    # spacing does not hide the word
    ("absolute", "Du kommer  altid for sent.", "altid"),
    ("absolute", "Du  afbryder   konstant.", "konstant"),
    ("absolute", "Hun svarer\taldrig på mails.", "aldrig"),
    ("absolute", "Du afbryder hele  tiden.", "hele  tiden"),
    ("absolute", "Hver  gang vi har travlt, melder han sig syg.", "Hver  gang"),
    ("absolute", "Det er altid ham der kommer for sent.", "altid"),
    ("absolute", "Du tøver altid med at sige fra.", "altid"),
]

CLEAN = [
    # concrete praise, and a stock opener or closer next to a concrete sentence
    ("vague-praise", "Godt arbejde med kundemødet hos Arla i tirsdags: du fik aftalen på plads."),
    ("vague-praise", "Flot arbejde med budgettet – tallene stemte til sidste krone."),
    ("vague-praise", "Tak for din indsats på lageret under julestormen."),
    ("vague-praise", "Du gør det godt med de nye elever – de tør nu at stille spørgsmål i timerne."),
    ("vague-praise", "Du fik styr på alle 40 restordrer, før kunden ringede. Godt klaret!"),
    ("vague-praise", "Hanne er fagligt meget dygtig og kender alle systemerne ud og ind."),
    ("vague-praise", "Du har ikke leveret som forventet i dette kvartal."),
    ("vague-praise", "Han lever ikke helt op til forventningerne."),
    ("vague-praise", "Godt arbejde med skemaerne – forældrene har ikke haft et eneste spørgsmål."),
    ("vague-praise", "Det ser flot ud med de nye skilte i receptionen."),
    ("vague-praise", "Du har gjort en forskel for beboerne på afdeling B, især i aftenvagterne."),
    ("vague-praise", "Anne er hjælpsom og vidende, men kan være svær at få fat i."),
    ("vague-praise", "Jeg synes selv, jeg har gjort det godt i år, men jeg vil gerne høre din vurdering."),
    ("vague-praise", "Du klarede dig godt i forhandlingen med leverandøren: du holdt fast i prisen."),
    ("vague-praise", "Hvordan klarer du dig med de nye opgaver?"),
    ("vague-praise", "Du klarer dig ikke godt nok på målingerne."),
    ("vague-praise", "Du leverer varerne til butikken om morgenen."),
    ("vague-praise", "Jeg er tilfreds med din indsats på Nordea-projektet, hvor du fik testene automatiseret."),
    ("vague-praise", "Jeg er ikke helt tilfreds med dit arbejde."),
    ("vague-praise", "Jeg er mindre tilfreds med din indsats i år."),
    ("vague-praise", "Du er selv tilfreds med din indsats."),
    ("vague-praise", "Er du tilfreds med din indsats?"),
    ("vague-praise", "Stor tak for din indsats under flytningen, hvor du pakkede serverrummet ned."),
    ("vague-praise", "Stor tak for hjælpen."),
    ("vague-praise", "Flot indsats ved brandøvelsen: alle var ude på under tre minutter."),
    ("vague-praise", "Godt samarbejde kræver, at vi deler viden."),
    ("vague-praise", "Vi har et godt samarbejde med kommunen."),
    ("vague-praise", "Godt samarbejde med lageret om returvarerne gjorde, at vi nåede alle ordrer."),
    ("vague-praise", "Tak for samarbejdet."),
    ("vague-praise", "Hej Kim\nFlot indsats!\nDu fik alle 40 ordrer pakket før lukketid."),
    ("vague-praise", "Gode resultater kræver tid."),
    ("vague-praise", "Jeg klarer mig fint, tak."),
    # concrete or forward criticism, self-critique, own wishes, questions, praise of growth
    ("vague-criticism", "På mødet i tirsdags afbrød du Line to gange; næste gang vil jeg gerne, at du lader hende tale færdig."),
    ("vague-criticism", "Vi skal blive bedre til at kommunikere på tværs af teams."),
    ("vague-criticism", "Hvordan kan vi styrke samarbejdet mellem dag- og aftenvagten?"),
    ("vague-criticism", "Du har selv sagt, at du gerne vil tage mere ansvar for planlægningen."),
    ("vague-criticism", "Kvaliteten af dine rapporter er steget markant i år."),
    ("vague-criticism", "Samarbejdet med backoffice er blevet meget bedre."),
    ("vague-criticism", "Du forventes at tage ansvar for vagtplanen, når Lone er på ferie."),
    ("vague-criticism", "Din kommunikation med kunderne skal blive bedre. Fx svarede du først på Hansens mail efter ni dage."),
    ("vague-criticism", "Referaterne kunne godt strammes op, så beslutningerne står øverst."),
    ("vague-criticism", "Du nævnte, at du gerne vil have mere ansvar. Hvad tænker du om at lede næste demo?"),
    ("vague-criticism", "Halima vil gerne styrke sin kommunikation med kunderne og har selv foreslået et kursus."),
    ("vague-criticism", "Du har fået mere ansvar i år, og det har du håndteret flot."),
    ("vague-criticism", "Du bør få mere ansvar i teamet, og det vil jeg arbejde for."),
    ("vague-criticism", "Din kommunikation med kunderne skal blive bedre. Hansen ventede ni dage på svar i sidste uge."),
    ("vague-criticism", "I tirsdags afbrød du kunden to gange. Din kommunikation skal blive bedre."),
    ("vague-criticism", "Aftale: Du skal tage mere ansvar for kundeopfølgningen."),
    ("vague-criticism", "Hun har selv nævnt, at hun savner faglig sparring."),
    ("vague-criticism", "Hvis du har lyst, kunne du tage mere ansvar for onboarding af de nye."),
    # praise in a negated complaint, conditions and offers, someone else's area
    ("vague-criticism", "Du mangler ikke engagement."),
    ("vague-criticism", "Hvis du mangler overblik, kan vi sammen lave en liste."),
    ("vague-criticism", "Mangler du overblik, så sig til."),
    ("vague-criticism", "Du skal have mere ansvar, for du er klar til det."),
    ("vague-criticism", "Kunden skal have bedre kommunikation fra os."),
    ("vague-criticism", "Kommunikationen fra ledelsen skal blive bedre, og det tager jeg på mig."),
    ("vague-criticism", "Virksomhedens kommunikation kunne være bedre."),
    ("vague-criticism", "Kan vi gøre kommunikationen bedre?"),
    # states, facts, descriptions without excess, questions about a state, other people
    ("trait-label", "Du var stille på mødet i går – var der noget, der gik dig på?"),
    ("trait-label", "Det var en travl dag, og du virkede træt."),
    ("trait-label", "Rapporten er for lang."),
    ("trait-label", "Du er ikke doven – du har bare for mange opgaver."),
    ("trait-label", "Du er ikke noget problem for teamet, tværtimod."),
    ("trait-label", "Du er kritisk over for kilderne."),
    ("trait-label", "Kunden var aggressiv i telefonen."),
    ("trait-label", "Teamet er for passivt, når der kommer nye opgaver."),
    ("trait-label", "Hun er ny i teamet og stadig lidt usikker på systemet."),
    ("trait-label", "Er du sur på mig?"),
    ("trait-label", "Du er for hård ved dig selv."),
    ("trait-label", "Du var for stille på mødet i går – hvad skete der?"),
    # how someone came across at a named time is an observation; so is a passing state then
    ("trait-label", "Du virkede lidt sur på tavlemødet i tirsdags – var der noget galt?"),
    ("trait-label", "Hun virkede usikker under præsentationen torsdag."),
    ("trait-label", "Han virkede fraværende til morgenmødet i dag."),
    ("trait-label", "Du var sur i går, da jeg spurgte til tallene."),
    # conditions and the person's own view are no verdict
    ("trait-label", "Hvis du er usikker, så ring til mig."),
    ("trait-label", "Synes du selv, du er for kritisk?"),
    ("trait-label", "Oplever du selv, at du er for stille på møderne?"),
    # praise and growth
    ("trait-label", "Du er positiv og engageret."),
    ("trait-label", "Du er blevet mindre usikker i år."),
    # offers, rules, norms, praise, other subjects
    ("absolute", "Du kan altid ringe til mig."),
    ("absolute", "Jeg er altid glad for at hjælpe dig."),
    ("absolute", "Vi holder altid tavlemøde kl. 9."),
    ("absolute", "Du skal altid logge ud, når du forlader pc'en."),
    ("absolute", "Husk altid at bruge handsker."),
    ("absolute", "Du har altid været en god kollega."),
    ("absolute", "Du møder altid velforberedt op."),
    ("absolute", "Du er aldrig alene med de svære sager."),
    ("absolute", "Du behøver aldrig at undskylde."),
    ("absolute", "Kunderne klager altid over ventetiden."),
    ("absolute", "Du har aldrig fået den oplæring, du skulle have, og det er min fejl."),
    ("absolute", "Du ved, at du altid kan komme til mig."),
    ("absolute", "Hun har aldrig før haft personaleansvar, så vi laver en plan sammen."),
    ("absolute", "Hun har aldrig været sygemeldt."),
    ("absolute", "Du kommer aldrig for sent."),
    ("absolute", "Fremover bruger du sele, hver gang du går op på taget."),
    ("absolute", "Du har altid styr på dine sager, og det gør det let for os andre at overtage."),
    ("absolute", "Du er aldrig bange for at stille spørgsmål, og det er en styrke."),
    ("absolute", "Hun er altid den første til at melde sig, når der skal tages ekstravagter."),
    ("absolute", "Hvordan sikrer vi, at du altid har det rette udstyr med?"),
    ("absolute", "Han svarer altid hurtigt på mails fra kunderne."),
    ("absolute", "Hver gang vi har haft en ny kollega, har du taget dig af introduktionen. Tak for det!"),
    ("absolute", "Husk altid at låse døren, når du går."),
    ("absolute", "Husk at logge ud, hver gang du går."),
    ("absolute", "Det er ikke altid dig, der skal tage telefonen."),
    ("absolute", "Det er altid kunden, der bestemmer."),
    ("absolute", "Det er altid dig, der hjælper de nye i gang."),
    ("absolute", "Det er altid dig, der tager ansvar, når det brænder på."),
    ("absolute", "Mads leverer altid varen."),
    ("absolute", "Du har aldrig  før haft personaleansvar."),
    ("absolute", "Jeg husker aldrig selv at logge ud."),
    ("absolute", "Du sørger altid for, at der er kaffe."),
    ("absolute", "Du husker altid at takke de frivillige."),
    ("absolute", "Det er altid dig, jeg ringer til, når det brænder på."),
]


@pytest.mark.parametrize("category,text,excerpt", FLAGGED, ids=[f"{c}:{t[:30]}" for c, t, _ in FLAGGED])
def test_flagged(mine: Linter, category: str, text: str, excerpt: str):
    found = _findings(mine, text, category)
    assert found, f"{category} should flag {text!r}"
    pos = text.index(excerpt)
    assert any(f.start < pos + len(excerpt) and pos < f.end for f in found), (
        f"{category} finding {[f.excerpt for f in found]} should overlap {excerpt!r}"
    )


@pytest.mark.parametrize("category,text", CLEAN, ids=[f"{c}:{t[:30]}" for c, t in CLEAN])
def test_clean(mine: Linter, category: str, text: str):
    found = _findings(mine, text, category)
    assert not found, f"{category} should stay clean on {text!r}, flagged {[f.excerpt for f in found]}"


# -- rewrites --------------------------------------------------------------------
def _apply(text: str, s) -> str:
    return text[: s.start] + s.text + text[s.end :]


@pytest.mark.parametrize("category,text,_excerpt", FLAGGED, ids=[f"{c}:{t[:30]}" for c, t, _ in FLAGGED])
def test_rewrite_does_not_retrigger(mine: Linter, category: str, text: str, _excerpt: str):
    for f in _findings(mine, text, category):
        assert f.suggestions, f"no suggestion for {f.excerpt!r}"
        s = f.suggestions[0]
        new = _apply(text, s)
        again = [g for g in _findings(mine, new, category) if g.start < s.start + len(s.text) and s.start < g.end]
        assert not again, f"rewrite {new!r} still has {category}: {[g.excerpt for g in again]}"


@pytest.mark.parametrize(
    "text,expected",
    [
        # the subject's person and the possessive follow the sentence
        ("Han er for passiv på tavlemøderne.", "Jeg har bemærket, at han venter på, at andre tager initiativet på tavlemøderne — jeg vil spørge, hvad han selv tror, der ligger bag det."),
        ("I er for stille.", "Jeg har bemærket, at I sidder stille og siger mindre [i hvilke situationer] — hvad tror I selv, der ligger bag det?"),
        ("Hun er stædig.", "Jeg har bemærket, at hun holder fast i sin egen løsning [i hvilke situationer] — jeg vil spørge, hvad hun selv tror, der ligger bag det."),
        ("Du er for stædig.", "Jeg har bemærket, at du holder fast i din egen løsning [i hvilke situationer] — hvad tror du selv, der ligger bag det?"),
    ],
)
def test_trait_label_rewrite_keeps_person_and_setting(mine: Linter, text: str, expected: str):
    (f,) = _findings(mine, text, "trait-label")
    assert _apply(text, f.suggestions[0]) == expected


@pytest.mark.parametrize(
    "text,kept",
    [
        # the definite form, the possessive and the prepositional tail of the area stay as written
        ("Kommunikationen med kunderne skal blive bedre.", "Om kommunikationen med kunderne:"),
        ("Dit samarbejde med lageret bør forbedres.", "Om dit samarbejde med lageret:"),
        ("Hun skal arbejde på sin holdning.", "Om hendes holdning:"),
        ("Du skal blive bedre til at kommunikere.", "Om kommunikationen:"),
        ("Kvaliteten af dit arbejde svinger.", "Om kvaliteten af dit arbejde:"),
        # the request's own verb stays, softeners go
        ("Han burde tage lidt mere ansvar.", "Om at tage mere ansvar:"),
    ],
)
def test_vague_criticism_rewrite_keeps_area(mine: Linter, text: str, kept: str):
    (f,) = _findings(mine, text, "vague-criticism")
    new = _apply(text, f.suggestions[0])
    assert new.startswith(kept), new
    assert "[hvilken situation]" in new and "næste gang" in new


def test_vague_criticism_rewrite_keeps_praise_as_its_own_sentence(mine: Linter):
    text = "Flot oplæg, men din kommunikation skal blive bedre."
    (f,) = _findings(mine, text, "vague-criticism")
    new = _apply(text, f.suggestions[0])
    assert new.startswith("Flot oplæg. Om din kommunikation:")
    assert " men " not in new


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hun kommer altid for sent.", "Hun kommer for sent [hvornår, og hvor mange gange]."),
        ("Du siger aldrig fra, før det er for sent.", "Du siger ikke fra [hvornår, og hvor mange gange], før det er for sent."),
        ("Hver gang vi har travlt, melder han sig syg.", "Når vi har travlt, melder han sig syg [hvilke konkrete gange]."),
    ],
)
def test_absolute_rewrite_replaces_only_the_sweeping_word(mine: Linter, text: str, expected: str):
    (f,) = _findings(mine, text, "absolute")
    assert _apply(text, f.suggestions[0]) == expected


def test_vague_praise_rewrite_keeps_the_praise_and_asks_for_sbi(mine: Linter):
    text = "Hej Sanne\nTak for din indsats i år.\nMvh Ole"
    (f,) = _findings(mine, text, "vague-praise")
    new = _apply(text, f.suggestions[0])
    assert new == "Hej Sanne\nTak for din indsats i år, fx da du [hvad du gjorde] i [hvilken situation], og det betød [hvilken effekt].\nMvh Ole"


def test_third_person_praise_rewrite_names_the_person(mine: Linter):
    text = "Lone er en rigtig god kollega."
    (f,) = _findings(mine, text, "vague-praise")
    assert "fx da Lone [hvad Lone gjorde]" in f.suggestions[0].text


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_each_line_is_judged_on_its_own_whatever_the_line_ending(mine: Linter, ending: str):
    # a greeting or a label on the line before must not make stock praise look concrete
    text = ending.join(["Hej Mads", "Du er for stille.", "Godt arbejde!"])
    found = {f.category.value: f.excerpt for f in mine.lint(text).findings}
    assert found == {"trait-label": "Du er for stille", "vague-praise": "Godt arbejde"}


def test_vague_criticism_rewrite_keeps_a_following_clause(mine: Linter):
    text = "Din kommunikation skal dog blive bedre, og du er for stille på møderne."
    (f,) = _findings(mine, text, "vague-criticism")
    assert _apply(text, f.suggestions[0]).endswith("næste gang? Du er for stille på møderne.")


def test_greeting_name_is_the_addressee_in_praise_rewrites(mine: Linter):
    text = "Hej Thomas\nGodt arbejde i år!"
    (f,) = _findings(mine, text, "vague-praise")
    assert "fx da du [hvad du gjorde]" in f.suggestions[0].text
