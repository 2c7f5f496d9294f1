"""What the build's process holds of each document after extraction: one copy of its text,
whether the extraction came from a worker process or from the cache, and one copy of each
sentence its evidence quotes. Memory per article is what limits a large corpus."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from briefgen.extract import run
from briefgen.extract.cache import ExtractionCache
from briefgen.models import Block, Document

# A sentence holding a dated event and a reported position: two extractors quote it.
SENTENCE = "Officials said the ministers met in Geneva on 8 July 2021 to sign the ceasefire."
PLACES = ("Geneva", "Vienna", "Oslo", "Lima")


def _docs(places: tuple[str, ...] = PLACES, opening: str = "", prefix: str = "d") -> list[Document]:
    """A page per place of one layout: a headline, then ``opening`` (a paragraph of its own
    when given) and the dated sentence, with the place for Geneva."""
    docs = []
    for i, place in enumerate(places):
        lead = f"{opening}\n" if opening else ""
        text = (
            f"Talks in {place}\n{lead}{SENTENCE.replace('Geneva', place)} The talks lasted a day.\n"
        )
        blocks = (
            Block(0, text.index("\n"), "headline"),
            Block(text.index("\n") + 1, len(text), "body"),
        )
        docs.append(
            Document(
                id=f"{prefix}{i}",
                source=f"{prefix}{i}.txt",
                format="txt",
                text=text,
                title="T",
                blocks=blocks,
            )
        )
    return docs


def test_extractions_from_workers_hold_the_documents_they_were_sent(monkeypatch, nlp) -> None:
    monkeypatch.setattr(run, "process_count", lambda n, chars=0: 2)
    docs = _docs()
    result = run.extract_documents(docs, nlp=nlp)
    year = run.corpus_year(docs)
    for sent, got in zip(docs, result.extractions, strict=True):
        # What the brief reads is what one process extracting alone reads ...
        assert got == run.extract_document(sent, nlp, year=year)
        # ... and the text and blocks are the ones the build already held, not a copy.
        assert got.document.text is sent.text
        assert got.document.blocks is sent.blocks


def test_extractions_from_the_cache_hold_the_documents_they_were_asked_for(
    tmp_path: Path, nlp
) -> None:
    docs = _docs()
    with ExtractionCache(tmp_path / "x.sqlite", "settings") as cache:
        first = run.extract_documents(docs, nlp=nlp, cache=cache)
    # The next build reads its own documents again: equal to the stored ones, not them.
    again = [replace(d, text=str(d.text.encode().decode())) for d in docs]
    with ExtractionCache(tmp_path / "x.sqlite", "settings") as cache:
        second = run.extract_documents(again, nlp=nlp, cache=cache)
    assert second.cached == len(docs)
    assert second.extractions == first.extractions
    for sent, got in zip(again, second.extractions, strict=True):
        assert got.document.text is sent.text


def test_a_sentence_quoted_by_an_event_and_a_position_is_sent_once(nlp) -> None:
    doc = _docs()[0]
    extraction = run.extract_document(doc, nlp)
    quoted = [
        x.evidence.sentence
        for x in (*extraction.events, *extraction.positions)
        if x.evidence.sentence == SENTENCE
    ]
    if len(quoted) < 2:
        pytest.fail("the fixture should give an event and a position in its first sentence")
    # One object, so pickle (what a worker sends back) writes the sentence once beside the
    # document's text.
    assert len({id(s) for s in quoted}) == 1
    assert pickle.dumps(extraction).count(SENTENCE.encode()) == 2


def test_every_record_pickles_back_to_an_equal_one() -> None:
    # Records are rebuilt from their class and field values (models.Record): a field the
    # constructor does not take in order would be lost on the way back from a worker.
    import dataclasses

    from briefgen import models

    for record in vars(models).values():
        if isinstance(record, type) and dataclasses.is_dataclass(record):
            fields = tuple(f.name for f in dataclasses.fields(record))
            assert record.__match_args__ == fields, record.__name__
    doc = _docs()[0]
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert pickle.loads(pickle.dumps(doc)).blocks[1].kind == "body"


def test_a_name_mentioned_twice_and_the_documents_id_are_sent_once(nlp) -> None:
    text = (
        "Bridge vote\nElena Duarte opened the debate on 2 March 2022. The council backed "
        "Elena Duarte after an hour, and Elena Duarte thanked the members.\n"
    )
    doc = Document(
        id="council-bridge-vote.txt",
        source="council-bridge-vote.txt",
        format="txt",
        text=text,
        title="Bridge vote",
        blocks=(Block(0, 11, "headline"), Block(12, len(text), "body")),
    )
    extraction = run.extract_document(doc, nlp)
    names = [m.text for m in extraction.mentions if m.text == "Elena Duarte"]
    if len(names) < 2:
        pytest.fail("the fixture should give the name mentioned more than once")
    # Each extractor cuts its own copy of a name; one object is sent (and held) once.
    assert len({id(n) for n in names}) == 1
    ids = [r.doc for r in (*extraction.mentions, *extraction.events, *extraction.positions)]
    assert len({id(i) for i in ids}) == 1
    # Pickle writes an object once and refers to it after: what comes back shares it too.
    back = pickle.loads(pickle.dumps(extraction))
    assert back == extraction
    assert len({id(m.text) for m in back.mentions if m.text == "Elena Duarte"}) == 1


def test_each_document_extracted_in_the_run_is_handed_on_once_with_its_key(
    tmp_path: Path, nlp
) -> None:
    docs = _docs()
    handed: list[tuple[str, str]] = []
    with ExtractionCache(tmp_path / "x.sqlite", "settings") as cache:
        first = run.extract_documents(
            docs[:2],
            nlp=nlp,
            cache=cache,
            on_extracted=lambda x, k: handed.append((x.document.id, k)),
        )
    assert handed == sorted(first.keys.items())
    handed.clear()
    with ExtractionCache(tmp_path / "x.sqlite", "settings") as cache:
        second = run.extract_documents(
            docs, nlp=nlp, cache=cache, on_extracted=lambda x, k: handed.append((x.document.id, k))
        )
    # the two read from the cache are not handed on again
    assert handed == [(d.id, second.keys[d.id]) for d in docs[2:]]


def _long_docs() -> list[Document]:
    """Two pages of one layout: a long opening paragraph, then a dated sentence, so that
    their offsets are equal values above 256 (Python keeps one object for each int up to
    256 only)."""
    opening = "The harbour had been quiet for a long while. " * 7
    return _docs(("Geneva", "Vienna"), opening=opening, prefix="p")


def test_equal_offsets_of_pages_extracted_by_workers_are_one_object(monkeypatch, nlp) -> None:
    # A worker's extraction comes back with an int object for every offset it holds; the
    # build keeps one for each value, whichever page holds it.
    monkeypatch.setattr(run, "process_count", lambda n, chars=0: 2)
    docs = _long_docs()
    result = run.extract_documents(docs, nlp=nlp)
    first, second = result.extractions
    year = run.corpus_year(docs)
    assert first == run.extract_document(docs[0], nlp, year=year)
    assert second == run.extract_document(docs[1], nlp, year=year)
    if not first.events or first.events[-1].evidence.start <= 256:
        pytest.fail("the fixture should give an event past the 256th character")
    one, other = first.events[-1].evidence, second.events[-1].evidence
    assert one.start == other.start and one.start is other.start
    assert one.sentence_start is other.sentence_start
    assert first.sentences[-1] == second.sentences[-1]
    assert first.sentences[-1][0] is second.sentences[-1][0]
    # a short word (the date's value) is one object too; the pages' sentences are their own
    assert first.events[-1].date is second.events[-1].date
    assert one.sentence is not other.sentence
