"""A count whose clause names no place is scoped from the sentences before, or not shown."""

from __future__ import annotations

import pytest
from sentence_fixtures import extraction_with

from briefgen.scope import resolve_scope, unscoped_count
from briefgen.shown import read_alone


def test_a_count_the_sentence_before_places_is_named_in_brackets() -> None:
    text = (
        "Health officials in Wales met on Monday to plan for the winter. "
        "By yesterday, 18 people had been admitted to hospital, with five in intensive care."
    )
    ext = extraction_with(text, ("Wales", "state"))
    second = text[text.index("By yesterday") :]
    assert read_alone(second, text.index(second), ext) == (
        "By yesterday, 18 people [in Wales] had been admitted to hospital, with five in"
        " intensive care."
    )


def test_a_number_of_cases_is_placed_after_its_noun() -> None:
    text = (
        "Ministers in Norway said the outbreak was growing. "
        "The number of cases soared to 312 by the weekend, with two more in hospital."
    )
    ext = extraction_with(text, ("Norway", "state"))
    second = text[text.index("The number") :]
    assert resolve_scope(second, text.index(second), ext) == (
        "The number of cases [in Norway] soared to 312 by the weekend, with two more in hospital."
    )


def test_a_place_after_a_thousands_comma_scopes_the_count() -> None:
    text = (
        "Westland condemned the attacks on Saturday. More than 100 people have been killed "
        "and more than 1,000 others wounded in the blasts in Marlow and Penbury on Friday."
    )
    second = text[text.index("More than") :]
    ext = extraction_with(text, ("Westland", "state"))
    assert resolve_scope(second, text.index(second), ext) == second


def test_a_place_in_an_adjunct_after_a_comma_does_not_scope_the_count() -> None:
    text = "The number of cases soared to 498, followed by the first death outside Peru."
    assert unscoped_count(text, 0, extraction_with(text, ("Peru", "state"))) is not None


def test_a_count_with_no_place_or_two_places_before_it_is_not_shown() -> None:
    text = (
        "Officials in Peru and Chile said the outbreak was growing. "
        "By yesterday, 18 people had been admitted to hospital since the first case."
    )
    ext = extraction_with(text, ("Peru", "state"), ("Chile", "state"))
    second = text[text.index("By yesterday") :]
    assert read_alone(second, text.index(second), ext) is None
    alone = extraction_with(second)
    assert read_alone(second, 0, alone) is None


def test_a_count_its_clause_places_or_the_world_scopes_stands() -> None:
    for text in (
        "By yesterday, 18 people had been admitted to hospital in Glasgow after the outbreak.",
        "In Peru, health officials said 18 people had been admitted to hospital on Friday.",
        "The number of confirmed cases worldwide rose to 1,200 on Tuesday, officials said.",
        "Peru said on Monday that 18 people had been admitted to hospital with the flu.",
        "There were 204 new cases today; the total number in Peru has doubled in a week.",
        "The health board confirmed there are now 6,538 cases in the valley.",
        # a year is no count, nor what follows its comma
        "The nominee released his returns in 2012, exposing his bank accounts.",
        # measures and places are no tally of things that happen somewhere
        "The outbreak has now lasted 18 days and spread to 12 countries on three continents.",
    ):
        ext = extraction_with(text, ("Peru", "state"))
        assert unscoped_count(text, 0, ext) is None, text


def test_a_state_poll_is_placed_from_the_sentence_that_introduces_the_poll() -> None:
    text = (
        "A new survey of likely voters in Ohio came out on Tuesday. "
        "Mr. Grant leads by 57 percent to 33 percent, with the rest undecided."
    )
    ext = extraction_with(text, ("Ohio", "state"))
    second = text[text.index("Mr. Grant") :]
    assert read_alone(second, text.index(second), ext) == (
        "Mr. Grant leads by 57 percent to 33 percent [in Ohio], with the rest undecided."
    )


@pytest.mark.parametrize(
    ("second", "shown"),
    [
        # the rival between the verb and the margin, a past "led", a qualified margin
        (
            "Mr. Grant led Ms. Lane by 20 percentage points among older voters.",
            "Mr. Grant led Ms. Lane by 20 percentage points [in Ohio] among older voters.",
        ),
        (
            "The average of three polls has Ms. Lane leading by an average of 20 points.",
            "The average of three polls has Ms. Lane leading by an average of 20 points [in Ohio].",
        ),
    ],
)
def test_a_state_poll_margin_however_it_is_worded_is_placed(second: str, shown: str) -> None:
    text = "A new survey of likely voters in Ohio came out on Tuesday. " + second
    ext = extraction_with(text, ("Ohio", "state"))
    assert read_alone(second, text.index(second), ext) == shown


