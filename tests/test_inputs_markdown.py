"""Markdown masking: what is checked, what is blanked, and that offsets never move."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from feedbacklint.markdown import mask

PIECES = st.sampled_from(
    ["Du er for stille.", "- ", "* ", "1. ", "# ", "> ", "```", "~~~", "    ", "\t", "\n", "\r\n", "\r", "---",
     "+++", "<!--", "-->", "`", "**", "_", "[", "](", ")", "<b>", "|", "æøå", "\ufeff", " ", "\\"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_mask_keeps_length_line_breaks_and_only_blanks(text):
    masked = mask(text)
    assert len(masked) == len(text)
    for orig, new in zip(text, masked):
        assert new == orig or new in " \n", (orig, new)
        if orig in "\r\n":
            assert new == orig  # line breaks stay, so line numbers stay


def kept(text: str) -> str:
    """The prose left after masking, whitespace collapsed."""
    return " ".join(mask(text).split())


def test_yaml_and_toml_front_matter_are_blanked():
    assert kept("---\ntitel: Du er doven\n---\nDu er for stille.\n") == "Du er for stille."
    assert kept("+++\ntitel = 'Du er doven'\n+++\nDu er for stille.\n") == "Du er for stille."
    # a thematic break later in the file is not front matter
    assert kept("Hej.\n---\nDu er for stille.\n") == "Hej. Du er for stille."


def test_fences_need_a_matching_closer():
    assert kept("~~~~\nkode\n~~~\nmere kode\n~~~~\nDu er for stille.") == "Du er for stille."
    assert kept("```python\nx = 1\n```\nTekst.") == "Tekst."
    assert kept("```\nalt resten er kode\nDu er for stille.") == ""  # unclosed: to the end, as renderers do


def test_indented_code_but_not_list_continuations():
    assert kept("Tekst.\n\n    kode()\n\nMere tekst.") == "Tekst. Mere tekst."
    assert kept("- punkt\n\n    fortsat afsnit i punktet") == "punkt fortsat afsnit i punktet"
    assert kept("Et afsnit\n    der fortsætter indrykket.") == "Et afsnit der fortsætter indrykket."


def test_inline_markup_is_blanked_but_words_stay():
    text = "Se [guiden](https://x.dk/a) og ![logo](a.png), `kode`, <https://x.dk> og <b>fed</b> **tekst** \\*."
    assert kept(text) == "Se guiden og , , og fed tekst *."
    assert kept("[ref]: https://x.dk\nDu er [for stille][ref].") == "Du er for stille ."


def test_comments_blockquotes_headings_tables():
    assert kept("<!-- skjult\nDu er doven -->Synligt.") == "Synligt."
    assert kept("> > Du er for stille.") == "Du er for stille."
    assert kept("## Mål for 2025 ##") == "Mål for 2025"
    assert kept("| a | b |\n|---|:-:|\n| Du er for stille. | x |") == "a b Du er for stille. x"


def test_block_starts_become_paragraph_breaks():
    masked = mask("- en\n- to\n1) tre\n# fire\n---\nfem")
    # every item/heading/break starts with a blank line, so each is chunked on its own
    assert masked == "\n en\n\n to\n\n  tre\n\n fire\n\n  \nfem"


def test_task_list_boxes_are_blanked():
    assert kept("- [ ] Du er for stille.\n- [x] Færdig.") == "Du er for stille. Færdig."
