"""The bundled Danish pipeline: loads, and annotates what the rules need.

Speed and load time are measured by benchmarks/pipeline_speed.py, not here."""
from __future__ import annotations

import json

import pytest

spacy = pytest.importorskip("spacy")

import feedbacklint.nlp.components  # noqa: E402,F401
from feedbacklint.nlp.loader import BUNDLED_MODEL_DIR  # noqa: E402

pytestmark = pytest.mark.skipif(not (BUNDLED_MODEL_DIR / "config.cfg").is_file(), reason="bundled model not built")


@pytest.fixture(scope="module")
def nlp():
    try:
        from feedbacklint.nlp import load_pipeline

        pipe = load_pipeline("bundled")
    except Exception:  # pragma: no cover - loader without "bundled"
        pipe = spacy.load(BUNDLED_MODEL_DIR)
    return pipe


def tok(doc, text):
    for t in doc:
        if t.text == text:
            return t
    raise AssertionError(f"{text!r} not in {[t.text for t in doc]}")


def test_bundle_files():
    assert (BUNDLED_MODEL_DIR / "meta.json").is_file()
    lic = (BUNDLED_MODEL_DIR / "LICENSE").read_text(encoding="utf8")
    assert "CC BY-SA 4.0" in lic or "Attribution-ShareAlike 4.0" in lic
    assert "Danish-DDT" in lic or "Danish Dependency Treebank" in lic
    meta = json.loads((BUNDLED_MODEL_DIR / "meta.json").read_text(encoding="utf8"))
    assert meta["lang"] == "da"
    size = sum(p.stat().st_size for p in BUNDLED_MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 15 * 1024 * 1024


def test_meta_states_training_data_scores_and_speed():
    # what users of the model see first: where it comes from and how good and fast it is
    meta = json.loads((BUNDLED_MODEL_DIR / "meta.json").read_text(encoding="utf8"))
    assert any("DDT" in src["name"] for src in meta["sources"])
    assert "ddt-dev" in meta["training_sets"] and "fb-train" in meta["training_sets"]
    ev = meta["feedbacklint_evaluation"]
    assert set(ev["ddt_cross_validated"]["mean"]) >= {"UPOS", "LAS"}
    assert {"fb-test", "fb-test-free"} <= set(ev["in_domain_held_out"])
    assert meta["feedbacklint_speed"]["words_per_s_one_core_warm_median"] > 0
    assert "performance" not in meta  # spaCy's score on the training data would mislead


def test_pipeline_components(nlp):
    names = nlp.pipe_names
    for name in ("feedbacklint_segmenter", "feedbacklint_lexicon", "feedbacklint_lemmatizer", "parser",
                 "morphologizer"):
        assert name in names
    assert names.index("feedbacklint_segmenter") < names.index("parser")


def test_load_is_lazy(nlp):
    # the 469k-entry lemma lookup table must not be read at load time (load-time budget 0.5 s)
    fresh = spacy.load(BUNDLED_MODEL_DIR)
    assert fresh.get_pipe("feedbacklint_lemmatizer")._lookup is None
    doc = fresh("Årsrapporterne blev godkendt.")
    assert doc[0].lemma_ == "årsrapport"


@pytest.mark.parametrize("text,word", [
    ("Du er for stille.", "stille"),
    ("Peter er doven.", "doven"),
    ("Hun er meget sur i møderne.", "sur"),
    ("Du virker negativ, når du præsenterer.", "negativ"),
    ("Jeg synes, at du er lidt arrogant.", "arrogant"),
    ("Du er glad for dit arbejde.", "glad"),
    ("Mette er sløset med detaljerne.", "sløset"),
])
def test_adjective_after_copula(nlp, text, word):
    assert tok(nlp(text), word).pos_ == "ADJ"


@pytest.mark.parametrize("text,word,lemma", [
    ("Præsentationen var veldokumenteret.", "veldokumenteret", "veldokumenteret"),
    ("I var velforberedte til mødet.", "velforberedte", "velforberedt"),
    ("Det er en velfungerende proces.", "velfungerende", "velfungerende"),
    ("Planen er velovervejet og realistisk.", "velovervejet", "velovervejet"),
])
def test_vel_participle_is_adjective(nlp, text, word, lemma):
    t = tok(nlp(text), word)
    assert (t.pos_, t.lemma_) == ("ADJ", lemma)


def test_vel_rule_leaves_verbs_and_adverbs(nlp):
    assert tok(nlp("Præsten har velsignet dem."), "velsignet").pos_ != "ADJ"
    assert tok(nlp("Hun hjalp velvilligt til."), "velvilligt").pos_ != "ADJ"


def test_stille_as_verb_is_left_alone(nlp):
    t = tok(nlp("Du skal stille flere spørgsmål."), "stille")
    assert t.pos_ == "VERB"


@pytest.mark.parametrize("text,word", [
    ("Send rapporten inden fredag.", "Send"),
    ("- Tjek tallene før afsendelse", "Tjek"),
    ("Husk at opdatere tidsplanen.", "Husk"),
    ("• Skriv referat efter mødet", "Skriv"),
    ("1. Gennemgå budgettet med Peter.", "Gennemgå"),
    ("Tjek tallene og send rapporten.", "send"),
])
def test_imperatives(nlp, text, word):
    t = tok(nlp(text), word)
    assert t.morph.get("Mood") == ["Imp"]
    assert t.pos_ in ("VERB", "AUX")


def test_lexicon_does_not_force_imperative_in_question():
    blank = spacy.blank("da")
    blank.add_pipe("feedbacklint_segmenter")
    blank.add_pipe("feedbacklint_lexicon")
    doc = blank("Send du rapporten i går?")
    assert doc[0].morph.get("Mood") != ["Imp"]
    doc = blank("Send rapporten i dag.")
    assert doc[0].morph.get("Mood") == ["Imp"]


@pytest.mark.parametrize("text,word", [
    ("Du sendte rapporten for sent.", "sendte"),
    ("Peter glemte mødet i går.", "glemte"),
    ("Præsentationen var god.", "var"),
    ("Kom du for sent i går?", "Kom"),
    ("Gik mødet godt?", "Gik"),
])
def test_past_tense(nlp, text, word):
    assert tok(nlp(text), word).morph.get("Tense") == ["Past"]


def test_closed_class(nlp):
    doc = nlp("Du sagde til dig selv, men hvorfor?")
    assert tok(doc, "Du").pos_ == "PRON"
    assert tok(doc, "dig").pos_ == "PRON"
    assert tok(doc, "men").pos_ == "CCONJ"
    assert tok(doc, "hvorfor").pos_ == "ADV"


def test_copula_and_tree(nlp):
    doc = nlp("Du er for stille.")
    er = tok(doc, "er")
    assert er.pos_ == "AUX"
    assert er.dep_ == "cop" and er.head.text == "stille"
    roots = [t for t in doc if t.dep_ == "ROOT"]
    assert len(roots) == 1


def test_short_sentence_is_one_sentence(nlp):
    doc = nlp("Flot rapport, men den kom for sent.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text,word,lemma", [
    ("Budgettet blev ikke overholdt.", "Budgettet", "budget"),
    ("Du sendte rapporterne for sent.", "rapporterne", "rapport"),
    ("Kollegerne siger, at du hjælper.", "Kollegerne", "kollega"),
    ("Peter glemte mødet.", "Peter", "Peter"),
    ("Du kom for sent.", "kom", "komme"),
    # DDT lemma conventions where the lookup table reads the form as another word class
    ("Du skal lede mødet i morgen.", "lede", "lede"),
    ("Han spiser frokost ved skrivebordet.", "spiser", "spise"),
    ("Vi har talt om f.eks. budgettet.", "f.eks.", "for_eksempel"),
    # new compounds: the head is lemmatised, an uninflected compound is left alone
    ("Kundemøderne går godt.", "Kundemøderne", "kundemøde"),
    ("Budget-mødet blev flyttet.", "Budget-mødet", "budget-møde"),
    ("Onboardingen tog en uge.", "Onboardingen", "onboarding"),
])
def test_lemmas(nlp, text, word, lemma):
    assert tok(nlp(text), word).lemma_.lower() == lemma.lower()  # evaluate.py compares lemmas case-insensitively too


def test_text_preserved_and_offsets(nlp):
    text = "Styrker:\n- Grundig 👍\n\nUdvikling:\n* Kom kl. 10.30 d. 3/4  \n"
    doc = nlp(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx:t.idx + len(t.text)] == t.text


def test_saved_tokenizer_matches_spacy_danish_tokenizer(nlp):
    # the bundled pipeline loads its tokenizer rules from its own file only
    # (feedbacklint.SavedTokenizer.v1); it must split exactly like spaCy's Danish tokenizer
    text = ("Hej Peter 👍 f.eks. evt. bl.a. kl. 10.30 d. 3/4:\n- Send rapporten (inden fredag)!\n"
            "• Tjek tallene, dvs. budgettet. Årsrapporterne blev godkendt... \"Godt\", sagde hun?")
    reference = spacy.blank("da")
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in reference.make_doc(text)]
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "feedbacklint.SavedTokenizer.v1"


