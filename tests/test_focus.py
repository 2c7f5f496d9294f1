"""Undated sentences: the date in focus of a narrative, else the news day or publication.

Each case is a short text with its document date, and the date (and how it was found) a
reader gives the event of the undated sentence.
"""

from __future__ import annotations

from datetime import date

from briefgen.aggregate.events import merge_events
from briefgen.extract.events import extract_events
from briefgen.extract.run import extract_document
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention

SUNDAY = date(1998, 8, 9)


def _document(text: str, dct: date = SUNDAY) -> Document:
    return Document("a", "a", "txt", text, "", dct.isoformat(), "stated")


def _of(nlp, text: str, verb: str, dct: date = SUNDAY) -> EventMention:  # type: ignore[no-untyped-def]
    """The event mention whose predicate is ``verb``."""
    mentions = extract_events(_document(text, dct), nlp(text), tag(text, dct), readings=True)
    for m in mentions:
        spans = [m.predicate, *m.co_predicates] if m.predicate else list(m.co_predicates)
        if any(text[a:b] == verb for a, b in spans):
            return m
    raise AssertionError(f"no mention of {verb!r} in {[m.description for m in mentions]}")


def _in(nlp, text: str, opening: str, dct: date = SUNDAY) -> EventMention:  # type: ignore[no-untyped-def]
    """The event mention of the sentence that opens with ``opening``."""
    mentions = extract_events(_document(text, dct), nlp(text), tag(text, dct), readings=True)
    return next(m for m in mentions if m.evidence.sentence.startswith(opening))


def test_a_past_narrative_continues_the_date_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The blast in Nairobi occurred on Friday morning near the embassy. "
        "The explosion toppled a crowded building onto the street."
    )
    m = _of(nlp, text, "toppled")
    assert (m.date[:10], m.anchor) == ("1998-08-07", "focus")


def test_the_next_narrative_sentence_continues_the_date_whatever_its_topic(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kellogg reported lower earnings for the third quarter on Thursday. "
        "Net fell 16% to $123.1 million. "
        "Analysts cut their forecasts for the company. "
        "Shares slid to a new low."
    )
    # right after the dated sentence, the narrative goes on on its day
    assert _of(nlp, text, "fell").anchor == "focus"
    # further on, only a sentence that keeps to the topic does
    assert _of(nlp, text, "slid").anchor != "focus"


def test_a_new_paragraph_ends_the_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The blast in Nairobi occurred on Friday morning near the embassy.\n"
        "The explosion toppled a crowded building onto the street."
    )
    m = _of(nlp, text, "toppled")
    # not carried by the focus: read as an undated past happening, on the report's news day
    assert (m.date, m.anchor) == ("1998-08-07", "news")


def test_the_past_perfect_steps_back_before_the_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The blast in Nairobi occurred on Friday morning near the embassy. "
        "The embassy had received warnings about a car bomb."
    )
    assert _of(nlp, text, "received").anchor == "publication"


def test_a_state_lasting_since_a_date_sets_no_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council voted on Saturday to make Marlow a city. "
        "Marlow has been a borough since 1901, but it still keeps its old charter. "
        "Ann Holt said the county is taking a great interest in the vote."
    )
    # "since 1901" runs up to the writing: the saying is the day's news, not of 1901
    m = _of(nlp, text, "said")
    assert (m.date, m.anchor) == ("1998-08-08", "news")


def test_a_state_since_a_date_told_by_a_when_clause_keeps_the_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Holt's aunt has cared for her since November, when she was found on a raft "
        "off Penbury. Her mother drowned when their boat sank."
    )
    # the "when" clause narrates November's happening, and the next sentence goes on there
    assert _of(nlp, text, "drowned").date == "1997-11"


def test_the_present_is_the_time_of_writing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The blast in Nairobi occurred on Friday morning near the embassy. "
        "The embassy remains closed to the public."
    )
    m = _of(nlp, text, "remains")
    assert (m.date, m.anchor) == ("1998-08-09", "publication")


def test_a_quotation_is_not_narration(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The blast in Nairobi occurred on Friday morning near the embassy. "
        '"The explosion shook the whole street," a witness recalled.'
    )
    # not carried by the focus: an undated past saying, read on the report's news day
    assert _of(nlp, text, "recalled").anchor == "news"


def test_readings_are_not_on_the_timeline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The blast in Nairobi occurred on Friday morning near the embassy. "
        "The explosion toppled a crowded building onto the street.\n"
        "Rescuers are still searching the rubble for survivors."
    )
    extraction = extract_document(_document(text), nlp)
    anchors = {m.anchor for m in extraction.events}
    assert {"own", "focus", "publication"} <= anchors
    shown = [m for e in merge_events([extraction]) for m in e.mentions]
    assert shown and all(m.anchor == "own" for m in shown)


