"""An undated past happening of a news report is read on the report's news day.

Wire copy tells the day's events and names that day once, in the lede ("joined NATO on
Friday", in a Saturday paper); what the ministers "said" later in the story, undated, was
said that Friday, not on the day the paper came out. The present tense ("remains") is the
time of writing. These readings are not stated dates: the timeline leaves them out.
"""

from __future__ import annotations

from datetime import date

from briefgen.aggregate.events import merge_events
from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention, Extraction

SATURDAY = date(1999, 3, 13)
STORY = (
    "The Czech Republic, Hungary and Poland joined NATO on Friday in a ceremony in "
    "Independence, Missouri.\n\n"
    "In speeches before the ceremony, the ministers said their countries saw membership as "
    "an assurance of security.\n\n"
    "The alliance remains divided over the conflict in Kosovo."
)


def _readings(nlp, text: str, day: date) -> list[EventMention]:  # type: ignore[no-untyped-def]
    doc = Document("a", "a", "txt", text, "", day.isoformat(), "stated")
    return extract_events(doc, nlp(text), tag(text, day), readings=True)


def _of(mentions: list[EventMention], text: str, verb: str) -> EventMention:
    for m in mentions:
        spans = (*([m.predicate] if m.predicate else []), *m.co_predicates)
        if any(text[a:b] == verb for a, b in spans):
            return m
    raise AssertionError(f"no mention covers {verb!r}")


def test_an_undated_past_happening_is_read_on_the_day_the_lede_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _of(_readings(nlp, STORY, SATURDAY), STORY, "said")
    assert (said.date, said.anchor) == ("1999-03-12", "news")


def test_an_undated_present_state_is_read_at_publication(nlp) -> None:  # type: ignore[no-untyped-def]
    remains = _of(_readings(nlp, STORY, SATURDAY), STORY, "remains")
    assert (remains.date, remains.anchor) == ("1999-03-13", "publication")


def test_with_no_recent_day_stated_the_news_day_is_the_publication_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The alliance was founded in 1949.\n\n"
        "The ministers said their countries saw membership as an assurance of security."
    )
    said = _of(_readings(nlp, text, SATURDAY), text, "said")
    assert (said.date, said.anchor) == ("1999-03-13", "news")


def test_a_verb_its_sentence_date_does_not_reach_is_read_too(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thousands rallied in Havana on Wednesday.\n\n"
        "The struggle must go on, said a speaker who was arrested on Wednesday night by the "
        "police."
    )
    mentions = _readings(nlp, text, date(2000, 1, 14))
    assert _of(mentions, text, "arrested").anchor == "own"
    said = _of(mentions, text, "said")
    assert (said.date, said.anchor) == ("2000-01-12", "news")


def test_news_day_readings_are_not_on_the_timeline(nlp) -> None:  # type: ignore[no-untyped-def]
    mentions = _readings(nlp, STORY, SATURDAY)
    document = Document("a", "a", "txt", STORY, "", SATURDAY.isoformat(), "stated")
    events = merge_events([Extraction(document=document, events=tuple(mentions))])
    shown = {m.anchor for e in events for m in e.mentions}
    assert "news" not in shown
    assert any(m.anchor == "news" for m in mentions)
