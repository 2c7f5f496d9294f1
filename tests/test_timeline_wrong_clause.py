"""A date from another clause than the sentence's news does not date the sentence.

Cases from the reader audit of a wire corpus (issue 11), written afresh, each a short
document with its date: the day after "from N" in a change of figures dates the old figure,
not the new one the sentence tells.
"""

from __future__ import annotations

from datetime import date

import pytest
from sentence_fixtures import one_page_timeline

from briefgen.dated_clauses import FROM_FIGURE

SUNDAY = date(2010, 3, 14)


def test_the_day_of_the_old_figure_does_not_date_the_new_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Canada's health agency raised its count of confirmed cases to 3,120 from 2,410 "
        "reported on Saturday, while deaths stayed at four."
    )
    # Sunday's article: Saturday's day belongs to the 2,410, not to the 3,120
    assert "2010-03-13" not in one_page_timeline(nlp, text, SUNDAY)


def test_a_change_told_with_its_own_day_is_still_shown_under_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Canada's health agency raised its count of confirmed cases to 3,120 on Saturday."
    assert one_page_timeline(nlp, text, SUNDAY) == {"2010-03-13": [text]}


@pytest.mark.parametrize(
    ("lead", "old"),
    [
        ("The tally increased the count to 2,254 from 1,639 reported on ", True),
        ("Mexico has reported 1,626 cases, up from 1,364 on ", True),
        ("The jobless rate rose from 3 percent in ", True),
        # no change told before "from": the day is the news's
        ("The ministry received letters from 20 readers on ", False),
        # the new figure's day, after the old figure's
        ("The rate rose from 3 percent in May to 5 percent in ", False),
    ],
)
def test_the_day_after_from_a_figure_is_the_old_figure_s(lead: str, old: bool) -> None:
    assert bool(FROM_FIGURE.search(lead)) is old
