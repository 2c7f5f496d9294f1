"""Times in previews and quoted older texts: what is still ahead, and whose "ago" it is."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.timex import tag

SUNDAY = date(2016, 3, 6)  # the Thursday before is 3 March, the next one 10 March
FRIDAY = date(2016, 3, 4)
JANUARY = date(2016, 1, 20)


def _values(text: str, dct: date) -> list[str]:
    return [t.value for t in tag(text, dct) if t.type == "DATE"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a future action set at the day's happening: the happening is still ahead
        ("The two governors will square off at Thursday's forum in Ohio.", "2016-03-10"),
        ("The mayor is expected to defend the budget during Thursday's hearing.", "2016-03-10"),
        ("Both teams hope to settle the matter at Thursday's replay.", "2016-03-10"),
        ("Four candidates will take part in Thursday's forum.", "2016-03-10"),
        # getting ready for it, or a preview of it
        ("The two governors prepare for Thursday's forum.", "2016-03-10"),
        ("A preview of Thursday's forum, with the questions to watch.", "2016-03-10"),
        # the happening as the subject of its own schedule
        ("Thursday's hearing is due to start at 10 a.m.", "2016-03-10"),
        ("Thursday's forum will take place in the old town hall.", "2016-03-10"),
        # told in the past, or with no cue: the nearest day, the one just gone
        ("The governor stumbled at Thursday's forum.", "2016-03-03"),
        ("Critics pored over Thursday's ruling.", "2016-03-03"),
    ],
)
def test_a_weekday_s_happening_in_a_preview_lies_ahead(text: str, value: str) -> None:
    assert _values(text, SUNDAY) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a future verb with another preposition looks back at the happening
        "Lawyers will look for ways around Wednesday's ruling.",
        "The men will be punished for Wednesday's attack.",
        "Police will charge a second man in Wednesday's killing.",
        "The mayor had prepared for Wednesday's hearing for weeks.",
        # "would" is as often the past of reported speech
        "Aides said he would shine at Wednesday's forum.",
    ],
)
def test_a_weekday_s_happening_not_set_ahead_stays_behind(text: str) -> None:
    assert _values(text, FRIDAY) == ["2016-03-02"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a January report: the November of something possible, needed or hoped for
        ("Republicans need to carry Ohio in November.", "2016-11"),
        ("He can beat her in November, his aides argued.", "2016-11"),
        ("She is confident of winning in November.", "2016-11"),
        ("Their chances of holding the seat in November look slim.", "2016-11"),
        # "come November": when the month comes
        ("Come November, the party's voters will have had enough.", "2016-11"),
        ("The polls may look different come November.", "2016-11"),
        # the subject between the modal and its verb, in a question or after "not only"
        ("Not only can Ted Cruz win in November, he is the favourite.", "2016-11"),
        ("Can she carry Ohio in November?", "2016-11"),
        # a bare month told otherwise keeps the year news mostly means: the last one
        ("Sales fell in November.", "2015-11"),
        ("The plant could not sell its stock in November.", "2015-11"),
        ("The council must have known in November.", "2015-11"),
        ("The mayor had come November 3 to the hearing.", "2015-11-03"),
    ],
)
def test_a_bare_month_of_a_prospect_is_the_coming_one(text: str, value: str) -> None:
    assert _values(text, JANUARY) == [value]


def test_ago_in_a_quoted_older_text_counts_from_that_text() -> None:
    text = 'The memo, dated March 3, 2014, said: "Two weeks ago we lost the contract."'
    assert _values(text, JANUARY) == ["2014-03-03", "2014-W08"]


def test_ago_in_a_quoted_text_of_a_named_month_has_no_day() -> None:
    # ten days before some day of October 2015: not a day the timeline can show
    text = 'In a column in October 2015, she wrote: "Ten days ago, the board changed its rules."'
    assert _values(text, JANUARY) == ["2015-10", "PAST_REF"]


def test_ago_in_a_quotation_without_dated_attribution_counts_from_the_report() -> None:
    text = '"Ten days ago, the board changed its rules," she said.'
    assert _values(text, JANUARY) == ["2016-01-10"]


TUESDAY = date(2016, 1, 26)  # the Thursday before is 21 January, the next one 28 January


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # the preparing is told in the past; what is prepared for lies after it, so the past
        # tense says nothing of the day: the nearest Thursday, two days ahead
        (
            "Rival campaigns prepared for the last days of the race, including a forum Thursday.",
            TUESDAY,
            "2016-01-28",
        ),
        ("The city braced for a march Thursday.", TUESDAY, "2016-01-28"),
        # the nearest one is the one just gone: a Monday paper's Saturday
        ("Police braced for a march Saturday.", date(2016, 1, 25), "2016-01-23"),
        # the same day as the event of a past clause stays behind
        ("The rivals held a forum Thursday.", TUESDAY, "2016-01-21"),
    ],
)
def test_a_weekday_in_what_was_prepared_for_is_the_nearest(
    text: str, dct: date, value: str
) -> None:
    assert _values(text, dct) == [value]


def test_ago_in_a_block_quoted_column_dates_nothing() -> None:
    # a column quoted as its own paragraph after "writing for ...:" has its own, unknown date
    text = (
        "According to a columnist, writing for a news site:\n\n"
        "The charity took in $2 million more than it said, the paper reported ten days ago.\n\n"
        "The agency said on Monday it was looking into the gifts."
    )
    assert _values(text, JANUARY) == ["PAST_REF", "2016-01-18"]


def test_yesterday_in_quoted_footage_dates_nothing() -> None:
    text = (
        "In the video, a preacher is shown lecturing: \u201cTake heed. Yesterday, the country "
        "was a land of chains. And tomorrow, it will be a land of camps.\u201d"
    )
    assert _values(text, JANUARY) == ["PAST_REF", "FUTURE_REF"]


def test_yesterday_in_a_quotation_said_for_the_report_keeps_its_day() -> None:
    assert _values('"We voted yesterday," the senator told reporters.', JANUARY) == ["2016-01-19"]


def test_a_weekday_in_a_block_quoted_column_dates_nothing() -> None:
    text = (
        "A rival columnist, writing in a weekly:\n\n"
        "The board met on Monday and changed its rules.\n\n"
        "The board said on Monday it would appeal."
    )
    assert _values(text, JANUARY) == ["XXXX-WXX-1", "2016-01-18"]


def test_a_weekday_in_a_block_quoted_editorial_of_a_given_day_is_resolved() -> None:
    # the attribution dates the text, so its weekday is read as a dated report's (not left
    # unresolved)
    text = "A paper said in an editorial on Friday:\n\nThe board met on Monday.\n"
    friday, monday = _values(text, JANUARY)
    assert friday == "2016-01-15"
    assert monday.startswith("2016-01-")
