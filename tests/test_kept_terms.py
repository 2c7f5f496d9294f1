"""Each document's words as the views weigh them, kept in the build's cache: a rebuild
reads the shares of the texts it has seen, works out those of new or changed texts and of
texts whose entry is not theirs, and writes the pages a build without the cache writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rebuild_fixtures import NOW, write_corpus

from briefgen import kept_terms
from briefgen.aggregate.focus import Focus
from briefgen.config import load_config
from briefgen.extract.cache import cache_path
from briefgen.kept_terms import DocumentTerms, read_terms, store_terms
from briefgen.pipeline import BuildResult, build_brief
from briefgen.render.printing import Printing

HARBOUR = (
    "Harbour master warns of silt\n\nMarch 6, 2022\n\n"
    "The harbour master, Ines Varga, warned on 5 March 2022 that silt was closing the "
    "ferry channel. She said the council had ignored the dredging plan for two years."
)


def _build(inputs: Path, output: Path, *, cache: bool = True) -> BuildResult:
    config = load_config(
        None, inputs=[str(inputs)], output_dir=str(output), formats="html,md", cache=cache
    )
    return build_brief(config, now=NOW)


def _pages(result: BuildResult) -> tuple[str, str]:
    return result.files["html"].read_text(), result.files["md"].read_text()


def test_a_rebuild_with_new_changed_and_foreign_entries_writes_the_cold_builds_pages(
    tmp_path: Path, worked_out: list[str]
) -> None:
    inputs = write_corpus(tmp_path / "in", new=False)
    (inputs / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    _build(inputs, tmp_path / "a")
    assert len(worked_out) == 3  # a cold build works out every text's share
    # The ferry article's entry replaced by the bridge article's, intact (another text's).
    with sqlite3.connect(cache_path(tmp_path / "a")) as db:
        rows = db.execute("SELECT key, checksum, value FROM terms").fetchall()
        assert len(rows) == 3
        keys = {kept_terms._key((inputs / n).read_text(), _settings()): n for n in _names()}
        by_name = {keys[k]: (k, c, v) for k, c, v in rows}
        _, checksum, value = by_name["bridge.txt"]
        db.execute(
            "UPDATE terms SET checksum = ?, value = ? WHERE key = ?",
            (checksum, value, by_name["ferry.txt"][0]),
        )
    # One article new, one changed.
    write_corpus(inputs, new=True)
    (inputs / "harbour.txt").write_text(HARBOUR.replace("two years", "three years"))
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")  # no previous brief there
    worked_out.clear()
    rebuilt = _build(inputs, tmp_path / "b")
    assert sorted(worked_out) == [
        "Bridge talks end without a deal",
        "Ferry operators protest the bridge plan",
        "Harbour master warns of silt",
    ]
    worked_out.clear()
    cold = _build(inputs, tmp_path / "c", cache=False)
    assert worked_out == []  # without a cache the views read the texts as they always did
    assert _pages(rebuilt) == _pages(cold)
    # What the views add up from the kept shares is what they read from the texts.
    texts = {d.id: d.text for d in rebuilt.brief.documents}
    kept = read_terms(texts, cache_path(tmp_path / "b"))
    assert kept.new == {}  # the rebuild stored the shares it worked out
    story = Printing.of(rebuilt.brief).story
    assert story and Printing.of(rebuilt.brief, kept.by_doc).story == story
    content = {d: share.content for d, share in kept.by_doc.items()}
    common = Focus.of((), (), (), texts=texts).common
    assert common and Focus.of((), (), (), texts=texts, content=content).common == common


def _names() -> tuple[str, ...]:
    return ("bridge.txt", "ferry.txt", "harbour.txt")


def _settings() -> str:
    from briefgen.structure.cached import structure_settings

    return structure_settings()


def test_the_shares_read_back_add_up_to_what_the_texts_give(tmp_path: Path) -> None:
    texts = {"a": "Silt closed the channel. The council met.", "b": "The channel reopened."}
    cache = cache_path(tmp_path)
    first = read_terms(texts, cache)
    assert set(first.new) == set(texts.values())
    store_terms(first, cache)
    again = read_terms({**texts, "c": texts["a"]}, cache)  # a copy under another id
    assert again.new == {} and again.by_doc == {**first.by_doc, "c": first.by_doc["a"]}
    assert again.by_doc["a"] == DocumentTerms.of(texts["a"])
