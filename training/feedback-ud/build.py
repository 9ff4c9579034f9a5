"""Generate training/feedback-ud/{train,test}.conllu from hand-written UD trees.

Every sentence frame below is a hand-annotated UD (Danish-DDT conventions)
tree; slot tokens ($NAME, $TRAIT, ...) are filled from hand-written lexicon
entries that carry their own lemma / UPOS / features, so every generated
sentence is a fully annotated CoNLL-U tree.  Frames marked ``test_only`` and
the held-out filler values are used only for test.conllu, which is never
trained on.  Deterministic (seeded); rerun with

    .venv/bin/python training/feedback-ud/build.py

Token line format inside a frame:  FORM LEMMA UPOS FEATS HEAD DEPREL
(LEMMA "=" means the lowercased form; FEATS may be an alias from FEATS below.)
A slot line is:  $SLOT HEAD DEPREL
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FEATS = {
    "DU": "Case=Nom|Gender=Com|Number=Sing|Person=2|PronType=Prs",
    "DIG": "Case=Acc|Gender=Com|Number=Sing|Person=2|PronType=Prs",
    "JEG": "Case=Nom|Gender=Com|Number=Sing|Person=1|PronType=Prs",
    "MIG": "Case=Acc|Gender=Com|Number=Sing|Person=1|PronType=Prs",
    "VI": "Case=Nom|Gender=Com|Number=Plur|Person=1|PronType=Prs",
    "OS": "Case=Acc|Gender=Com|Number=Plur|Person=1|PronType=Prs",
    "HAN": "Case=Nom|Gender=Com|Number=Sing|Person=3|PronType=Prs",
    "HUN": "Case=Nom|Gender=Com|Number=Sing|Person=3|PronType=Prs",
    "DE": "Case=Nom|Number=Plur|Person=3|PronType=Prs",
    "DEN": "Case=Acc|Gender=Com|Number=Sing|Person=3|PronType=Prs",
    "DET": "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs",
    "DEM": "Case=Acc|Number=Plur|Person=3|PronType=Prs",
    "SIG": "Case=Acc|Person=3|PronType=Prs|Reflex=Yes",
    "DIN": "Gender=Com|Number=Sing|Number[psor]=Sing|Person=2|Poss=Yes|PronType=Prs",
    "DIT": "Gender=Neut|Number=Sing|Number[psor]=Sing|Person=2|Poss=Yes|PronType=Prs",
    "DINE": "Number=Plur|Number[psor]=Sing|Person=2|Poss=Yes|PronType=Prs",
    "VORES": "Number[psor]=Plur|Person=1|Poss=Yes|PronType=Prs",
    "HANS": "Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs",
    "PRES": "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act",
    "PAST": "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act",
    "PRESP": "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass",
    "PASTP": "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass",
    "INF": "VerbForm=Inf|Voice=Act",
    "INFP": "VerbForm=Inf|Voice=Pass",
    "PART": "Definite=Ind|Number=Sing|Tense=Past|VerbForm=Part",
    "IMP": "Mood=Imp",
    "NCSI": "Definite=Ind|Gender=Com|Number=Sing",
    "NCSD": "Definite=Def|Gender=Com|Number=Sing",
    "NNSI": "Definite=Ind|Gender=Neut|Number=Sing",
    "NNSD": "Definite=Def|Gender=Neut|Number=Sing",
    "NCPI": "Definite=Ind|Gender=Com|Number=Plur",
    "NCPD": "Definite=Def|Gender=Com|Number=Plur",
    "NNPI": "Definite=Ind|Gender=Neut|Number=Plur",
    "NNPD": "Definite=Def|Gender=Neut|Number=Plur",
    "ACS": "Definite=Ind|Degree=Pos|Gender=Com|Number=Sing",
    "ANS": "Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing",
    "AS": "Definite=Ind|Degree=Pos|Number=Sing",
    "AP": "Degree=Pos|Number=Plur",
    "ADEF": "Definite=Def|Degree=Pos|Number=Sing",
    "A0": "Degree=Pos",
    "ACMP": "Degree=Cmp",
    "ASUP": "Definite=Def|Degree=Sup",
    "ADVP": "Degree=Pos",
    "ADVC": "Degree=Cmp",
    "PREP": "AdpType=Prep",
    "EN": "Gender=Com|Number=Sing|PronType=Ind",
    "ET": "Gender=Neut|Number=Sing|PronType=Ind",
    "DEMC": "Gender=Com|Number=Sing|PronType=Dem",
    "DEMN": "Gender=Neut|Number=Sing|PronType=Dem",
    "CARD": "NumType=Card",
    "ORD": "NumType=Ord",
    "INFM": "PartType=Inf",
    "HVAD": "Number=Sing|PronType=Int,Rel",
    "HVEM": "Gender=Com|PronType=Int,Rel",
    "NOGET": "Gender=Neut|Number=Sing|PronType=Ind",
    "ALLE": "Degree=Pos|Number=Plur",
    "FLERE": "Degree=Cmp|Number=Plur",
}

# ---------------------------------------------------------------- lexicon
# entry: form lemma UPOS FEATS ; lists are split into (train, test) fillers
def L(s):
    out = []
    for item in s.strip().split(";"):
        item = item.strip()
        if item:
            f, lem, up, ft = item.split()
            out.append((f, lem, up, FEATS.get(ft, ft)))
    return out


SLOTS = {
    "NAME": (L("""Peter Peter PROPN _; Mette Mette PROPN _; Anna Anna PROPN _; Lars Lars PROPN _;
                  Sofie Sofie PROPN _; Jonas Jonas PROPN _; Camilla Camilla PROPN _; Mikkel Mikkel PROPN _;
                  Louise Louise PROPN _; Henrik Henrik PROPN _; Maria Maria PROPN _; Kasper Kasper PROPN _"""),
             L("""Karen Karen PROPN _; Thomas Thomas PROPN _; Søren Søren PROPN _; Ida Ida PROPN _;
                  Morten Morten PROPN _""")),
    # predicative personality adjectives, common gender singular
    "TRAIT": (L("""stille stille ADJ A0; doven doven ADJ ACS; sur sur ADJ ACS; negativ negativ ADJ ACS;
                   arrogant arrogant ADJ AS; sløset sløset ADJ AS; usikker usikker ADJ ACS;
                   utålmodig utålmodig ADJ ACS; genert genert ADJ AS; passiv passiv ADJ ACS;
                   rodet rodet ADJ AS; nervøs nervøs ADJ ACS; kritisk kritisk ADJ AS;
                   langsom langsom ADJ ACS; uengageret uengageret ADJ AS; egoistisk egoistisk ADJ AS;
                   konfliktsky konfliktsky ADJ ACS; tilbageholdende tilbageholdende ADJ A0;
                   irriterende irriterende ADJ A0; stædig stædig ADJ ACS; umoden umoden ADJ ACS;
                   ufokuseret ufokuseret ADJ AS; glad glad ADJ AS; dominerende dominerende ADJ A0"""),
              L("""uorganiseret uorganiseret ADJ AS; forsigtig forsigtig ADJ ACS; indadvendt indadvendt ADJ AS;
                   uforskammet uforskammet ADJ AS; ligeglad ligeglad ADJ AS; stille stille ADJ A0;
                   doven doven ADJ ACS; sur sur ADJ ACS""")),
    "GOODTRAIT": (L("""dygtig dygtig ADJ ACS; flittig flittig ADJ ACS; grundig grundig ADJ ACS;
                       hjælpsom hjælpsom ADJ ACS; venlig venlig ADJ ACS; positiv positiv ADJ ACS;
                       engageret engageret ADJ AS; struktureret struktureret ADJ AS; effektiv effektiv ADJ ACS;
                       pålidelig pålidelig ADJ ACS; kreativ kreativ ADJ ACS; tålmodig tålmodig ADJ ACS;
                       omhyggelig omhyggelig ADJ ACS; nysgerrig nysgerrig ADJ ACS"""),
                  L("""loyal loyal ADJ ACS; ambitiøs ambitiøs ADJ ACS; imødekommende imødekommende ADJ A0;
                       samarbejdsvillig samarbejdsvillig ADJ ACS""")),
    # neuter predicative adjectives (evaluations)
    "NADJ": (L("""flot flot ADJ ANS; godt god ADJ ANS; fint fin ADJ ANS; stærkt stærk ADJ ANS;
                  modigt modig ADJ ANS; klogt klog ADJ ANS; imponerende imponerende ADJ A0;
                  dejligt dejlig ADJ ANS; rart rar ADJ ANS; vigtigt vigtig ADJ ANS"""),
             L("""fantastisk fantastisk ADJ ANS; professionelt professionel ADJ ANS; godt god ADJ ANS;
                  flot flot ADJ ANS""")),
    # attributive adjective before common-gender indefinite noun
    "ACOM": (L("""Flot flot ADJ AS; Fin fin ADJ ACS; God god ADJ ACS; Grundig grundig ADJ ACS;
                  Solid solid ADJ ACS; Stærk stærk ADJ ACS"""),
             L("""Fremragende fremragende ADJ A0; Flot flot ADJ AS; God god ADJ ACS""")),
    # common gender indefinite singular work products
    "NCI": (L("""rapport rapport NOUN NCSI; præsentation præsentation NOUN NCSI; analyse analyse NOUN NCSI;
                 plan plan NOUN NCSI; opgave opgave NOUN NCSI; mail mail NOUN NCSI; tidsplan tidsplan NOUN NCSI;
                 kampagne kampagne NOUN NCSI; aflevering aflevering NOUN NCSI"""),
            L("""redegørelse redegørelse NOUN NCSI; opsummering opsummering NOUN NCSI; strategi strategi NOUN NCSI""")),
    # definite objects (mixed gender/number)
    "OBJ": (L("""rapporten rapport NOUN NCSD; præsentationen præsentation NOUN NCSD; analysen analyse NOUN NCSD;
                 budgettet budget NOUN NNSD; planen plan NOUN NCSD; tilbuddet tilbud NOUN NNSD;
                 oplægget oplæg NOUN NNSD; referatet referat NOUN NNSD; kontrakten kontrakt NOUN NCSD;
                 fakturaen faktura NOUN NCSD; tallene tal NOUN NNPD; materialet materiale NOUN NNSD;
                 udkastet udkast NOUN NNSD; tidsplanen tidsplan NOUN NCSD; opgaven opgave NOUN NCSD;
                 regnskabet regnskab NOUN NNSD; mailen mail NOUN NCSD; koden kode NOUN NCSD;
                 testene test NOUN NCPD; slidesene slide NOUN NCPD"""),
            L("""årsrapporten årsrapport NOUN NCSD; kalkulen kalkule NOUN NCSD; projektplanen projektplan NOUN NCSD;
                 notatet notat NOUN NNSD; dokumentationen dokumentation NOUN NCSD; statussen status NOUN NCSD""")),
    "DAY": (L("""mandag mandag NOUN NCSI; tirsdag tirsdag NOUN NCSI; onsdag onsdag NOUN NCSI;
                 torsdag torsdag NOUN NCSI; fredag fredag NOUN NCSI"""),
            L("""fredag fredag NOUN NCSI; mandag mandag NOUN NCSI; onsdag onsdag NOUN NCSI""")),
    # imperative transitive verbs
    "IMPV": (L("""Send sende VERB IMP; Tjek tjekke VERB IMP; Husk huske VERB IMP; Lav lave VERB IMP;
                  Skriv skrive VERB IMP; Ret rette VERB IMP; Læs læse VERB IMP; Gennemgå gennemgå VERB IMP;
                  Opdater opdatere VERB IMP; Del dele VERB IMP; Færdiggør færdiggøre VERB IMP;
                  Aflever aflevere VERB IMP; Find finde VERB IMP; Forbered forberede VERB IMP;
                  Prioriter prioritere VERB IMP; Dobbelttjek dobbelttjekke VERB IMP; Gem gemme VERB IMP;
                  Print printe VERB IMP; Upload uploade VERB IMP; Godkend godkende VERB IMP"""),
             L("""Send sende VERB IMP; Tjek tjekke VERB IMP; Husk huske VERB IMP; Kontroller kontrollere VERB IMP;
                  Rediger redigere VERB IMP; Underskriv underskrive VERB IMP; Afslut afslutte VERB IMP;
                  Vis vise VERB IMP""")),
    # past finite transitive verbs
    "PASTV": (L("""sendte sende VERB PAST; afleverede aflevere VERB PAST; leverede levere VERB PAST;
                   præsenterede præsentere VERB PAST; glemte glemme VERB PAST; skrev skrive VERB PAST;
                   rettede rette VERB PAST; opdaterede opdatere VERB PAST; lavede lave VERB PAST;
                   gennemgik gennemgå VERB PAST; delte dele VERB PAST; tjekkede tjekke VERB PAST;
                   færdiggjorde færdiggøre VERB PAST; læste læse VERB PAST"""),
              L("""udarbejdede udarbejde VERB PAST; fremlagde fremlægge VERB PAST; indsendte indsende VERB PAST;
                   sendte sende VERB PAST; glemte glemme VERB PAST""")),
    # past participles of the same verbs (perfect tense)
    "PARTV": (L("""sendt sende VERB PART; afleveret aflevere VERB PART; leveret levere VERB PART;
                   præsenteret præsentere VERB PART; glemt glemme VERB PART; skrevet skrive VERB PART;
                   rettet rette VERB PART; opdateret opdatere VERB PART; lavet lave VERB PART;
                   gennemgået gennemgå VERB PART; delt dele VERB PART; tjekket tjekke VERB PART"""),
              L("""udarbejdet udarbejde VERB PART; fremlagt fremlægge VERB PART; forberedt forberede VERB PART""")),
    # infinitives of the same verbs
    "INFV": (L("""sende sende VERB INF; aflevere aflevere VERB INF; levere levere VERB INF;
                  præsentere præsentere VERB INF; skrive skrive VERB INF; rette rette VERB INF;
                  opdatere opdatere VERB INF; lave lave VERB INF; gennemgå gennemgå VERB INF;
                  dele dele VERB INF; tjekke tjekke VERB INF; færdiggøre færdiggøre VERB INF"""),
             L("""udarbejde udarbejde VERB INF; fremlægge fremlægge VERB INF; forberede forberede VERB INF""")),
    # passive -s present/past forms
    "PASSV": (L("""sendes sende VERB INFP; afleveres aflevere VERB INFP; rettes rette VERB INFP;
                   opdateres opdatere VERB INFP; gennemgås gennemgå VERB INFP; godkendes godkende VERB INFP;
                   tjekkes tjekke VERB INFP"""),
              L("""færdiggøres færdiggøre VERB INFP; underskrives underskrive VERB INFP""")),
    # intransitive past verbs for "X kom for sent"-type criticism
    "PASTI": (L("""kom komme VERB PAST; mødte møde VERB PAST; svarede svare VERB PAST; gik gå VERB PAST;
                   afleverede aflevere VERB PAST; reagerede reagere VERB PAST"""),
              L("""ankom ankomme VERB PAST; kom komme VERB PAST""")),
    "HEDGE": (L("""måske måske ADV _; eventuelt eventuelt ADV _; lidt lidt ADV ADVP"""),
              L("""måske måske ADV _; eventuelt eventuelt ADV _""")),
    "MEETING": (L("""mødet møde NOUN NNSD; workshoppen workshop NOUN NCSD; præsentationen præsentation NOUN NCSD;
                     kundemødet kundemøde NOUN NNSD; statusmødet statusmøde NOUN NNSD; morgenmødet morgenmøde NOUN NNSD"""),
                L("""afdelingsmødet afdelingsmøde NOUN NNSD; seminaret seminar NOUN NNSD""")),
    "TIME": (L("""10 10 NUM CARD; 9 9 NUM CARD; 14 14 NUM CARD; 11 11 NUM CARD; 13 13 NUM CARD"""),
             L("""15 15 NUM CARD; 8 8 NUM CARD""")),
    "CLOCK": (L("""10.30 10.30 NUM CARD; 9.15 9.15 NUM CARD; 13.45 13.45 NUM CARD; 8.30 8.30 NUM CARD"""),
              L("""14.30 14.30 NUM CARD; 11.15 11.15 NUM CARD""")),
    "DATE": (L("""3/4 3/4 NUM CARD; 12/5 12/5 NUM CARD; 1/9 1/9 NUM CARD; 20/11 20/11 NUM CARD; 15/1 15/1 NUM CARD"""),
             L("""7/6 7/6 NUM CARD; 28/2 28/2 NUM CARD""")),
    "COMPADJ": (L("""bedre god ADJ ACMP; tydeligere tydelig ADJ ACMP; grundigere grundig ADJ ACMP;
                     hurtigere hurtig ADJ ACMP; kortere kort ADJ ACMP"""),
                L("""skarpere skarp ADJ ACMP; enklere enkel ADJ ACMP""")),
    "COMPADV": (L("""bedre godt ADV ADVC; hurtigere hurtigt ADV ADVC; tydeligere tydeligt ADV ADVC;
                     oftere ofte ADV ADVC; tidligere tidligt ADV ADVC; grundigere grundigt ADV ADVC"""),
                L("""roligere roligt ADV ADVC; klarere klart ADV ADVC""")),
    "QUAL": (L("""god god ADJ ACS; grundig grundig ADJ ACS; solid solid ADJ ACS; klar klar ADJ ACS;
                  overskuelig overskuelig ADJ ACS; gennemarbejdet gennemarbejdet ADJ AS; flot flot ADJ AS"""),
             L("""præcis præcis ADJ ACS; velskrevet velskrevet ADJ AS""")),
    "COURSE": (L("""kursus kursus NOUN NNSI; efteruddannelse efteruddannelse NOUN NCSI; træning træning NOUN NCSI;
                    coaching coaching NOUN NCSI"""),
               L("""kursus kursus NOUN NNSI; mentorforløb mentorforløb NOUN NNSI""")),
}

# ---------------------------------------------------------------- frames
# (id, n_train, n_test, test_only, frame-text)
FRAMES = []


def F(n_train, n_test, text, test_only=False):
    FRAMES.append((len(FRAMES), n_train, n_test, test_only, text.strip("\n")))


# --- personality labels
F(12, 4, """
Du du PRON DU 4 nsubj
er være AUX PRES 4 cop
for for ADV _ 4 advmod
$TRAIT 0 root
. . PUNCT _ 4 punct""")
F(14, 5, """
$NAME 3 nsubj
er være AUX PRES 3 cop
$TRAIT 0 root
. . PUNCT _ 3 punct""")
F(8, 3, """
$NAME 4 nsubj
er være AUX PRES 4 cop
meget meget ADV ADVP 4 advmod
$TRAIT 0 root
i i ADP PREP 6 case
møderne møde NOUN NNPD 4 obl
. . PUNCT _ 4 punct""")
F(8, 2, """
Du du PRON DU 2 nsubj
virker virke VERB PRES 0 root
$TRAIT 2 xcomp
, , PUNCT _ 7 punct
når når SCONJ _ 7 mark
du du PRON DU 7 nsubj
præsenterer præsentere VERB PRES 2 advcl
. . PUNCT _ 2 punct""")
F(8, 2, """
Du du PRON DU 4 nsubj
har have AUX PRES 4 aux
været være AUX PART 4 cop
$TRAIT 0 root
på på ADP PREP 7 case
det den DET DEMN 7 det
seneste sen ADJ ASUP 4 obl
. . PUNCT _ 4 punct""")
F(8, 3, """
Jeg jeg PRON JEG 2 nsubj
synes synes VERB PRES 0 root
, , PUNCT _ 9 punct
at at SCONJ _ 9 mark
du du PRON DU 9 nsubj
måske måske ADV _ 9 advmod
er være AUX PRES 9 cop
lidt lidt ADV ADVP 9 advmod
$TRAIT 2 ccomp
. . PUNCT _ 2 punct""")
F(6, 2, """
Hun hun PRON HUN 3 nsubj
er være AUX PRES 3 cop
$TRAIT 0 root
og og CCONJ _ 5 cc
$TRAIT 3 conj
. . PUNCT _ 3 punct""")
F(0, 3, """
Han han PRON HAN 4 nsubj
var være AUX PAST 4 cop
ofte ofte ADV ADVP 4 advmod
$TRAIT 0 root
over over ADP PREP 7 case
for for ADP PREP 5 fixed
kollegerne kollega NOUN NCPD 4 obl
. . PUNCT _ 4 punct""", test_only=True)
F(6, 2, """
Du du PRON DU 2 nsubj
bliver blive VERB PRES 0 root
$TRAIT 2 xcomp
, , PUNCT _ 7 punct
når når SCONJ _ 7 mark
der der PRON _ 7 expl
er være VERB PRES 2 advcl
travlt travl ADJ ANS 7 xcomp
. . PUNCT _ 2 punct""")
F(6, 2, """
$NAME 4 nsubj
er være AUX PRES 4 cop
ikke ikke ADV _ 4 advmod
$TRAIT 0 root
. . PUNCT _ 4 punct""")
# --- praise
F(10, 3, """
Du du PRON DU 4 nsubj
er være AUX PRES 4 cop
rigtig rigtig ADV ADVP 4 advmod
$GOODTRAIT 0 root
. . PUNCT _ 4 punct""")
F(8, 3, """
$NAME 3 nsubj
var være AUX PAST 3 cop
$GOODTRAIT 0 root
under under ADP PREP 5 case
$MEETING 3 obl
. . PUNCT _ 3 punct""")
F(8, 3, """
Det det PRON DET 3 expl
var være AUX PAST 3 cop
$NADJ 0 root
, , PUNCT _ 7 punct
at at SCONJ _ 7 mark
du du PRON DU 7 nsubj
tog tage VERB PAST 3 csubj
ordet ord NOUN NNSD 7 obj
på på ADP PREP 10 case
$MEETING 7 obl
. . PUNCT _ 3 punct""")
F(10, 3, """
$ACOM 2 amod
$NCI 0 root
, , PUNCT _ 6 punct
men men CCONJ _ 6 cc
den den PRON DEN 6 nsubj
kom komme VERB PAST 2 conj
for for ADV _ 8 advmod
sent sent ADV ADVP 6 advmod
. . PUNCT _ 2 punct""")
F(8, 2, """
Godt god ADJ ANS 2 amod
arbejde arbejde NOUN NNSI 0 root
med med ADP PREP 4 case
$OBJ 2 nmod
! ! PUNCT _ 2 punct""")
F(8, 3, """
Tak tak NOUN NCSI 0 root
for for ADP PREP 3 case
$OBJ 1 nmod
, , PUNCT _ 1 punct
$NAME 1 vocative
. . PUNCT _ 1 punct""")
F(8, 3, """
Din din DET DIN 2 det
$NCI 4 nsubj
var være AUX PAST 4 cop
$QUAL 0 root
og og CCONJ _ 6 cc
velforberedt velforberedt ADJ AS 4 conj
. . PUNCT _ 4 punct""")
F(0, 3, """
$NAME 2 nsubj
håndterede håndtere VERB PAST 0 root
de den DET Number=Plur|PronType=Dem 5 det
kritiske kritisk ADJ AP 5 amod
spørgsmål spørgsmål NOUN NNPI 2 obj
fra fra ADP PREP 7 case
kunden kunde NOUN NCSD 5 nmod
meget meget ADV ADVP 9 advmod
roligt roligt ADV ADVP 2 advmod
. . PUNCT _ 2 punct""", test_only=True)
# --- past criticism / tense
F(10, 3, """
$NAME 2 nsubj
$PASTV 0 root
$OBJ 2 obj
for for ADV _ 5 advmod
sent sent ADV ADVP 2 advmod
i i ADP PREP 8 case
sidste sidste ADJ A0 8 amod
uge uge NOUN NCSI 2 obl
. . PUNCT _ 2 punct""")
F(8, 3, """
Du du PRON DU 2 nsubj
$PASTV 0 root
ikke ikke ADV _ 2 advmod
$OBJ 2 obj
til til ADP PREP 6 case
tiden tid NOUN NCSD 2 obl
. . PUNCT _ 2 punct""")
F(8, 2, """
I i ADP PREP 3 advmod
går går NOUN NNSI 1 fixed
$PASTV 0 root
du du PRON DU 3 nsubj
$OBJ 3 obj
uden uden ADP PREP 7 case
kommentarer kommentar NOUN NCPI 3 obl
. . PUNCT _ 3 punct""")
F(6, 2, """
Du du PRON DU 2 nsubj
$PASTI 0 root
for for ADV _ 4 advmod
sent sent ADV ADVP 2 advmod
til til ADP PREP 6 case
$MEETING 2 obl
. . PUNCT _ 2 punct""")
F(6, 2, """
$OBJ 2 nsubj
var være VERB PAST 0 root
fyldt fylde VERB PART 2 xcomp
med med ADP PREP 5 case
fejl fejl NOUN NCPI 3 obl
. . PUNCT _ 2 punct""")
# --- perfect / future / plans
F(8, 3, """
Du du PRON DU 4 nsubj
har have AUX PRES 4 aux
ikke ikke ADV _ 4 advmod
$PARTV 0 root
$OBJ 4 obj
endnu endnu ADV _ 4 advmod
. . PUNCT _ 4 punct""")
F(8, 3, """
$NAME 3 nsubj
har have AUX PRES 3 aux
$PARTV 0 root
$OBJ 3 obj
, , PUNCT _ 8 punct
men men CCONJ _ 8 cc
der der PRON _ 8 expl
mangler mangle VERB PRES 3 conj
stadig stadig ADV _ 8 advmod
kilder kilde NOUN NCPI 8 obj
. . PUNCT _ 3 punct""")
F(8, 3, """
Jeg jeg PRON JEG 3 nsubj
har have AUX PRES 3 aux
besluttet beslutte VERB PART 0 root
, , PUNCT _ 7 punct
at at SCONJ _ 7 mark
du du PRON DU 7 nsubj
skal skulle VERB PRES 3 ccomp
på på ADP PREP 9 case
$COURSE 7 obl
. . PUNCT _ 3 punct""")
F(8, 2, """
Vi vi PRON VI 3 nsubj
vil ville AUX PRES 3 aux
$INFV 0 root
$OBJ 3 obj
inden inden ADP PREP 6 case
$DAY 3 obl
. . PUNCT _ 3 punct""")
F(8, 2, """
Du du PRON DU 3 nsubj
skal skulle AUX PRES 3 aux
$INFV 0 root
$OBJ 3 obj
senest senest ADV _ 6 advmod
$DAY 3 obl:tmod
. . PUNCT _ 3 punct""")
F(6, 2, """
Fra fra ADP PREP 3 case
næste næste ADJ A0 3 amod
måned måned NOUN NCSI 6 obl
vil ville AUX PRES 6 aux
du du PRON DU 6 nsubj
få få VERB INF 0 root
en en DET EN 9 det
fast fast ADJ AS 9 amod
mentor mentor NOUN NCSI 6 obj
. . PUNCT _ 6 punct""")
F(0, 3, """
Vi vi PRON VI 3 nsubj
har have AUX PRES 3 aux
aftalt aftale VERB PART 0 root
, , PUNCT _ 8 punct
at at SCONJ _ 8 mark
du du PRON DU 8 nsubj
skal skulle AUX PRES 8 aux
$INFV 3 ccomp
$OBJ 8 obj
fremover fremover ADV _ 8 advmod
. . PUNCT _ 3 punct""", test_only=True)
# --- passive
F(8, 3, """
$OBJ 3 nsubj
skal skulle AUX PRES 3 aux
$PASSV 0 root
inden inden ADP PREP 5 case
$DAY 3 obl
. . PUNCT _ 3 punct""")
F(6, 2, """
$OBJ 3 nsubj
blev blive AUX PAST 3 aux
$PARTV 0 root
for for ADV _ 5 advmod
sent sent ADV ADVP 3 advmod
. . PUNCT _ 3 punct""")
F(6, 2, """
$OBJ 4 nsubj
er være AUX PRES 4 aux
ikke ikke ADV _ 4 advmod
$PARTV 0 root
af af ADP PREP 6 case
$NAME 4 obl
. . PUNCT _ 4 punct""")
# --- imperatives
F(14, 5, """
$IMPV 0 root
$OBJ 1 obj
inden inden ADP PREP 4 case
$DAY 1 obl
. . PUNCT _ 1 punct""")
F(10, 4, """
$IMPV 0 root
$OBJ 1 obj
en en DET EN 5 det
ekstra ekstra ADJ A0 5 amod
gang gang NOUN NCSI 1 obl
. . PUNCT _ 1 punct""")
F(8, 3, """
- - PUNCT _ 2 punct
$IMPV 0 root
$OBJ 2 obj
før før ADP PREP 5 case
afsendelse afsendelse NOUN NCSI 2 obl""")
F(6, 2, """
$IMPV 0 root
venligst venligst ADV _ 1 advmod
$OBJ 1 obj
til til ADP PREP 5 case
mig jeg PRON MIG 1 obl
. . PUNCT _ 1 punct""")
F(6, 2, """
Husk huske VERB IMP 0 root
at at PART INFM 3 mark
$INFV 1 xcomp
$OBJ 3 obj
. . PUNCT _ 1 punct""")
F(6, 2, """
• • PUNCT _ 2 punct
$IMPV 0 root
$OBJ 2 obj
kl. klokke NOUN NCSD 2 obl
$TIME 4 nummod""")
F(6, 2, """
Ring ringe VERB IMP 0 root
til til ADP PREP 3 case
$NAME 1 obl
, , PUNCT _ 9 punct
hvis hvis SCONJ _ 9 mark
du du PRON DU 9 nsubj
er være AUX PRES 9 cop
i i ADP PREP 9 case
tvivl tvivl NOUN NCSI 1 advcl
. . PUNCT _ 1 punct""")
F(0, 3, """
Giv give VERB IMP 0 root
$NAME 1 iobj
besked besked NOUN NCSI 1 obj
senest senest ADV _ 5 advmod
$DATE 1 obl
. . PUNCT _ 1 punct""", test_only=True)
F(6, 2, """
Vær være AUX IMP 3 cop
mere mere ADV ADVC 3 advmod
$GOODTRAIT 0 root
over over ADP PREP 6 case
for for ADP PREP 4 fixed
kunderne kunde NOUN NCPD 3 obl
. . PUNCT _ 3 punct""")
F(6, 2, """
Lad lade VERB IMP 0 root
være være VERB INF 1 xcomp
med med ADP PREP 5 mark
at at PART INFM 5 mark
afbryde afbryde VERB INF 2 advcl
$NAME 5 obj
. . PUNCT _ 1 punct""")
# --- questions
F(8, 3, """
Har have AUX PRES 3 aux
du du PRON DU 3 nsubj
$PARTV 0 root
$OBJ 3 obj
? ? PUNCT _ 3 punct""")
F(8, 3, """
Kan kunne AUX PRES 3 aux
du du PRON DU 3 nsubj
$INFV 0 root
$OBJ 3 obj
inden inden ADP PREP 6 case
$DAY 3 obl
? ? PUNCT _ 3 punct""")
F(8, 3, """
Hvorfor hvorfor ADV _ 2 advmod
$PASTV 0 root
du du PRON DU 2 nsubj
ikke ikke ADV _ 2 advmod
$OBJ 2 obj
? ? PUNCT _ 2 punct""")
F(6, 2, """
Hvorfor hvorfor ADV _ 4 advmod
er være AUX PRES 4 cop
du du PRON DU 4 nsubj
$TRAIT 0 root
på på ADP PREP 6 case
$MEETING 4 obl
? ? PUNCT _ 4 punct""")
F(6, 2, """
Hvad hvad PRON HVAD 4 obj
vil ville AUX PRES 4 aux
du du PRON DU 4 nsubj
gøre gøre VERB INF 0 root
anderledes anderledes ADV _ 4 advmod
næste næste ADJ A0 7 amod
gang gang NOUN NCSI 4 obl
? ? PUNCT _ 4 punct""")
F(0, 0, "")  # placeholder keeps ids stable
F(6, 2, """
Hvordan hvordan ADV _ 2 advmod
gik gå VERB PAST 0 root
$MEETING 2 nsubj
med med ADP PREP 5 case
$NAME 2 obl
? ? PUNCT _ 2 punct""")
F(6, 2, """
Hvornår hvornår ADV _ 4 advmod
kan kunne AUX PRES 4 aux
vi vi PRON VI 4 nsubj
forvente forvente VERB INF 0 root
$OBJ 4 obj
? ? PUNCT _ 4 punct""")
F(0, 3, """
Hvem hvem PRON HVEM 3 nsubj
har have AUX PRES 3 aux
$PARTV 0 root
$OBJ 3 obj
? ? PUNCT _ 3 punct""", test_only=True)
F(6, 2, """
Er være AUX PRES 3 cop
$NAME 3 nsubj
$TRAIT 0 root
, , PUNCT _ 9 punct
eller eller CCONJ _ 9 cc
er være AUX PRES 9 cop
det det PRON DET 9 nsubj
bare bare ADV _ 9 advmod
mig jeg PRON MIG 3 conj
? ? PUNCT _ 3 punct""")
# --- hedges
F(8, 3, """
Du du PRON DU 4 nsubj
kunne kunne AUX PAST 4 aux
$HEDGE 4 advmod
$INFV 0 root
$OBJ 4 obj
lidt lidt ADV ADVP 7 advmod
tidligere tidligt ADV ADVC 4 advmod
. . PUNCT _ 4 punct""")
F(6, 2, """
Det det PRON DET 6 nsubj
var være AUX PAST 6 cop
$HEDGE 6 advmod
en en DET EN 6 det
god god ADJ ACS 6 amod
idé idé NOUN NCSI 0 root
at at PART INFM 8 mark
$INFV 6 acl
$OBJ 8 obj
igen igen ADV _ 8 advmod
. . PUNCT _ 6 punct""")
# --- comparisons
F(8, 3, """
$OBJ 3 nsubj
er være AUX PRES 3 cop
$COMPADJ 0 root
end end ADP _ 6 case
sidste sidste ADJ A0 6 amod
gang gang NOUN NCSI 3 obl
. . PUNCT _ 3 punct""")
F(8, 3, """
Du du PRON DU 3 nsubj
skal skulle AUX PRES 3 aux
kommunikere kommunikere VERB INF 0 root
$COMPADV 3 advmod
med med ADP PREP 6 case
teamet team NOUN NNSD 3 obl
. . PUNCT _ 3 punct""")
F(6, 2, """
$NAME 2 nsubj
arbejder arbejde VERB PRES 0 root
$COMPADV 2 advmod
end end ADP _ 5 case
$NAME 3 obl
. . PUNCT _ 2 punct""")
# --- hearsay
F(8, 3, """
Jeg jeg PRON JEG 3 nsubj
har have AUX PRES 3 aux
hørt høre VERB PART 0 root
fra fra ADP PREP 5 case
flere mange ADJ FLERE 3 obl
, , PUNCT _ 10 punct
at at SCONJ _ 10 mark
du du PRON DU 10 nsubj
er være AUX PRES 10 cop
$TRAIT 3 ccomp
. . PUNCT _ 3 punct""")
F(6, 2, """
Nogle nogen DET Number=Plur|PronType=Ind 2 det
kolleger kollega NOUN NCPI 3 nsubj
siger sige VERB PRES 0 root
, , PUNCT _ 8 punct
at at SCONJ _ 8 mark
$NAME 8 nsubj
ofte ofte ADV ADVP 8 advmod
$PASTI 3 ccomp
for for ADV _ 10 advmod
sent sent ADV ADVP 8 advmod
. . PUNCT _ 3 punct""")
F(0, 3, """
Der der PRON _ 3 expl
har have AUX PRES 3 aux
været være VERB PART 0 root
klager klage NOUN NCPI 3 nsubj
over over ADP PREP 6 case
$OBJ 4 nmod
. . PUNCT _ 3 punct""", test_only=True)
# --- bullets, names, dates, fragments
F(6, 2, """
- - PUNCT _ 2 punct
$OBJ 0 root
$DATE 2 nmod""")
F(6, 2, """
* * PUNCT _ 2 punct
$MEETING 0 root
kl. klokke NOUN NCSD 2 nmod
$CLOCK 3 nummod""")
F(6, 2, """
1. 1. NUM ORD 2 nummod
$MEETING 0 root
med med ADP PREP 4 case
$NAME 2 nmod""")
F(6, 2, """
Mødet møde NOUN NNSD 3 nsubj
er være AUX PRES 3 aux
flyttet flytte VERB PART 0 root
til til ADP PREP 5 case
$DAY 3 obl
den den DET DEMC 7 det
$DATE 5 nmod
kl. klokke NOUN NCSD 3 obl
$TIME 8 nummod
. . PUNCT _ 3 punct""")
F(6, 2, """
$OBJ 2 nsubj
indeholder indeholde VERB PRES 0 root
f.eks. for_eksempel ADV _ 5 advmod
flere mange ADJ FLERE 5 amod
fejl fejl NOUN NCPI 2 obj
i i ADP PREP 7 case
afsnittet afsnit NOUN NNSD 5 nmod
. . PUNCT _ 2 punct""")
F(6, 2, """
Du du PRON DU 3 nsubj
skal skulle AUX PRES 3 aux
$INFV 0 root
bl.a. blandt_andet ADV _ 5 advmod
$OBJ 3 obj
og og CCONJ _ 7 cc
$OBJ 5 conj
. . PUNCT _ 3 punct""")
F(6, 2, """
$NAME 4 nsubj
kan kunne AUX PRES 4 aux
evt. eventuelt ADV _ 4 advmod
$INFV 0 root
$OBJ 4 obj
efter efter ADP PREP 7 case
frokost frokost NOUN NCSI 4 obl
. . PUNCT _ 4 punct""")
F(0, 3, """
$NAME 2 nsubj
starter starte VERB PRES 0 root
i i ADP PREP 5 case
vores vores DET VORES 5 det
team team NOUN NNSI 2 obl
den den DET DEMC 7 det
$DATE 2 obl
. . PUNCT _ 2 punct""", test_only=True)
F(6, 2, """
Godt godt ADV ADVP 2 advmod
gået gå VERB PART 0 root
, , PUNCT _ 4 punct
$NAME 2 vocative
! ! PUNCT _ 2 punct""")
F(6, 2, """
Du du PRON DU 3 nsubj
har have AUX PRES 3 aux
gjort gøre VERB PART 0 root
et en DET ET 6 det
$NADJ 6 amod
stykke stykke NOUN NNSI 3 obj
arbejde arbejde NOUN NNSI 6 nmod
med med ADP PREP 9 case
$OBJ 3 obl
. . PUNCT _ 3 punct""")

# ---------------------------------------------------------------- fixed sentences (hand-annotated)
FIXED_TRAIN = r"""
Jeg savner, at du siger noget på møderne.
Jeg jeg PRON JEG 2 nsubj
savner savne VERB PRES 0 root
, , PUNCT _ 6 punct
at at SCONJ _ 6 mark
du du PRON DU 6 nsubj
siger sige VERB PRES 2 ccomp
noget nogen PRON NOGET 6 obj
på på ADP PREP 9 case
møderne møde NOUN NNPD 6 obl
. . PUNCT _ 2 punct

