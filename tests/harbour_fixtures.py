"""One report on a harbour bridge as a brief holds it: the document, its dated events and
Ana Lopez, for the tests of the printed chronology. Each test writes its own sentences."""

from __future__ import annotations

import re

from briefgen.models import Actor, Document, Event, EventMention, Evidence, Mention, Timex


def report(text: str) -> Document:
    """The report, published on Saturday 9 March 2024."""
    return Document(
        id="d1",
        source="harbour.txt",
        format="txt",
        text=text,
        title="Harbour bridge opens",
        date="2024-03-09",
        date_source="stated",
    )


def lopez(text: str) -> Actor:
    """Ana Lopez, with every place ``text`` names her."""
    names = [m.start() for m in re.finditer("Ana Lopez", text)]
    return Actor(
        "lopez",
        "Ana Lopez",
        "person",
        mentions=tuple(Mention("d1", s, s + 9, "Ana Lopez", "name", "person") for s in names),
        sources=("d1",),
    )


def dated_event(
    text: str,
    days: dict[str, str],
    ident: str,
    sentence: str,
    when: str,
    verb: str,
    salience: float = 0.5,
) -> Event:
    """The event ``sentence`` of ``text`` tells, dated by its expression ``when`` (valued
    by ``days``), its predicate ``verb``."""
    start = text.index(sentence)
    at = text.index(when, start)
    head = text.index(verb, start)
    mention = EventMention(
        id=f"m-{ident}",
        doc="d1",
        date=days[when],
        timex=Timex(at, at + len(when), when, "DATE", days[when]),
        description=sentence,
        evidence=Evidence("d1", start, start + len(sentence), sentence, sentence, start),
        predicate=(head, head + len(verb)),
    )
    return Event(ident, mention.date, sentence, (mention,), ("d1",), salience=salience)
