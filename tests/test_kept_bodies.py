"""Each page's body terms, as the other-stories test weighs them, counted once a build and
kept in the build's cache: the views' second reading of the other stories counts no page
again, a rebuild counts its new page only, and a corrupt or foreign entry is counted
again, never read as the page's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_other_stories import MEASLES, _corpus, _document

from briefgen import heap, kept_bodies
from briefgen.extract.cache import cache_path
from briefgen.models import Actor, Document
from briefgen.other_stories import OtherStories


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The extracted texts whose terms were counted, in order."""
    texts: list[str] = []
    real = kept_bodies.BodyTerms.of

    def counting(view: str) -> kept_bodies.BodyTerms:
        texts.append(view)
        return real(view)

    monkeypatch.setattr(kept_bodies.BodyTerms, "of", staticmethod(counting))
    return texts


def _pages() -> tuple[list[Document], list[Actor]]:
    extractions, actors = _corpus()
    return [x.document for x in extractions], actors


def _cache(tmp_path: Path) -> Path:
    path = cache_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_the_story_s_test_and_the_views_count_each_page_once(counted: list[str]) -> None:
    documents, actors = _pages()
    heap.forget_build()
    alone = OtherStories.of(documents, actors)
    assert alone.pages == frozenset({"measles"})
    heap.forget_build()
    counted.clear()
    with kept_bodies.remembering(None):
        first = OtherStories.of(documents, actors)
        heap.forget()  # the summary's stage ends: the views ask again
        again = OtherStories.of(documents, tuple(actors))
    assert first == again == alone
    # each distinct page once (eleven reports are four texts), not twice
    assert sorted(counted) == sorted(_views(documents).values())


def test_a_rebuild_counts_its_new_page_only(tmp_path: Path, counted: list[str]) -> None:
    documents, actors = _pages()
    cache = _cache(tmp_path)
    heap.forget_build()
    with kept_bodies.remembering(cache):
        OtherStories.of(documents[:-1], actors)
    assert sorted(counted) == sorted(_views(documents[:-1]).values())
    counted.clear()
    heap.forget_build()
    with kept_bodies.remembering(cache):
        rebuilt = OtherStories.of(documents, actors)
    assert len(counted) == 1  # the thread's page, new
    heap.forget_build()
    assert rebuilt == OtherStories.of(documents, actors)  # as a build without the cache


def test_a_foreign_entry_is_counted_again(tmp_path: Path, counted: list[str]) -> None:
    """The measles page's entry replaced by a report's, intact (another text's terms): the
    measles page must not read as a report on the story."""
    documents, actors = _pages()
    cache = _cache(tmp_path)
    heap.forget_build()
    with kept_bodies.remembering(cache):
        OtherStories.of(documents, actors)
    views = kept_bodies.body_terms(documents)  # no memo open: counted afresh
    with sqlite3.connect(cache) as db:
        rows = {key: (checksum, value) for key, checksum, value in db.execute(
            "SELECT key, checksum, value FROM bodies"
        )}  # fmt: skip
        assert len(rows) == len(_views(documents))  # the eleven reports are four texts
        by_terms = {kept_bodies.BodyTerms.of(v).terms: k for k, v in _views(documents).items()}
        measles, report = by_terms[views["measles"].terms], by_terms[views["r0"].terms]
        db.execute(
            "UPDATE bodies SET checksum = ?, value = ? WHERE key = ?", (*rows[report], measles)
        )
    counted.clear()
    heap.forget_build()
    with kept_bodies.remembering(cache):
        rebuilt = OtherStories.of(documents, actors)
    assert rebuilt.pages == frozenset({"measles"})
    assert any(MEASLES[1] in text for text in counted)  # the measles page counted again


def test_a_corrupt_entry_is_counted_again(tmp_path: Path, counted: list[str]) -> None:
    documents = [_document(f"r{n}", (f"The fever reached Penbury ward {n}.",)) for n in range(3)]
    cache = _cache(tmp_path)
    with kept_bodies.remembering(cache):
        kept = kept_bodies.body_terms(documents)
    with sqlite3.connect(cache) as db:
        (key,) = db.execute("SELECT key FROM bodies ORDER BY key LIMIT 1").fetchone()
        db.execute("UPDATE bodies SET value = ? WHERE key = ?", (b"not zlib", key))
    counted.clear()
    with kept_bodies.remembering(cache):
        assert kept_bodies.body_terms(documents) == kept
    assert len(counted) == 1


def _views(documents: list[Document]) -> dict[str, str]:
    """Each distinct extracted text's cache key -> the text."""
    from briefgen.structure.cached import structure_settings, text_key
    from briefgen.structure.model import extraction_view

    out = {}
    for d in documents:
        view = extraction_view(d.text, d.blocks)
        out[text_key(kept_bodies.TABLE, view, structure_settings())] = view
    return out
