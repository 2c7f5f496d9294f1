"""The aggregate stage gives the same events, actors and positions on one core or two."""

from __future__ import annotations

import pytest

from briefgen.aggregate import run
from briefgen.extract.run import extract_documents
from briefgen.models import Document

TEXTS = (
    "On 3 May 2021 ministers met in Paris to sign the grain deal. Anna Berg, the trade "
    "minister, said the deal would hold. The talks resumed on 12 July 2021.",
    "Dock workers ended their strike on 18 July 2021, the union said. Carlos Mendes, its "
    "leader, said pay talks would continue. Anna Berg said the port was vital.",
    "The high court struck down the export ban on 30 July 2021. Judge Mary Okafor said the "
    "ministry had exceeded its powers. Ministers signed the grain deal on 3 May 2021.",
)


def test_events_merged_in_a_forked_process_equal_those_merged_here(
    nlp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    documents = [
        Document(
            id=f"d{i}.txt",
            source=f"d{i}.txt",
            format="txt",
            title="",
            text=t,
            date="2021-08-01",
            date_source="stated",
        )
        for i, t in enumerate(TEXTS)
    ]
    extractions = extract_documents(documents, nlp=nlp).extractions
    alone = run.aggregate(extractions)
    assert alone.events and alone.actors and alone.positions

    forked = []
    merge_beside = run._merge_beside

    def spy(*args):  # type: ignore[no-untyped-def]
        forked.append(True)
        return merge_beside(*args)

    monkeypatch.setattr(run, "PARALLEL_FROM", 2)
    monkeypatch.setattr(run, "_cores", lambda: 2)
    monkeypatch.setattr(run, "_merge_beside", spy)
    beside = run.aggregate(extractions)
    assert forked == [True]
    assert beside == alone
    # The merged events hold the extractions' own event mentions, not copies sent back
    # from the forked process: the build holds each mention once.
    own = {id(m) for x in extractions for m in x.events}
    assert all(id(m) in own for e in beside.events for m in e.mentions)


def test_actor_records_made_in_a_forked_process_equal_those_made_here(
    nlp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from briefgen import beside
    from briefgen.aggregate import records
    from briefgen.aggregate.actors import resolve_actors

    documents = [
        Document(id=f"d{i}.txt", source=f"d{i}.txt", format="txt", title="", text=t)
        for i, t in enumerate(TEXTS)
    ]
    extractions = extract_documents(documents, nlp=nlp).extractions
    alone = resolve_actors(extractions)
    assert len(alone[0]) >= 3  # Anna Berg, Carlos Mendes, Mary Okafor at least

    forked = []
    begin = beside.begin

    def spy(job):  # type: ignore[no-untyped-def]
        forked.append(True)
        return begin(job)

    monkeypatch.setattr(records, "APART_FROM", 2)
    monkeypatch.setattr(records.beside, "can_fork", lambda: True)
    monkeypatch.setattr(records.beside, "begin", spy)
    apart = resolve_actors(extractions)
    assert forked == [True]
    assert apart == alone
    # each actor holds the clusters' own mentions, not copies sent back from the child
    own = {id(m) for x in extractions for m in x.mentions}
    assert all(id(m) in own for a in apart[0] for m in a.mentions)


def test_a_statements_references_named_in_the_forked_process_as_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dataclasses import replace

    from sentence_fixtures import extraction_with

    from briefgen.models import Evidence, Position

    first = "Harbor Holdings owns Harbor Savings Bank, which has nine branches."
    second = "At the end of June, the bank had deposits of $300 million, Pacific West said."
    text = f"{first} {second}"
    ext = extraction_with(text, ("Harbor Savings Bank", "org"), ("Pacific West", "org"))
    said = "At the end of June, the bank had deposits of $300 million"
    at = text.index(second)
    ev = Evidence("d", at, at + len(said), said, second, at)
    p = Position("p", "d", "Pacific West", None, None, said, at, at + len(said), "reported",
                 "said", ev, attribution="cue")  # fmt: skip
    extractions = [replace(ext, positions=(p,))]
    alone = run.aggregate(extractions)

    monkeypatch.setattr(run, "PARALLEL_FROM", 1)
    monkeypatch.setattr(run, "_cores", lambda: 2)
    beside = run.aggregate(extractions)
    assert beside == alone
    (shown,) = [q.shown for q in beside.positions]
    assert (
        shown == "At the end of June, the bank [Harbor Savings Bank] had deposits of $300 million"
    )
