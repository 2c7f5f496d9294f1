"""The summary's reportable sentences kept in the build's cache: a rebuild reads alone only
the sentences of new or changed documents, and writes the brief a build without the cache
writes."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefgen import reportable as reportable_module
from briefgen.config import load_config
from briefgen.extract.cache import cache_path
from briefgen.models import Extraction
from briefgen.pipeline import BuildResult, build_brief

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

ARTICLES = {
    "bridge.txt": (
        "Council approves the river bridge\n\nMarch 3, 2022\n\n"
        "The city council approved the new river bridge on 2 March 2022 after a long debate. "
        "Elena Duarte, the council leader, said construction would start in the summer and "
        "cost about 40 million euros. Opponents said the old ferry should have been kept."
    ),
    "ferry.txt": (
        "Ferry operators protest the bridge plan\n\nMarch 5, 2022\n\n"
        "Ferry operators blocked the harbour on 4 March 2022 to protest against the bridge. "
        "Their spokesman, Tomas Lind, said two hundred jobs would be lost when the bridge "
        "opened. The council said it would meet the operators next week."
    ),
}
NEW = (
    "Bridge talks end without a deal\n\nMarch 12, 2022\n\n"
    "Talks between the council and the ferry operators ended without a deal on 11 March "
    "2022. Elena Duarte said the council would offer the operators new routes on the lake, "
    "and Tomas Lind said the operators would decide on further protests within a week."
)


def _build(inputs: Path, output: Path) -> BuildResult:
    config = load_config(None, inputs=[str(inputs)], output_dir=str(output), formats="json")
    return build_brief(config, now=NOW)


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


def _corpus(folder: Path, *, new: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    if new:
        (folder / "talks.txt").write_text(NEW, encoding="utf-8")
    return folder


def _summary(result: BuildResult) -> bytes:
    return (result.build_dir / "brief.json").read_bytes()


def test_a_rebuild_reads_alone_only_the_new_documents_sentences(
    tmp_path: Path, read: list[str]
) -> None:
    inputs = _corpus(tmp_path / "in", new=False)
    first = _build(inputs, tmp_path / "a")
    assert sorted(read) == ["bridge.txt", "ferry.txt"]
    assert first.brief.summary.bottom_line is not None
    read.clear()
    _corpus(inputs, new=True)
    # The cache moved to a fresh folder: no previous brief, so the JSON compares whole.
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = _build(inputs, tmp_path / "b")
    assert read == ["talks.txt"]
    uncached = load_config(
        None, inputs=[str(inputs)], output_dir=str(tmp_path / "c"), formats="json", cache=False
    )
    assert _summary(second) == _summary(build_brief(uncached, now=NOW))


def test_a_corrupt_entry_is_ignored_and_read_again(tmp_path: Path, read: list[str]) -> None:
    inputs = _corpus(tmp_path / "in", new=True)
    first = _build(inputs, tmp_path / "a")
    with sqlite3.connect(cache_path(tmp_path / "a")) as db:
        db.execute("UPDATE reportable SET value = X'00112233'")
    read.clear()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = _build(inputs, tmp_path / "b")
    assert sorted(read) == ["bridge.txt", "ferry.txt", "talks.txt"]
    assert _summary(second) == _summary(first)
