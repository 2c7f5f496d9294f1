"""The bottom line tells a development of the story's principals: not a side story two
sources carried in the period's last days (a candidate's daughter's pregnancy), whose
sentences name the candidate only as whose daughter she is."""

from __future__ import annotations

import re

from bottomline_fixtures import WHOLE, dated, page

from briefgen.models import Actor, Event, EventMention, Extraction, Mention
from briefgen.summarize import summarize

WON = "Vance won the state primary on Tuesday by ten points over Ada Pike."
STORY = {
    "v1": ("2016-07-20", WON),
    "v2": ("2016-07-20", "Vance won Tuesday's primary, beating Ada Pike by ten points."),
    "m1": ("2016-07-26", "Mia Pike announced on Monday that she is expecting her second child."),
    "m2": (
        "2016-07-26",
        "Mia Pike, the daughter of Senator Ada Pike, said on Monday that she is expecting her "
        "second child.",
    ),
}


def _mention(doc: str, when: str) -> EventMention:
    text = STORY[doc][1]
    return dated(doc, text, text, when, id=f"{doc}-{when}")


def _actor(name: str, sources: int) -> Actor:
    """A person named ``name`` wherever the story writes it, in ``sources`` sources."""
    mentions = tuple(
        Mention(doc, m.start(), m.end(), name, "name", "person")
        for doc, (_, text) in STORY.items()
        for m in re.finditer(rf"(?<!Mia ){re.escape(name)}", text)
    )
    return Actor(name, name, "person", mentions=mentions, sources=tuple(map(str, range(sources))))


def _brief_inputs() -> tuple[list[Extraction], list[Event]]:
    extractions = [page(doc, day, text, sentences=WHOLE) for doc, (day, text) in STORY.items()]
    won = tuple(_mention(d, "2016-07-19") for d in ("v1", "v2"))
    expecting = tuple(_mention(d, "2016-07-25") for d in ("m1", "m2"))
    events = [
        Event("primary", "2016-07-19", "won", won, ("v1", "v2"), salience=2.0),
        Event("baby", "2016-07-25", "announced", expecting, ("m1", "m2"), salience=1.0),
    ]
    return extractions, events


def test_without_the_actors_a_decided_result_outranks_a_later_development() -> None:
    # the latest corroborated development is the announcement; but it decides nothing, and
    # the period's result is where the story stands (``bottomline.period_outcome``)
    extractions, events = _brief_inputs()
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text.startswith("Vance won")


def test_the_bottom_line_is_a_development_of_the_principals_not_of_a_relative() -> None:
    extractions, events = _brief_inputs()
    # the principals: the candidates, named in many sources; the daughter in two
    others = [Actor(f"p{n}", f"Person {n}", "person", sources=("x", "y", "z")) for n in range(11)]
    actors = [_actor("Vance", 40), _actor("Ada Pike", 30), _actor("Mia Pike", 2), *others]
    summary = summarize(extractions, events, [], actors=actors)
    assert summary.bottom_line is not None
    assert summary.bottom_line.text.startswith("Vance won")
