"""A day word that is part of a name ("USA TODAY", a paper that sets its name in capitals) is
no date; the same word said of a day is, in capitals too."""

from __future__ import annotations

from datetime import date

from briefgen.extract.timex import tag

DAY = date(2016, 9, 22)


def _values(text: str) -> list[str]:
    return [t.value for t in tag(text, DAY)]


def test_a_papers_name_in_capitals_is_no_date() -> None:
    assert _values("USA TODAY's super PAC tally does not include money raised by candidates.") == []
    assert _values("A new USA TODAY/Rock the Vote survey shows a wide divide.") == []


def test_today_in_capitals_said_of_a_day_is_still_the_day() -> None:
    assert _values("The vote is TODAY, the senator said.") == ["2016-09-22"]
    # a headline set in capitals shouts its words; "TODAY" there is the day
    assert _values("SENATE VOTES TODAY ON THE BUDGET") == ["2016-09-22"]