def test_a_quotation_goes_on_with_the_saying_last_dated(nlp) -> None:  # type: ignore[no-untyped-def]
    # Sunday paper: the minister spoke on Thursday; the quote after it is from then,
    # not from Friday's news the lede tells.
    text = (
        "Rebels attacked the town on Friday, officials said.\n"
        "The minister told reporters on Thursday that talks would go on.\n"
        '"We will not give up," the minister said.'
    )
    m = _in(nlp, text, '"We')
    assert (m.date, m.anchor) == ("1998-08-06", "news")


def test_a_new_speaker_without_quotation_is_the_days_news(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels attacked the town on Friday, officials said.\n"
        "The minister told reporters on Thursday that talks would go on.\n"
        "Aid groups said the roads were closed."
    )
    m = _in(nlp, text, "Aid")
    assert (m.date, m.anchor) == ("1998-08-07", "news")


def test_a_definite_event_noun_takes_the_date_of_the_happening_it_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The doctor was shot on Oct. 23 at his home.\n"
        "Police searched the woods for weeks.\n"
        "A reward is offered for information on the shooting."
    )
    m = _of(nlp, text, "shooting", dct=date(1998, 11, 20))
    assert (m.date, m.anchor) == ("1998-10-23", "coreferent")
    # a reading of the noun, not the sentence's news: never on the timeline
    extraction = extract_document(_document(text, date(1998, 11, 20)), nlp)
    shown = [m for e in merge_events([extraction]) for m in e.mentions]
    assert shown and all(m.anchor != "coreferent" for m in shown)


def test_a_definite_event_noun_points_back_to_a_happening_dated_by_its_month(nlp) -> None:  # type: ignore[no-untyped-def]
    # "killed last October" is one happening, dated by its month: "the killing" is it
    text = (
        "A sniper killed the doctor last October.\n"
        "A warrant was issued for his arrest in the killing."
    )
    m = _of(nlp, text, "killing", dct=date(1999, 5, 5))
    assert (m.date, m.anchor) == ("1998-10", "coreferent")
    # a year is a period's activity, not one occurrence to point at
    text = "The band toured Europe in 1996.\nThe touring was long."
    mentions = extract_events(
        _document(text, date(1999, 5, 5)), nlp(text), tag(text, date(1999, 5, 5)), readings=True
    )
    assert not [m for m in mentions if m.anchor == "coreferent"]


def test_an_indefinite_or_described_noun_is_a_new_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a shooting", "the earlier shooting", and a noun that is no "-ing" happening ("the
    # virus" after "the 1918 virus") point to nothing dated
    text = (
        "The doctor was shot on Oct. 23 at his home.\nA shooting at a mall left two hurt.\n"
        "The earlier shooting was in May.\nThe 1918 virus killed millions.\n"
        "The virus spreads fast."
    )
    mentions = extract_events(
        _document(text, date(1998, 11, 20)), nlp(text), tag(text, date(1998, 11, 20)), readings=True
    )
    assert not [m for m in mentions if m.anchor == "coreferent"]


def test_a_sentence_whose_parse_has_no_verb_for_root_is_read_by_its_main_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse takes the fronted "With ..." phrase for the root and the main verb for a
    # noun's clause: the sentence still tells a happening, read on the day's news
    text = (
        "Former strikers gathered in the hall on Friday night.\n\n"
        "With Smith and other historic labour leaders sitting in the front row of London's"
        " Royal Festival Hall, a string of former strikers called for the return of ``our"
        " pits'' to the miners."
    )
    m = _of(nlp, text, "called")
    assert (m.date, m.anchor) == ("1998-08-07", "news")


# A Tuesday: the plans below are for later days.
TUESDAY = date(1999, 2, 16)


def test_a_future_sentence_after_a_plan_is_about_the_planned_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor has invited the team to a reception at City Hall on March 12.\n\n"
        "The reception will take place in the council chamber."
    )
    # a new paragraph on the plan's topic (wire copy gives each sentence its paragraph)
    m = _of(nlp, text, "take", dct=TUESDAY)
    assert (m.date, m.anchor) == ("1999-03-12", "focus")


def test_a_plan_carries_to_the_next_future_sentence_of_its_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council has scheduled a public hearing on the budget for Thursday. "
        "Residents will also be able to speak."
    )
    m = _of(nlp, text, "speak", dct=TUESDAY)
    assert (m.date, m.anchor) == ("1999-02-18", "focus")


def test_a_plan_does_not_date_other_topics_nor_the_past(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor has invited the team to a reception at City Hall on March 12.\n\n"
        "Council members will debate the road plan.\n\n"
        "The mayor has invited the team to a reception at City Hall on March 12. "
        "The invitation was sent by courier."
    )
    # a new paragraph on another topic is told at the time of writing
    debate = _of(nlp, text, "debate", dct=TUESDAY)
    assert (debate.date, debate.anchor) == ("1999-02-16", "publication")
    # a past sentence after a plan is no part of the planned day
    assert _of(nlp, text, "sent", dct=TUESDAY).date != "1999-03-12"