def test_a_poll_after_a_campaign_stop_or_said_to_be_national_is_left_as_written() -> None:
    stop = (
        "Mr. Grant campaigned in Ohio on Monday. "
        "Ms. Lane leads by five points, with the rest undecided."
    )
    second = stop[stop.index("Ms. Lane") :]
    assert resolve_scope(second, stop.index(second), extraction_with(stop, ("Ohio", "state"))) == (
        second
    )
    national = (
        "A new survey of likely voters in Ohio came out on Tuesday. "
        "Nationally, Ms. Lane leads by five points, with the rest undecided."
    )
    second = national[national.index("Nationally") :]
    ext = extraction_with(national, ("Ohio", "state"))
    assert resolve_scope(second, national.index(second), ext) == second


def test_a_poll_figure_takes_its_place_from_the_passage_that_speaks_of_that_electorate() -> None:
    text = (
        "Over 90 percent of voters in Vermont and Kansas live in small towns. "
        "Vermont used to be a reliable Republican state in the 1970s. "
        "But since 1992 it has backed the other party in every race. "
        "Ms Lane leads by 57 percent to 33 percent in the new poll."
    )
    ext = extraction_with(text, ("Vermont", "state"), ("Kansas", "state"))
    last = text[text.index("Ms Lane") :]
    assert read_alone(last, text.index(last), ext) == (
        "Ms Lane leads by 57 percent to 33 percent [in Vermont] in the new poll."
    )


def test_a_poll_figure_after_a_sentence_naming_two_electorates_is_not_shown() -> None:
    text = (
        "Vermont and Kansas were both won by the other party in 1964. "
        "The new poll finds Ms Lane up a narrow four points, with many undecided."
    )
    ext = extraction_with(text, ("Vermont", "state"), ("Kansas", "state"))
    last = text[text.index("The new poll") :]
    assert read_alone(last, text.index(last), ext) is None


def test_a_share_of_support_in_a_paragraph_about_the_state_takes_the_place_above() -> None:
    text = (
        "Kansas has long been loyal to Republicans in every race.\n\n"
        "Ms Lane is still the favourite to win the state this year. "
        "Her rival's 34 percent support is well below the party's record."
    )
    ext = extraction_with(text, ("Kansas", "state"))
    last = text[text.index("Her rival") :]
    assert resolve_scope(last, text.index(last), ext) == (
        "Her rival's 34 percent support [in Kansas] is well below the party's record."
    )
    # only the paragraph just above is read: an electorate two paragraphs up is not the one
    far = text.replace("\n\n", "\n\nThe debate is set for the autumn.\n\n", 1)
    last = far[far.index("Her rival") :]
    shown = resolve_scope(last, far.index(last), extraction_with(far, ("Kansas", "state")))
    assert "Kansas" not in (shown or "")


def test_a_bare_share_going_on_with_the_sentence_befores_measure_is_not_shown() -> None:
    text = (
        "The poll has bad news for the mayor, as 25 percent say they would never back him. "
        "Ms Lane comes second, with 22 percent saying they would never back her. "
        "Grant and Ames both get 16 percent."
    )
    ext = extraction_with(text)
    last = text[text.index("Grant and Ames") :]
    assert resolve_scope(last, text.index(last), ext) is None
    # a share that says what it measures stands
    told = text.replace("both get 16 percent.", "both get 16 percent support among voters.")
    last = told[told.index("Grant and Ames") :]
    assert resolve_scope(last, told.index(last), extraction_with(told)) == last


def test_a_share_with_no_one_it_is_a_share_of_is_not_shown() -> None:
    poll = "The poll of 1,000 adults was taken by phone last week. "
    bare = "More than six in 10 said they were not looking forward to the next few months."
    ext = extraction_with(poll + bare)
    assert read_alone(bare, len(poll), ext) is None
    for said in (
        "Six in 10 Ohio voters said they were not looking forward to the next few months.",
        "More than half of Ohio voters said they were not looking forward to the campaign.",
    ):
        assert read_alone(said, len(poll), extraction_with(poll + said)) == said


def test_a_place_past_the_standings_clause_or_in_an_epithet_does_not_place_the_poll() -> None:
    text = (
        "The Vermont senator trails Ms. Lane in polling in Ohio by a wide margin. "
        "Ms. Lane led Mr. Grant by 20 points among older voters, who backed her in Iowa."
    )
    ext = extraction_with(text, ("Vermont", "state"), ("Ohio", "state"), ("Iowa", "state"))
    second = text[text.index("Ms. Lane led") :]
    assert read_alone(second, text.index(second), ext) == (
        "Ms. Lane led Mr. Grant by 20 points [in Ohio] among older voters, who backed her in Iowa."
    )
