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


def test_a_fronted_today_before_a_present_state_means_nowadays() -> None:
    # a column contrasting a father's past with his life now: no happening on the paper's day
    assert _values("Today, Mr. Cruz serves as his son's Spanish-speaking surrogate.") == [
        "PRESENT_REF"
    ]
    assert _values("Today, the bridge has become a site of pilgrimage for lovers.") == [
        "PRESENT_REF"
    ]
    assert _values("He said today's Republican Party is not the party of Lincoln.") == [
        "PRESENT_REF"
    ]
    assert _values("Meanwhile, on the home front today, the Democrats are acting as one.") == [
        "PRESENT_REF"
    ]
    assert _values("But today, the company employs 300 people.") == ["PRESENT_REF"]


def test_a_fronted_today_before_a_happening_is_the_day() -> None:
    assert _values("Today, President Felipe Calderon announced a return to normalcy.") == [
        "2016-09-22"
    ]
    assert _values("Today, the WHO says 42 countries have reported cases.") == ["2016-09-22"]
    assert _values("Today, people in Mexico City were being ordered not to kiss.") == ["2016-09-22"]
    assert _values("He voted in today's Iowa caucuses.") == ["2016-09-22"]
    assert _values("He brings all the news from today's Great North Run.") == ["2016-09-22"]
    assert _values("In Washington today, the Senate passed the bill.") == ["2016-09-22"]


def test_a_weekday_inside_a_programme_or_paper_name_is_no_date() -> None:
    assert _values("Tenney recently spoke to Breitbart News Saturday about the race.") == [
        "PAST_REF"
    ]
    assert _values("He appeared on Fox News Sunday with Chris Wallace.") == []
    assert _values("He told the Sunday Times that he would run.") == []
    # the broadcaster with a part of the day, or a name before the day, is a time
    assert _values("He said so on Fox News Tuesday night.") == ["2016-09-20TNI"]
    assert _values("Clinton Tuesday called for calm.") == ["2016-09-20"]
