"""The date a clause's happening took, where the sentence holds a date of something else.

Each case is a sentence with its document date and the date a reader would give the event
(or none, when the sentence does not say the day), beside a control of the same shape
whose date is the event's, so that no case passes by dating nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document

FRIDAY = date(2016, 5, 6)
WEDNESDAY = date(2016, 3, 16)


def _dated(nlp, text: str, dct: date) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The predicate (verb or event noun) of each stated event mention -> its date."""
    doc = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    return {
        text[m.predicate[0] : m.predicate[1]]: m.date
        for m in extract_events(doc, nlp(text), tag(text, dct))
        if m.predicate and m.anchor == "own"
    }


def _values(text: str, dct: date) -> list[str]:
    return [t.value for t in tag(text, dct) if t.type in ("DATE", "TIME")]


def test_a_weekday_of_what_someone_has_been_invited_to_do_lies_ahead() -> None:
    text = "The speaker has invited the nominee to meet House leaders on Thursday morning."
    assert _values(text, FRIDAY) == ["2016-05-12TMO"]
    assert _values("The speaker has asked the mayor to testify on Thursday.", FRIDAY) == [
        "2016-05-12"
    ]
    # the infinitive's own words may run long before the day comes
    text = (
        "The speaker has invited the nominee to meet with members of the party's "
        "leadership in the capital on Thursday morning."
    )
    assert _values(text, FRIDAY) == ["2016-05-12TMO"]
    # told in the simple past, the invitation may have been taken up since: the last one
    assert _values("The speaker met House leaders on Thursday morning.", FRIDAY) == [
        "2016-05-05TMO"
    ]
    # "offers" is a noun here, not a present-tense undertaking
    text = "The two firms extended their offers to acquire the maker Friday."
    assert _values(text, date(1989, 11, 3)) == ["1989-11-03"]


@pytest.mark.parametrize(
    "text",
    [
        'Sanders said Tuesday night: "Many people were unable to vote today."',
        '"Many people were unable to vote today," Sanders said Tuesday night.',
        "Sanders said Tuesday night: ``Many people were unable to vote today.''",
    ],
)
def test_today_in_a_quotation_is_the_day_its_attribution_gives(text: str) -> None:
    # a Wednesday paper quoting Tuesday night: the speaker's "today" is Tuesday
    assert "2016-03-15" in _values(text, WEDNESDAY)
    assert "2016-03-16" not in _values(text, WEDNESDAY)


def test_today_outside_a_quotation_or_in_an_undated_one_is_the_reports_day() -> None:
    assert _values("Sanders said Tuesday that many were unable to vote today.", WEDNESDAY) == [
        "2016-03-15",
        "2016-03-16",
    ]
    assert _values('"Many people were unable to vote today," Sanders said.', WEDNESDAY) == [
        "2016-03-16"
    ]


APRIL = date(2016, 4, 20)


@pytest.mark.parametrize(
    ("text", "dct", "verb", "value"),
    [
        # the starting point of a change is no date of the change
        ("Clinton leads the race by 10 points, up eight points from March.", APRIL, "leads", None),
        (
            "Visitors to the park jumped from fewer than 100,000 in 1980 to 300,000 last year.",
            date(1998, 8, 20),
            "jumped",
            "1997",
        ),
        ("Sales rose 5 percent in April from March.", APRIL, "rose", "2016-04"),
        # a source, not a starting point: the date is the happening's
        (
            "The company took a $50.9 million loss from closed operations in the third quarter.",
            date(2016, 11, 20),
            "took",
            "2016-Q3",
        ),
        ("The senator returned from Paris on Tuesday.", APRIL, "returned", "2016-04-19"),
        # a period counted from a start: "from Friday" is when the closure begins
        ("Schools in the city will shut for 14 days from Friday.", APRIL, "shut", "2016-04-22"),
    ],
)
def test_a_comparisons_starting_point_does_not_date_the_change(  # type: ignore[no-untyped-def]
    nlp, text: str, dct: date, verb: str, value: str | None
) -> None:
    assert _dated(nlp, text, dct).get(verb) == value


def test_a_when_clause_on_a_starting_point_is_dated_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The index fell 12 points, down 6.8% from Oct. 13, when the plunge on Wall Street began."
    dated = _dated(nlp, text, date(1989, 10, 27))
    assert dated.get("began") == "1989-10-13"
    assert "fell" not in dated


def test_a_state_for_the_last_week_is_no_dated_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    day = date(2000, 4, 14)
    text = "Even though he has been in Bethesda for the last week, she frowned."
    assert _dated(nlp, text, day) == {}
    assert _dated(nlp, "He arrived in Bethesda last week.", day) == {"arrived": "2000-W14"}


def test_a_date_of_a_happening_noun_dates_the_noun_not_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The march marked a return to the larger protests of early December."
    assert _dated(nlp, text, date(2000, 1, 15)) == {"protests": "1999-12"}


