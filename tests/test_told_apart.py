"""A day's entry cites only pages that tell its happening: a week's summed change is not the
day's move, and a deed told of its month is not the saying of a day that comments on it,
however alike their words (issue 11: "merge: bogus citation")."""

from __future__ import annotations

from dataclasses import replace

from event_fixtures import _extraction, _mention

from briefgen.aggregate.events import merge_events
from briefgen.models import EventMention, Extraction
from briefgen.reported_periods import names_period_reported


def _told(mention: EventMention, verb: str, lemma: str, *actors: str) -> EventMention:
    at = mention.evidence.sentence.index(verb)
    return replace(mention, actors=actors, lemma=lemma, predicate=(at, at + len(verb)))


def _sources_of(events, date: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return sorted(e.sources for e in events if e.date == date)


def _other_news() -> list[Extraction]:
    """Three reports of other stories: the corpus around the two mentions compared, which
    makes their shared names rare."""
    told = [
        "Fishermen protested Monday against the new quota in the harbour.",
        "Storms closed Monday the coastal road near the old lighthouse.",
        "Teachers marched Monday for higher wages in the capital.",
    ]
    return [
        _extraction(
            f"n{n}",
            "2000-01-04",
            _told(
                _mention(f"n{n}", s, "Monday", "2000-01-03", s.rstrip(".")),
                s.split()[1],
                s.split()[1],
            ),
        )
        for n, s in enumerate(told)
    ]


def test_a_weeks_summed_change_is_not_the_days_move() -> None:
    day = _told(
        _mention(
            "a",
            "The Marlow index dropped 19.69 points Friday to 1462.93.",
            "Friday",
            "1989-10-27",
            "The Marlow index dropped 19.69 points to 1462.93",
        ),
        "dropped",
        "drop",
        "Marlow",
    )
    week = _told(
        _mention(
            "b",
            "For the week, the index dropped 3.8%.",
            "the week",
            "1989-W43",
            "the index dropped 3.8%",
        ),
        "dropped",
        "drop",
    )
    events = merge_events(
        [_extraction("a", "1989-10-30", day), _extraction("b", "1989-10-30", week), *_other_news()]
    )
    assert _sources_of(events, "1989-10-27") == [("a",)]


def _comment(doc: str) -> EventMention:
    return _told(
        _mention(
            doc,
            "Governor Ann Holt said Friday the Penbury council did the right thing.",
            "Friday",
            "2000-01-07",
            "Ann Holt said the Penbury council did the right thing",
        ),
        "said",
        "say",
        "Ann Holt",
        "Penbury council",
    )


def test_a_deed_of_the_month_is_not_a_days_saying_about_it() -> None:
    ruling = _told(
        _mention(
            "b",
            "The Penbury council ruled last month that only the owner has the right to speak "
            "for the mill.",
            "last month",
            "2000-01",
            "The Penbury council ruled that only the owner has the right to speak for the mill",
        ),
        "ruled",
        "rule",
        "Penbury council",
    )
    events = merge_events(
        [
            _extraction("a", "2000-01-08", _comment("a")),
            _extraction("b", "2000-02-16", ruling),
            *_other_news(),
        ]
    )
    assert _sources_of(events, "2000-01-07") == [("a",)]


def test_a_saying_that_tells_the_deed_is_still_its_report() -> None:
    said = _told(
        _mention(
            "a",
            "Officials said Friday that rebels attacked the Marlow depot.",
            "Friday",
            "2000-03-10",
            "Officials said rebels attacked the Marlow depot",
        ),
        "said",
        "say",
        "Marlow depot",
    )
    attack = _told(
        _mention(
            "b",
            "Rebels attacked the Marlow depot this month, killing two guards.",
            "this month",
            "2000-03",
            "Rebels attacked the Marlow depot",
        ),
        "attacked",
        "attack",
        "Marlow depot",
    )
    events = merge_events(
        [
            _extraction("a", "2000-03-11", said),
            _extraction("b", "2000-03-20", attack),
            *_other_news(),
        ]
    )
    assert _sources_of(events, "2000-03-10") == [("a", "b")]


def test_a_figure_summed_over_its_week_is_no_line_of_that_week() -> None:
    summed = _mention(
        "b", "For the week, the index dropped 3.8%.", "the week", "1989-W43", "the index dropped"
    )
    happened = _mention(
        "c",
        "Over the weekend, floods closed 3 roads into Marlow.",
        "the weekend",
        "1989-W43-WE",
        "floods closed 3 roads into Marlow",
    )
    assert names_period_reported(summed)
    assert not names_period_reported(happened)
