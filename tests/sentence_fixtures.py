"""A document of full-stop sentences with hand-placed actor mentions, for the tests of what
a shown sentence reads alone (``shown``, ``standalone``, ``scope``); the event mention a
verb heads, for the tests of how an event is dated (``event_of``); and a headlined page with
a hand-dated clause of it, for the tests of what the timeline shows (``headlined_page``,
``clause_mention``); a page of one-sentence paragraphs (``paragraph_page``); the timeline
a brief of one page shows (``one_page_timeline``)."""

from __future__ import annotations

import re
from datetime import date

from briefgen.aggregate.events import merge_events
from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import (
    Anchor,
    Block,
    Document,
    EventMention,
    Evidence,
    Extraction,
    Mention,
    Timex,
)
from briefgen.timeline import select_timeline


def extraction_with(text: str, *names: tuple[str, str]) -> Extraction:
    """``text`` split at full stops, with an actor mention (name, type) where each name is."""
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    mentions = tuple(
        Mention("d", m.start(), m.end(), name, "name", kind)  # type: ignore[arg-type]
        for name, kind in names
        for m in re.finditer(re.escape(name), text)
    )
    return Extraction(document=doc, sentences=spans, mentions=mentions)


def report_naming(doc: str, day: str, text: str, names: tuple[tuple[str, str], ...]) -> Extraction:
    """A report ``doc`` of ``day``: ``text`` split at ". ", with an actor mention (name,
    type) of ``names`` wherever each is written."""
    mentions = []
    for name, kind in names:
        at = text.find(name)
        while at >= 0:
            mentions.append(Mention(doc, at, at + len(name), name, "name", kind))  # type: ignore[arg-type]
            at = text.find(name, at + 1)
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part) + 1))
        start += len(part) + 2
    document = Document(doc, doc, "txt", text, "", day, "stated")
    return Extraction(document=document, sentences=tuple(sentences), mentions=tuple(mentions))


def event_of(nlp, text: str, verb: str, dct: date) -> EventMention:  # type: ignore[no-untyped-def]
    """The event mention of ``text`` (a document of ``dct``) whose predicate or
    co-predicate is ``verb``, as the extraction reads it."""
    document = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    mentions = extract_events(document, nlp(text), tag(text, dct), readings=True)
    for m in mentions:
        spans = [m.predicate, *m.co_predicates] if m.predicate else list(m.co_predicates)
        if any(text[a:b] == verb for a, b in spans):
            return m
    raise AssertionError(f"no mention of {verb!r} in {[m.description for m in mentions]}")


def headlined_page(doc: str, text: str, published: str, title: str | None = None) -> Extraction:
    """A page ``doc`` of ``published`` whose first line is its headline and the rest its
    body, one sentence a span; its title is ``title``, or its headline when none is given."""
    headline = text.index("\n")
    blocks = (Block(0, headline, "headline"), Block(headline + 1, len(text), "body"))
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.", text))
    named = text[:headline] if title is None else title
    document = Document(doc, doc, "txt", text, named, published, "stated", blocks=blocks)
    return Extraction(document=document, sentences=spans)


def clause_mention(
    x: Extraction,
    sentence: str,
    when: str,
    clause: str | None = None,
    *,
    verb: str | None = None,
    lemma: str | None = None,
    anchor: Anchor = "own",
    actors: tuple[str, ...] = ("Governor Ward",),
    dated_by: str | None = None,
) -> EventMention:
    """The event mention of ``clause`` (the whole ``sentence`` when none is given) in ``x``'s
    text, dated ``when`` by ``anchor`` (the words ``dated_by`` of the sentence its timex,
    when given), ``actors`` its actors; headed by ``verb`` (its lemma ``lemma``, else the
    verb lower-cased) when one is given, else of lemma ``lemma``."""
    start = x.document.text.index(sentence)
    clause = clause or sentence
    at = start + sentence.index(clause)
    evidence = Evidence(x.document.id, at, at + len(clause), clause, sentence, start)
    predicate = None
    if verb is not None:
        v = start + sentence.index(verb)
        predicate = (v, v + len(verb))
    timex = Timex(at, at + 1, "x", "DATE", when)
    if dated_by is not None:
        t = start + sentence.index(dated_by)
        timex = Timex(t, t + len(dated_by), dated_by, "DATE", when)
    return EventMention(
        f"{x.document.id}-{at}",
        x.document.id,
        when,
        timex,
        clause,
        evidence,
        actors=actors,
        anchor=anchor,
        predicate=predicate,
        lemma=(lemma or verb.lower()) if verb is not None else lemma,
    )


def paragraph_page(doc: str, day: str, *paragraphs: str) -> Extraction:
    """A page ``doc`` of ``day`` whose ``paragraphs`` (one sentence each) are its body
    blocks and its sentences, dated by its file name."""
    text = "\n\n".join(paragraphs)
    spans, at = [], 0
    for p in paragraphs:
        spans.append((at, at + len(p)))
        at += len(p) + 2
    blocks = tuple(Block(s, e, "body") for s, e in spans)
    document = Document(doc, doc, "txt", text, "", day, "filename", blocks=blocks)
    return Extraction(document=document, sentences=tuple(spans))


def one_page_timeline(nlp, text: str, day: date) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """The timeline a brief of this one document shows: date -> the sentences under it."""
    document = Document("a", "a", "txt", text, "", day.isoformat(), "stated")
    mentions = tuple(extract_events(document, nlp(text), tag(text, day)))
    extraction = Extraction(document=document, sentences=(), timexes=(), events=mentions)
    shown = select_timeline(
        merge_events([extraction]), dates=10, sentences=3, extractions=[extraction]
    )
    return {t.date: [c.text for c in t.sentences] for t in shown}
