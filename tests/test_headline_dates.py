"""A sentence is shown under a date only when the date is its headline event's.

Cases from the reader audits of the dev corpora, each a short document with its date: a
background clause dates its own event but not the sentence; a schedule is marked as one;
a time of day belongs to the day its sentence names.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.aggregate.events import merge_events
from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention, Extraction
from briefgen.timeline import select_timeline


def _document(text: str, day: date) -> Document:
    return Document("a", "a", "txt", text, "", day.isoformat(), "stated")


def _events(nlp, text: str, day: date) -> list[EventMention]:  # type: ignore[no-untyped-def]
    return extract_events(_document(text, day), nlp(text), tag(text, day))


def _timeline(nlp, text: str, day: date) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """The timeline a brief of this one document shows: date -> the sentences under it."""
    document = _document(text, day)
    mentions = tuple(extract_events(document, nlp(text), tag(text, day)))
    extraction = Extraction(document=document, sentences=(), timexes=(), events=mentions)
    events = merge_events([extraction])
    shown = select_timeline(events, dates=10, sentences=3, extractions=[extraction])
    return {t.date: [c.text for c in t.sentences] for t in shown}


FRIDAY = date(2016, 9, 30)
MONEY = (
    "Donald Trump spoke to volunteers in Grand Rapids on Friday. "
    "Donald Trump said he plans to put to good use the $18 million he says he raised for his "
    "campaign on the day after Monday's debate."
)


def test_a_date_inside_a_noun_phrase_dates_that_clause_not_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    raised = [m for m in _events(nlp, MONEY, FRIDAY) if m.date == "2016-09-27"]
    assert len(raised) == 1
    evidence = raised[0].evidence
    assert evidence.text != evidence.sentence  # the clause's phrase, not the whole sentence
    assert evidence.text.startswith("the $18 million")


def test_a_sentence_is_not_shown_under_the_date_of_its_background_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    shown = _timeline(nlp, MONEY, FRIDAY)
    assert not any("$18 million" in s for s in shown.get("2016-09-27", []))
    assert any("Grand Rapids" in s for s in shown.get("2016-09-30", []))


def test_a_date_of_the_main_clause_still_dates_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The president stepped down on Friday after weeks of protests in the capital."
    shown = _timeline(nlp, text, date(2011, 2, 12))
    assert any("stepped down" in s for s in shown.get("2011-02-11", []))


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        (
            "The panel will resume considering the charge against the doctor on Monday.",
            date(2011, 11, 4),
            "2011-11-07",
        ),
        (
            "The stadium has been set a capacity of 60,000 for Saturday's show.",
            date(2011, 10, 7),
            "2011-10-08",
        ),
        ("The concert is to take place in Cardiff on Saturday.", date(2011, 10, 4), "2011-10-08"),
        ("The band is due to play on Saturday.", date(2011, 10, 4), "2011-10-08"),
        ("The singer is expected to arrive on Saturday.", date(2011, 10, 4), "2011-10-08"),
        ("Wales plays Saturday in Cardiff.", date(2011, 10, 4), "2011-10-08"),
    ],
)
def test_a_schedule_is_dated_ahead_and_marked_scheduled(  # type: ignore[no-untyped-def]
    nlp, text: str, day: date, value: str
) -> None:
    events = _events(nlp, text, day)
    assert [m.scheduled for m in events if m.date == value] == [True]
    assert all(m.scheduled for m in events)


def test_an_arrangement_told_in_the_past_is_not_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp, "The concert was to take place in Cardiff on Saturday.", date(2011, 10, 4)
    )
    assert [(m.date, m.scheduled) for m in events] == [("2011-10-01", False)]


def test_a_time_of_day_belongs_to_the_day_its_sentence_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The stadium opens for Saturday's show, with the first act on stage at 18:00 BST."
    values = [t.value for t in tag(text, date(2011, 10, 7)) if t.type == "TIME"]
    assert values == ["2011-10-08T18:00"]
    text = "Slepian was shot at his home on Oct. 23, 1998, at 10 p.m. as he stood in the kitchen."
    values = [t.value for t in tag(text, date(1999, 4, 19)) if t.type == "TIME"]
    assert values == ["1998-10-23T22:00"]


def test_a_time_of_day_alone_is_still_the_publication_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fire crews were called in 1998. The fire broke out at 10 p.m. near the station."
    values = [t.value for t in tag(text, date(1999, 4, 19)) if t.type == "TIME"]
    assert values == ["1999-04-19T22:00"]


def test_a_comparison_clause_dates_the_compared_event_not_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Ada Pike spoke to volunteers in Grand Rapids on Friday. "
        "Senator Ada Pike has been steadily pounding her rival as a fraud, just as she did "
        "with the governor in 2012."
    )
    compared = [m for m in _events(nlp, text, FRIDAY) if m.date == "2012"]
    assert len(compared) == 1
    assert compared[0].evidence.text.startswith("just as she did")
    shown = _timeline(nlp, text, FRIDAY)
    assert not any("pounding" in s for s in shown.get("2012", []))
    assert any("Grand Rapids" in s for s in shown.get("2016-09-30", []))


def test_the_reason_someone_is_attacked_for_is_not_the_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Ada Pike spoke to volunteers in Grand Rapids on Friday. "
        "Senator Ada Pike attacked the governor for failing to enforce a court order in 1992 "
        "against the protesters."
    )
    shown = _timeline(nlp, text, FRIDAY)
    assert not any("attacked" in s for s in shown.get("1992", []))


def test_a_toll_told_with_a_participle_on_a_number_is_dated_by_its_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Six people were also killed and at least 58 injured in a car bomb attack on Friday "
        "outside the U.S. embassy in the Tanzanian capital."
    )
    shown = _timeline(nlp, text, date(1998, 8, 8))
    assert list(shown) == ["1998-08-07"]


def test_what_is_honoured_years_ago_is_not_the_honouring(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The venue was chosen to honor the announcement by President Truman of the creation "
        "of NATO 50 years ago, the State Department said."
    )
    assert "1949" not in _timeline(nlp, text, date(1999, 3, 12))
    marked = [m.date for m in _events(nlp, "The town marked the day on Friday.", FRIDAY)]
    assert marked == ["2016-09-30"]


def test_a_change_since_a_dated_founding_is_not_filed_under_the_founding(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The alliance's mission has changed dramatically since its founding in 1949."
    dated = {m.date: m.evidence.text for m in _events(nlp, text, FRIDAY)}
    assert dated["1949"] == "its founding in 1949"
    assert "1949" not in _timeline(nlp, text, FRIDAY)


MAY_12 = date(2016, 5, 12)


def test_a_date_inside_an_until_after_clause_is_not_the_news_s(nlp) -> None:  # type: ignore[no-untyped-def]
    # the only date is the visit's, inside the clause the accusation is told against; the
    # subject's appositive ("the city's mayor") does not hide the clause
    accused = (
        "Senator Ann Ruiz accused the council of hiding the flooding until after Tom Bell,"
        " the city's mayor, had visited the river on 16 April. "
        "Senator Ann Ruiz closed the Springfield bridge on 10 May."
    )
    shown = _timeline(nlp, accused, MAY_12)
    assert not any("accused" in s for day in shown.values() for s in day)
    assert any("closed the Springfield bridge" in s for s in shown.get("2016-05-10", []))
    # control: the same visit told as the news is shown under its day
    visit = "Tom Bell, the city's mayor, visited the river on 16 April, aides said."
    shown = _timeline(nlp, visit, MAY_12)
    assert any("visited the river" in s for s in shown.get("2016-04-16", []))


def test_a_preposition_s_object_is_no_clause_that_takes_the_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # "before the committee" is no clause: the appearance is the news of its day
    appeared = "Senator Ann Ruiz appeared before the Springfield council on 16 April, aides said."
    assert any("appeared" in s for s in _timeline(nlp, appeared, MAY_12).get("2016-04-16", []))
