"""A month named without its year, later in the year than the page's date: what is told as
done in it happened last year; what is planned, reported ahead or bounded by it is this
year's."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.timex import tag

OCTOBER_PAPER = date(2025, 10, 24)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Marlow plant closed in November.", "2024-11"),
        ("Penbury Foods changed its fiscal year to the calendar year in December.", "2024-12"),
        ("Ann Holt was elected mayor of Marlow in November.", "2024-11"),
        ("The talks, which began on Nov. 3, ended without a deal.", "2024-11-03"),
        ("In December, Tom Reed said the company had lost money.", "2024-12"),
        ("Tom Reed said in November that the mill would stay open.", "2024-11"),
        ("Sales at Penbury Foods have risen since November.", "2024-11"),
        ("The Marlow strike ended on Christmas Eve.", "2024-12-24"),
    ],
)
def test_a_later_month_told_as_done_is_last_years(text: str, value: str) -> None:
    assert [t.value for t in tag(text, OCTOBER_PAPER) if t.type == "DATE"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tom Reed said the Marlow plant would close in December.", "2025-12"),
        ("Penbury Foods agreed to complete the sale in December.", "2025-12"),
        ("The vote had been scheduled for December.", "2025-12"),
        ("The offer was extended to Nov. 16.", "2025-11-16"),
        ("The plant that will close in December employs 300 people.", "2025-12"),
        ("Ann Holt was to be sworn in in November.", "2025-11"),
        # a noun's date, another clause's, a state's, a day set against another
        ("Tom Reed was looking to the February 20 primary in Marlow.", "2025-02-20"),
        ("Ann Holt proposed they debate on April 15.", "2025-04-15"),
        ("Tom Reed was not hopeful about the showdown in July.", "2025-07"),
        ("The debate came 15 days before the caucuses on Nov. 30.", "2025-11-30"),
        ("The album is released on 8 December.", "2025-12-08"),
        ("The mayor has invited Tom Reed to a reception on Dec. 12.", "2025-12-12"),
    ],
)
def test_a_later_month_of_a_plan_or_bound_stays_this_years(text: str, value: str) -> None:
    assert [t.value for t in tag(text, OCTOBER_PAPER) if t.type == "DATE"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Marlow council met this past weekend.", "2025-W42-WE"),
        ("The Marlow council met this past week.", "2025-W43"),
        ("The Marlow plant closed in the fall of last year.", "2024-FA"),
        ("The Marlow plant closed in March of last year.", "2024-03"),
    ],
)
def test_a_period_just_past_or_of_a_named_year(text: str, value: str) -> None:
    assert [t.value for t in tag(text, OCTOBER_PAPER) if t.type == "DATE"] == [value]


def test_a_guessed_page_date_moves_no_year() -> None:
    # a page with no stated date, read on a day guessed from its own events: the day told
    # may well lie before the writing
    found = tag("On 23 November the Marlow council held a summit.", OCTOBER_PAPER, dct_stated=False)
    assert [t.value for t in found] == ["2025-11-23"]
