"""A sentence that only announces what the next one says ("X also criticized Y during a rally
Friday", its quotation next; "the race was down to the wire", its count next) is never shown
alone: the timeline shows the point with the announcing sentence's date, and the bottom line
is the result, not the suspense."""

from __future__ import annotations

from datetime import date

from bottomline_fixtures import dated, page

from briefgen.announcing import announcing, open_contest
from briefgen.models import Event
from briefgen.shown import read_alone
from briefgen.summarize import summarize
from briefgen.timeline import select_timeline

SET_UP = "Ada Brandt also criticized Cole Varga during a rally Friday in Lisbon."
POINT = "“Cole Varga knows nothing about farming,” she said."
RALLY = f"{SET_UP} {POINT} The rally drew a crowd of about two thousand farmers and traders."


def test_announcing_sentences_are_told_from_ones_that_say_something() -> None:
    assert announcing(SET_UP)
    assert announcing("Tom Hale, the senator's son, talked politics Monday on Morning Desk.")
    assert announcing("On Tuesday, anchor Lia Moss interviewed presidential hopeful Ada Brandt.")
    assert announcing("Reporters said that singer Jo Kerr was seen entering Hale Tower in Oslo.")
    # a quotation, a reason, a clause or a thing criticized says what
    assert not announcing("Ada Brandt criticized Cole Varga for his votes on farm subsidies.")
    assert not announcing("Ada Brandt criticized the new fishing quota during a rally Friday.")
    assert not announcing("Ada Brandt spoke on the economy in Lisbon on Friday evening.")
    assert not announcing("Ada Brandt said on Friday that Cole Varga should quit the race.")
    assert not announcing("“He is a fraud,” Ada Brandt said of Cole Varga during a rally.")
    # a verb closing a relative clause is not the sentence's news
    assert not announcing("The plan raised taxes, a step the farmers union has criticized.")


def test_an_announcing_sentence_is_not_read_alone_when_its_point_follows() -> None:
    extraction = page("r1", "2024-03-04", RALLY)
    assert read_alone(SET_UP, 0, extraction) is None
    # with nothing said after it, there is no point to set up: the sentence is judged as before
    alone = page("r2", "2024-03-04", f"{SET_UP} The rally drew about two thousand farmers.")
    assert read_alone(SET_UP, 0, alone) is not None


def test_the_timeline_shows_the_point_under_the_announcing_sentences_day() -> None:
    extraction = page("r1", "2024-03-04", RALLY)  # a Monday: "Friday" is 1 March
    mention = dated("r1", RALLY, SET_UP, "2024-03-01", said="Friday")
    event = Event("rally", "2024-03-01", "criticized", (mention,), ("r1",), salience=1.0)
    entries = select_timeline(
        [event], dates=5, sentences=2, latest=date(2024, 3, 4), extractions=[extraction]
    )
    assert [e.date for e in entries] == ["2024-03-01"]
    shown = entries[0].sentences[0].text
    assert "knows nothing about farming" in shown  # the point the reader came for
    assert shown.startswith("Ada Brandt also criticized Cole Varga during a rally Friday")


# A count's suspense and its result, in one report of the night and a report a day later.
CLOSE = (
    "With nearly all precincts reporting, the Avon primary between Ada Brandt and Cole "
    "Varga was down to the wire on Tuesday night."
)
COUNT = "Ada Brandt led Cole Varga late on Tuesday by 12,205 to 10,424 votes in the Avon primary."
NIGHT = f"{CLOSE} {COUNT} Both campaigns had spent heavily on television in the last week."


def test_a_contest_told_as_open_is_passed_over_for_its_result() -> None:
    assert open_contest(CLOSE)
    assert not open_contest(COUNT)
    assert not open_contest("Polls show Ada Brandt and Cole Varga neck and neck at 41 to 41.")
    extraction = page("n1", "2024-05-15", NIGHT)
    assert read_alone(CLOSE, 0, extraction) is None
    assert read_alone(COUNT, NIGHT.index(COUNT), extraction) is not None


def test_too_close_to_call_is_never_the_bottom_line_when_its_result_follows() -> None:
    extraction = page("n1", "2024-05-15", NIGHT)
    events = [
        Event(
            "vote",
            "2024-05-14",
            "primary",
            (
                dated("n1", NIGHT, CLOSE, "2024-05-14", id="close", said="Tuesday"),
                dated("n1", NIGHT, COUNT, "2024-05-14", id="count", said="Tuesday"),
            ),
            ("n1",),
            salience=1.0,
        )
    ]
    summary = summarize([extraction], events, [], query=("Brandt",))
    assert summary.bottom_line is not None
    assert "down to the wire" not in summary.bottom_line.text
    shown = [summary.bottom_line.text, *(j.text for j in summary.judgments)]
    assert not any("down to the wire" in text for text in shown)
    assert any("12,205 to 10,424" in text for text in shown)


def test_a_contest_a_later_report_tells_with_its_result_is_no_judgment() -> None:
    night = (
        "The Avon primary between Ada Brandt and Cole Varga remained too close to call on Tuesday."
    )
    later = "Ada Brandt won the Avon primary over Cole Varga by 12,205 to 10,424 votes on Tuesday."
    texts = {"n1": ("2024-05-15", night), "n2": ("2024-05-17", later)}
    # other news of the days, so that the story's own words weigh (tf-idf)
    other = {
        "o1": (
            "2024-05-16",
            "The Brill harbour reopened to fishing boats after a storm on Monday.",
        ),
        "o2": ("2024-05-16", "A new bridge over the Lune river was opened by the Brill council."),
    }
    extractions = [page(doc, day, text) for doc, (day, text) in (texts | other).items()]
    mentions = tuple(
        dated(doc, text, text, "2024-05-14", said="Tuesday") for doc, (_, text) in texts.items()
    )
    events = [Event("vote", "2024-05-14", "primary", mentions, ("n1", "n2"), salience=1.0)]
    summary = summarize(extractions, events, [], query=("Brandt",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c is not None]
    assert any("12,205 to 10,424" in text for text in shown)
    assert not any("down to the wire" in text for text in shown)
