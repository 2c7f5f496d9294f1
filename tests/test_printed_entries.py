"""Which sentences the PDF's Appendix A prints: the kinds of entry a reader could not use
(a past happening filed under the period, a pointer to a picture the brief does not show,
a sentence the page would cut before its point, a retrospective's day for a happening the
day's reports date otherwise) are left out, and their controls printed.

Each sentence is a report's whole text, dated by its own expression.
"""

from __future__ import annotations

from datetime import date

from briefgen.models import Event, EventMention, Evidence, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences

_MONDAY = date(2016, 7, 4)


def _mention(
    doc: str, sentence: str, when: str, value: str, verb: str, lemma: str | None
) -> EventMention:
    at = sentence.index(when)
    head = sentence.index(verb)
    return EventMention(
        id=f"m-{doc}",
        doc=doc,
        date=value,
        timex=Timex(at, at + len(when), when, "DATE", value),
        description=sentence,
        evidence=Evidence(doc, 0, len(sentence), sentence, sentence, 0),
        predicate=(head, head + len(verb)),
        lemma=lemma,
    )


def _printed(
    sentence: str,
    when: str = "Tuesday",
    verb: str = "",
    *,
    lemma: str | None = None,
    published: date = date(2016, 7, 6),
    value: str = "2016-07-05",
) -> bool:
    """Whether ``sentence`` (dated ``value`` by ``when``, its predicate ``verb``), the
    whole text of a report ``published`` that day, is printed."""
    m = _mention("d1", sentence, when, value, verb or sentence.split()[0], lemma)
    printing = Printing(
        texts={"d1": sentence}, first=_MONDAY, latest=published, published={"d1": published}
    )
    return bool(told_sentences([Event("e1", value, sentence, (m,), ("d1",))], 5, printing))


def test_a_plan_is_printed_when_its_date_is_the_saying_s() -> None:
    plan = "Vaccines are to be sent to every school in Springfield, the ministry {} on Tuesday."
    day = date(2016, 7, 5)  # published that day: what it tells is still to come
    # the date is the ministry's saying, an event of its day
    assert _printed(plan.format("said"), verb="said", lemma="say", published=day)
    assert _printed(plan.format("announced"), verb="announced", lemma="announce", published=day)
    # the date is the sending's, a plan which printed unmarked would read as done
    sent = "Vaccines are to be sent to every school in Springfield on Tuesday, the ministry said."
    assert not _printed(sent, verb="sent", lemma="send", published=day)
