"""A looking-back piece's bare weekday is read in the days it narrates, not the page's week."""

from __future__ import annotations

from datetime import date

from briefgen.extract.timex import tag

# The page is written weeks after the days it tells: Tuesday 30 March 2021.
PAGE = date(2021, 3, 30)

DIARY = (
    "I have covered floods for years, but this one was different.\n"
    "Very early on Friday, March 5, I drove to Marlow with a borrowed camera.\n"
    "The roads were empty and a day later the bridge was closed.\n"
    "Monday was the first full week of the flood in the valley.\n"
    "Then, a few minutes before noon, the river wall gave way.\n"
    "My neighbour Ann Holt had left on Saturday at dawn, two days earlier.\n"
)


def _values(text: str, dct: date = PAGE) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_a_diarys_bare_weekday_is_the_narrated_weeks() -> None:
    values = _values(DIARY)
    assert values["Friday, March 5"] == "2021-03-05"
    # the Monday after the scene's Friday, not the Monday before the page (29 March)
    assert values["Monday"] == "2021-03-08"
    # and a time of day on it is that Monday's
    assert values["noon"] == "2021-03-08T12:00"
    # a weekday back from the day in focus: the Saturday after the Friday
    assert values["Saturday"] == "2021-03-06"


def test_a_page_that_speaks_of_its_own_week_reads_weekdays_in_it() -> None:
    # "this week" places the page at its writing: its Monday is the page's week's again
    told_now = DIARY.replace("The roads were empty", "This week the roads are empty again")
    assert _values(told_now)["Monday"] == "2021-03-29"


def test_news_that_names_an_old_date_keeps_the_writing_weeks_weekday() -> None:
    # wire copy: a past date, then the news of the writing week ("said Monday")
    text = (
        "Penbury council said on Monday that the bridge would reopen in May.\n"
        "The bridge closed on March 5 after the flood.\n"
    )
    assert _values(text)["Monday"] == "2021-03-29"


def test_a_weekday_before_a_noun_is_not_read_in_the_scene() -> None:
    # "their Friday editorial": a known piece, as likely of the writing week
    text = (
        "The Marlow Gazette had criticised the mayor on March 5 for his silence.\n"
        "That did not please Tom Reed's editors, who aimed their Friday editorial at him.\n"
    )
    assert _values(text)["Friday"] == "2021-03-26"


def test_a_named_happening_sets_no_scene() -> None:
    # "the March 5 vote" names a happening; no scene is set, the weekday is the page's week's
    text = "Officials said they feared for the March 5 vote.\nTom Reed resigned Saturday.\n"
    assert _values(text)["Saturday"] == "2021-03-27"


def test_news_recalling_anothers_dated_past_keeps_the_writing_weeks_weekday() -> None:
    # no narrator: a report that never says "today" still tells its weekdays of its own week
    text = (
        "A boy from Penbury has died of the fever, the first death outside the valley.\n"
        "He had arrived in Marlow on 5 March and fell ill four days later.\n"
        "He died in hospital on Monday night.\n"
    )
    values = _values(text)
    assert values["Monday night"] == "2021-03-29TNI"
