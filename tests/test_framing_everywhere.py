"""What the timeline refuses, the PDF's printed chronology refuses too, by the same tests:
a round-up's opener (the field told as one, doing something generic that day), while the
field's act on someone it names ("lashed out at Governor Ward") is the day's news in both.

Each sentence is a report's whole text, dated by its own expression.
"""

from __future__ import annotations

from datetime import date

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
        lemma=verb.lower(),
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
