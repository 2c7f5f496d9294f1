"""The summary's reportable sentences kept in the build's cache: a rebuild reads alone only
the sentences of new or changed documents, and writes the brief a build without the cache
writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rebuild_fixtures import NOW, brief_json, build, write_corpus

from briefgen import reportable as reportable_module
from briefgen.config import load_config
from briefgen.extract.cache import cache_path
from briefgen.models import Extraction
from briefgen.pipeline import build_brief


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the documents whose sentences were read alone."""
    seen: list[str] = []
    original = reportable_module.reportable

    def spy(ext: Extraction) -> tuple[reportable_module.Reportable, ...]:
        seen.append(ext.document.id)
        return original(ext)

    monkeypatch.setattr(reportable_module, "reportable", spy)
    return seen


def test_a_rebuild_reads_alone_only_the_new_documents_sentences(
    tmp_path: Path, read: list[str]
) -> None:
    inputs = write_corpus(tmp_path / "in", new=False)
    first = build(inputs, tmp_path / "a")
    assert sorted(read) == ["bridge.txt", "ferry.txt"]
    assert first.brief.summary.bottom_line is not None
    read.clear()
    write_corpus(inputs, new=True)
    # The cache moved to a fresh folder: no previous brief, so the JSON compares whole.
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = build(inputs, tmp_path / "b")
    assert read == ["talks.txt"]
    uncached = load_config(
        None, inputs=[str(inputs)], output_dir=str(tmp_path / "c"), formats="json", cache=False
    )
    assert brief_json(second) == brief_json(build_brief(uncached, now=NOW))


def test_a_corrupt_entry_is_ignored_and_read_again(tmp_path: Path, read: list[str]) -> None:
    inputs = write_corpus(tmp_path / "in", new=True)
    first = build(inputs, tmp_path / "a")
    with sqlite3.connect(cache_path(tmp_path / "a")) as db:
        db.execute("UPDATE reportable SET value = X'00112233'")
    read.clear()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = build(inputs, tmp_path / "b")
    assert sorted(read) == ["bridge.txt", "ferry.txt", "talks.txt"]
    assert brief_json(second) == brief_json(first)


def test_a_cold_build_reads_each_document_alone_once_before_aggregation(
    tmp_path: Path, read: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sentences are read as each extraction arrives, while the other documents are
    extracted, and not again by the summary; the brief is the one a build without the
    cache writes."""
    from briefgen.aggregate import run

    at_aggregation: list[list[str]] = []
    original = run.aggregate

    def spy(*args: object, **kwargs: object) -> object:
        at_aggregation.append(sorted(read))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "aggregate", spy)
    inputs = write_corpus(tmp_path / "in", new=True)
    cold = build(inputs, tmp_path / "a")
    assert cold.counts == {"extracted": 3, "from_cache": 0}
    assert at_aggregation == [["bridge.txt", "ferry.txt", "talks.txt"]]
    assert sorted(read) == ["bridge.txt", "ferry.txt", "talks.txt"]  # once each
    uncached = build(inputs, tmp_path / "b", cache=False)
    assert brief_json(cold) == brief_json(uncached)
