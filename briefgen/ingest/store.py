"""The article store (``briefgen collect``) read as input: one Document per article.

A stored article's id is its canonical URL without the scheme, its ``source`` the URL,
its ``format`` the format it was fetched in (``html``, ``pdf``, ``docx``, or a folder
file's own), and its date the first publication date with where it was read
(``date_source``: ``stated`` on the page, ``field`` from a feed, sitemap or file metadata,
``url``, ``filename``). See docs/store.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, cast, get_args

from briefgen.errors import InputError
from briefgen.models import DateSource, Document

DocFormat = Literal["txt", "md", "html", "jsonl", "pdf", "docx"]  # as Document.format


def read_store(path: Path) -> Iterator[Document]:
    """Every article in the store at ``path``, oldest first, read one row at a time.

    A missing store is an error at once; the articles are then read from SQLite as the
    caller takes them, so no list of every stored text is built beside the documents.
    """
    if not path.is_file():
        raise InputError("no article store here yet; run `briefgen collect` first", str(path))
    return _documents(path)


def _documents(path: Path) -> Iterator[Document]:
    from briefgen.collect.store import ArticleStore

    with ArticleStore(path) as store:
        for article in store.articles():
            date_source = article.date_from if article.date_from in get_args(DateSource) else "none"
            fmt = cast(
                DocFormat, article.format if article.format in get_args(DocFormat) else "txt"
            )
            yield Document(
                id=_doc_id(article.url),
                source=article.url,
                format=fmt,
                text=article.text,
                title=article.title,
                date=article.published,
                date_source=cast(DateSource, date_source) if article.published else "none",
                authors=article.authors,
                publisher=article.publisher,
                url=article.url if article.url.startswith("http") else None,
                sha1=hashlib.sha1(article.text.encode("utf-8")).hexdigest(),
            )


def _doc_id(url: str) -> str:
    for prefix in ("https://", "http://", "file://"):
        if url.startswith(prefix):
            return url[len(prefix) :]
    return url
