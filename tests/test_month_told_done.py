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
    ],
)
def test_a_later_month_of_a_plan_or_bound_stays_this_years(text: str, value: str) -> None:
    assert [t.value for t in tag(text, OCTOBER_PAPER) if t.type == "DATE"] == [value]
