"""Each document's entry in brief.json, kept in the build's cache: a rebuild writes the kept
text of the documents it has seen, walks the new, changed and rejected ones, and writes the
bytes a build without the cache writes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from rebuild_fixtures import NOW, brief_json, write_corpus

from briefgen import kept_documents
from briefgen.config import load_config
from briefgen.extract.cache import cache_path
from briefgen.models import Document
from briefgen.pipeline import BuildResult, build_brief
from briefgen.render.json import brief_to_json, encoded_document

HARBOUR = (
    "Harbour master warns of silt\n\nMarch 6, 2022\n\n"
    "The harbour master, Ines Varga, warned on 5 March 2022 that silt was closing the "
    "ferry channel. She said the council had ignored the dredging plan for two years."
)


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The first lines of the documents whose entry was written anew, not read."""
    seen: list[str] = []

    def spy(document: Document) -> str:
        seen.append(document.text.split("\n")[0])
        return encoded_document(document)

    monkeypatch.setattr(kept_documents, "encoded_document", spy)
    return seen


def _build(inputs: Path, output: Path, *, cache: bool = True) -> BuildResult:
    config = load_config(
        None, inputs=[str(inputs)], output_dir=str(output), formats="json,md", cache=cache
    )
    return build_brief(config, now=NOW)


def _rows(output: Path) -> list[tuple[str, str, bytes]]:
    with sqlite3.connect(cache_path(output)) as db:
        return db.execute("SELECT key, checksum, value FROM documents ORDER BY key").fetchall()


def test_a_rebuild_writes_the_kept_entries_and_the_bytes_of_a_build_without_the_cache(
    tmp_path: Path, walked: list[str]
) -> None:
    inputs = write_corpus(tmp_path / "in", new=False)
    (inputs / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    _build(inputs, tmp_path / "a")
    assert len(walked) == 3  # a cold build writes every document anew, and keeps it
    assert len(_rows(tmp_path / "a")) == 3
    # One article new, one changed: a rebuild into a folder with no previous brief (so
    # that nothing but the cache differs from a build without one).
    write_corpus(inputs, new=True)
    (inputs / "harbour.txt").write_text(HARBOUR.replace("two years", "three years"))
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    walked.clear()
    rebuilt = _build(inputs, tmp_path / "b")
    assert sorted(walked) == ["Bridge talks end without a deal", "Harbour master warns of silt"]
    walked.clear()
    plain = _build(inputs, tmp_path / "c", cache=False)
    assert brief_json(rebuilt) == brief_json(plain)
    assert brief_json(plain).decode() == brief_to_json(plain.brief)
    assert not (tmp_path / "c" / ".cache").exists()


def test_a_corrupt_or_foreign_entry_is_ignored_and_written_again(
    tmp_path: Path, walked: list[str]
) -> None:
    inputs = write_corpus(tmp_path / "in", new=False)
    first = _build(inputs, tmp_path / "a")
    rows = _rows(tmp_path / "a")
    assert len(rows) == 2
    (key_a, checksum_a, value_a), (key_b, _, _) = rows
    with sqlite3.connect(cache_path(tmp_path / "a")) as db:
        # one entry's bytes damaged, the other replaced by an intact entry of another key
        db.execute("UPDATE documents SET value = ? WHERE key = ?", (value_a[:-3], key_a))
        db.execute(
            "UPDATE documents SET checksum = ?, value = ? WHERE key = ?",
            (checksum_a, value_a, key_b),
        )
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    walked.clear()
    rebuilt = _build(inputs, tmp_path / "b")
    assert len(walked) == 2  # neither is read
    assert brief_json(rebuilt) == brief_json(first)
    # and kept again under its key, intact: the next build reads both
    (tmp_path / "c").mkdir()
    (tmp_path / "b" / ".cache").rename(tmp_path / "c" / ".cache")
    walked.clear()
    again = _build(inputs, tmp_path / "c")
    assert walked == []
    assert brief_json(again) == brief_json(first)


def test_an_entry_key_changes_with_anything_the_entry_is_written_from() -> None:
    document = Document(
        id="a", source="in/a.txt", format="txt", text="Silt closed the channel.", title="Silt"
    )
    key = kept_documents.entry_key(document, "x" * 64)
    assert kept_documents.entry_key(document, "x" * 64) == key
    others = [
        kept_documents.entry_key(document, "y" * 64),  # another extraction key
        kept_documents.entry_key(replace(document, text="Silt closed the lane."), "x" * 64),
        kept_documents.entry_key(replace(document, date="2022-03-05"), "x" * 64),
        kept_documents.entry_key(replace(document, source="elsewhere/a.txt"), "x" * 64),
    ]
    assert len({key, *others}) == 5


def test_the_whole_extraction_key_changes_with_each_field_of_a_block() -> None:
    from briefgen.extract.cache import whole_document_key
    from briefgen.models import Block

    block = Block(0, 4, "body", label="COOPER", time="12:45 GMT")
    document = Document(
        id="a", source="a.txt", format="txt", text="Silt closed it.", title="Silt", blocks=(block,)
    )
    key = whole_document_key(document, 2022, "s")
    moved = [
        replace(block, start=1),
        replace(block, end=5),
        replace(block, kind="caption"),
        replace(block, label=None),
        replace(block, time="12:46 GMT"),
    ]
    keys = {whole_document_key(replace(document, blocks=(b,)), 2022, "s") for b in moved}
    assert len(keys | {key}) == 6
    assert whole_document_key(replace(document, blocks=(block, block)), 2022, "s") != key
    assert whole_document_key(replace(document, source="b.txt"), 2022, "s") == key
