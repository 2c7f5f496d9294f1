"""A day's event told only in a relative clause on the doer's name ("Obama, who endorsed
Clinton on Thursday, is making his pitch") is shown under its own day, as a clause, not
lost in the event of another day it was merged into."""

from __future__ import annotations

import pytest
from sentence_fixtures import clause_mention, extraction_with, headlined_page

from briefgen.models import Anchor, Event, EventMention, Extraction
from briefgen.timeline import select_timeline
from briefgen.who_clause import named_in_full, who_clause

WEDNESDAY, THURSDAY = "2020-03-04", "2020-03-05"


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "President Barack Obama, who endorsed Hillary Clinton on Thursday,",
            "[President Barack Obama] endorsed Hillary Clinton on Thursday.",
        ),
        (
            "Trump, who on Thursday clinched the delegates to win the nomination,",
            "[Trump] on Thursday clinched the delegates to win the nomination.",
        ),
        # the perfect tells an act; "has" with a count tells a standing
        (
            "Ann Holt, who has endorsed Tom Reed on Monday,",
            "[Ann Holt] has endorsed Tom Reed on Monday.",
        ),
        ("Ann Holt, who has 300 delegates as of Monday,", None),
        # a standing on the day, not an act of the day
        ("Ann Holt, who came into Tuesday with a lead of 300 delegates,", None),
        ("Tom Reed, who heads into Friday's vote with 40 seats,", None),
        # coming out with something is an act, not a standing
        (
            "Ann Holt, who came out and endorsed Tom Reed with a letter on Monday,",
            "[Ann Holt] came out and endorsed Tom Reed with a letter on Monday.",
        ),
        ("Tom Reed, who still trails Ann Holt in Marlow on Monday,", None),
        # leaning on the sentence around it: where is "here"?
        ("Rep. Kevin Cramer, who formally endorsed Trump here on Sunday,", None),
        # the speaker's words are no statement of the narrator's
        ("Ward, who called the bill “a disgrace” on Monday,", None),
        # no name: "the people" are no doer a reader can follow
        ("the people, who voted on Tuesday,", None),
        # no relative clause at all
        ("Governor Ward signed the bill on Monday", None),
    ],
)
def test_a_relative_clause_on_a_name_reads_as_a_clause(clause: str, expected: str | None) -> None:
    assert who_clause(clause) == expected


def _mention(x: Extraction, sentence: str, clause: str, when: str, anchor: Anchor) -> EventMention:
    return clause_mention(x, sentence, when, clause, anchor=anchor)


TOUR = "Governor Ward opened a tour of the harbour towns on Wednesday."
SIGNED = "But Governor Ward, who signed the harbour bill on Thursday, is touring the coast."
CLAUSE = "Governor Ward, who signed the harbour bill on Thursday,"


def _merged(anchor: str) -> tuple[list[Event], list[Extraction]]:
    """The tour (Wednesday) and the signing (Thursday, in a relative clause of a sentence
    about the tour), merged into one event of Wednesday, as merging may join them."""
    first = headlined_page("a-tour", f"Ward tours the coast\n{TOUR} Crowds came.", WEDNESDAY)
    later = headlined_page("b-later", f"Bill signed\n{SIGNED} He is in Dover.", "2020-03-06")
    tour = _mention(first, TOUR, TOUR, WEDNESDAY, "own")
    signing = _mention(later, SIGNED, CLAUSE, THURSDAY, anchor)
    event = Event("tour", WEDNESDAY, TOUR, (tour, signing), ("a-tour", "b-later"), salience=1.0)
    return [event], [first, later]


def test_the_signing_is_shown_under_its_own_day_as_a_clause() -> None:
    events, extractions = _merged("own")
    shown = {
        e.date: [c.text for c in e.sentences]
        for e in select_timeline(events, dates=5, sentences=2, extractions=extractions)
    }
    assert shown == {
        WEDNESDAY: [TOUR],
        THURSDAY: ["[Governor Ward] signed the harbour bill on Thursday."],
    }


def test_a_clause_dated_by_the_narrative_not_its_own_words_gets_no_day() -> None:
    """The case above is decided by the clause's own date: one the narrative lent it (the
    date in focus) is a reading, not a statement, and makes no entry."""
    events, extractions = _merged("focus")
    shown = select_timeline(events, dates=5, sentences=2, extractions=extractions)
    assert [e.date for e in shown] == [WEDNESDAY]


def test_a_main_clause_merged_into_another_days_event_is_not_offered_under_its_day() -> None:
    """Only a clause within its sentence is split off: a sentence whose own news is dated
    away from its event would carry that event's weight to a day where it is not the news
    (a march outranking the nomination it marched beside)."""
    first = headlined_page("a-tour", f"Ward tours the coast\n{TOUR} Crowds came.", WEDNESDAY)
    march = "Some forty fishermen marched through Dover on Thursday afternoon."
    later = headlined_page("b-later", f"Fishermen march\n{march} They sang.", "2020-03-06")
    tour = _mention(first, TOUR, TOUR, WEDNESDAY, "own")
    marched = _mention(later, march, march, THURSDAY, "own")
    event = Event("tour", WEDNESDAY, TOUR, (tour, marched), ("a-tour", "b-later"), salience=1.0)
    shown = select_timeline([event], dates=5, sentences=2, extractions=[first, later])
    assert [e.date for e in shown] == [WEDNESDAY]


def test_a_surname_in_brackets_gets_the_given_name_its_page_introduced() -> None:
    """A surname shown out of its article names no one: the clause's bracketed antecedent
    is given in full as the page first wrote it."""
    text = (
        "Kate Duval spoke in Penbury on Monday. "
        "Later, Duval, who endorsed Tom Reed on Tuesday, left."
    )
    page = extraction_with(text, ("Kate Duval", "person"))
    start, _ = page.sentences[1]
    told = who_clause("Duval, who endorsed Tom Reed on Tuesday,")
    assert told == "[Duval] endorsed Tom Reed on Tuesday."
    full = "[Kate Duval] endorsed Tom Reed on Tuesday."
    assert named_in_full(told, start, page, frozenset()) == full
    # a name the corpus commonly uses is left as written
    assert named_in_full(told, start, page, frozenset({"Duval"})) == told
