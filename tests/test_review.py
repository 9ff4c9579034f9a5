"""`feedbacklint review`: each dimension on small crafted notes, and the length-neutral score."""

from __future__ import annotations

import pytest

from feedbacklint.review import Reviewer, ReviewReport, Status


@pytest.fixture(scope="module")
def reviewer(linter) -> Reviewer:
    return Reviewer(linter=linter)


GOOD_NOTES = """\
## Forberedelse
- Sara har brug for mere sparring fra mig, når hun skal prioritere mellem kunderne.
- Sidste gang lovede jeg hende et kursus i projektledelse, og det har jeg holdt.
- Det vigtigste at tale om er hendes arbejdspres, selvom det er ubehageligt.

## Feedback
- På kundemødet i oktober svarede du roligt på de kritiske spørgsmål, så kunden følte sig hørt. Næste gang vil jeg gerne have, at du også leder mødet.
- Næste gang vil jeg gerne have, at du sender dagsordenen fredag, så teamet kan forberede sig.

## Spørgsmål
- Hvad giver dig energi i dit arbejde?
- Hvordan kan jeg støtte dig bedre?
- Hvilke opgaver vil du gerne have mere af?

## Aftaler
- Jeg booker kurset inden 1. marts.
- Sara laver et udkast til en prioriteringsliste inden uge 12.
- Vi holder en kort opfølgning om tre måneder.
"""

FILLER = (
    "Vi har haft et travlt år i afdelingen. Kaffemaskinen er blevet udskiftet. "
    "Samtalen foregår i det store mødelokale. Der er mange ting at nå i år. "
    # filler about the employee: true, but not feedback
    "Du sidder i team Nord. Du har en bærbar computer. Du har været her i tre år. "
)


def dims(report: ReviewReport) -> dict[str, int]:
    return {d.name: d.score for d in report.dimensions}


# -- whole report -------------------------------------------------------------


def test_good_notes_are_ready(reviewer):
    report = reviewer.review(GOOD_NOTES)
    assert report.score >= 80
    assert {d.name: d.status for d in report.dimensions}["preparation"] == Status.OK
    assert [d.name for d in report.dimensions] == [
        "preparation", "questions", "direction", "concreteness", "agreements", "follow_up", "wording",
    ]
    for d in report.dimensions:
        assert 0 <= d.score <= 100 and d.reason


def test_empty_notes_are_missing_everything_without_error(reviewer):
    report = reviewer.review("   \n")
    assert report.score == 0
    assert all(d.status == Status.MISSING for d in report.dimensions)
    assert report.findings == []


def test_review_rejects_non_text(reviewer):
    with pytest.raises(TypeError):
        reviewer.review(b"bytes")  # type: ignore[arg-type]


# -- padding: the score must not reward length ---------------------------------


@pytest.mark.parametrize("notes", [GOOD_NOTES, "## Feedback\n- Du gør det godt.\n- Er du glad for dit job?\n"])
def test_padding_with_filler_never_raises_any_score(reviewer, notes):
    base = reviewer.review(notes)
    padded = reviewer.review(notes + "\n" + FILLER * 15 + "\n")
    assert padded.score <= base.score
    for name, score in dims(padded).items():
        assert score <= dims(base)[name], name


def test_filler_between_sections_does_not_raise_the_score(reviewer):
    notes = GOOD_NOTES.replace("## Spørgsmål", FILLER * 10 + "\n\n## Spørgsmål")
    assert reviewer.review(notes).score <= reviewer.review(GOOD_NOTES).score


def test_repeating_vague_feedback_does_not_raise_the_score(reviewer):
    weak = "## Feedback\n- Du gør det godt.\n"
    longer = "## Feedback\n" + "- Du gør det godt. Godt arbejde i år.\n" * 10
    assert reviewer.review(longer).score <= reviewer.review(weak).score


# -- preparation --------------------------------------------------------------


def test_preparation_answers_point_at_the_answering_sentences(reviewer):
    notes = (
        "Mette savner sparring fra mig om budgettet.\n"
        "Jeg lovede sidst at skaffe en ekstra udvikler, og det lykkedes ikke.\n"
        "Det vigtigste er at tale om hendes sygefravær, også selvom det er svært at tage op.\n"
    )
    report = reviewer.review(notes)
    answers = {a.key: a for a in report.preparation}
    assert all(a.answered for a in answers.values())
    assert notes[answers["needs"].answer.start : answers["needs"].answer.end].startswith("Mette savner")
    assert "lovede" in answers["promises"].answer.text
    assert "sygefravær" in answers["priority"].answer.text
    assert report.dimension("preparation").status == Status.OK


