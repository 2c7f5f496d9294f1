"""Sentences that add to what the sentence before told ("She, too, wants …", "[Ruiz] also
said …"), predicates that are only an idiom of stance ("went on the offensive"), and the
printed chronology's "today" named and "this order" checked like every shown sentence's
(invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.additive import added_to
from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences
from briefgen.shown import stands_alone


@pytest.mark.parametrize(
    "text",
    [
        "Ms Quint, too, wants a recount of the Leeds ballots.",
        "Ms Quint wants a recount of the Leeds ballots too.",
        "[Ada Brandt] also said the toll would be scrapped next spring.",
        "On Tuesday, [Ada Brandt] has also told reporters the toll would go.",
        "The council in Leeds met on Monday as well.",
        "The mayor of Leeds did not attend the harbour ceremony either.",
        "Likewise, the mayor of Leeds voted against the toll on Monday.",
        "The mayor of Leeds said the same.",
        "Another councillor resigned from the Leeds harbour board.",
        # an additive whose clause is its verb alone: what else, by whom, why?
        "Dr Ruiz's home in Leeds is also searched.",
        "The harbour toll of Leeds has also been cut.",
        "The mayor of Leeds also spoke.",
        # the whole predicate an idiom of stance: against whom, doing what?
        "On Sunday, Ms Quint went on the offensive.",
        "Ms Quint came out swinging at the rally on Sunday.",
        "The mayor of Leeds doubled down Monday.",
    ],
)
def test_half_of_a_point_told_before_is_not_shown(text: str) -> None:
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour toll is too high for the fishermen of Leeds, the mayor said.",
        "The mayor of Leeds also chairs the harbour board.",  # a named subject says who
        "The council and the mayor as well as the board voted for the toll.",
        "Either side may appeal the ruling of the Leeds court.",
        "The harbour toll in Leeds remained the same through 2015.",
        "The council and the board met on the same day in Leeds.",
        "Another 20 boats were turned away from the Leeds harbour on Monday.",
        "On Sunday, Ms Quint went on the offensive against the harbour board.",
        "Ms Quint came out swinging, accusing the board of hiding the toll's cost.",
        'Ms Quint said: "We want the bridge too."',  # the speaker's own "too"
        "Police in Leeds also searched Dr Ruiz's home on Monday.",  # its own object
        "The harbour toll of Leeds was also cut on Monday.",  # its own day
        "The council of Leeds cut the harbour toll and the port board also agreed.",
        "The Leeds harbour sells fish that the fishermen of Hull also sell.",
    ],
)
def test_a_sentence_telling_its_own_point_is_shown(text: str) -> None:
    assert stands_alone(text)


def _printed(sentence: str, when: str, before: str = "") -> str | None:
    """What the chronology prints for ``sentence`` (after ``before`` in a report of 6 July
    2016), dated 6 July 2016 by ``when``, or None."""
    text = f"{before} {sentence}".strip()
    start = text.index(sentence)
    at = text.index(when, start)
    verb = sentence.split()[4]
    head = text.index(verb, start)
    timex = Timex(at, at + len(when), when, "DATE", "2016-07-06")
    mention = EventMention(
        id="m1",
        doc="d1",
        date="2016-07-06",
        timex=timex,
        description=sentence,
        evidence=Evidence("d1", start, start + len(sentence), sentence, sentence, start),
        predicate=(head, head + len(verb)),
    )
    document = Document(
        id="d1", source="d1.txt", format="txt", text=text, title="t", date="2016-07-06"
    )
    day = date(2016, 7, 6)
    printing = Printing(
        texts={"d1": text},
        latest=day,
        published={"d1": day},
        named={"d1": Extraction(document=document)},
    )
    event = Event("e1", "2016-07-06", sentence, (mention,), ("d1",))
    told = told_sentences([event], 5, printing)
    return told["e1"].text if told else None


def test_a_chronology_entry_names_the_day_its_today_means() -> None:
    printed = _printed("A judge in Leeds issued a ruling today on the harbour toll.", "today")
    assert printed == "A judge in Leeds issued a ruling today [6 July 2016] on the harbour toll."


def test_a_chronology_entry_quoting_this_order_needs_the_order_in_itself() -> None:
    before = "The Leeds court ordered the harbour board to lower the toll."
    quoted = 'The board of Leeds said on Wednesday it "will comply with this order" soon.'
    assert _printed(quoted, "Wednesday", before) is None
    # control: the order named in the shown sentence itself
    ordered = (
        "The harbour board of Leeds, ordered by a judge to lower its toll, said on Wednesday"
        ' it "will comply with this order".'
    )
    assert _printed(ordered, "Wednesday", before) == ordered  # a weekday: its date column


def test_an_also_adds_to_the_shown_sentence_holding_all_its_names() -> None:
    shown = ["Police searched the home and the clinic of Dr Ruiz in Leeds on Tuesday."]
    assert added_to("Dr Ruiz's home in Leeds was also searched by police on Tuesday.", shown) == 0
    # a name of its own, no "also" after the subject, an "also" in a quotation: not added
    assert added_to("Police in Hull also searched a depot on Tuesday.", shown) is None
    assert added_to("Police searched the home of Dr Ruiz in Leeds again.", shown) is None
    assert added_to('Dr Ruiz said: "Police also searched my home in Leeds."', shown) is None