@pytest.mark.parametrize("text,word,pos", [
    ("Vi har brug for en ny plan.", "har", "VERB"),       # main verb: no participle in the clause
    ("Du har sendt rapporten til Mette.", "har", "AUX"),  # perfect
    ("Hun havde mange gode idéer på mødet.", "havde", "VERB"),
])
def test_have_is_aux_only_before_a_participle(nlp, text, word, pos):
    assert tok(nlp(text), word).pos_ == pos


def test_passive_blive_is_aux_but_blive_with_adjective_is_not(nlp):
    assert tok(nlp("Rapporten blev sendt i går."), "blev").pos_ == "AUX"
    assert tok(nlp("Hun blev meget glad for opgaven."), "glad").pos_ == "ADJ"


@pytest.mark.parametrize("text,word,pos", [
    ("Det er en god idé.", "Det", "PRON"),
    ("De kom for sent til mødet.", "De", "PRON"),
])
def test_demonstrative_before_verb_is_pronoun(nlp, text, word, pos):
    assert tok(nlp(text), word).pos_ == pos


@pytest.mark.parametrize("text,word", [
    ("Du var uforberedt til mødet.", "uforberedt"),             # u- + participle
    ("Forslagene var meget konstruktive.", "konstruktive"),      # adjective ending after a copula
    ("Hun er utrolig pligtopfyldende.", "pligtopfyldende"),
    ("Du virker stresset for tiden.", "stresset"),                # state participle list
    ("Teamet var frustreret over planen.", "frustreret"),
])
def test_predicate_adjective_after_copula(nlp, text, word):
    assert tok(nlp(text), word).pos_ == "ADJ"


def test_predicate_rule_leaves_adverbs_and_passives(nlp):
    assert tok(nlp("Du er egentlig ret dygtig til Excel."), "egentlig").pos_ != "ADJ"
    assert tok(nlp("Rapporten er udarbejdet af Mette."), "udarbejdet").pos_ != "ADJ"
    assert tok(nlp("Du har motiveret hele teamet."), "motiveret").pos_ != "ADJ"  # perfect, not a predicate
