"""The values the tagger gives reporting periods and nights read against what the text said
before them: the quarter a results story reports on, a period told as ended, a change
measured since a year's end, a night told in the past (briefgen.extract.timex)."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.timex import tag

WEDNESDAY = date(1989, 11, 1)  # a results season: the third quarter has just ended
FRIDAY = date(1989, 10, 27)
MONDAY = date(1989, 10, 30)


def _values(text: str, dct: date, *, narrative: bool = False) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, narrative=narrative)]


@pytest.mark.parametrize("narrative", [False, True])
def test_an_earlier_quarter_named_in_passing_does_not_replace_the_reported_one(
    narrative: bool,
) -> None:
    text = (
        "The mill owner posted a 12% gain in third-quarter profit. After a weak second "
        "quarter, prices recovered. Charges taken in the year-earlier period helped. In the "
        "1989 period, taxes were lower than a year ago."
    )
    assert _values(text, WEDNESDAY, narrative=narrative) == [
        ("third-quarter", "1989-Q3"),
        ("second quarter", "1989-Q2"),
        ("the year-earlier period", "1988-Q3"),
        ("the 1989 period", "1989-Q3"),
        ("a year ago", "1988-Q3"),
    ]


def test_a_fiscal_quarter_named_after_the_reported_one_is_a_companys_own() -> None:
    text = (
        "The steel maker reported third-quarter profit. A rival posted net for the fiscal "
        "second quarter of $8 million. In the latest period, sales rose."
    )
    assert _values(text, WEDNESDAY)[-1] == ("the latest period", "1989-Q2")


def test_a_quarter_ended_on_a_day_after_the_report_is_last_years() -> None:
    text = (
        "In the year-ago quarter, the second quarter ended Oct. 31, the funeral group lost "
        "money. Results for that quarter included a charge."
    )
    assert _values(text, FRIDAY) == [
        ("the year-ago quarter", "1988-Q3"),
        ("the second quarter", "1988-Q2"),
        ("Oct. 31", "1988-10-31"),
        ("that quarter", "1988-Q2"),
    ]
    # a quarter ending ahead of the report keeps the report's year
    assert _values("Sales for the fourth quarter ending Dec. 31 will rise.", FRIDAY) == [
        ("the fourth quarter", "1989-Q4"),
        ("Dec. 31", "1989-12-31"),
    ]


def test_a_change_since_year_end_runs_from_last_years_end() -> None:
    assert _values("The index is up 9% since year-end.", MONDAY) == [("year-end", "1988-12-31")]
    # a deadline at the year's end is this year's
    assert _values("The deal should close by year-end.", MONDAY) == [("year-end", "1989")]


@pytest.mark.parametrize("narrative", [False, True])
def test_a_night_told_in_the_past_is_the_one_before_the_day_told_of(narrative: bool) -> None:
    text = (
        "Shares in Paris closed lower Friday. They were depressed by overnight losses in "
        "Tokyo. The index was down 3% from the previous Friday."
    )
    assert _values(text, MONDAY, narrative=narrative) == [
        ("Friday", "1989-10-27"),
        ("overnight", "1989-10-26TNI"),
        ("the previous Friday", "1989-10-20"),
    ]
    # a night still ahead is the report's own
    assert _values("Talks will go on overnight.", MONDAY) == [("overnight", "1989-10-30TNI")]


def test_by_after_a_passive_is_no_deadline() -> None:
    # the tense of the passive's "be" tells the time, not "by" (here the agent's)
    thursday = date(1989, 10, 26)
    assert _values("Sales were depressed by February storms.", thursday) == [
        ("February", "1989-02")
    ]
    assert _values("The plant will be finished by February.", thursday) == [("February", "1990-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts expect the slump to last through at least the first two quarters of 1990.",
            [("the first two quarters of 1990", "1990-H1")],
        ),
        (
            "Output fell in the last two quarters of last year.",
            [("the last two quarters of last year", "1988-H2")],
        ),
        (
            "The plant will reopen in the first half of next year.",
            [("the first half of next year", "1990-H1")],
        ),
        # two quarters of no named year stay a span of six months
        ("Prices fell for the first two quarters.", [("the first two quarters", "P6M")]),
    ],
)
def test_the_first_or_last_two_quarters_of_a_year_are_its_half(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, WEDNESDAY) == expected