Du er altid meget forberedt.
Du du PRON DU 5 nsubj
er være AUX PRES 5 cop
altid altid ADV _ 5 advmod
meget meget ADV ADVP 5 advmod
forberedt forberede ADJ AS 0 root
. . PUNCT _ 5 punct

Kunden var tilfreds med løsningen.
Kunden kunde NOUN NCSD 3 nsubj
var være AUX PAST 3 cop
tilfreds tilfreds ADJ AS 0 root
med med ADP PREP 5 case
løsningen løsning NOUN NCSD 3 obl
. . PUNCT _ 3 punct

Det skal du blive bedre til.
Det det PRON DET 5 obl
skal skulle AUX PRES 4 aux
du du PRON DU 4 nsubj
blive blive VERB INF 0 root
bedre god ADJ ACMP 4 xcomp
til til ADP PREP 1 case
. . PUNCT _ 4 punct

Fortsæt det gode arbejde!
Fortsæt fortsætte VERB IMP 0 root
det den DET DEMN 4 det
gode god ADJ ADEF 4 amod
arbejde arbejde NOUN NNSI 1 obj
! ! PUNCT _ 1 punct

Jeg er glad for dit engagement.
Jeg jeg PRON JEG 3 nsubj
er være AUX PRES 3 cop
glad glad ADJ AS 0 root
for for ADP PREP 6 case
dit din DET DIT 6 det
engagement engagement NOUN NNSI 3 obl
. . PUNCT _ 3 punct

