"""The review's own text handling on arbitrary input: exact offsets, no crash, text never altered."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from feedbacklint.review import build_report
from feedbacklint.review.highlight import marked_text
from feedbacklint.review.segments import segment

NOTE_ALPHABET = st.sampled_from(list("abcæøå ABCÆØÅ.,:;?!-*#\n\r\t—–»«0123456789/") + ["Hvad ", "Du er ", "Aftaler:\n", "- ", "## ", "inden 1. marts", "\r\n"])
notes = st.lists(NOTE_ALPHABET, max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(notes)
def test_units_point_exactly_into_the_text(text):
    for u in segment(text):
        assert 0 <= u.start < u.end <= len(text)
        assert text[u.start : u.end] == u.text


@settings(max_examples=200, deadline=None)
@given(notes)
def test_report_is_valid_for_any_text(text):
    report = build_report(text, [])
    assert 0 <= report.score <= 100
    assert len(report.top_actions) <= 3
    for located in [*report.questions, *report.feedback, *report.agreements]:
        assert text[located.start : located.end] == located.text
    for action in report.top_actions:
        if action.start is not None:
            assert 0 <= action.start <= action.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_highlighted_html_is_the_original_text(text):
    # marks and anchors removed and entities decoded, the user's text is unchanged
    fragment = marked_text(text, [], anchors=[0, len(text) // 2])
    assert html.unescape(re.sub(r"<[^>]+>", "", fragment)) == text
