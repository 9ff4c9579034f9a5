"""Tokenisation and rule-based sentence segmentation of real-looking feedback notes.

These run on a blank Danish pipeline + feedbacklint_segmenter (fast, no model
needed) and again on the bundled model when it is present.
"""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

import feedbacklint.nlp.components  # noqa: E402,F401
from feedbacklint.nlp.loader import BUNDLED_MODEL_DIR  # noqa: E402


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("da")
    nlp.add_pipe("feedbacklint_segmenter")
    return nlp


@pytest.fixture(scope="module")
def bundled():
    if not (BUNDLED_MODEL_DIR / "config.cfg").is_file():
        pytest.skip("bundled model not built")
    return spacy.load(BUNDLED_MODEL_DIR)


def sents(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    return [s.text.strip() for s in doc.sents if s.text.strip()]


CASES = [
    # (text, expected sentences)
    ("Flot rapport, men den kom for sent.", ["Flot rapport, men den kom for sent."]),
    ("Du er for stille. Send rapporten inden fredag.", ["Du er for stille.", "Send rapporten inden fredag."]),
    ("- Tjek tallene før afsendelse\n- Send rapporten til Peter\n- Book et møde",
     ["- Tjek tallene før afsendelse", "- Send rapporten til Peter", "- Book et møde"]),
    ("* Grundig analyse\n* God dialog med kunden", ["* Grundig analyse", "* God dialog med kunden"]),
    ("• Du er for stille på møderne 🙂\n• Hvorfor var du ikke med kl. 9?",
     ["• Du er for stille på møderne 🙂", "• Hvorfor var du ikke med kl. 9?"]),
    ("1. Tjek tallene.\n2. Send rapporten.\n3. Book et møde.",
     ["1. Tjek tallene.", "2. Send rapporten.", "3. Book et møde."]),
    ("Styrker:\n- Grundig\n- Hjælpsom\n\nUdviklingsområder:\n- Kom til tiden",
     ["Styrker:", "- Grundig", "- Hjælpsom", "Udviklingsområder:", "- Kom til tiden"]),
    ("Du kan f.eks. starte mødet kl. 10 d. 3/4.", ["Du kan f.eks. starte mødet kl. 10 d. 3/4."]),
    ("Vi kan evt. mødes kl. 10.30 og bl.a. tale om budgettet.",
     ["Vi kan evt. mødes kl. 10.30 og bl.a. tale om budgettet."]),
    ("Mødet starter kl. 10. Husk referatet.", ["Mødet starter kl. 10.", "Husk referatet."]),
    ("Godt gået! Hvad skete der? Jeg ved det ikke.", ["Godt gået!", "Hvad skete der?", "Jeg ved det ikke."]),
    ("Du har gjort et godt\nstykke arbejde.", ["Du har gjort et godt\nstykke arbejde."]),
    ("Tak 🙏 for hjælpen i dag.", ["Tak 🙏 for hjælpen i dag."]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_segmenter_blank(blank, text, expected):
    assert sents(blank, text) == expected


@pytest.mark.parametrize("text,expected", CASES)
def test_segmenter_bundled(bundled, text, expected):
    assert sents(bundled, text) == expected


@pytest.mark.parametrize("text", [c[0] for c in CASES] + ["  Indrykket tekst\n\n\n- punkt  \n", "", "\n", "😀😀"])
def test_tokenizer_never_alters_text(blank, text):
    doc = blank(text)
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text


def test_abbreviations_and_numbers_are_single_tokens(blank):
    doc = blank("Ring f.eks. kl. 10 d. 3/4 eller evt. 10.30, bl.a. til Peter.")
    words = [t.text for t in doc]
    for w in ("f.eks.", "kl.", "3/4", "evt.", "10.30", "bl.a."):
        assert w in words


def test_bullet_is_own_token_and_starts_sentence(blank):
    doc = blank("Noter:\n- Tjek tallene\n• Send mailen\n* Ring til Mette")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Noter", "-", "•", "*"]