def test_preparation_question_under_a_heading_is_answered_by_the_next_line(reviewer):
    notes = "## Forberedelse\n- Hvad lovede jeg sidst?\n  Et kursus i Excel, som er booket.\n"
    (promises,) = [a for a in reviewer.review(notes).preparation if a.key == "promises"]
    assert promises.answered and promises.answer.text == "Et kursus i Excel, som er booket."


def test_a_question_for_the_employee_is_not_the_managers_preparation(reviewer):
    report = reviewer.review("## Spørgsmål\n- Hvad har du brug for fra mig?\n- Hvad er det vigtigste for dig?\n")
    assert not any(a.answered for a in report.preparation)
    assert report.dimension("preparation").status == Status.MISSING
    assert report.dimension("preparation").score == 0


def test_partial_preparation_needs_attention_and_names_what_is_missing(reviewer):
    report = reviewer.review("Peter har brug for klarere mål fra mig.\n")
    dim = report.dimension("preparation")
    assert dim.status == Status.ATTENTION and 0 < dim.score < 100
    assert "lovede" in dim.reason


# -- questions ----------------------------------------------------------------


def test_questions_are_counted_open_and_closed(reviewer):
    notes = (
        "## Spørgsmål\n- Hvad giver dig energi?\n- Hvordan har dit år været?\n"
        "- Hvilke opgaver savner du?\n- Er du glad for dit job?\n- Kan vi mødes torsdag kl. 10?\n"
    )
    report = reviewer.review(notes)
    kinds = [q.kind.value for q in report.questions]
    assert kinds == ["open", "open", "open", "closed", "other"]
    assert report.dimension("questions").status == Status.OK
    assert "3 åbne, 1 lukket" in report.dimension("questions").reason


def test_mostly_closed_questions_score_lower_than_mostly_open(reviewer):
    closed = reviewer.review("- Er du glad for dit job?\n- Synes du selv, det gik godt?\n- Har du det godt?\n- Hvad giver dig energi?\n")
    open_ = reviewer.review("- Hvad giver dig energi?\n- Hvordan gik projektet?\n- Hvilke mål har du?\n- Er du glad for dit job?\n")
    assert closed.dimension("questions").score < open_.dimension("questions").score
    assert closed.dimension("questions").status == Status.ATTENTION


def test_no_questions_is_missing(reviewer):
    assert reviewer.review("Du svarede roligt på mødet.").dimension("questions").status == Status.MISSING


# -- direction and concreteness -------------------------------------------------


def test_direction_forward_and_back(reviewer):
    back = reviewer.review("## Feedback\n- Du lavede tre fejl i budgettet i marts.\n- Du glemte mødet i går.\n")
    forward = reviewer.review("## Feedback\n- Næste gang vil jeg gerne have, at du dobbelttjekker budgettet.\n")
    assert [f.direction for f in back.feedback] == ["back", "back"]
    assert back.dimension("direction").score == 0
    assert [f.direction for f in forward.feedback] == ["forward"]
    assert forward.dimension("direction").status == Status.OK


def test_concreteness_reads_situation_behaviour_impact_next_step(reviewer):
    notes = (
        "## Feedback\n"
        "- På tirsdagens kundemøde afbrød du kunden to gange, så hun ikke fik sagt sin pointe. Hvordan kan vi øve det før næste møde?\n"
        "- Du gør det godt.\n"
    )
    report = reviewer.review(notes)
    full, vague = report.feedback
    assert (full.situation, full.behaviour, full.impact) == (True, True, True)
    assert not any((vague.situation, vague.behaviour, vague.impact, vague.next_step))
    dim = report.dimension("concreteness")
    assert dim.status == Status.ATTENTION
    only_full = reviewer.review("## Feedback\n" + notes.splitlines()[1] + "\n")
    assert only_full.dimension("concreteness").score > dim.score


def test_feedback_outside_a_heading_is_found_by_who_it_is_about(reviewer):
    report = reviewer.review("Samtalen er torsdag.\nDu svarede roligt på kundens spørgsmål på mødet i går.\n")
    assert [f.text for f in report.feedback] == ["Du svarede roligt på kundens spørgsmål på mødet i går."]


# -- agreements and follow-up ---------------------------------------------------


def test_agreements_name_owner_and_deadline_and_list_the_incomplete(reviewer):
    notes = "## Aftaler\n- Jeg booker kurset inden 1. marts.\n- Sara laver et udkast til en plan.\n- Der skal ryddes op i mappen.\n"
    report = reviewer.review(notes)
    first, second, third = report.agreements
    assert (first.owner, first.deadline) == ("jeg", "1. marts") and first.complete
    assert second.owner == "Sara" and second.deadline is None and not second.complete
    assert third.owner is None
    dim = report.dimension("agreements")
    assert dim.status == Status.ATTENTION and "2 af 3" in dim.reason


