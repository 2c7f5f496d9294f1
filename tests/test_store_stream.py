"""A build over the article store reads its articles one row at a time, not all at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefgen.collect import store as store_module
from briefgen.collect.store import Article, ArticleStore, StoredArticle, store_path
from briefgen.errors import InputError
from briefgen.ingest import ingest
from briefgen.ingest.store import read_store

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def _fill(folder: Path, n: int) -> Path:
    path = store_path(folder)
    with ArticleStore(path) as store:
        for i in range(n):
            text = f"Article {i}. The harbour reopened on day {i}, the port authority said."
            article = Article(
                url=f"https://example.org/news/{i:03d}",
                title=f"Harbour news {i}",
                text=text,
                format="html",
                source="example",
                published=f"2026-11-{i + 1:02d}",
                date_from="stated",
            )
            store.save(article, NOW)
    return path


def test_the_store_is_read_one_article_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _fill(tmp_path, 5)
    rows: list[str] = []
    articles = ArticleStore.articles

    def counted(self: ArticleStore) -> Iterator[StoredArticle]:
        for article in articles(self):
            rows.append(article.url)
            yield article

    monkeypatch.setattr(store_module.ArticleStore, "articles", counted)
    documents = read_store(path)
    assert rows == []  # nothing read until asked for
    first = next(documents)
    assert first.id == "example.org/news/000"
    assert len(rows) == 1  # one row read for one document, not the whole store
    assert [d.id for d in documents][-1] == "example.org/news/004"
    assert len(rows) == 5
    # and a build's ingest takes every article, in the store's order
    assert [d.title for d in ingest([], store=path).documents] == [
        f"Harbour news {i}" for i in range(5)
    ]


def test_a_missing_store_is_an_error_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="run `briefgen collect` first"):
        read_store(store_path(tmp_path))