Vi er nødt til at se på din arbejdsindsats.
Vi vi PRON VI 3 nsubj
er være AUX PRES 3 cop
nødt nødt ADJ AS 0 root
til til ADP PREP 6 mark
at at PART INFM 6 mark
se se VERB INF 3 advcl
på på ADP PREP 9 case
din din DET DIN 9 det
arbejdsindsats arbejdsindsats NOUN NCSI 6 obl
. . PUNCT _ 3 punct

Mødet i går var ikke godt forberedt.
Mødet møde NOUN NNSD 7 nsubj
i i ADP PREP 1 advmod
går går NOUN NNSI 2 fixed
var være AUX PAST 7 cop
ikke ikke ADV _ 7 advmod
godt godt ADV ADVP 7 advmod
forberedt forberede ADJ AS 0 root
. . PUNCT _ 7 punct

Peter har ikke overholdt deadlines i dette kvartal.
Peter Peter PROPN _ 4 nsubj
har have AUX PRES 4 aux
ikke ikke ADV _ 4 advmod
overholdt overholde VERB PART 0 root
deadlines deadline NOUN NCPI 4 obj
i i ADP PREP 8 case
dette denne DET DEMN 8 det
kvartal kvartal NOUN NNSI 4 obl
. . PUNCT _ 4 punct

