"""The summary's definite references named, kept in the build's cache: an answer is reused
only while the story words it asked about answer the same, a rebuild works out again only
the new or changed documents' sentences, and the brief is the one a build without the cache
writes."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Set
from pathlib import Path

import pytest
from rebuild_fixtures import NOW, brief_json, build, write_corpus

from briefgen import kept_definites as kept_module
from briefgen.config import load_config
from briefgen.definites import resolve_definites
from briefgen.extract.cache import cache_path
from briefgen.kept_definites import KeptDefinites
from briefgen.models import Document, Extraction
from briefgen.pipeline import build_brief


def _extraction(text: str, doc: str = "d") -> Extraction:
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    return Extraction(document=Document(doc, doc, "txt", text, ""), sentences=spans)


# "the lender" takes up the lender the sentence before introduced, unless "lender" is a
# word of the story itself (then it stands alone)
TEXT = "A lender agreed to fund the new harbour. The lender said the harbour would open soon."
SENTENCE = "The lender said the harbour would open soon."


@pytest.fixture
def worked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The (document, start) of each sentence ``resolve_definites`` was asked about."""
    seen: list[tuple[str, int]] = []

    def spy(text: str, start: int, ext: Extraction | None, story: Set[str]) -> str | None:
        seen.append((ext.document.id if ext else "", start))
        return resolve_definites(text, start, ext, story)

    monkeypatch.setattr(kept_module, "resolve_definites", spy)
    return seen


def test_an_answer_is_reused_while_its_story_words_answer_the_same(
    worked: list[tuple[str, int]],
) -> None:
    ext = _extraction(TEXT)
    start = TEXT.index(SENTENCE)
    plain, story = frozenset({"harbour"}), frozenset({"harbour", "lender"})
    assert resolve_definites(SENTENCE, start, ext, plain) != resolve_definites(
        SENTENCE, start, ext, story
    )
    first = KeptDefinites({})
    shown = first(SENTENCE, start, ext, plain)
    assert shown == resolve_definites(SENTENCE, start, ext, plain)
    assert worked == [("d", start)]
    entry = first.entry("d")
    assert "lender" in entry.sentences[0].asked

    # the corpus gained a story word the sentence never asked about: the answer is kept
    worked.clear()
    again = KeptDefinites({"d": entry})
    assert again(SENTENCE, start, ext, plain | {"ferry"}) == shown
    assert worked == [] and again.changed == set()

    # "lender" became a story word: the kept answer no longer holds, and is worked out again
    moved = KeptDefinites({"d": entry})
    assert moved(SENTENCE, start, ext, story) == resolve_definites(SENTENCE, start, ext, story)
    assert worked == [("d", start)] and moved.changed == {"d"}


def test_a_sentence_the_entry_does_not_hold_is_worked_out(worked: list[tuple[str, int]]) -> None:
    ext = _extraction(TEXT)
    start = TEXT.index(SENTENCE)
    first = KeptDefinites({})
    first(SENTENCE, start, ext, frozenset())
    other = "A lender agreed to fund the new harbour."
    later = KeptDefinites({"d": first.entry("d")})
    worked.clear()
    assert later(other, 0, ext, frozenset()) == resolve_definites(other, 0, ext, frozenset())
    assert worked == [("d", 0)]


def test_a_rebuild_works_out_only_the_new_documents_sentences(
    tmp_path: Path, worked: list[tuple[str, int]]
) -> None:
    inputs = write_corpus(tmp_path / "in", new=False)
    build(inputs, tmp_path / "a")
    assert {doc for doc, _ in worked} == {"bridge.txt", "ferry.txt"}
    with sqlite3.connect(cache_path(tmp_path / "a")) as db:
        assert db.execute("SELECT count(*) FROM definites").fetchone()[0] == 2
    worked.clear()
    write_corpus(inputs, new=True)
    # The cache moved to a fresh folder: no previous brief, so the JSON compares whole.
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = build(inputs, tmp_path / "b")
    # the new article's sentences are worked out, and the old ones' only where a word they
    # asked about became or ceased to be a story word (three articles share other words)
    assert "talks.txt" in {doc for doc, _ in worked}
    assert "bridge.txt" not in {doc for doc, _ in worked}
    uncached = load_config(
        None, inputs=[str(inputs)], output_dir=str(tmp_path / "c"), formats="json", cache=False
    )
    assert brief_json(second) == brief_json(build_brief(uncached, now=NOW))


def test_an_edited_document_and_a_corrupt_entry_are_worked_out_again(
    tmp_path: Path, worked: list[tuple[str, int]]
) -> None:
    inputs = write_corpus(tmp_path / "in", new=True)
    first = build(inputs, tmp_path / "a")
    with sqlite3.connect(cache_path(tmp_path / "a")) as db:
        db.execute("UPDATE definites SET value = X'00112233'")
    worked.clear()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = build(inputs, tmp_path / "b")
    assert {doc for doc, _ in worked} == {"bridge.txt", "ferry.txt", "talks.txt"}
    assert brief_json(second) == brief_json(first)

    # one article edited: its sentences are worked out again, the others' are read
    worked.clear()
    bridge = inputs / "bridge.txt"
    bridge.write_text(bridge.read_text().replace("long debate", "long, heated debate"))
    (tmp_path / "c").mkdir()
    (tmp_path / "b" / ".cache").rename(tmp_path / "c" / ".cache")
    build(inputs, tmp_path / "c")
    assert {doc for doc, _ in worked} == {"bridge.txt"}
