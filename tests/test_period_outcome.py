"""The bottom line is the period's outcome however a nomination is told ("became the
first woman to win the nomination", "accepted the nomination here [in X]"); a poll or a
forecast a later result settled is no judgment; a key figure is an amount the sentence
reports, of its own time."""

from __future__ import annotations

from bottomline_fixtures import WHOLE, dated, page
from sentence_fixtures import paragraph_page

from briefgen.contests import result_in, settles
from briefgen.figures import has_figure, of_the_past
from briefgen.models import Event, Extraction, Timex
from briefgen.summarize import summarize


def test_a_nomination_told_by_what_its_winner_became_is_a_result() -> None:
    assert (
        settles(
            "Ada Pike on Tuesday became the first woman to win the presidential nomination of "
            "a major party."
        )
        == "nomination"
    )
    assert settles("Tom Vance became the party's presidential nominee on Thursday.") == (
        "nomination"
    )
    # still hoped for, or in a condition: no result
    assert settles("Ada Pike could become the first woman to win the nomination.") is None
    assert settles("Ada Pike hopes to become the first woman to win the nomination.") is None
    assert settles("The book was due out regardless of whether he became the nominee.") is None


def test_a_rival_beaten_in_a_named_place_is_a_result_in_that_place() -> None:
    assert result_in("Tom Vance defeated Ada Pike in Borland on Tuesday.")
    assert result_in("Ada Pike lost Borland by six points.")
    # a month is no place, and a defeat in no place settles no contest a reader can name
    assert not result_in("Tom Vance beat her in November by a mile, his aides said.")
    assert not result_in("Tom Vance defeated Ada Pike on Tuesday.")


# doc -> (published, its one sentence, the words dating it, the day they date)
CONVENTION = {
    "first": (
        "2016-07-20",
        "Tom Vance became the party's presidential nominee on Tuesday at the convention.",
        "on Tuesday",
        "2016-07-19",
    ),
    "second": (
        "2016-07-27",
        "Ada Pike on Tuesday became the first woman to win the presidential nomination of "
        "a major party, setting up the autumn race against Tom Vance.",
        "on Tuesday",
        "2016-07-26",
    ),
    "trail": (
        "2016-08-16",
        "Ada Pike held a rally in Corvin on Monday with Borland governor Sam Reed, "
        "promising new roads and bridges.",
        "on Monday",
        "2016-08-15",
    ),
    "trail2": (
        "2016-08-16",
        "Ada Pike campaigned in Corvin on Monday with governor Sam Reed, promising voters "
        "new roads and bridges.",
        "on Monday",
        "2016-08-15",
    ),
}


def test_the_bottom_line_is_the_latest_nomination_not_a_later_day_on_the_trail() -> None:
    extractions = [
        page(doc, day, text, sentences=WHOLE) for doc, (day, text, _, _) in CONVENTION.items()
    ]
    events = [
        Event(
            f"e{doc}",
            when,
            "told",
            (dated(doc, text, text, when, said=said),),
            (doc,),
            salience=1.0,
        )
        for doc, (_, text, said, when) in CONVENTION.items()
    ]
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text.startswith("Ada Pike on Tuesday")


def test_a_sentence_whose_here_names_the_dateline_place_may_be_shown() -> None:
    page_ = paragraph_page(
        "speech",
        "2016-07-22",
        "Vance takes the stage in a hall of cheering delegates.",
        "AVALON CITY, Ky. - Tom Vance accepted the Liberty Party presidential nomination here "
        "on Thursday night, promising to rebuild the roads of every state.",
    )
    summary = summarize([page_], [], [])
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c is not None]
    assert any("nomination here [in Avalon City, Ky.] on Thursday" in text for text in shown)


def _shown(texts: dict[str, tuple[str, str]]) -> list[str]:
    pages = [page(doc, day, text, sentences=WHOLE) for doc, (day, text) in texts.items()]
    summary = summarize(pages, [], [])
    told = (summary.bottom_line, *summary.judgments, *summary.key_figures)
    return [c.text for c in told if c is not None]


TOUR = ("2016-04-10", "Tom Vance toured the state of Borland with Ada Pike on Friday.")


def test_a_poll_standing_in_a_place_a_later_result_settled_is_not_shown() -> None:
    poll = (
        "2016-04-16",
        "Ada Pike trails Tom Vance in Borland by 4 percentage points, according to the "
        "latest average of polls.",
    )
    # the result is told by its noun, as ``contests.result_in`` reads one
    result = (
        "2016-04-20",
        "Tom Vance's victory in Borland on Tuesday left Ada Pike far behind in the count "
        "of delegates.",
    )
    assert any(t.startswith("Ada Pike trails") for t in _shown({"tour": TOUR, "poll": poll}))
    after = _shown({"tour": TOUR, "poll": poll, "result": result})
    assert any(t.startswith("Tom Vance's victory") for t in after)
    assert not any(t.startswith("Ada Pike trails") for t in after)


def test_a_note_named_by_its_value_or_a_number_naming_a_kind_is_no_figure() -> None:
    assert not has_figure("Vance posted an image of Ada Pike beside $100 bills and a star.")
    assert not has_figure("Ada Pike said she could not back the 12-nation trade pact.")
    assert not has_figure("Ada Pike talked up her 50-state strategy on the trail.")
    # a lead's points and a sum raised are the news
    assert has_figure("Ada Pike holds a 10-point lead over Tom Vance.")
    assert has_figure("Tom Vance raised $100 million for the party.")


def _fronted(day: str, text: str, said: str, value: str) -> Extraction:
    at = text.index(said)
    timex = Timex(at, at + len(said), said, "DATE", value)
    return page("d", day, text, sentences=WHOLE, timexes=(timex,))


def test_a_figure_a_fronted_time_dates_weeks_before_its_report_is_of_the_past() -> None:
    april = "In April, a handful of donors gave a total of $5,000 to the campaign."
    ext = _fronted("2016-06-03", april, "April", "2016-04")
    assert of_the_past(0, len(april), ext)
    # the same figure reported in the days after its month is the news of its week
    assert not of_the_past(0, len(april), _fronted("2016-05-03", april, "April", "2016-04"))
    # a time not fronted dates a later clause, not the sentence
    later = "A handful of donors gave a total of $5,000 to the campaign in April."
    assert not of_the_past(0, len(later), _fronted("2016-06-03", later, "April", "2016-04"))
