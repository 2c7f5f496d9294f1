"""The bottom line of a story of contests is its period's outcome: the weightiest result
decided in the period (a nomination sealed), not a later running count nor one primary of a
season of primaries; and a contest's forecast is not shown once a later report settles it."""

from __future__ import annotations

from collections.abc import Mapping

from bottomline_fixtures import WHOLE, dated, page

from briefgen.contests import decided_result, settles
from briefgen.models import Event, EventMention, Extraction, Timex
from briefgen.summarize import summarize

# doc -> (published, its one sentence, the words dating it, the day they date)
PAGES = {
    "avalon1": (
        "2016-04-06",
        "Ada Pike won the Avalon primary on Tuesday, beating Tom Vance by ten points.",
        "on Tuesday",
        "2016-04-05",
    ),
    "avalon2": (
        "2016-04-06",
        "Ada Pike won the primary in Avalon on Tuesday, a blow to Tom Vance.",
        "on Tuesday",
        "2016-04-05",
    ),
    "borland1": (
        "2016-04-20",
        "Tom Vance won the Borland primary on Tuesday, beating Ada Pike by six points.",
        "on Tuesday",
        "2016-04-19",
    ),
    "borland2": (
        "2016-04-20",
        "Tom Vance won the primary in Borland on Tuesday, ahead of Ada Pike.",
        "on Tuesday",
        "2016-04-19",
    ),
    "corvin": (
        "2016-05-05",
        "Tom Vance's victory in Corvin on Tuesday night all but sealed the party's "
        "nomination, leading Ada Pike to drop out of the race.",
        "on Tuesday night",
        "2016-05-03",
    ),
    "count1": (
        "2016-05-18",
        "In Dunmore, Tom Vance led Ada Pike late Tuesday by 212,205 to 210,424 votes.",
        "late Tuesday",
        "2016-05-17",
    ),
    "count2": (
        "2016-05-18",
        "Tom Vance led Ada Pike late Tuesday in Dunmore, 212,205 votes to 210,424.",
        "late Tuesday",
        "2016-05-17",
    ),
}


def _inputs(docs: tuple[str, ...] = tuple(PAGES)) -> tuple[list[Extraction], list[Event]]:
    pages = {doc: PAGES[doc] for doc in docs}
    extractions = [
        page(doc, day, text, sentences=WHOLE) for doc, (day, text, _, _) in pages.items()
    ]
    by_day: dict[str, list[EventMention]] = {}
    for doc, (_, text, said, when) in pages.items():
        by_day.setdefault(when, []).append(dated(doc, text, text, when, said=said))
    events = [
        Event(f"e{when}", when, "told", tuple(ms), tuple(m.doc for m in ms), salience=len(ms))
        for when, ms in sorted(by_day.items())
    ]
    return extractions, events


def test_the_bottom_line_is_the_result_that_settles_the_race_not_a_later_count() -> None:
    extractions, events = _inputs()
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text.startswith("Tom Vance's victory in Corvin")


def test_a_season_of_primaries_stands_at_its_latest_result() -> None:
    # the first primary is told by two sources, the later one by one: the later one is
    # where the season stands
    extractions, events = _inputs(("avalon1", "avalon2", "borland1", "count1", "count2"))
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text.startswith("Tom Vance won the Borland primary")


def test_a_running_count_or_a_sought_result_decides_nothing() -> None:
    assert not decided_result("Tom Vance led Ada Pike late Tuesday by 212,205 to 210,424 votes.")
    assert not decided_result(
        "Ada Pike needs 61 percent of the delegates to clinch the nomination."
    )
    assert not decided_result("Asked what would follow if he won the election, Vance smiled.")
    assert not decided_result('"We won the primary," Ada Pike told supporters.')
    assert settles("Ada Pike suspended her campaign on Wednesday evening.") == "race"
    assert settles("Tom Vance clinched the party's nomination on Monday night.") == "nomination"
    assert settles("Ada Pike won the primaries in Avalon and Borland.") == "primary"
    assert settles("The surgeon was convicted of manslaughter on Monday.") == "verdict"
    # a result that does not say which contest it settles cannot stand alone
    assert not decided_result("Vance's victory, which Ada Pike conceded at 8 p.m., was wide.")
    assert not decided_result("Tom Vance defeated Ada Pike on Tuesday.")


