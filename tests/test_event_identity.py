"""One event per real happening: mentions merge because they tell the same happening,
never because their dates fall in the same year, month or day."""

from __future__ import annotations

from dataclasses import replace

from event_fixtures import _extraction, _mention

from briefgen.aggregate.events import merge_events
from briefgen.models import EventMention


def _told(mention: EventMention, *actors: str, lemma: str, scheduled: bool = False) -> EventMention:
    return replace(mention, actors=actors, lemma=lemma, scheduled=scheduled)


def _rally(doc: str) -> EventMention:
    return _told(
        _mention(
            doc,
            "In March 2015 Senator Alder spoke at a rally in Corvo against the river treaty.",
            "March 2015",
            "2015-03",
            "Senator Alder spoke at a rally in Corvo against the river treaty",
        ),
        "Alder",
        "Corvo",
        lemma="speak",
    )


def test_three_facts_of_one_year_are_three_events() -> None:
    signed = _told(
        _mention(
            "c",
            "Last year the governor of Tesra signed the river treaty with Corvo after long talks.",
            "Last year",
            "2015",
            "The governor of Tesra signed the river treaty with Corvo",
        ),
        "Tesra",
        "Corvo",
        lemma="sign",
    )
    budget = _told(
        _mention(
            "d",
            "Late last year the Corvo council agreed a budget deal that cut school funding.",
            "Late last year",
            "2015",
            "The Corvo council agreed a budget deal",
        ),
        "Corvo",
        lemma="agree",
    )
    pact = _told(
        _mention(
            "e",
            "Alder has railed against the trade pact that Corvo finished negotiating last year.",
            "last year",
            "2015",
            "The trade pact that Corvo finished negotiating",
        ),
        "Alder",
        "Corvo",
        lemma="finish",
    )
    events = merge_events(
        [
            _extraction("a", "2016-01-05", _rally("a")),
            _extraction("b", "2016-01-07", _rally("b")),
            _extraction("c", "2016-01-09", signed),
            _extraction("d", "2016-01-11", budget),
            _extraction("e", "2016-01-12", pact),
        ]
    )
    year = sorted(e.sources for e in events if e.date == "2015")
    assert year == [("c",), ("d",), ("e",)]
    # the month's rally is reported by its two sources, not by every source of its year
    rally = next(e for e in events if e.date == "2015-03")
    assert rally.reports == ("a", "b")


def _won(doc: str, tail: str) -> EventMention:
    return _told(
        _mention(
            doc,
            f"Ines Carro won the Corvo mayoral election on Tuesday, {tail}.",
            "Tuesday",
            "2016-03-15",
            "Ines Carro won the Corvo mayoral election",
        ),
        "Ines Carro",
        "Corvo",
        lemma="win",
    )


def test_two_reports_of_one_happening_on_one_day_are_one_event_with_two_sources() -> None:
    events = merge_events(
        [
            _extraction("a", "2016-03-16", _won("a", "officials said")),
            _extraction("b", "2016-03-16", _won("b", "with 58 percent of the vote")),
        ]
    )
    assert len(events) == 1
    assert events[0].reports == ("a", "b")


def test_a_preview_of_a_date_is_no_report_of_the_dates_event() -> None:
    preview = _told(
        _mention(
            "p",
            "The candidates campaign in the towns that vote in the March 15 election.",
            "March 15",
            "2016-03-15",
            "The towns that vote in the March 15 election",
        ),
        "Corvo",
        lemma="vote",
        scheduled=True,
    )
    fees = _told(
        _mention(
            "c",
            "In March the Corvo council raised parking fees in the old town.",
            "March",
            "2016-03",
            "The Corvo council raised parking fees",
        ),
        "Corvo",
        lemma="raise",
    )
    events = merge_events(
        [
            _extraction("a", "2016-03-16", _won("a", "officials said")),
            _extraction("b", "2016-03-16", _won("b", "with 58 percent of the vote")),
            _extraction("p", "2016-03-10", preview),
            _extraction("c", "2016-04-02", fees),
        ]
    )
    result = next(e for e in events if e.description.startswith("Ines Carro won"))
    # the preview written days before tells the day ahead: it is no report of the result
    assert result.reports == ("a", "b")
    # another happening of the month is not the day's event
    assert "c" not in {m.doc for m in result.mentions}


def test_a_relative_year_read_apart_joins_no_other_years_event() -> None:
    # "the next year" is read against the publication's year: when it names another year
    # than a source writing the year out, the reading, not the source, is likely wrong
    moved = _told(
        _mention(
            "a",
            "In 2012 the Varn family moved to Corvo to open a bakery by the harbour.",
            "2012",
            "2012",
            "The Varn family moved to Corvo to open a bakery by the harbour",
        ),
        "Varn",
        "Corvo",
        lemma="move",
    )
    read = _told(
        _mention(
            "b",
            "The Varn family moved to Corvo the next year to open a bakery by the harbour.",
            "the next year",
            "2011",
            "The Varn family moved to Corvo to open a bakery by the harbour",
        ),
        "Varn",
        "Corvo",
        lemma="move",
    )
    events = merge_events(
        [_extraction("a", "2010-05-01", moved), _extraction("b", "2010-06-01", read)]
    )
    assert sorted(e.sources for e in events) == [("a",), ("b",)]
    assert all(not e.disagreements for e in events)
