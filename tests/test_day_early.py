"""A page dated the day before its news: moved on two signs, its weekday left undated on one."""

from __future__ import annotations

from briefgen.extract.run import date_document
from briefgen.models import Document
from briefgen.structure import build_profile, structured

# A Thursday page (14 April 2016) whose news is of the Friday after.
TWICE = (
    "Families wait for word of the missing ferry.\n\n"
    "The ferry sank off the coast on Wednesday with 60 people on board.\n\n"
    "The operator confirmed on Friday that the captain was among the missing.\n\n"
    "Relatives gathered for prayers at the harbour on Friday and laid flowers.\n"
)
LEDE = (
    "Senator backs the mayor's plan.\n\n"
    "Friday on a morning show, Senator Ann Reed told the host she believed the mayor "
    "would publish the report.\n\n"
    "The report has been delayed twice.\n"
)
# Last Friday, told once in the body: a week back is the plain reading.
ONCE = (
    "Council to vote on the budget.\n\n"
    "The council will vote on the budget next week.\n\n"
    "An interview with the mayor that aired Friday drew complaints.\n"
)


def _dated(text: str, day: str = "2016-04-14") -> tuple[Document, dict[str, str]]:
    doc = Document("a.txt", "a.txt", "txt", text, "", day, "filename")  # type: ignore[arg-type]
    doc = structured(doc, build_profile([doc]))
    dated, timexes = date_document(doc)
    return dated, {t.text: t.value for t in timexes}


def test_two_past_mentions_of_the_next_weekday_move_the_page_a_day() -> None:
    dated, values = _dated(TWICE)
    assert dated.date == "2016-04-15"
    assert dated.date_as_written == "2016-04-14"
    assert dated.date_source == "inferred"  # the sources list says so, not "file name"
    assert values["Friday"] == "2016-04-15"  # not 8 April, before the sinking
    assert values["Wednesday"] == "2016-04-13"
    assert any("read as of 15 April 2016" in w for w in dated.warnings)


def test_a_lede_opening_with_the_next_weekday_keeps_the_date_and_dates_nothing() -> None:
    dated, values = _dated(LEDE)
    assert dated.date == "2016-04-14"
    assert "Friday" not in values
    assert any("may be a day early" in w for w in dated.warnings)


def test_one_past_weekday_a_week_back_is_left_alone() -> None:
    dated, values = _dated(ONCE)
    assert dated.date == "2016-04-14"
    assert values["Friday"] == "2016-04-08"
    assert not dated.warnings


# A Monday page (8 February 2016) on the eve of a Tuesday vote: two mentions the tense cue
# reads as past ("filed", "needed") and one told ahead mean the coming Tuesday.
EVE = (
    "Town halls fill on the eve of the vote.\n\n"
    "The first ballots will be counted Tuesday in three small towns.\n\n"
    "The governor has cast his rival as a creature of the capital and holds a lead in "
    "Tuesday's primary.\n\n"
    "That is the takeaway from freshly filed reports that track spending before the "
    "primary on Tuesday.\n\n"
    "The mayor hopes the endorsement will give her the boost needed for a strong showing "
    "Tuesday.\n"
)


def test_a_weekday_also_told_as_ahead_leaves_the_page_as_dated() -> None:
    dated, _ = _dated(EVE, "2016-02-08")
    assert dated.date == "2016-02-08"
    assert not any("day early" in w or "read as of" in w for w in dated.warnings)