def test_incomplete_agreement_is_a_top_action_when_agreements_weigh_most(reviewer):
    notes = GOOD_NOTES.replace("Sara laver et udkast til en prioriteringsliste inden uge 12.", "Sara laver et udkast.")
    report = reviewer.review(notes)
    assert report.dimension("agreements").status == Status.ATTENTION
    actions = [a for a in report.top_actions if a.dimension == "agreements"]
    assert actions and notes[actions[0].start : actions[0].end] == "Sara laver et udkast."


def test_no_agreements_is_missing(reviewer):
    assert reviewer.review("Hvad giver dig energi?").dimension("agreements").status == Status.MISSING


@pytest.mark.parametrize(
    ("sentence", "status", "planned"),
    [
        ("Vi følger op om tre måneder.", Status.OK, True),
        ("Kort opfølgning i uge 14.", Status.OK, True),
        ("Vi følger op på det.", Status.ATTENTION, False),
        ("Tak for i dag.", Status.MISSING, False),
    ],
)
def test_follow_up(reviewer, sentence, status, planned):
    report = reviewer.review(sentence)
    assert report.dimension("follow_up").status == status
    assert report.follow_up.planned is planned


# -- wording and top actions ---------------------------------------------------------


def test_findings_are_included_and_lower_wording(reviewer, linter):
    notes = "## Feedback\n- Du er for stille.\n- Du kommer altid for sent.\n"
    report = reviewer.review(notes)
    # the same findings as check on the text, with the "- " bullets masked as Markdown
    assert [(f.rule_id, f.excerpt) for f in report.findings] == [
        (f.rule_id, notes[f.start : f.end]) for f in linter.lint(notes.replace("- ", "  ")).findings
    ]
    assert {f.category.value for f in report.findings} >= {"trait-label", "absolute"}
    for f in report.findings:
        assert notes[f.start : f.end] == f.excerpt
    assert report.dimension("wording").score < 100
    assert report.dimension("wording").status == Status.ATTENTION


def test_top_actions_are_at_most_three_and_follow_the_weakest_dimensions(reviewer):
    report = reviewer.review("Du er for stille. Er du glad for dit job?")
    assert 1 <= len(report.top_actions) <= 3
    weights = {d.name: d.weight * (100 - d.score) for d in report.dimensions if d.status != Status.OK}
    assert report.top_actions[0].dimension == max(weights, key=weights.get)
    assert all(a.text for a in report.top_actions)


def test_ready_notes_have_no_top_actions_for_ok_dimensions(reviewer):
    report = reviewer.review(GOOD_NOTES)
    ok = {d.name for d in report.dimensions if d.status == Status.OK}
    assert not any(a.dimension in ok for a in report.top_actions)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Jeg vil spørge hende: Hvad giver dig energi?", "open"),
        ("Du trækker dig i gruppemøder — hvad tror du selv, der ligger bag det?", "open"),
        ("Hvornår har du følt dig mest udfordret – på den gode måde?", "open"),
        ("Skal vi kigge på dit udkast sammen onsdag?", "other"),
        ("Måske kunne du eventuelt prøve at sende timesedlen lidt før?", "other"),
        ("Trives du med dine opgaver?", "closed"),
        ("Synes du selv, det gik godt?", "closed"),
    ],
)
def test_question_kinds(reviewer, question, kind):
    (q,) = reviewer.review(question).questions
    assert q.kind.value == kind, q.why


def test_a_title_line_is_not_feedback(reviewer):
    report = reviewer.review("MUS med Karen 3. marts\n\nKaren svarede roligt på mødet i går.\n")
    assert [f.text for f in report.feedback] == ["Karen svarede roligt på mødet i går."]


def test_sentences_after_vi_aftaler_in_the_same_paragraph_are_agreements(reviewer):
    notes = "Vi aftaler, at Karen skriver noter efter hvert kundemøde fra 1. april. Jeg genindfører 1:1-møder inden påske.\n"
    report = reviewer.review(notes)
    assert [(a.owner, a.deadline) for a in report.agreements] == [("Karen", "1. april"), ("jeg", "inden påske")]


def test_findings_in_the_managers_own_preparation_are_listed_but_not_scored(reviewer, linter):
    prep_only = "## Forberedelse\n- Det vigtigste at tale om er, at han altid kommer for sent.\n"
    report = reviewer.review(prep_only)
    assert [f.category.value for f in report.findings] == ["absolute"]  # still shown
    assert report.dimension("wording").score == 100
    said = reviewer.review("## Feedback\n- Du kommer altid for sent.\n")
    assert said.dimension("wording").score < 100
