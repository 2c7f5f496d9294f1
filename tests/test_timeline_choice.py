"""Which sentence tells a date: a fresh report's lede, never an editorial's case."""

from __future__ import annotations

import pytest
from sentence_fixtures import headlined_page

import briefgen.timeline_entry as timeline_entry
from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.structure.opinion import is_opinion
from briefgen.summarize import summarize
from briefgen.timeline import select_timeline

DAY = "2020-03-02"


def _extraction(doc: str, text: str, published: str, title: str = "") -> Extraction:
    return headlined_page(doc, text, published, title=title)


def _mention(x: Extraction, sentence: str, when: str = DAY) -> EventMention:
    start = x.document.text.index(sentence)
    evidence = Evidence(x.document.id, start, start + len(sentence), sentence, sentence, start)
    timex = Timex(start, start + 1, "x", "DATE", when)
    return EventMention(f"{x.document.id}-{start}", x.document.id, when, timex, sentence, evidence)


def _event(eid: str, salience: float, *mentions: EventMention) -> Event:
    docs = tuple(sorted({m.doc for m in mentions}))
    return Event(eid, DAY, mentions[0].description, mentions, docs, salience=salience)


LEDE = "The regional council approved the new flood barrier for the river town on Monday."
DETAIL = "A brass band played outside the town hall while councillors arrived on Monday."
FEATURE = (
    "Flood town waits\n"
    "The river town has flooded nine times since the war. Its people are tired of waiting. "
    "Many have moved away to the hills. The old mill stands empty by the water. "
    f"Shops on the quay have closed. {DETAIL}"
)
REPORT = f"Council backs barrier\n{LEDE} The vote was close."
# A week later, a second source tells each of the two again, deep in a review of the month.
REVIEW = (
    "Month in review\n"
    "March was wet. The river rose twice. Farmers counted their losses. The ferry stopped. "
    "The regional council approved the new flood barrier for the river town on Monday, "
    "after a debate. "
    "Music from a brass band greeted councillors at the town hall on Monday."
)
RECALLED_VOTE = (
    "The regional council approved the new flood barrier for the river town on Monday, "
    "after a debate."
)
RECALLED_BAND = "Music from a brass band greeted councillors at the town hall on Monday."


def _day(feature: Extraction, report: Extraction) -> tuple[list[Event], list[Extraction]]:
    """The band (a feature's detail, a little better supported) and the vote (a report's
    lede), each told twice."""
    review = _extraction("c-review", REVIEW, "2020-03-10")
    events = [
        _event("band", 1.1, _mention(feature, DETAIL), _mention(review, RECALLED_BAND)),
        _event("vote", 1.0, _mention(report, LEDE), _mention(review, RECALLED_VOTE)),
    ]
    return events, [feature, report, review]


def test_the_sentence_shown_for_a_day_is_the_lede_of_a_report_of_that_day() -> None:
    feature = _extraction("a-feature", FEATURE, "2020-03-09")
    report = _extraction("b-report", REPORT, "2020-03-03")
    # The two are as well supported; the lede tells the news, the feature a detail.
    events, extractions = _day(feature, report)
    shown = select_timeline(events, dates=3, sentences=1, extractions=extractions)
    assert [c.text for c in shown[0].sentences] == [LEDE]


def test_without_the_lede_the_better_supported_detail_would_be_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The case above fails for the right reason: the lede's weight decides it."""
    monkeypatch.setattr(timeline_entry, "LEDE", 0.0)
    feature = _extraction("a-feature", FEATURE, "2020-03-09")
    report = _extraction("b-report", REPORT, "2020-03-03")
    events, extractions = _day(feature, report)
    shown = select_timeline(events, dates=3, sentences=1, extractions=extractions)
    assert [c.text for c in shown[0].sentences] == [DETAIL]


def test_a_lede_published_a_week_later_is_a_look_back_not_the_days_report() -> None:
    feature = _extraction("a-feature", FEATURE, "2020-03-09")
    late = _extraction("b-report", REPORT, "2020-03-09")
    events, extractions = _day(feature, late)
    shown = select_timeline(events, dates=3, sentences=1, extractions=extractions)
    assert [c.text for c in shown[0].sentences] == [DETAIL]