Du lytter ikke til andre.
Du du PRON DU 2 nsubj
lytter lytte VERB PRES 0 root
ikke ikke ADV _ 2 advmod
til til ADP PREP 5 case
andre anden PRON Number=Plur|PronType=Ind 2 obl
. . PUNCT _ 2 punct

Kunne du overveje at tage ordet oftere?
Kunne kunne AUX PAST 3 aux
du du PRON DU 3 nsubj
overveje overveje VERB INF 0 root
at at PART INFM 5 mark
tage tage VERB INF 3 xcomp
ordet ord NOUN NNSD 5 obj
oftere ofte ADV ADVC 5 advmod
? ? PUNCT _ 3 punct

Hvad tænkte du på?
Hvad hvad PRON HVAD 2 obl
tænkte tænke VERB PAST 0 root
du du PRON DU 2 nsubj
på på ADP PREP 1 case
? ? PUNCT _ 2 punct

Hvad skete der med kunden?
Hvad hvad PRON HVAD 2 nsubj
skete ske VERB PAST 0 root
der der PRON _ 2 expl
med med ADP PREP 5 case
kunden kunde NOUN NCSD 2 obl
? ? PUNCT _ 2 punct

Hvorfor svarede du ikke på min mail?
Hvorfor hvorfor ADV _ 2 advmod
svarede svare VERB PAST 0 root
du du PRON DU 2 nsubj
ikke ikke ADV _ 2 advmod
på på ADP PREP 7 case
min min DET Gender=Com|Number=Sing|Number[psor]=Sing|Person=1|Poss=Yes|PronType=Prs 7 det
mail mail NOUN NCSI 2 obl
? ? PUNCT _ 2 punct

