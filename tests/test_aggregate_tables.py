"""The corpus tables an earlier part of the build filled are emptied before aggregation's
peak: the structure stage's line words before the stage, the names' tables resolving the
actors filled before the merged events come back and the positions are attributed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefgen import corpuswords, heap, pipeline
from briefgen.aggregate import run
from briefgen.config import load_config
from briefgen.extract.run import extract_documents
from briefgen.models import Document
from briefgen.structure import shapes

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

TEXTS = (
    "On 3 May 2021 ministers met in Paris to sign the grain deal. Anna Berg, the trade "
    "minister, said the deal would hold. The talks resumed on 12 July 2021.",
    "Dock workers ended their strike on 18 July 2021, the union said. Carlos Mendes, its "
    "leader, said pay talks would continue. Anna Berg said the port was vital.",
)


def _held() -> int:
    return sum(table.cache_info().currsize for table in heap._CORPUS_CACHES)


@pytest.mark.parametrize("cores", [1, 2])
def test_the_names_tables_are_empty_when_the_positions_are_attributed(
    nlp, monkeypatch: pytest.MonkeyPatch, cores: int
) -> None:  # type: ignore[no-untyped-def]
    documents = [
        Document(id=f"d{i}.txt", source=f"d{i}.txt", format="txt", title="", text=t)
        for i, t in enumerate(TEXTS)
    ]
    extractions = extract_documents(documents, nlp=nlp).extractions
    alone = run.aggregate(extractions)
    held: list[int] = []
    attribute = run.attribute_positions

    def spy(*args):  # type: ignore[no-untyped-def]
        held.append(_held())
        return attribute(*args)

    monkeypatch.setattr(run, "attribute_positions", spy)
    monkeypatch.setattr(run, "PARALLEL_FROM", 2)
    monkeypatch.setattr(run, "_cores", lambda: cores)
    assert run.aggregate(extractions) == alone  # the same answers, the tables emptied
    assert held == [0]


def test_a_lines_words_are_a_corpus_table() -> None:
    assert shapes.words("Ministers met in Paris.") == ("Ministers", "met", "in", "Paris")
    assert shapes.words.cache_info().currsize > 0
    heap.forget()
    assert shapes.words.cache_info().currsize == 0
    assert shapes.words("Ministers met in Paris.") == ("Ministers", "met", "in", "Paris")


def test_the_structure_stages_tables_are_empty_when_aggregation_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for i, text in enumerate(TEXTS):
        (tmp_path / f"d{i}.txt").write_text(f"Grain deal\nJuly 9, 2021\n\n{text}", encoding="utf-8")
    held: list[int] = []
    words = corpuswords.corpus_words

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        held.append(shapes.words.cache_info().currsize)
        return words(*args, **kwargs)

    monkeypatch.setattr(corpuswords, "corpus_words", spy)
    brief, _ = pipeline.assemble_brief(load_config(None, inputs=[str(tmp_path)]), now=NOW)
    assert brief.documents
    assert held == [0]