EDITORIAL = (
    "The Daily Courier said in an editorial on Tuesday, March 3:\n"
    "The council made the right decision on Monday to approve the flood barrier at last. "
    "Councillors deserve credit for ignoring the loud voices that opposed it."
)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (EDITORIAL, "", True),
        ("Barrier is a waste.\n\nLETTERS.\n\nI cannot see why the council pays.", "", True),
        ("Approve the barrier now\nThe council must act.", "Opinion | Approve it", True),
        ("Editorial\nThe council must act before the spring.", "", True),
        (
            "Barrier is no cure\nThe river will rise again whatever the council builds.\n"
            "Jane Roe, a retired engineer, is a member of the Board of Contributors.",
            "",
            True,
        ),
        (
            "Barrier vote\nThe council approved the barrier, and Mayor Jane Roe welcomed it.\n"
            "Jane Roe is running for a second term in May.",
            "",
            False,
        ),
        ("Jane Roe was jailed for four years on Monday. She has denied the charge.", "", False),
        (REPORT, "Council backs barrier", False),
        ("The columnist's view was quoted in the council debate on Monday.", "", False),
        # an analysis or a fact-check by its kicker, a column by its disclaimer
        ("Barrier vote\nNews Analysis.\nThe council chose the cheap option.", "", True),
        ("Barrier vote\nThe council chose the cheap option.", "Analysis: a cheap barrier", True),
        ("The barrier's cost\nThe mayor's figure is too low.", "Fact check: the cost", True),
        (
            "Jane Roe is a Courier columnist.\nThe views expressed are her own.\n"
            "The council chose the cheap option.",
            "",
            True,
        ),
        # readers' comments disowned below a report: the report is still news
        (
            "The council approved the barrier on Monday.\n"
            "Views expressed in the comments do not represent those of the Courier.",
            "",
            False,
        ),
        ("The council's analysis of the barrier was published on Monday.", "", False),
    ],
)
def test_opinion_pages_are_told_by_their_own_labels(text: str, title: str, expected: bool) -> None:
    document = Document("d", "d", "txt", text, title)
    assert is_opinion(document) is expected


def test_an_editorials_sentences_are_no_timeline_fact_and_no_judgment() -> None:
    editorial = _extraction("a-editorial", EDITORIAL, "2020-03-03")
    report = _extraction("b-report", REPORT, "2020-03-03")
    verdict = "The council made the right decision on Monday to approve the flood barrier at last."
    events = [
        _event("verdict", 2.0, _mention(editorial, verdict)),
        _event("vote", 1.0, _mention(report, LEDE)),
    ]
    shown = select_timeline(events, dates=3, sentences=2, extractions=[editorial, report])
    assert [c.text for e in shown for c in e.sentences] == [LEDE]
    summary = summarize([editorial, report], events, [], judgments=3)
    chosen = [c.text for c in (summary.bottom_line, *summary.judgments) if c is not None]
    assert chosen and not any("right decision" in t or "deserve" in t for t in chosen)


def test_one_reports_second_sentence_in_the_same_words_that_day_is_not_shown() -> None:
    first = "Mayor Jane Roe opened the Harbour Bridge to traffic on Monday after two years."
    again = "On Monday Jane Roe thanked the Harbour Bridge engineers in a speech at the toll."
    other = "Storms closed the northern railway line for the whole of Monday afternoon."
    page = _extraction("a-page", f"Bridge opens\n{first} {again}", "2020-03-02")
    rail = _extraction("b-rail", f"Rail line shut\n{other}", "2020-03-02")
    events = [
        _event("open", 2.0, _mention(page, first)),
        _event("thanks", 1.5, _mention(page, again)),
        _event("storm", 1.0, _mention(rail, other)),
    ]
    shown = select_timeline(events, dates=3, sentences=2, extractions=[page, rail])
    assert [c.text for c in shown[0].sentences] == [first, other]
