"""A date told inside a later coordinated clause dates that clause only (issue 11).

"The two men were not named suspects, and officials on Saturday played down ..." : the
"on Saturday" stands inside the second clause, before its verb, so it cannot reach back
over the clause before the "and"; that clause is read as an undated one (the news day).
A date before both clauses still dates both. Synthetic sentences: a Saturday paper whose
lede tells Thursday's news.
"""

from __future__ import annotations

from datetime import date

from test_anchoring_subordinate_date import _readings

SATURDAY = date(1998, 11, 21)
LEDE = "Two men were named in a police bulletin on Thursday.\n\n"


def test_a_date_inside_the_second_conjunct_leaves_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEDE + (
        "The men were not termed suspects, and officials on Saturday played down the "
        "likelihood of a link."
    )
    readings = _readings(nlp, text, SATURDAY)
    assert readings["played"].date == "1998-11-21"
    assert readings["termed"].date == "1998-11-19"
    assert readings["termed"].anchor == "news"


def test_a_date_before_both_conjuncts_dates_both(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEDE + "On Saturday, the men were released and officials closed the case."
    readings = _readings(nlp, text, SATURDAY)
    assert readings["released"].date == "1998-11-21"
    assert readings["closed"].date == "1998-11-21"
