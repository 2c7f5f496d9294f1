"""Sentence ends at abbreviations: a title's full stop is no sentence end."""

from __future__ import annotations


def _sentences(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text.strip() for s in nlp(text).sents]


def test_a_plural_title_before_names_does_not_end_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The survey has Smith ahead with 31 percent, then Ben Carson at 15 percent and "
        "Sens. Marco Rubio and Ted Cruz at 10 and 9 percent. The poll was taken Monday."
    )
    assert _sentences(nlp, text) == [
        text[: text.index(" The poll")],
        "The poll was taken Monday.",
    ]


def test_stacked_titles_stay_in_their_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The race pits Reps. Tom Ames and Lt. Gov. Jo Park against each other. Voting is in May."
    first = "The race pits Reps. Tom Ames and Lt. Gov. Jo Park against each other."
    assert _sentences(nlp, text)[0] == first


def test_an_abbreviation_before_a_lower_case_word_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The fund bought 4,000 shares of Cie. de Transports Alpins on Monday. Its shares rose."
    first = "The fund bought 4,000 shares of Cie. de Transports Alpins on Monday."
    assert _sentences(nlp, text)[0] == first


def test_a_state_abbreviation_can_still_end_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bank moved its offices to Fresno, Calif. The company said it would hire 40 people."
    assert _sentences(nlp, text) == [
        "The bank moved its offices to Fresno, Calif.",
        "The company said it would hire 40 people.",
    ]


def test_a_bracket_closed_with_no_stop_inside_ends_no_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "For all the talk of preparing for a wild attack at the first debate later this month "
        "(her team has reportedly consulted experts and a former aide of his) Lane is facing "
        "a harder problem at home. Her aides agree."
    )
    assert _sentences(nlp, text)[0] == text[: text.index(" Her aides")]


def test_a_bracketed_sentence_still_ends_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The vote was close. (The count took two days.) Lane won by nine votes."
    assert _sentences(nlp, text)[-1] == "Lane won by nine votes."


def test_a_sentence_run_into_the_one_before_with_no_space_starts_anew(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The last group is the party's moderates.The only one who can unite them is Lane."
    assert _sentences(nlp, text) == [
        "The last group is the party's moderates.",
        "The only one who can unite them is Lane.",
    ]


def test_a_quotation_closed_against_the_next_sentence_ends_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We want the mill back - and so do the voters!”After the rally in Tulsa, Lane left."
    assert _sentences(nlp, text) == [
        "“We want the mill back - and so do the voters!”",
        "After the rally in Tulsa, Lane left.",
    ]


def test_initials_and_titles_glued_to_a_name_end_no_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He ran for the U.S.Senate in Ohio and met Sen.Ruiz there. It went well."
    assert _sentences(nlp, text)[0] == text[: text.index(" It went")]
