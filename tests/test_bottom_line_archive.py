"""The bottom line of a sparse archive: its last report, one source at a time, is where the
story stands; a corpus whose last days tell several stories keeps its corroborated news."""

from __future__ import annotations

from bottomline_fixtures import dated, page

from briefgen.models import Event, Extraction
from briefgen.summarize import summarize

BOMBED = "Two bombs destroyed the embassy in the capital on Friday, killing dozens of people."
RECALLED = "The bombs went off at the embassy in the capital on Friday, killing dozens."
ARRESTED = "Police arrested a suspect in the embassy bombing at the airport on Thursday."
CONCERT = "A charity concert for the victims drew a large crowd in the stadium on Thursday."


def _story(
    late: dict[str, tuple[str, str]], daily: int = 0
) -> tuple[list[Extraction], list[Event]]:
    """The bombing told by three sources that week (and ``daily`` more: a story covered
    every day), then the ``late`` reports, each dated by its own words to the day before
    its publication."""
    early = {
        "a": ("1998-08-08", f"{BOMBED} Rescuers searched the rubble all night."),
        "b": ("1998-08-08", f"{RECALLED} The city's hospitals were overwhelmed."),
        "c": ("1998-08-09", f"{BOMBED} The government declared a day of mourning."),
    }
    for n in range(daily):
        early[f"d{n}"] = ("1998-08-09", f"{RECALLED} Report number {n} of the day.")
    extractions = [page(doc, day, text) for doc, (day, text) in {**early, **late}.items()]
    told = tuple(
        dated(doc, text, text.split(". ")[0] + ".", "1998-08-07")
        for doc, (_, text) in early.items()
    )
    bombing = Event(
        "bombing", "1998-08-07", "bombs destroyed the embassy", told, tuple(early), salience=3.0
    )
    events = [bombing]
    for doc, (day, text) in late.items():
        lede = text.split(". ")[0] + "."
        before = f"{day[:8]}{int(day[8:]) - 1:02d}"
        events.append(Event(doc, before, lede, (dated(doc, text, lede, before),), (doc,)))
    return extractions, events


def test_a_sparse_archive_s_last_report_is_the_bottom_line() -> None:
    """Fourteen months on, one wire report tells the arrest: no second source will come,
    and the bombing is no longer where the story stands."""
    late = {"z": ("1999-10-08", f"{ARRESTED} He is to appear before a judge in the capital.")}
    extractions, events = _story(late)
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text == ARRESTED


def test_last_days_telling_several_stories_keep_the_corroborated_development() -> None:
    """Two late reports of different news: neither is the story's end on its own."""
    late = {
        "y": ("1999-10-08", f"{ARRESTED} He is to appear before a judge in the capital."),
        "z": ("1999-10-09", f"{CONCERT} Tickets sold out within an hour of going on sale."),
    }
    extractions, events = _story(late)
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text in (BOMBED, RECALLED)


def test_a_story_covered_daily_keeps_its_corroborated_development() -> None:
    """Where every news cycle holds many reports, one last report is where the collection
    stopped, not where the story did."""
    late = {"z": ("1999-10-08", f"{ARRESTED} He is to appear before a judge in the capital.")}
    extractions, events = _story(late, daily=8)
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text in (BOMBED, RECALLED)


def test_the_bottom_line_s_news_retold_by_another_source_is_no_judgment() -> None:
    """Three reports of the bombing that weekend, worded apart: one leads, and the others'
    telling of the same news is not repeated among the judgments."""
    late = {"z": ("1998-08-10", f"{CONCERT} Tickets sold out within an hour of going on sale.")}
    extractions, events = _story(late)
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text in (BOMBED, RECALLED)
    assert not {BOMBED, RECALLED} & {j.text for j in summary.judgments}