Hvorfor kommer du altid for sent?
Hvorfor hvorfor ADV _ 2 advmod
kommer komme VERB PRES 0 root
du du PRON DU 2 nsubj
altid altid ADV _ 2 advmod
for for ADV _ 6 advmod
sent sent ADV ADVP 2 advmod
? ? PUNCT _ 2 punct

Måske kunne du spørge en kollega om hjælp.
Måske måske ADV _ 4 advmod
kunne kunne AUX PAST 4 aux
du du PRON DU 4 nsubj
spørge spørge VERB INF 0 root
en en DET EN 6 det
kollega kollega NOUN NCSI 4 obj
om om ADP PREP 8 case
hjælp hjælp NOUN NCSI 4 obl
. . PUNCT _ 4 punct

Det er lidt uklart, hvad du mener.
Det det PRON DET 4 expl
er være AUX PRES 4 cop
lidt lidt ADV ADVP 4 advmod
uklart uklar ADJ ANS 0 root
, , PUNCT _ 8 punct
hvad hvad PRON HVAD 8 obj
du du PRON DU 8 nsubj
mener mene VERB PRES 4 csubj
. . PUNCT _ 4 punct

Anna er den mest strukturerede i teamet.
Anna Anna PROPN _ 5 nsubj
er være AUX PRES 5 cop
den den DET DEMC 5 det
mest meget ADV Degree=Sup 5 advmod
strukturerede struktureret ADJ ADEF 0 root
i i ADP PREP 7 case
teamet team NOUN NNSD 5 obl
. . PUNCT _ 5 punct

