"""The review's cue-based readings checked against the shared labelled dev corpus."""

from __future__ import annotations

from feedbacklint.review.feedback import read
from feedbacklint.review.questions import classify, planned_questions
from feedbacklint.review.segments import segment

VAGUE = {"vague-praise", "vague-criticism", "trait-label"}


def _statements(text: str):
    return [u for u in segment(text) if not u.heading and not u.is_question]


def test_vague_single_sentences_are_never_concrete(dev_items):
    vague = [it for it in dev_items if VAGUE & set(it["labels"]) and len(_statements(it["text"])) == 1]
    assert len(vague) >= 20
    concrete = [it["text"] for it in vague if read(_statements(it["text"])[0], []).concrete]
    assert concrete == []


def test_most_clean_feedback_names_situation_and_behaviour(dev_items):
    clean = [
        it for it in dev_items
        if not it["labels"] and it["source"] in ("written-feedback", "360-comment", "mus-note") and _statements(it["text"])
    ]
    concrete = [it for it in clean if any(read(u, []).concrete for u in _statements(it["text"]))]
    assert len(concrete) / len(clean) >= 0.6


def test_question_fallback_never_calls_an_open_item_closed(dev_items):
    # without the linter's findings, only the word-order fallback decides
    for it in dev_items:
        if "closed-question" in it["labels"]:
            continue
        for u in planned_questions(segment(it["text"])):
            kind, why = classify(u, [])
            assert kind.value != "closed", (u.text, why)
