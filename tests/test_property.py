"""Property-based tests: whatever text comes in, lint never fails and every finding points at itself.

Example counts are bounded by a settings profile so the suite stays within
minutes on CI; ``HYPOTHESIS_PROFILE=thorough`` runs many more examples.
"""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedbacklint import Linter, Report
from feedbacklint.cli import cli

settings.register_profile(
    "feedbacklint",
    max_examples=25,
    deadline=None,  # the machine may be busy; speed has its own benchmarks
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    derandomize=True,  # CI failures reproduce
)
settings.register_profile("thorough", parent=settings.get_profile("feedbacklint"), max_examples=500, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "feedbacklint"))

# Sentences that do trigger rules, so the properties are checked on real findings.
TRIGGERS = [
    "Du kommer altid for sent.",
    "Du er for stille.",
    "Godt arbejde!",
    "Søren er en enspænder på møderne.",
    "Du gør det godt, men du skal være mere præcis.",
    "Hvorfor har du ikke svaret på mine mails?",
    "Kan du se, at det er et problem?",
    "Jeg har hørt fra flere, at du afbryder på møderne.",
    "Du er ikke så hurtig som Mette.",
    "Måske kunne du eventuelt overveje at sige lidt mere.",
    "Sidste år var du aldrig forberedt.",
    "Jeg har tilmeldt dig et kursus i præsentationsteknik i marts.",
    "Din rapport til bestyrelsen i oktober var grundig, og tallene stemte.",
]
DANISH = "Ærlig talt øver Åse sig på at få møderne på plads; Øjvind og Æbelø-holdet går på kompromis."

line_break = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\u2028", "\x0b", "\x0c", "\x85"])
danish_cased = st.sampled_from([str.upper, str.lower, str.title, str.swapcase, str.capitalize]).map(
    lambda f: f(DANISH)
)
trigger = st.sampled_from(TRIGGERS) | st.sampled_from(TRIGGERS).map(str.upper) | st.sampled_from(TRIGGERS).map(str.lower)
rtl = st.text(alphabet=st.characters(min_codepoint=0x0590, max_codepoint=0x06FF), min_size=1, max_size=30)
bidi_marks = st.sampled_from(["\u200f", "\u200e", "\u202b", "\u202c", "\u2067", "\u2069"])
emoji = st.sampled_from(["👩‍👩‍👧", "👍🏽", "🇩🇰", "❤️", "🧑‍💻", "🏳️‍🌈", "😀" * 5])
combining = st.text(alphabet=st.characters(categories=["Mn", "Me"]), min_size=1, max_size=8)
punct_only = st.text(alphabet=st.characters(categories=["Po", "Ps", "Pe", "Pd", "Pi", "Pf", "Sm", "Sc"]), min_size=1, max_size=40)
any_unicode = st.text(max_size=60)  # every code point except surrogates: control chars and NUL included
controls = st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), min_size=1, max_size=10)

fragment = st.one_of(
    trigger, trigger, trigger, danish_cased, line_break, line_break, rtl, bidi_marks, emoji, combining,
    punct_only, any_unicode, controls, st.just(" "), st.just("\t"), st.just("\x00"),
)
feedback_like = st.lists(fragment, max_size=25).map("".join)
lone_surrogate = st.characters(categories=["Cs"])
with_surrogates = st.lists(fragment | lone_surrogate.map(str), max_size=25).map("".join)


def position(text: str, offset: int) -> tuple[int, int]:
    """(line, column), 1-based, computed by walking the text: \\r\\n, \\r and \\n each end a line."""
    line, line_start, i = 1, 0, 0
    while i < offset:
        ch = text[i]
        if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            if i + 2 <= offset:
                line, line_start = line + 1, i + 2
            i += 2
            continue
        if ch in "\r\n":
            line, line_start = line + 1, i + 1
        i += 1
    return line, offset - line_start + 1


def assert_sound(text: str, report: Report) -> None:
    assert isinstance(report, Report)
    starts = [(f.start, f.end) for f in report.findings]
    assert starts == sorted(starts), "findings are sorted by position"
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text), (f.rule_id, f.start, f.end, len(text))
        assert text[f.start : f.end] == f.excerpt
        assert (f.line, f.column) == position(text, f.start), f.rule_id
        assert (f.end_line, f.end_column) == position(text, f.end), f.rule_id
        for s in f.suggestions:
            assert 0 <= s.start <= s.end <= len(text), (f.rule_id, s)
            applied = text[: s.start] + s.text + text[s.end :]
            assert isinstance(applied, str)


