"""The printed chronology's bracket after a line's own relative day agrees with the line's
date, and a line dated only by a relative clause on its subject is not printed under that
date (invented sentences)."""

from __future__ import annotations

from datetime import date

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences

_PAGE = date(2016, 7, 6)


def _printed(sentence: str, when: str, value: str, verb: str, *, dated: str = "") -> str | None:
    """What the chronology prints for ``sentence`` in a report of 6 July 2016, whose
    ``when`` (read as ``value``) dates ``verb``; the line filed under ``dated`` (``value``
    unless given), or None."""
    at = sentence.index(when)
    head = sentence.index(verb)
    mention = EventMention(
        id="m1",
        doc="d1",
        date=dated or value,
        timex=Timex(at, at + len(when), when, "DATE", value),
        description=sentence,
        evidence=Evidence("d1", 0, len(sentence), sentence, sentence, 0),
        predicate=(head, head + len(verb)),
    )
    document = Document(
        id="d1", source="d1.txt", format="txt", text=sentence, title="t", date="2016-07-06"
    )
    printing = Printing(
        texts={"d1": sentence},
        latest=_PAGE,
        published={"d1": _PAGE},
        named={"d1": Extraction(document=document)},
    )
    event = Event("e1", dated or value, sentence, (mention,), ("d1",))
    told = told_sentences([event], 5, printing)
    return told["e1"].text if told else None


def test_a_line_dated_by_its_yesterday_names_that_day() -> None:
    sentence = "The harbour board of Marlow closed the north pier yesterday after a storm."
    printed = _printed(sentence, "yesterday", "2016-07-05", "closed")
    assert printed == (
        "The harbour board of Marlow closed the north pier yesterday [5 July 2016] after a storm."
    )


def test_a_day_a_change_is_counted_from_is_not_named_as_the_lines_own() -> None:
    # the change was counted after the day it is counted from: "yesterday [5 July]" under
    # 5 July would say the change from 5 July was found on 5 July
    sentence = (
        "Ann Holt of the Marlow harbour board says the only change from yesterday is"
        " a second closed pier."
    )
    printed = _printed(sentence, "yesterday", "2016-07-05", "is")
    assert printed is not None
    assert "[" not in printed
    # a stretch that begins that day is of that day: its start is named
    closed = "The harbour board of Marlow closed the north pier for a week from yesterday."
    assert _printed(closed, "yesterday", "2016-07-05", "closed") == (
        "The harbour board of Marlow closed the north pier for a week from yesterday [5 July 2016]."
    )


def test_a_line_moved_to_another_day_keeps_its_today_unnamed() -> None:
    # filed under the 5th by a later reading, its "today" is not the page's 6th
    sentence = "The harbour board of Marlow closed the north pier today after a storm."
    printed = _printed(sentence, "today", "2016-07-06", "closed", dated="2016-07-05")
    assert printed is not None
    assert "[" not in printed


def test_a_relative_clause_on_the_subject_does_not_date_the_sentence() -> None:
    sentence = (
        "The storm that hit Marlow last month has brought the Penbury harbour board"
        " a flood of repair bills and complaints."
    )
    assert _printed(sentence, "last month", "2016-06", "hit") is None
    # control: a reported clause with its own subject after "that" stays the news
    reported = "Police in Marlow said that the harbour board closed the north pier last month."
    assert _printed(reported, "last month", "2016-06", "closed") == reported
    # nor does a demonstrative "that" after a conjunction: it is the sentence's subject
    closed = "The harbour board of Marlow met the fishermen, and that was on Monday."
    assert _printed(closed, "Monday", "2016-07-04", "was") == closed
