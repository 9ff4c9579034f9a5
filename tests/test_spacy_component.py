"""The spaCy component as a spaCy user adds it: ``nlp.add_pipe("feedbacklint")``."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
import spacy
from spacy.tokens import DocBin

from feedbacklint import ConfigError, Linter

TEXT = "Du er for stille. Du kommer altid for sent. Godt arbejde!"


@pytest.fixture()
def nlp():
    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    return nlp


def test_add_pipe_by_name_in_a_fresh_interpreter_without_importing_feedbacklint():
    # The user's code never imports feedbacklint: spaCy finds the factory via the entry point.
    code = textwrap.dedent(
        """
        import json, spacy
        nlp = spacy.blank("da")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("feedbacklint", config={"select": ["trait-label", "AB"], "ignore": ["absolute"]})
        doc = nlp(%r)
        print(json.dumps({
            "findings": [[f.rule_id, f.start, f.end, f.excerpt] for f in doc._.feedbacklint_findings],
            "spans": [[s.label_, s.text] for s in doc.spans["feedbacklint"]],
            "text": doc.text,
        }))
        """
        % TEXT
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [f[0] for f in data["findings"]] == ["TL001"]  # AB001 ignored through the config
    for _, start, end, excerpt in data["findings"]:
        assert data["text"][start:end] == excerpt
    assert data["spans"] == [["TL001", "Du er for stille"]]


def test_findings_equal_the_linter_on_the_same_pipeline(nlp):
    nlp.add_pipe("feedbacklint")
    doc = nlp(TEXT)
    expected = Linter(nlp=nlp).lint(TEXT).findings
    assert doc._.feedbacklint_findings == expected
    assert {f.rule_id for f in expected} >= {"TL001", "AB001"}


def test_span_level_access_per_sentence(nlp):
    nlp.add_pipe("feedbacklint", config={"select": ["TL", "AB"]})
    doc = nlp(TEXT)
    per_sentence = [[f.rule_id for f in s._.feedbacklint_findings] for s in doc.sents]
    assert per_sentence == [["TL001"], ["AB001"], []]


def test_component_does_not_parse_again(nlp):
    nlp.add_pipe("feedbacklint")
    nlp("Varm op.")  # compiles the matchers once
    calls = []
    tokenizer = nlp.tokenizer

    def counting(text):
        calls.append(text)
        return tokenizer(text)

    nlp.tokenizer = counting
    doc = nlp(TEXT)
    assert calls == [TEXT]
    assert doc._.feedbacklint_findings


def test_docs_with_findings_survive_docbin(nlp):
    nlp.add_pipe("feedbacklint")
    doc = nlp(TEXT)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab)
    assert back._.feedbacklint_findings == doc._.feedbacklint_findings


def test_suppression_comments_are_honoured(nlp):
    nlp.add_pipe("feedbacklint", config={"select": ["TL"]})
    doc = nlp("Du er for stille. <!-- feedbacklint-disable-line TL001 -->\nHan er doven.")
    assert [f.excerpt for f in doc._.feedbacklint_findings] == ["Han er doven"]


def test_unknown_rule_id_fails_at_add_pipe(nlp):
    with pytest.raises(ConfigError, match="XX999"):
        nlp.add_pipe("feedbacklint", config={"select": ["XX999"]})


def test_pipeline_without_sentence_boundaries_gets_a_clear_error():
    nlp = spacy.blank("da")
    nlp.add_pipe("feedbacklint")
    with pytest.raises(ValueError, match="sentencizer"):
        nlp("Du er for stille.")


def test_saved_pipeline_loads_with_the_component(nlp, tmp_path):
    nlp.add_pipe("feedbacklint", config={"select": ["TL", "AB"], "min_severity": "warning"})
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.pipe_names == ["sentencizer", "feedbacklint"]
    assert [f.rule_id for f in loaded("Du er for stille.")._.feedbacklint_findings] == ["TL001"]