def test_position_helper_agrees_with_editors():
    text = "a\r\nb\rc\nd"
    assert [position(text, text.index(c)) for c in "abcd"] == [(1, 1), (2, 1), (3, 1), (4, 1)]
    assert position(text, 2) == (1, 3)  # between \r and \n: still the first line


@given(text=feedback_like)
def test_lint_is_sound_on_feedback_like_text(linter: Linter, text: str):
    report = linter.lint(text)
    assert_sound(text, report)
    assert linter.lint(text).model_dump() == report.model_dump(), "same text, same report"


@given(text=with_surrogates)
def test_lone_surrogates_through_the_api(linter: Linter, text: str):
    report = linter.lint(text)
    assert_sound(text, report)


@given(texts=st.lists(feedback_like, min_size=1, max_size=5))
def test_lint_many_equals_lint_one_by_one(linter: Linter, texts: list[str]):
    many = linter.lint_many(texts, batch_size=2)
    assert [r.model_dump() for r in many] == [linter.lint(t).model_dump() for t in texts]


@settings(max_examples=4)
@given(
    letter=st.sampled_from(["a", "æ", "Ø", "7", "\u0301", "a\u0301"]),
    size=st.integers(min_value=90_000, max_value=100_000),
    around=st.sampled_from(TRIGGERS),
)
def test_100k_character_word(linter: Linter, letter: str, size: int, around: str):
    text = f"{around} {(letter * size)[:size]} {around}"
    assert_sound(text, linter.lint(text))


@pytest.mark.parametrize("symbol", ["🙂", "!", "👩‍👩‍👧"])
def test_long_run_of_symbols_is_sound(linter: Linter, symbol: str):
    # every symbol is a token here (a trained pipeline tags each one): 5,000 characters keep it quick
    text = f"Du er for stille. {symbol * (5_000 // len(symbol))} Godt arbejde!"
    report = linter.lint(text)
    assert_sound(text, report)
    assert "Du er for stille" in {f.excerpt for f in report.findings}


@pytest.mark.parametrize(
    "text",
    ["", "\n" * 5000, "\r\n" * 3000, "\r" * 3000, "!?.,;:-–—…" * 500, "\x00" * 100, " " * 10_000, "\u200b" * 1000],
)
def test_degenerate_texts_are_clean(linter: Linter, text: str):
    assert linter.lint(text).findings == []


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_line_endings_give_the_same_findings_and_right_lines(linter: Linter, ending: str):
    lines = ["Hej Mads", "", "Du kommer altid for sent.", "Du er for stille.", "Godt arbejde!"]
    text = ending.join(lines)
    report = linter.lint(text)
    assert_sound(text, report)
    assert {(f.rule_id, f.line) for f in report.findings} == {
        (f.rule_id, f.line) for f in linter.lint("\n".join(lines)).findings
    }
    assert report.findings, "the sample has findings"


@pytest.mark.parametrize("case", [str.upper, str.lower, str.title, str.swapcase])
def test_danish_letters_in_every_case(linter: Linter, case):
    text = case("Søren, du kommer altid for sent til møderne på Ærø, og du er for stille.")
    assert_sound(text, linter.lint(text))


# -- the CLI ------------------------------------------------------------------
@settings(max_examples=12)
@given(text=feedback_like)
def test_cli_check_json_on_stdin_is_sound(text: str):
    data = text.encode("utf-8")
    res = CliRunner().invoke(cli, ["check", "--format", "json", "-"], input=data, catch_exceptions=False)
    assert res.exit_code in (0, 1), res.output
    assert "Traceback" not in res.stderr
    payload = json.loads(res.stdout)
    if b"\x00" in data:  # looks binary: skipped with a message naming stdin, not linted
        assert payload["files"] == [] and res.exit_code == 0
        assert "-:" in res.stderr
        return
    (entry,) = payload["files"]
    decoded = data.decode("utf-8-sig")  # a leading BOM is not part of the text
    for f in entry["findings"]:
        assert 0 <= f["start"] < f["end"] <= len(decoded)
        assert decoded[f["start"] : f["end"]] == f["excerpt"]
        assert (f["line"], f["column"]) == position(decoded, f["start"])
    assert (res.exit_code == 1) == bool(entry["findings"])


@settings(max_examples=10)
@given(data=st.binary(max_size=300))
def test_cli_check_arbitrary_bytes_never_crashes(data: bytes):
    res = CliRunner().invoke(cli, ["check", "-"], input=data, catch_exceptions=False)
    assert res.exit_code in (0, 1, 2)
    assert "Traceback" not in res.output
    if res.exit_code == 2:
        assert "-:" in res.stderr  # names the input