def _told(nlp, text: str, dct: date) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The date of each stated mention -> the text it tells (the sentence, or a clause)."""
    doc = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    return {
        m.date: m.evidence.text
        for m in extract_events(doc, nlp(text), tag(text, dct))
        if m.anchor == "own"
    }


def test_a_clause_of_another_time_tells_its_own_happening_not_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # a Wednesday-night announcement of a Thursday trip: the sentence's news is Wednesday's
    text = (
        "The statement came an hour after the lawyer announced that the father would be"
        " traveling to Washington Thursday."
    )
    told = _told(nlp, text, date(2000, 4, 5))
    assert "after the lawyer announced" in told["2000-04-06"]
    assert "statement came" not in told["2000-04-06"]
    # a reason told with "as": the next morning is the rehearsals', not the complaint's
    text = (
        "The doctor arrived at the house on 24 June 2009. He complained that he needed to"
        " sleep, as he had rehearsals early the next morning."
    )
    told = _told(nlp, text, date(2011, 10, 7))
    assert told["2009-06-25"] == "as he had rehearsals early the next morning"
    assert told["2009-06-24"] == "The doctor arrived at the house on 24 June 2009."
    # the main clause's own date dates the sentence
    text = "He resigned on Tuesday after the board met."
    assert _told(nlp, text, date(2016, 3, 10)) == {"2016-03-08": text}


def test_a_saying_in_a_dated_document_takes_the_documents_date(nlp) -> None:  # type: ignore[no-untyped-def]
    day = date(2000, 2, 16)
    text = '"I object to the moves," he said in the letter, dated Monday.'
    assert _dated(nlp, text, day) == {"dated": "2000-02-14"}
    doc = Document("a", "a", "txt", text, "", day.isoformat(), "stated")
    said = next(m for m in extract_events(doc, nlp(text), tag(text, day)) if m.predicate)
    assert (text.index("said"), text.index("said") + 4) in said.co_predicates
    # a noun after another preposition has a time of its own
    text = "He was arrested for a crime committed in 1990."
    assert _dated(nlp, text, day) == {"committed": "1990"}


def test_the_present_of_a_quotation_is_the_day_of_its_dated_saying(nlp) -> None:  # type: ignore[no-untyped-def]
    day = date(2000, 4, 17)
    text = '"This is child abuse," the father said on Sunday.'
    doc = Document("a", "a", "txt", text, "", day.isoformat(), "stated")
    read = {
        text[m.predicate[0] : m.predicate[1]]: m.date
        for m in extract_events(doc, nlp(text), tag(text, day), readings=True)
        if m.predicate
    }
    assert read == {"said": "2000-04-16", "is": "2000-04-16"}
    # not quoted, the present is the writing's
    text = "The father said on Sunday that the boy is well."
    doc = Document("a", "a", "txt", text, "", day.isoformat(), "stated")
    read = {
        text[m.predicate[0] : m.predicate[1]]: m.date
        for m in extract_events(doc, nlp(text), tag(text, day), readings=True)
        if m.predicate
    }
    assert read.get("said") == "2000-04-16"
    assert read.get("is") in (None, "2000-04-17")


def test_a_weekday_in_a_present_tense_relative_clause_lies_ahead() -> None:
    text = (
        "The senator, whose candidacy is on the line in his state's primary on Tuesday,"
        " passed up chances to attack the front-runner."
    )
    assert _values(text, date(2016, 3, 12)) == ["2016-03-15"]
    # told in the past, the relative clause's day is the last one
    text = "The senator, who lost his state's primary on Tuesday, passed up chances."
    assert _values(text, date(2016, 3, 12)) == ["2016-03-08"]


def test_a_named_day_is_not_the_nearest_weekday() -> None:
    text = "His poor showings on Super Tuesday have his campaign on the brink."
    assert _values(text, date(2016, 3, 10)) == []
    assert _values("His poor showing on Tuesday hurt his campaign.", date(2016, 3, 10)) == [
        "2016-03-08"
    ]


def test_a_sentence_parsed_with_a_bare_participle_for_its_main_verb_keeps_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse makes "quarantined" the main verb and the real one part of an "after" clause
    text = (
        "Travellers quarantined in a Hong Kong hotel for a week after a Mexican guest tested"
        " positive for the flu expressed dismay on Saturday at the tough steps."
    )
    assert _told(nlp, text, date(2009, 5, 2)) == {"2009-05-02": text}


@pytest.mark.parametrize("rel", ["Last", "last"])
def test_last_weekday_opening_a_sentence_is_the_one_a_week_back(rel: str) -> None:
    # a Monday paper: "last Monday" is the week before, not the publication day itself
    monday = date(2015, 12, 7)
    assert _values(f"{rel} Monday, the governor told an audience he would run.", monday) == [
        "2015-11-30"
    ]
    # the control: a bare "Monday" in a Monday paper is that day
    assert _values("Monday, the governor told an audience he would run.", monday) == ["2015-12-07"]


def _timeline_dates(nlp, text: str, dct: date) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each stated mention's sentence -> its date: what the timeline may show."""
    doc = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    return {
        m.evidence.sentence: m.date
        for m in extract_events(doc, nlp(text), tag(text, dct))
        if m.anchor == "own"
    }


def test_a_quoted_today_in_a_report_of_an_earlier_day_is_not_the_publication_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # a Thursday paper telling Tuesday's primary night: her "today" was Tuesday, not Thursday
    text = (
        "Voters went to the polls on Tuesday. "
        "“Today, you proved once again that we can win,” she told supporters."
    )
    dated = _timeline_dates(nlp, text, date(2016, 4, 21))
    assert dated.get("Voters went to the polls on Tuesday.") == "2016-04-19"
    assert "2016-04-21" not in dated.values()
    # the same quote in a report of the day's own news keeps the day
    text = (
        "Voters went to the polls on Thursday. "
        "“Today, you proved once again that we can win,” she told supporters."
    )
    assert list(_timeline_dates(nlp, text, date(2016, 4, 21)).values()) == [
        "2016-04-21",
        "2016-04-21",
    ]


def test_a_bare_date_after_a_bounding_event_dates_that_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # "since the election Tuesday": the election was Tuesday; the silence is not Tuesday's
    dated = _dated(nlp, "The senator has stayed silent since the election Tuesday.", FRIDAY)
    assert dated.get("election") == "2016-05-03"
    assert "stayed" not in dated
    # the control: a date on the verb itself still dates it
    dated = _dated(nlp, "The senator stayed silent on Tuesday.", FRIDAY)
    assert dated.get("stayed") == "2016-05-03"
