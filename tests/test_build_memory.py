"""What a build holds while it renders: the brief, not what the stages before needed."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from rebuild_fixtures import NOW, write_corpus

from briefgen import heap, pipeline
from briefgen import summarize as summary
from briefgen.config import load_config
from briefgen.models import Brief, Document, Extraction


def _alive(kind: type, ids: set[str]) -> int:
    """Instances of ``kind`` of these documents, those a ``heap.settle`` set aside too."""
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    try:
        found = gc.get_objects()
    finally:
        if frozen:
            gc.freeze()
    if kind is Document:
        return sum(1 for o in found if isinstance(o, Document) and o.id in ids)
    return sum(1 for o in found if isinstance(o, kind) and o.document.id in ids)


def test_rendering_starts_with_one_copy_of_each_document_and_no_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, int] = {}
    write, summarize = pipeline.write_outputs, summary.summarize

    def summarizing(extractions: list[Extraction], *args: Any, **kwargs: Any) -> Any:
        ids = {x.document.id for x in extractions}
        seen["summarized with"] = _alive(Document, ids)
        return summarize(extractions, *args, **kwargs)

    def counting(brief: Brief, *args: Any, **kwargs: Any) -> dict[str, Path]:
        ids = {d.id for d in brief.documents}
        seen["documents"] = _alive(Document, ids)
        seen["extractions"] = _alive(Extraction, ids)
        seen["cached"] = sum(c.cache_info().currsize for c in heap._CORPUS_CACHES)
        return write(brief, *args, **kwargs)

    monkeypatch.setattr(pipeline, "write_outputs", counting)
    monkeypatch.setattr(summary, "summarize", summarizing)
    corpus = write_corpus(tmp_path / "in", new=False)
    config = load_config(None, inputs=[str(corpus)], output_dir=tmp_path / "out", formats="json")
    result = pipeline.build_brief(config, now=NOW)

    assert len(result.brief.documents) == 2
    assert "Elena Duarte" in {a.name for a in result.brief.actors}
    # The documents read and sieved are let go once extracted: each extraction's own is
    # the only copy the later stages hold, and the brief's.
    assert seen["summarized with"] == 2
    assert seen["documents"] == 2
    assert seen["extractions"] == 0
    # The tables of names and sentences aggregation and the summary asked are emptied.
    assert seen["cached"] == 0


def test_a_build_collects_its_youngest_objects_rarely_and_restores_the_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Most young collections of a build find nothing to free (its stages make tables they
    # keep): the youngest generation is larger while it runs, as it was once it returns.
    seen: dict[str, tuple[int, ...]] = {}
    write, summarize = pipeline.write_outputs, summary.summarize

    def summarizing(*args: Any, **kwargs: Any) -> Any:
        seen["summarizing"] = gc.get_threshold()
        return summarize(*args, **kwargs)

    def writing(*args: Any, **kwargs: Any) -> dict[str, Path]:
        seen["writing"] = gc.get_threshold()
        return write(*args, **kwargs)

    monkeypatch.setattr(summary, "summarize", summarizing)
    monkeypatch.setattr(pipeline, "write_outputs", writing)
    before = gc.get_threshold()
    corpus = write_corpus(tmp_path / "in", new=False)
    config = load_config(None, inputs=[str(corpus)], output_dir=tmp_path / "out", formats="json")
    pipeline.build_brief(config, now=NOW)

    assert seen["summarizing"][0] == seen["writing"][0] == heap.YOUNG_THRESHOLD
    assert seen["writing"][1:] == before[1:]
    assert gc.get_threshold() == before


def test_a_collector_turned_off_stays_off_through_a_build() -> None:
    was = gc.get_threshold()
    gc.set_threshold(0)
    try:
        assert heap.releasing(gc.get_threshold)()[0] == 0
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*was)
