"""Hand-made pages and dated sentences for the bottom line's tests.

A page is a document published (its date stated) on a day, its sentences ending at full
stops unless told otherwise; a dated sentence is an event mention whose evidence is that
sentence of the page's text.
"""

from __future__ import annotations

import re

from briefgen.models import Block, Document, EventMention, Evidence, Extraction, Mention, Timex

# A sentence ends at its full stop (a test's own sentences carry no abbreviations).
SENTENCE = r"[^.]+\."
# The whole text is one sentence.
WHOLE = r"(?s).+"


def page(
    doc: str,
    day: str | None,
    text: str,
    *,
    sentences: str = SENTENCE,
    blocks: tuple[Block, ...] = (),
    timexes: tuple[Timex, ...] = (),
    people: str | None = None,
) -> Extraction:
    """The extraction of document ``doc`` published on ``day``: ``text`` cut into the
    sentences the pattern ``sentences`` matches; the names the pattern ``people`` matches
    are mentions of persons."""
    spans = tuple((m.start(), m.end()) for m in re.finditer(sentences, text))
    mentions = (
        tuple(
            Mention(doc, m.start(), m.end(), m[0], "name", "person")
            for m in re.finditer(people, text)
        )
        if people
        else ()
    )
    document = Document(doc, doc, "txt", text, "", day, "stated", blocks=blocks)
    return Extraction(document=document, sentences=spans, timexes=timexes, mentions=mentions)


def dated(
    doc: str,
    text: str,
    sentence: str,
    when: str,
    *,
    id: str | None = None,
    said: str | None = None,
    scheduled: bool = False,
    predicate: tuple[int, int] | None = None,
) -> EventMention:
    """The mention dating ``sentence`` (found in ``text`` of ``doc``) to ``when``. Its
    timex is the words ``said`` of the sentence, or else a one-character placeholder at
    the sentence's start; its id is ``id``, or else the document's and the date's."""
    at = text.index(sentence)
    evidence = Evidence(doc, at, at + len(sentence), sentence, sentence, at)
    if said is None:
        timex = Timex(at, at + 1, "x", "DATE", when)
    else:
        t = at + sentence.index(said)
        timex = Timex(t, t + len(said), said, "DATE", when)
    return EventMention(
        id or f"{doc}{when}",
        doc,
        when,
        timex,
        sentence,
        evidence,
        scheduled=scheduled,
        predicate=predicate,
    )