Din præsentation var bedre end sidst.
Din din DET DIN 2 det
præsentation præsentation NOUN NCSI 4 nsubj
var være AUX PAST 4 cop
bedre god ADJ ACMP 0 root
end end ADP _ 6 case
sidst sidst ADV _ 4 obl
. . PUNCT _ 4 punct

Jeg har fået at vide, at du ikke hjælper de nye.
Jeg jeg PRON JEG 3 nsubj
har have AUX PRES 3 aux
fået få VERB PART 0 root
at at PART INFM 5 mark
vide vide VERB INF 3 xcomp
, , PUNCT _ 10 punct
at at SCONJ _ 10 mark
du du PRON DU 10 nsubj
ikke ikke ADV _ 10 advmod
hjælper hjælpe VERB PRES 5 ccomp
de den DET Number=Plur|PronType=Dem 12 det
nye ny ADJ AP 10 obj
. . PUNCT _ 3 punct

Folk siger, at du er svær at samarbejde med.
Folk folk NOUN NNPI 2 nsubj
siger sige VERB PRES 0 root
, , PUNCT _ 7 punct
at at SCONJ _ 7 mark
du du PRON DU 7 nsubj
er være AUX PRES 7 cop
svær svær ADJ ACS 2 ccomp
at at PART INFM 9 mark
samarbejde samarbejde VERB INF 7 xcomp
med med ADP PREP 9 obl
. . PUNCT _ 2 punct

