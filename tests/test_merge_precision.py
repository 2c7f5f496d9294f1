"""Merging never makes one happening of two: a vaguer mention of another participant's
act (issue 11, "merge" errors)."""

from __future__ import annotations

from dataclasses import replace

from event_fixtures import _extraction, _mention

from briefgen.aggregate.events import merge_events
from briefgen.models import Event, EventMention


def _told(mention: EventMention, lemma: str, *actors: str) -> EventMention:
    return replace(mention, lemma=lemma, actors=actors)


def _reed_on_the_15th(doc: str) -> EventMention:
    return _told(
        _mention(
            doc,
            "Senator Amos Reed withdrew from the race on 15 March after the primary.",
            "15 March",
            "2020-03-15",
            "Senator Amos Reed withdrew from the race",
        ),
        "withdraw",
        "Amos Reed",
    )


def _this_month(doc: str, who: str) -> EventMention:
    return _told(
        _mention(
            doc,
            f"{who} withdrew at the beginning of this month, citing debts.",
            "this month",
            "2020-03",
            f"{who} withdrew",
        ),
        "withdraw",
        who,
    )


def _events(*mentions: EventMention) -> list[Event]:
    return merge_events([_extraction(m.doc, None, m) for m in mentions])


def test_a_vague_mention_of_another_participant_is_another_happening() -> None:
    events = _events(_reed_on_the_15th("a"), _reed_on_the_15th("b"), _this_month("c", "Lena Holt"))
    assert sorted(len(e.sources) for e in events) == [1, 2]
    holt = next(e for e in events if "Holt" in e.description)
    assert holt.date == "2020-03"


def test_a_vague_mention_of_the_same_participant_joins_the_precise_event() -> None:
    events = _events(_reed_on_the_15th("a"), _reed_on_the_15th("b"), _this_month("c", "Amos Reed"))
    assert len(events) == 1
    assert events[0].date == "2020-03-15"
    assert len(events[0].sources) == 3


def test_a_vague_mention_joins_through_a_participant_an_earlier_vague_one_brought() -> None:
    # "Amos Reed and Lena Holt withdrew this month" joins Reed's event, and makes Holt one
    # of its participants: a later "Lena Holt withdrew this month" is then that event too
    # (the event's participants are read again once it has grown).
    both = replace(_this_month("c", "Amos Reed and Lena Holt"), actors=("Amos Reed", "Lena Holt"))
    holt = _told(
        _mention(
            "d",
            "Lena Holt withdrew from the race this month, her aides said on Friday.",
            "this month",
            "2020-03",
            "Lena Holt withdrew from the race",
        ),
        "withdraw",
        "Lena Holt",
    )
    events = _events(_reed_on_the_15th("a"), _reed_on_the_15th("b"), both, holt)
    assert len(events) == 1
    assert len(events[0].sources) == 4
