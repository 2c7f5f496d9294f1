"""What the timeline refuses, the PDF's printed chronology refuses too, by the same tests:
a round-up's opener (the field told as one, doing something generic that day), while the
field's act on someone it names ("lashed out at Governor Ward") is the day's news in both.
And a state or a need a writer predicts for a date ("will need", "will have to", "is likely
to be") is no scheduled event.

Each sentence is a report's whole text, dated by its own expression.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.assessments import assessment
from briefgen.framing import opener
from briefgen.models import Event, EventMention, Evidence, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences

_PUBLISHED = date(2020, 3, 3)


def _mention(
    sentence: str,
    when: str,
    value: str,
    verb: str,
    *,
    actors: tuple[str, ...] = (),
    clause: str | None = None,
    scheduled: bool = False,
    lemma: str | None = None,
) -> EventMention:
    at = sentence.index(when)
    head = sentence.index(verb)
    clause = clause or sentence
    return EventMention(
        id="m-d1",
        doc="d1",
        date=value,
        timex=Timex(at, at + len(when), when, "DATE", value),
        description=clause,
        evidence=Evidence("d1", 0, len(clause), clause, sentence, 0),
        actors=actors,
        scheduled=scheduled,
        predicate=(head, head + len(verb)),
        lemma=lemma or verb.lower(),
    )


def _printed(m: EventMention, private: frozenset[str] = frozenset()) -> bool:
    sentence = m.evidence.sentence
    printing = Printing(
        texts={"d1": sentence},
        first=date(2020, 3, 1),
        latest=_PUBLISHED,
        published={"d1": _PUBLISHED},
        private=private,
    )
    return bool(told_sentences([Event("e1", m.date, sentence, (m,), ("d1",))], 5, printing))


OPENER = (
    "With voters a week away from the vote, the leading Liberal and Conservative candidates "
    "for governor found themselves increasingly targeted Monday by challengers."
)
LASHED = (
    "The leading Liberal candidates for governor lashed out at Governor Ward on Monday in "
    "a televised debate in Dover."
)


def test_a_round_up_opener_is_not_printed_but_the_fields_act_on_someone_named_is() -> None:
    targeted = _mention(OPENER, "Monday", "2020-03-02", "targeted")
    lashed = _mention(LASHED, "Monday", "2020-03-02", "lashed", actors=("Governor Ward",))
    assert opener(targeted) and not opener(lashed)
    assert not _printed(targeted)
    assert _printed(lashed)


DEBATED = (
    "The Liberal candidates for governor debated on Monday night, and their Conservative "
    "rivals were having none of it."
)


def test_the_field_holding_its_debate_is_the_day_s_news_not_an_opener() -> None:
    debated = _mention(DEBATED, "Monday", "2020-03-02", "debated", lemma="debate")
    assert not opener(debated)
    assert _printed(debated)


@pytest.mark.parametrize(
    ("sentence", "verb", "forecast"),
    [
        ("The mayor will need the dockers' votes in the fall.", "need", True),
        ("Ward will have to win the harbour wards in the fall.", "have", True),
        ("Starting in the fall, the race for second will be incredibly fierce.", "Starting", True),
        ("The harbour vote is likely to be close in the fall.", "is", True),
        ("The new port will be unavoidable in the fall.", "be", True),
        # an arrangement for the date: held, faced, a place, a deadline, an opening
        ("The harbour vote will be held in the fall.", "held", False),
        ("Ward is up for re-election in the fall and will face Tom Lee.", "is", False),
        ("The mayor will be in Dover in the fall to open the port.", "be", False),
        ("The mayor will be back in court in the fall.", "be", False),
        ("The harbour report will be available in the fall.", "be", False),
        ("The candidates will have until the fall to file their papers.", "have", False),
        ("Dr Lee will be live online in the fall to answer questions.", "be", False),
    ],
)
def test_a_state_or_need_predicted_for_a_date_is_no_scheduled_event(
    sentence: str, verb: str, forecast: bool
) -> None:
    m = _mention(sentence, "the fall", "2020-FA", verb, scheduled=True)
    assert assessment(m) is forecast
    # the printed chronology does not print it "(planned)" either
    if forecast:
        assert not _printed(m)