Næste år skal du have ansvaret for budgettet.
Næste næste ADJ A0 2 amod
år år NOUN NNSI 5 obl:tmod
skal skulle AUX PRES 5 aux
du du PRON DU 5 nsubj
have have VERB INF 0 root
ansvaret ansvar NOUN NNSD 5 obj
for for ADP PREP 8 case
budgettet budget NOUN NNSD 6 nmod
. . PUNCT _ 5 punct

Rapporten blev sendt til kunden den 3/4.
Rapporten rapport NOUN NCSD 3 nsubj
blev blive AUX PAST 3 aux
sendt sende VERB PART 0 root
til til ADP PREP 5 case
kunden kunde NOUN NCSD 3 obl
den den DET DEMC 7 det
3/4 3/4 NUM CARD 3 obl
. . PUNCT _ 3 punct

- Tjek tallene før afsendelse
- - PUNCT _ 2 punct
Tjek tjekke VERB IMP 0 root
tallene tal NOUN NNPD 2 obj
før før ADP PREP 5 case
afsendelse afsendelse NOUN NCSI 2 obl

- Vær mere synlig på møderne
- - PUNCT _ 4 punct
Vær være AUX IMP 4 cop
mere mere ADV ADVC 4 advmod
synlig synlig ADJ ACS 0 root
på på ADP PREP 6 case
møderne møde NOUN NNPD 4 obl

* Bedre struktur i slides
* * PUNCT _ 3 punct
Bedre god ADJ ACMP 3 amod
struktur struktur NOUN NCSI 0 root
i i ADP PREP 5 case
slides slide NOUN NCPI 3 nmod

• Deadline overholdt
• • PUNCT _ 2 punct
Deadline deadline NOUN NCSI 0 root
overholdt overholde VERB PART 2 acl

Styrker:
Styrker styrke NOUN NCPI 0 root
: : PUNCT _ 1 punct

Udviklingsområder:
Udviklingsområder udviklingsområde NOUN NNPI 0 root
: : PUNCT _ 1 punct

Du tager ansvar og følger op på aftaler.
Du du PRON DU 2 nsubj
tager tage VERB PRES 0 root
ansvar ansvar NOUN NNSI 2 obj
og og CCONJ _ 5 cc
følger følge VERB PRES 2 conj
op op ADV _ 5 compound:prt
på på ADP PREP 8 case
aftaler aftale NOUN NCPI 5 obl
. . PUNCT _ 2 punct

Du burde have sagt det til mig først.
Du du PRON DU 4 nsubj
burde burde AUX PAST 4 aux
have have AUX INF 4 aux
sagt sige VERB PART 0 root
det det PRON DET 4 obj
til til ADP PREP 7 case
mig jeg PRON MIG 4 obl
først først ADV _ 4 advmod
. . PUNCT _ 4 punct

Han bliver nok aldrig god til Excel.
Han han PRON HAN 2 nsubj
bliver blive VERB PRES 0 root
nok nok ADV _ 2 advmod
aldrig aldrig ADV _ 2 advmod
god god ADJ ACS 2 xcomp
til til ADP PREP 7 case
Excel Excel PROPN _ 5 obl
. . PUNCT _ 2 punct

Opgaven blev løst hurtigt og præcist.
Opgaven opgave NOUN NCSD 3 nsubj
blev blive AUX PAST 3 aux
løst løse VERB PART 0 root
hurtigt hurtigt ADV ADVP 3 advmod
og og CCONJ _ 6 cc
præcist præcist ADV ADVP 4 conj
. . PUNCT _ 3 punct

Lad os tage en snak om det i morgen.
Lad lade VERB IMP 0 root
os vi PRON OS 1 obj
tage tage VERB INF 1 xcomp
en en DET EN 5 det
snak snak NOUN NCSI 3 obj
om om ADP PREP 7 case
det det PRON DET 3 obl
i i ADP PREP 3 advmod
morgen morgen NOUN NCSI 8 fixed
. . PUNCT _ 1 punct

Sofie tog initiativ til at forbedre processen.
Sofie Sofie PROPN _ 2 nsubj
tog tage VERB PAST 0 root
initiativ initiativ NOUN NNSI 2 obj
til til ADP PREP 6 mark
at at PART INFM 6 mark
forbedre forbedre VERB INF 3 acl
processen proces NOUN NCSD 6 obj
. . PUNCT _ 2 punct

Du har været rigtig god til at hjælpe nye kolleger.
Du du PRON DU 5 nsubj
har have AUX PRES 5 aux
været være AUX PART 5 cop
rigtig rigtig ADV ADVP 5 advmod
god god ADJ ACS 0 root
til til ADP PREP 8 mark
at at PART INFM 8 mark
hjælpe hjælpe VERB INF 5 advcl
nye ny ADJ AP 10 amod
kolleger kollega NOUN NCPI 8 obj
. . PUNCT _ 5 punct
"""

FIXED_TEST = r"""
Du er doven og sløset.
Du du PRON DU 3 nsubj
er være AUX PRES 3 cop
doven doven ADJ ACS 0 root
og og CCONJ _ 5 cc
sløset sløset ADJ AS 3 conj
. . PUNCT _ 3 punct

Send mig tallene senest torsdag kl. 12.
Send sende VERB IMP 0 root
mig jeg PRON MIG 1 iobj
tallene tal NOUN NNPD 1 obj
senest senest ADV _ 5 advmod
torsdag torsdag NOUN NCSI 1 obl:tmod
kl. klokke NOUN NCSD 1 obl
12 12 NUM CARD 6 nummod
. . PUNCT _ 1 punct

Hvorfor var du så negativ på mødet?
Hvorfor hvorfor ADV _ 5 advmod
var være AUX PAST 5 cop
du du PRON DU 5 nsubj
så så ADV _ 5 advmod
negativ negativ ADJ ACS 0 root
på på ADP PREP 7 case
mødet møde NOUN NNSD 5 obl
? ? PUNCT _ 5 punct

Præsentationen var god, men den var for lang.
Præsentationen præsentation NOUN NCSD 3 nsubj
var være AUX PAST 3 cop
god god ADJ ACS 0 root
, , PUNCT _ 9 punct
men men CCONJ _ 9 cc
den den PRON DEN 9 nsubj
var være AUX PAST 9 cop
for for ADV _ 9 advmod
lang lang ADJ ACS 3 conj
. . PUNCT _ 3 punct