def test_a_forecast_on_a_contest_a_later_result_settled_is_not_shown() -> None:
    forecast = (
        "Pollster Dan Moss wrote on Saturday that a Pike win in Borland would undercut "
        "Tom Vance, whom party officials back 543-44."
    )
    tour = "Tom Vance toured the state of Borland with Ada Pike on Friday."
    texts = {
        "tour": ("2016-04-10", tour),
        "poll": ("2016-04-16", forecast),
        **{doc: PAGES[doc][:2] for doc in ("borland1", "borland2")},
    }
    extractions = [page(doc, day, text, sentences=WHOLE) for doc, (day, text) in texts.items()]

    def shown(pages: list[Extraction]) -> list[str]:
        summary = summarize(pages, [], [])
        told = (summary.bottom_line, *summary.judgments, *summary.key_figures)
        return [c.text for c in told if c is not None]

    # before the result is told, the forecast is where the story stands
    assert any("Pike win in Borland" in text for text in shown(extractions[:2]))
    after = shown(extractions)
    assert any(text.startswith("Tom Vance won") for text in after)
    assert not any("Pike win in Borland" in text for text in after)


def _shown(texts: Mapping[str, tuple[str, str, tuple[Timex, ...]]]) -> list[str]:
    """The bottom line, judgments and key figures of pages doc -> (day, text, timexes)."""
    pages = [
        page(doc, day, text, sentences=WHOLE, timexes=t) for doc, (day, text, t) in texts.items()
    ]
    summary = summarize(pages, [], [])
    told = (summary.bottom_line, *summary.judgments, *summary.key_figures)
    return [c.text for c in told if c is not None]


def _tuesday(text: str, value: str) -> tuple[Timex, ...]:
    """The timex of "Tuesday's" in ``text``, resolved to ``value``."""
    at = text.index("Tuesday")
    return (Timex(at, at + len("Tuesday's"), "Tuesday's", "DATE", value),)


# Written on Saturday 16 April; the primary is on Tuesday 19 April.
PREVIEW = (
    "Pollster Dan Moss described the hard fight Ada Pike is facing in Tuesday's Borland "
    "primary against Tom Vance."
)
TOUR = "Tom Vance toured the state of Borland with Ada Pike on Friday."


def test_a_preview_of_a_contest_a_later_result_settled_is_not_shown() -> None:
    before = {
        "tour": ("2016-04-10", TOUR, ()),
        "preview": ("2016-04-16", PREVIEW, _tuesday(PREVIEW, "2016-04-19")),
    }
    results = {doc: (*PAGES[doc][:2], ()) for doc in ("borland1", "borland2")}
    # before the result is told, the preview is where the story stands
    assert any(text.startswith("Pollster Dan Moss") for text in _shown(before))
    after = _shown({**before, **results})
    assert any(text.startswith("Tom Vance won") for text in after)
    assert not any(text.startswith("Pollster Dan Moss") for text in after)


def test_a_recap_in_a_previews_words_or_an_earlier_result_is_no_settled_preview() -> None:
    # the same words on the Thursday after: "Tuesday's" is the day before, a recap
    recap = {
        "tour": ("2016-04-10", TOUR, ()),
        "recap": ("2016-04-21", PREVIEW, _tuesday(PREVIEW, "2016-04-19")),
        **{doc: (*PAGES[doc][:2], ()) for doc in ("borland1", "borland2")},
    }
    assert any(text.startswith("Pollster Dan Moss") for text in _shown(recap))
    # a result told after the preview but dated by its own words years before the contest
    # is another contest's
    old = "In 2008, Tom Vance won the Borland primary by two points."
    at = old.index("2008")
    earlier = {
        "tour": ("2016-04-10", TOUR, ()),
        "preview": ("2016-04-16", PREVIEW, _tuesday(PREVIEW, "2016-04-19")),
        "old": ("2016-04-20", old, (Timex(at, at + 4, "2008", "DATE", "2008"),)),
    }
    assert any(text.startswith("Pollster Dan Moss") for text in _shown(earlier))


def test_an_undated_preview_told_ahead_is_settled_by_a_later_result() -> None:
    ahead = (
        "Ada Pike faces a hard fight against Tom Vance in the Borland primary, which polls "
        "call close."
    )
    texts = {"tour": ("2016-04-10", TOUR, ()), "ahead": ("2016-04-16", ahead, ())}
    assert any(text.startswith("Ada Pike faces") for text in _shown(texts))
    results = {doc: (*PAGES[doc][:2], ()) for doc in ("borland1", "borland2")}
    assert not any(text.startswith("Ada Pike faces") for text in _shown({**texts, **results}))