Jeg har hørt, at du er arrogant over for kunderne.
Jeg jeg PRON JEG 3 nsubj
har have AUX PRES 3 aux
hørt høre VERB PART 0 root
, , PUNCT _ 8 punct
at at SCONJ _ 8 mark
du du PRON DU 8 nsubj
er være AUX PRES 8 cop
arrogant arrogant ADJ AS 3 ccomp
over over ADP PREP 11 case
for for ADP PREP 9 fixed
kunderne kunde NOUN NCPD 8 obl
. . PUNCT _ 3 punct

Du skal eventuelt tage et kursus i projektledelse.
Du du PRON DU 4 nsubj
skal skulle AUX PRES 4 aux
eventuelt eventuelt ADV _ 4 advmod
tage tage VERB INF 0 root
et en DET ET 6 det
kursus kursus NOUN NNSI 4 obj
i i ADP PREP 8 case
projektledelse projektledelse NOUN NCSI 6 nmod
. . PUNCT _ 4 punct

Husk at svare kunderne inden kl. 10.30.
Husk huske VERB IMP 0 root
at at PART INFM 3 mark
svare svare VERB INF 1 xcomp
kunderne kunde NOUN NCPD 3 obj
inden inden ADP PREP 6 case
kl. klokke NOUN NCSD 3 obl
10.30 10.30 NUM CARD 6 nummod
. . PUNCT _ 1 punct

Budgettet er blevet godkendt af ledelsen.
Budgettet budget NOUN NNSD 4 nsubj
er være AUX PRES 4 aux
blevet blive AUX PART 4 aux
godkendt godkende VERB PART 0 root
af af ADP PREP 6 case
ledelsen ledelse NOUN NCSD 4 obl
. . PUNCT _ 4 punct

Lars var mere engageret end Mette.
Lars Lars PROPN _ 4 nsubj
var være AUX PAST 4 cop
mere mere ADV ADVC 4 advmod
engageret engageret ADJ AS 0 root
end end ADP _ 6 case
Mette Mette PROPN _ 4 obl
. . PUNCT _ 4 punct

- Skriv referat efter hvert møde
- - PUNCT _ 2 punct
Skriv skrive VERB IMP 0 root
referat referat NOUN NNSI 2 obj
efter efter ADP PREP 6 case
hvert hver DET Gender=Neut|Number=Sing|PronType=Tot 6 det
møde møde NOUN NNSI 2 obl
"""

# ---------------------------------------------------------------- generation


def parse_frame(text):
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = line.split()
        if parts[0].startswith("$"):
            rows.append(("SLOT", parts[0][1:], int(parts[1]), parts[2]))
        else:
            form, lemma, upos, feats, head, dep = parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]
            rows.append(("TOK", (form, lemma, upos, FEATS.get(feats, feats)), int(head), dep))
    return rows


def parse_fixed(text):
    """Blocks separated by blank lines; first line of a block is the plain sentence text."""
    out = []
    for block in text.strip().split("\n\n"):
        lines = [l for l in block.strip().splitlines() if l.strip()]
        out.append(parse_frame("\n".join(lines[1:])))
    return out


def realise(rows, fillers):
    toks = []
    for i, (kind, val, head, dep) in enumerate(rows):
        if kind == "SLOT":
            form, lemma, upos, feats = fillers[i]
        else:
            form, lemma, upos, feats = val
        toks.append([form, lemma, upos, feats, head, dep])
    # capitalise the first word (after a bullet) if it is a slot filled from a lowercase entry
    first = 1 if toks[0][2] == "PUNCT" and len(toks) > 1 else 0
    if toks[first][0][:1].islower() and not toks[first][0][:1].isdigit():
        toks[first][0] = toks[first][0][0].upper() + toks[first][0][1:]
    return toks


def to_conllu(toks, sent_id):
    text = ""
    lines = []
    for i, (form, lemma, upos, feats, head, dep) in enumerate(toks, 1):
        nxt = toks[i][0] if i < len(toks) else None
        no_space = nxt is not None and (nxt in {".", ",", "!", "?", ":"} and upos != "PUNCT" or nxt in {".", ",", "!", "?", ":"})
        if form in {"-", "*", "•"} and i == 1:
            no_space = False
        misc = "SpaceAfter=No" if no_space else "_"
        text += form + ("" if no_space or nxt is None else " ")
        if lemma == "=":
            lemma = form.lower()
        lines.append("\t".join([str(i), form, lemma, upos, "_", feats or "_", str(head), dep, "_", misc]))
    return f"# sent_id = {sent_id}\n# text = {text}\n" + "\n".join(lines) + "\n"


def generate(split, seed):
    rng = random.Random(seed)
    out = []
    seen = set()
    idx = 0 if split == "train" else 1
    for fid, n_train, n_test, test_only, text in FRAMES:
        if not text:
            continue
        n = n_train if split == "train" else n_test
        rows = parse_frame(text)
        tries = 0
        made = 0
        while made < n and tries < n * 50:
            tries += 1
            fillers = {}
            used = set()
            ok = True
            for i, (kind, val, _, _) in enumerate(rows):
                if kind == "SLOT":
                    pool = SLOTS[val][idx] if not (split == "test" and test_only) else SLOTS[val][0] + SLOTS[val][1]
                    choice = rng.choice(pool)
                    if choice[0] in used:
                        ok = False
                    used.add(choice[0])
                    fillers[i] = choice
            if not ok:
                continue
            toks = realise(rows, fillers)
            key = " ".join(t[0] for t in toks)
            if key in seen:
                continue
            seen.add(key)
            out.append(toks)
            made += 1
    fixed = FIXED_TRAIN if split == "train" else FIXED_TEST
    for rows in parse_fixed(fixed):
        out.append(realise(rows, {}))
    return out


def surface(toks):
    return " ".join(t[0] for t in toks).replace(" .", ".").replace(" ,", ",").replace(" !", "!").replace(" ?", "?").replace(" :", ":").strip(" -*•")


def main():
    sys.path.insert(0, str(HERE.parent))
    import conllu as C

    import json
    import re

    # never reuse sentences of the rule-evaluation corpus verbatim
    dev_path = HERE.parents[2] / "shared" / "data" / "feedback-dev.jsonl"
    banned = set()
    if dev_path.exists():
        for line in open(dev_path, encoding="utf8"):
            txt = json.loads(line)["text"]
            for piece in re.split(r"(?<=[.!?])\s+|\n+", txt):
                banned.add(" ".join(piece.split()).strip(" -*•").lower())
    train_keys = set()
    for split, seed in (("train", 13), ("test", 31)):
        sents = generate(split, seed)
        before = len(sents)
        sents = [s for s in sents if surface(s).lower() not in banned]
        print(f"{split}: dropped {before - len(sents)} sentences that occur in feedback-dev.jsonl")
        if split == "test":
            sents = [s for s in sents if " ".join(t[0] for t in s) not in train_keys]
        else:
            train_keys = {" ".join(t[0] for t in s) for s in sents}
        path = HERE / f"{split}.conllu"
        with open(path, "w", encoding="utf8") as fh:
            fh.write(f"# feedbacklint feedback-ud {split} split; generated by build.py; CC BY-SA 4.0\n")
            for i, toks in enumerate(sents, 1):
                fh.write(to_conllu(toks, f"fb-{split}-{i:04d}") + "\n")
        bad = 0
        for s in C.read_conllu(path):
            errs = C.validate(s)
            if errs:
                bad += 1
                print("INVALID", s.sent_id, s.text, errs)
        print(f"{path.name}: {len(sents)} sentences, {sum(len(s) for s in sents)} tokens, {bad} invalid")


if __name__ == "__main__":
    main()
